import Foundation
import RoutekaartCore
import Testing

/// Nothing lost: every answer given and not replaced is in the saved case, one
/// interview writes one file, no file is overwritten unasked, and every way the
/// program can be ended saves and says where (issue 12, items 1–5).
@Suite struct SavingTests {
    /// On the example data: the runs name example SWVs and schools.
    static let peildatum = ["--voorbeeld", "--peildatum", "2026-11-01"]
    /// The S3 route up to the date of the aanwijzing.
    static let s3Start = ["1", "1", "Voorbeeldcollege", "heideveld", "2025-03-01"]

    // MARK: - Item 1: terug, wijzig N and opnieuw lose nothing at end of input

    @Test func endOfInputAfterTerugKeepsTheAnswer() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(["advies"], lines: ["verhuizing", "terug"], directory: folder)
        #expect(run.status == 1)
        let saved = Support.savedCases(in: folder)
        try #require(saved.count == 1, "geen bestand bewaard: \(run.err)")
        #expect(run.err.contains("staan in \(saved[0])"), "\(run.err)")
        #expect(try Support.readCase(saved[0], in: folder).antwoorden["situatie"] == "verhuizing")
    }

    @Test func endOfInputAfterWijzigKeepsEveryAnswer() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(Self.peildatum, lines: Self.s3Start + ["wijzig 2"], directory: folder)
        #expect(run.status == 1)
        let name = try #require(Support.savedCases(in: folder).first, "\(run.err)")
        let answers = try Support.readCase(name, in: folder).antwoorden
        #expect(answers["huidige_status"] == "aanwijzing_lwoo", "het antwoord dat werd gewijzigd maar nog niet vervangen blijft")
        for key in ["situatie", "bestemming_school", "herkomst_swv", "datum_aanwijzing"] {
            #expect(answers[key] != nil, "\(key) ontbreekt")
        }
    }

    @Test func endOfInputAfterOpnieuwKeepsEveryAnswer() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(Self.peildatum, lines: Self.s3Start + ["opnieuw"], directory: folder)
        #expect(run.status == 1)
        let name = try #require(Support.savedCases(in: folder).first, "\(run.err)")
        let answers = try Support.readCase(name, in: folder).antwoorden
        #expect(answers.count == 5, "\(answers)")
    }

    @Test func theSessionsCaseHoldsEveryRememberedAnswer() {
        let dataSet = Support.withExamples
        var session = InterviewSession(
            dataSet: dataSet, peildatum: FuzzTests.peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model),
            format: .tekst)
        _ = session.start()
        for line in Self.s3Start { _ = session.handle(line) }
        _ = session.handle("terug")
        _ = session.handle("terug")
        #expect(session.caseFile.antwoorden.count == 5)
        #expect(session.hasAnswers)
    }

    // MARK: - Item 2: never overwrite a different case unasked; one interview, one file

    static let completeCase = CLITests.s3

    @Test func bewaarAsksBeforeReplacingADifferentCase() throws {
        let folder = try Support.temporaryDirectory()
        let keep = folder.appendingPathComponent("keep.json")
        try Data(Self.completeCase.utf8).write(to: keep)
        let refused = try Support.run(Self.peildatum, lines: ["3", "bewaar keep.json", "nee", "stop"], directory: folder)
        #expect(try String(contentsOf: keep, encoding: .utf8) == Self.completeCase, "keep.json werd overschreven")
        #expect(refused.out.contains("keep.json bestaat al"), "\(refused.out.suffix(500))")
        let accepted = try Support.run(Self.peildatum, lines: ["3", "bewaar keep.json", "ja", "stop"], directory: folder)
        #expect(accepted.out.contains("Casus bewaard in keep.json."), "\(accepted.out.suffix(500))")
        #expect(try Support.readCase("keep.json", in: folder).antwoorden == ["situatie": "aanmelding"])
    }

    @Test func bewaarOptionRefusesAnExistingOtherFileUnlessOverschrijf() throws {
        let folder = try Support.temporaryDirectory()
        let keep = folder.appendingPathComponent("keep.json")
        try Data(Self.completeCase.utf8).write(to: keep)
        let refused = try Support.run(["--bewaar", "keep.json"] + Self.peildatum, lines: ["3", "stop"], directory: folder)
        #expect(refused.status == 64, "\(refused.err)")
        #expect(refused.err.contains("--overschrijf"))
        #expect(try String(contentsOf: keep, encoding: .utf8) == Self.completeCase)
        let forced = try Support.run(["--bewaar", "keep.json", "--overschrijf"] + Self.peildatum, lines: ["3", "stop"], directory: folder)
        #expect(forced.status == 0, "\(forced.err)")
        #expect(try Support.readCase("keep.json", in: folder).antwoorden == ["situatie": "aanmelding"])
        // Going on with the same file is no overwrite of another case.
        let resumed = try Support.run(
            ["advies", "--casus", "keep.json", "--verder", "--bewaar", "keep.json"], lines: ["stop"], directory: folder)
        #expect(resumed.status == 0, "\(resumed.err)")
    }

    @Test func oneInterviewWritesOneFile() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(Self.peildatum, lines: ["1", "bewaar a.json", "1", "stop"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["a.json"], "\(files)")
        #expect(try Support.readCase("a.json", in: folder).antwoorden.count == 2, "stop werkt het eigen bestand bij")
        #expect(run.err.contains("a.json"), "\(run.err)")
    }

    // MARK: - Item 3: default names never collide

    @Test func defaultNamesNeverCollide() throws {
        let folder = try Support.temporaryDirectory()
        // Occupy every name the program could choose in the next seconds.
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "nl_NL")
        let now = Date()
        var occupied: [String] = []
        for second in -2...20 {
            let name = "routekaart-casus-\(formatter.string(from: now.addingTimeInterval(Double(second)))).json"
            try Data("bezet\n".utf8).write(to: folder.appendingPathComponent(name))
            occupied.append(name)
        }
        let run = try Support.run(["advies"], lines: ["verhuizing"], directory: folder)
        #expect(run.status == 1)
        for name in occupied {
            #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == "bezet\n", "\(name) overschreven")
        }
        let added = Support.savedCases(in: folder).filter { !occupied.contains($0) }
        #expect(added.count == 1, "\(added)")
        let name = try #require(added.first)
        #expect(run.err.contains("staan in \(name)"), "\(run.err)")
    }

    // MARK: - Item 4: signals save like Ctrl-C

    static let signals: [(name: String, number: Int32)] = [
        ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP),
    ]

    @Test("een signaal bewaart de casus en zegt waar", .timeLimit(.minutes(1)), arguments: signals.indices)
    func aSignalSavesAndSaysWhere(_ index: Int) throws {
        let (name, number) = Self.signals[index]
        let folder = try Support.temporaryDirectory()
        let live = try LiveRun(["advies"] + Self.peildatum, directory: folder)
        live.type(["1", "1"])
        #expect(live.waitFor(Support.question("bestemming_school")), "\(name): de derde vraag kwam niet: \(live.out.suffix(300))")
        live.send(number)
        let (status, reason) = live.finish(afterSignal: true)
        #expect(reason == .exit, "\(name): het programma stopte door het signaal zelf")
        #expect(status == 128 + number, "\(name): exitcode \(status)")
        #expect(!live.err.contains("crashed") && !live.err.contains("Crash") && !live.err.contains("backtrace"), "\(name): \(live.err)")
        let saved = Support.savedCases(in: folder)
        try #require(saved.count == 1, "\(name): \(live.err)")
        #expect(live.err.contains("staan in \(saved[0])"), "\(name): \(live.err)")
        #expect(try Support.readCase(saved[0], in: folder).antwoorden.count == 2)
        #expect(FileWritingTests.leftovers(in: folder).isEmpty, "\(name): achtergelaten: \(FileWritingTests.leftovers(in: folder))")
    }

    @Test("een signaal buiten het vraaggesprek geeft geen geheugendump", .timeLimit(.minutes(1)))
    func aSignalDuringCriteriaEndsQuietly() throws {
        let live = try LiveRun(["criteria"], directory: try Support.temporaryDirectory())
        #expect(live.waitFor("> "))
        live.send(SIGQUIT)
        let (status, reason) = live.finish(afterSignal: true)
        #expect(reason == .exit)
        #expect(status == 128 + SIGQUIT)
        #expect(!live.err.contains("crashed"), "\(live.err)")
    }

    // MARK: - Item 5: stop after a complete case

    /// New-user finding F23: advice that still depends on what she must find out was lost on `stop`.
    @Test func stopAfterAdviceThatDependsOnTheUnknownSavesTheCaseToGoOnWith() throws {
        let folder = try Support.temporaryDirectory()
        let lines = ["1", "1", "23FY00", "VO2708", "2024-03-01", "landelijk", "2026-11-02", "weet ik niet", "kader", "weet ik niet", "stop"]
        let run = try Support.run(["--peildatum", "2026-11-26"], lines: lines, directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Advies: hangt af van wat nog niet bekend is"))
        #expect(run.err.contains("Ga verder met: routekaart advies --casus"), "\(run.err)")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(saved.count == 1, "\(saved)")
        let text = try String(contentsOf: folder.appendingPathComponent(saved.first ?? "-"), encoding: .utf8)
        #expect(text.contains("\"bestemming_variant\" : \"onbekend\"") || text.contains("\"bestemming_variant\": \"onbekend\""), "\(text)")
    }

    @Test func stopAfterACompleteCaseDoesNotSayGoOn() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(
            ["--bewaar", "s4.json"] + Self.peildatum, lines: InterviewTests.scenarioRuns[3].lines + ["stop"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Scenario S4"))
        #expect(!run.err.contains("Ga verder met"), "\(run.err)")
        #expect(!run.out.contains("Ga verder met"))
        #expect((run.out + run.err).contains("s4.json"))
    }
}
