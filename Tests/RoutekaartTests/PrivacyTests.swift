import Foundation
import RoutekaartCore
import RoutekaartSynthetic
import Testing

/// DOMAIN §8: the advisor never asks for or keeps personal data, writes no
/// file it was not asked to write, and talks to no network.
@Suite struct PrivacyTests {
    /// Words that ask for a pupil's identity; none may appear in a question, its label or its id.
    static let identifying = [
        "naam", "bsn", "burgerservice", "geboorte", "geboren", "adres", "postcode", "straat", "huisnummer", "woonplaats",
        "telefoon", "e-mail", "email", "onderwijsnummer", "leerlingnummer",
    ]
    /// Help texts may explain (the name of a school, "not the home address"), but never ask for these.
    static let identifyingInHelp = [
        "bsn", "burgerservice", "geboorte", "geboren", "postcode", "huisnummer", "telefoon", "e-mail", "onderwijsnummer",
        "leerlingnummer", "naam van de leerling", "naam van het kind", "uw naam", "adres van de leerling", "adres van het kind",
    ]

    @Test func noQuestionAsksForANameBSNBirthDateOrAddress() {
        for fact in Support.bundled.content.facts {
            for (field, text) in [("id", fact.id), ("kort", fact.kort), ("vraag", fact.vraag ?? "")] {
                let found = Self.identifying.filter { text.lowercased().contains($0) }
                #expect(found.isEmpty, "\(fact.id).\(field) noemt \(found): \(text)")
            }
            let help = ([fact.hulp ?? ""] + (fact.opties ?? []).flatMap { [$0.tekst, $0.kort ?? "", $0.waarde] }).joined(separator: " ").lowercased()
            let found = Self.identifyingInHelp.filter { help.contains($0) }
            #expect(found.isEmpty, "\(fact.id): hulp of opties noemen \(found)")
        }
    }

    /// A name, a BSN or a birth date typed where an answer is expected is no valid answer to any question.
    @Test func personalDataIsNoValidAnswer() {
        let dataSet = Support.bundled
        let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
        for fact in dataSet.content.facts where fact.isAsked {
            for personal in ["Jan Jansen", "123456782", "Dorpsstraat 1, 1234 AB Ergens", "jan@example.nl"] {
                if case .success(let value) = validator.normalize(personal, for: fact) {
                    Issue.record("\(fact.id) aanvaardt \"\(personal)\" als \"\(value)\"")
                }
            }
        }
    }

    static let extraKeys: [(String, String)] = [
        ("naam boven", #"{"peildatum": "2026-09-01", "naam": "Jan Jansen", "antwoorden": {"situatie": "verhuizing"}}"#),
        ("bsn boven", #"{"bsn": "123456782", "antwoorden": {"situatie": "verhuizing"}}"#),
        ("leerling-object", #"{"leerling": {"naam": "Jan", "geboortedatum": "2012-03-04"}, "antwoorden": {}}"#),
        ("naam in antwoorden", #"{"antwoorden": {"situatie": "verhuizing", "naam": "Jan Jansen"}}"#),
        ("bsn in antwoorden", #"{"antwoorden": {"bsn": "123456782"}}"#),
        ("geboortedatum in antwoorden", #"{"antwoorden": {"geboortedatum": "2012-03-04"}}"#),
        ("adres in antwoorden", #"{"antwoorden": {"adres": "Dorpsstraat 1"}}"#),
    ]

    @Test("een casus met persoonsgegevens wordt geweigerd", arguments: extraKeys.indices)
    func extraKeysAreRefusedInProcess(_ index: Int) {
        let (what, text) = Self.extraKeys[index]
        let dataSet = Support.bundled
        do {
            let file = try StrictDecoder.decode(CaseFile.self, from: Data(text.utf8), file: "casus.json")
            _ = try AnswerValidator(content: dataSet.content, model: dataSet.model)
                .validate(file, path: "casus.json", peildatum: Day.inpassing)
            Issue.record("\(what): aanvaard")
        } catch {
            #expect(error.kind == .data, "\(what)")
            #expect(error.file == "casus.json")
        }
    }

    @Test func extraKeysAreRefusedByTheBinaryWithExit65() throws {
        let folder = try Support.temporaryDirectory()
        for (index, (what, text)) in Self.extraKeys.enumerated() where [0, 1, 3, 5].contains(index) {
            let name = "casus-\(index).json"
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            let run = try Support.run(["advies", "--casus", name, "--data", Support.dataPath], directory: folder)
            #expect(run.status == 65, "\(what): exit \(run.status)")
            #expect(run.err.contains(name), "\(what): \(run.err)")
            #expect(run.out.isEmpty, "\(what): geen advies")
        }
    }

    // MARK: - Files

    /// Every path under `folder`, relative, with its size.
    static func listing(_ folder: URL) -> [String] {
        let manager = FileManager.default
        let paths = (manager.subpaths(atPath: folder.path) ?? []).sorted()
        return paths.map { path in
            let size = (try? manager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.size] as? Int) ?? -1
            return "\(path) \(size)"
        }
    }

    /// Lines that take the interview from its first question to advice, and the answers they give.
    static func completeInterview(seed: UInt64) -> [String] {
        let dataSet = Support.bundled
        var rng = SplitMix64(seed: seed)
        var session = InterviewSession(
            dataSet: dataSet, peildatum: FuzzTests.peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model),
            format: .tekst)
        _ = session.start()
        var lines: [String] = []
        while let fact = session.current?.fact, lines.count < 40 {
            let line = FuzzTests.typedAnswer(fact, dataSet.model, &rng)
            _ = session.handle(line)
            lines.append(line)
        }
        return lines
    }

    @Test func adviceFixturesAndACompleteInterviewWriteNoFile() throws {
        let folder = try Support.temporaryDirectory()
        let caseFile = #"{"peildatum": "2026-09-01", "antwoorden": {"situatie": "bijzondere_regeling", "br_grondslag": "geen", "leerjaar": "1"}}"#
        try Data(caseFile.utf8).write(to: folder.appendingPathComponent("casus.json"))
        let before = Self.listing(folder)
        let data = ["--data", Support.dataPath]

        let advice = try Support.run(["advies", "--casus", "casus.json"] + data, directory: folder)
        #expect(advice.status == 0, "\(advice.err)")
        #expect(Self.listing(folder) == before, "advies --casus schreef een bestand")

        let fixtures = try Support.run(["test", Support.scenariosPath] + data, directory: folder)
        #expect([0, 1].contains(fixtures.status), "\(fixtures.err)")
        #expect(Self.listing(folder) == before, "test schreef een bestand")

        let lines = Self.completeInterview(seed: 5)
        let interview = try Support.run(
            ["advies", "--peildatum", "2026-09-01"] + data, lines: lines + ["overzicht", "waarom", "stop"], directory: folder)
        #expect(interview.status == 0, "\(interview.err)")
        #expect(interview.out.contains("Tot ziens"))
        #expect(Self.listing(folder) == before, "een volledig vraaggesprek zonder --bewaar schreef een bestand")
    }

    @Test func anInterruptedInterviewWritesExactlyOneFileWithOnlyFacts() throws {
        let folder = try Support.temporaryDirectory()
        let before = Set(FileManager.default.subpaths(atPath: folder.path) ?? [])
        let lines = Array(Self.completeInterview(seed: 8).prefix(2))
        let run = try Support.run(["advies", "--peildatum", "2026-09-01", "--data", Support.dataPath], lines: lines, directory: folder)
        #expect(run.status == 1, "\(run.err)")
        let added = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { !before.contains($0) }
        try #require(added.count == 1, "verwacht precies één bestand, kreeg \(added)")
        let name = added[0]
        #expect(name.hasPrefix("routekaart-casus-") && name.hasSuffix(".json"), "\(name)")
        #expect(run.err.contains(name))
        // Only facts: exactly the case-file keys, every answer a valid answer to a question.
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let tree = try JSONParser.parse(Array(data))
        guard case .object(let members) = tree else {
            Issue.record("geen object")
            return
        }
        #expect(Set(members.map(\.key)).isSubset(of: ["peildatum", "antwoorden"]), "\(members.map(\.key))")
        let file = try StrictDecoder.decode(CaseFile.self, from: data, file: name)
        _ = try AnswerValidator(content: Support.bundled.content, model: Support.bundled.model)
            .validate(file, path: name, peildatum: FuzzTests.peildatum)
        #expect(!file.antwoorden.isEmpty)
    }

    // MARK: - Network

    static let strace = ["/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The network calls of a process as strace sees them; nil when strace cannot follow it.
    static func networkTrace(_ arguments: [String], input: String = "", in folder: URL, name: String) throws -> String? {
        guard let strace else { return nil }
        let log = folder.appendingPathComponent("strace-\(name).txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments = ["-f", "-e", "trace=network", "-o", log.path, "--"] + arguments
        process.currentDirectoryURL = folder
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        guard let trace = try? String(contentsOf: log, encoding: .utf8), trace.contains("+++ exited") else { return nil }
        return trace
    }

    /// Whether strace can follow a process here (a container may forbid ptrace): then the test runs, else it is
    /// skipped with that reason.
    static let straceCanTrace: Bool = {
        guard let folder = try? Support.temporaryDirectory() else { return false }
        return (try? networkTrace(["/bin/true"], in: folder, name: "probe")) != nil
    }()

    /// What the program does, not what its sources say: every run is traced, and no call may open or reach an internet socket.
    @Test(.enabled(if: straceCanTrace, "strace ontbreekt of mag hier geen proces volgen (ptrace)"))
    func theBinaryOpensNoInternetSocket() throws {
        let folder = try Support.temporaryDirectory()
        let caseFile = #"{"peildatum": "2026-09-01", "antwoorden": {"situatie": "bijzondere_regeling", "br_grondslag": "geen", "leerjaar": "1"}}"#
        try Data(caseFile.utf8).write(to: folder.appendingPathComponent("casus.json"))
        let runs: [(String, [String], String)] = [
            ("advies", ["advies", "--casus", "casus.json", "--data", Support.dataPath], ""),
            ("test", ["test", Support.scenariosPath, "--data", Support.dataPath], ""),
            ("vraaggesprek", ["advies", "--peildatum", "2026-09-01", "--data", Support.dataPath], "1\n1\n"),
        ]
        for (what, arguments, input) in runs {
            guard let trace = try Self.networkTrace([Support.binary.path] + arguments, input: input, in: folder, name: what) else {
                Issue.record("strace kon \(what) niet volgen, terwijl het een proces wel kon volgen")
                continue
            }
            let calls = trace.split(separator: "\n").filter { line in
                (line.contains("socket(") || line.contains("connect(") || line.contains("sendto(") || line.contains("bind("))
                    && (line.contains("AF_INET") || line.contains("AF_INET6"))
            }
            #expect(calls.isEmpty, "\(what): \(calls.prefix(5))")
            #expect(!trace.contains("connect("), "\(what): connect() in \(trace.prefix(500))")
        }
    }
}
