import Foundation
import RoutekaartCore
import Testing

/// Hostile input is answered quickly and echoed safely (issue 12, items 6–8).
@Suite struct HostileInputTests {
    /// One grapheme of 450,000 combining marks: the key that hung the suggestion search.
    static let hugeGrapheme = "s" + String(repeating: "\u{301}", count: 450_000)

    // MARK: - Item 6: bounded suggestions

    /// Beyond the cap, more input does not change the answer: the work is bounded on both sides.
    @Test func suggestionsLookAtABoundedPrefixOfBothWords() {
        let cap = 64
        let long = String(repeating: "a", count: cap)
        for tail in ["b", String(repeating: "b", count: 500), String(repeating: "\u{301}", count: 5_000)] {
            #expect(Suggestion.distance(long + tail, "aaa") == Suggestion.distance(long, "aaa"), "links: \(tail.unicodeScalars.count)")
            #expect(Suggestion.distance("aaa", long + tail) == Suggestion.distance("aaa", long), "rechts: \(tail.unicodeScalars.count)")
        }
        #expect(Suggestion.distance("grensverkeeer", "grensverkeer") == 1)
        #expect(Suggestion.nearest(to: "advise", among: ["advies", "test"]) == "advies")
    }

    @Test("een enorm grafeem in een casusbestand wordt snel en kort geweigerd", .timeLimit(.minutes(1)))
    func aHugeGraphemeKeyIsRefusedBriefly() {
        let text = "{\"antwoorden\": {\"\(Self.hugeGrapheme)\": \"1\"}}"
        guard case .refused(let error) = FuzzTests.read(Array(text.utf8)) else {
            Issue.record("aanvaard")
            return
        }
        #expect(error.description.unicodeScalars.count < 400, "\(error.description.unicodeScalars.count) tekens")
        #expect(Suggestion.nearest(to: Self.hugeGrapheme, among: ["situatie", "leerweg"]) == nil)
    }

    @Test("een enorm grafeem als antwoord in het vraaggesprek", .timeLimit(.minutes(1)))
    func aHugeGraphemeAnswerIsRefusedBriefly() {
        let dataSet = Support.bundled
        var session = InterviewSession(
            dataSet: dataSet, peildatum: FuzzTests.peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model),
            format: .tekst)
        let first = session.start()
        for line in [Self.hugeGrapheme, "1", "1", Self.hugeGrapheme] {
            let asked = session.caseFile.antwoorden.count
            let reply = session.handle(line)
            #expect(reply.err.unicodeScalars.count < 400, "\(reply.err.unicodeScalars.count) tekens")
            guard line == Self.hugeGrapheme else { continue }
            // Refused: a message, nothing stored, and the same question again.
            #expect(!reply.err.isEmpty, "aanvaard zonder melding")
            #expect(session.caseFile.antwoorden.count == asked, "het grafeem werd als antwoord bewaard")
            #expect(!session.caseFile.antwoorden.values.contains(Self.hugeGrapheme))
            if asked == 0 { #expect(reply.out.hasSuffix(first.out.split(separator: "\n").last.map(String.init) ?? "> "), "niet opnieuw gevraagd") }
        }
    }

    /// Byte-level limits: a key or text longer than any Routekaart uses is refused before it is hashed or compared.
    /// A duplicate key is found in a small object (looked along) and in a large one (with a set), with its place.
    @Test(arguments: [2, 15, 16, 17, 40, 50_000])
    func aDuplicateKeyIsRefusedInObjectsOfEverySize(size: Int) throws {
        let keys = (0..<size).map { "\"k\($0)\": \($0)" }
        let unique = "{" + keys.joined(separator: ", ") + "}"
        #expect(throws: Never.self) { try JSONParser.parse(Array(unique.utf8)) }
        let twice = "{" + (keys + ["\"k\(size - 1)\": 0"]).joined(separator: ", ") + "}"
        do {
            _ = try JSONParser.parse(Array(twice.utf8))
            Issue.record("dubbele sleutel niet gevonden bij \(size) sleutels")
        } catch {
            #expect(error.problem.contains("\"k\(size - 1)\" staat twee keer"))
            #expect(error.line == 1)
        }
    }

    @Test func overlongKeysAndTextsAreRefusedWhileReading() throws {
        func parse(key: Int, value: Int) -> JSONSyntaxError? {
            let text = "{\"\(String(repeating: "k", count: key))\": \"\(String(repeating: "w", count: value))\"}"
            do {
                _ = try JSONParser.parse(Array(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        #expect(parse(key: JSONParser.maximumKeyLength, value: JSONParser.maximumStringLength) == nil)
        #expect(parse(key: JSONParser.maximumKeyLength + 1, value: 1)?.problem.contains("langer dan 1.000 bytes") == true)
        #expect(parse(key: 1, value: JSONParser.maximumStringLength + 1)?.problem.contains("langer dan 100.000 bytes") == true)
        let escaped = "{\"a\": \"" + String(repeating: "\\n", count: JSONParser.maximumStringLength + 1) + "\"}"
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(escaped.utf8)) }
    }

    // MARK: - Item 7: short, escaped echoes

    static let bidi = "\u{202E}"

    @Test func echoesEscapeFormatAndControlCharacters() {
        for raw in ["\u{202E}abc", "a\u{200B}b", "x\u{2028}y", "\u{1B}[2J", "te\u{0}rug", "\u{FEFF}bom", "\u{2066}iso\u{2069}"] {
            let echoed = Sanitized.short(raw)
            #expect(
                !echoed.unicodeScalars.contains { [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) },
                "\(raw.debugDescription) → \(echoed.debugDescription)")
            #expect(echoed.contains("\\u{"), "\(raw.debugDescription) wordt zichtbaar gemaakt: \(echoed.debugDescription)")
        }
        #expect(Sanitized.short("verhuizing") == "verhuizing")
        #expect(Sanitized.short("Onbekénd 🙂") == "Onbekénd 🙂")
    }

    @Test func echoesOfHugeGraphemesAreCut() {
        let echoed = Sanitized.short(Self.hugeGrapheme)
        #expect(echoed.unicodeScalars.count <= 80, "\(echoed.unicodeScalars.count)")
        #expect(echoed.hasSuffix("…"))
    }

    @Test func theBinaryNeverEchoesABidiOverride() throws {
        let folder = try Support.temporaryDirectory()
        let file = folder.appendingPathComponent("casus.json")
        try Data(#"{"antwoorden": {"situatie": "\#(Self.bidi)gnizyuhrev"}}"#.utf8).write(to: file)
        let advice = try Support.run(["advies", "--casus", "casus.json"], directory: folder)
        #expect(advice.status == 65)
        #expect(!advice.err.contains(Self.bidi), "\(advice.err.debugDescription)")
        #expect(advice.err.contains("\\u{202E}"))
        let interview = try Support.run(["advies"], lines: ["1", "1", "\(Self.bidi)xyz", "bewaar \(Self.bidi)x.json", "stop"], directory: folder)
        #expect(!interview.err.contains(Self.bidi) && !interview.out.contains(Self.bidi), "\(interview.err.debugDescription)")
        let option = try Support.run(["advies", "--formaat", "\(Self.bidi)json"], directory: folder)
        #expect(option.status == 64)
        #expect(!option.err.contains(Self.bidi))
        let path = try Support.run(["advies", "--casus", "\(Self.bidi)nosj.json"], directory: folder)
        #expect(path.status == 66)
        #expect(!path.err.contains(Self.bidi), "\(path.err.debugDescription)")
        #expect(path.err.contains("\\u{202E}nosj.json: bestand niet gevonden"), "\(path.err.debugDescription)")
    }

    // MARK: - Item 8: BOM, empty and duplicated options, closed standard output

    static let bom = "\u{FEFF}"

    @Test func aCaseFileWithAByteOrderMarkIsRead() throws {
        let folder = try Support.temporaryDirectory()
        try Data((Self.bom + CLITests.s3).utf8).write(to: folder.appendingPathComponent("casus.json"))
        let run = try Support.run(["advies", "--casus", "casus.json"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Scenario S3"))
    }

    @Test func aDataFileWithAByteOrderMarkIsRead() throws {
        let data = try Support.copyOfData()
        let file = data.appendingPathComponent("voorbeeld/swv.json")
        try Data((Self.bom + (try String(contentsOf: file, encoding: .utf8))).utf8).write(to: file)
        let run = try Support.run(["controleer", "--data", data.path])
        #expect(run.status == 0, "\(run.err)")
    }

    @Test func anEmptyOptionValueGetsAClearMessage() throws {
        for words in [["advies", "--casus="], ["advies", "--casus", ""], ["advies", "--peildatum="], ["swv", "lijst", "--data="]] {
            let run = try Support.run(words)
            #expect(run.status == 64, "\(words): \(run.status)")
            #expect(run.err.hasPrefix("Fout: de optie "), "\(words): \(run.err)")
            #expect(run.err.contains("is leeg") || run.err.contains("heeft een waarde nodig"), "\(words): \(run.err)")
        }
    }

    @Test func duplicatedOptionsAreRefused() throws {
        for words in [
            ["advies", "--formaat", "json", "--formaat", "tekst"], ["advies", "--waarom", "--waarom"],
            ["paden", "--uitkomst", "S3", "--uitkomst=S4"], ["--data", "data", "controleer", "--data", "data"],
        ] {
            let run = try Support.run(words)
            #expect(run.status == 64, "\(words): \(run.status) \(run.err)")
            #expect(run.err.contains("twee keer"), "\(words): \(run.err)")
        }
    }

    @Test("een gesloten standaarduitvoer eindigt stil met exitcode 74", .timeLimit(.minutes(1)))
    func aClosedStandardOutputEndsQuietly() throws {
        for words in [["boom", "--formaat", "markdown"], ["--help"], ["paden"]] {
            let process = Process()
            process.executableURL = Support.binary
            process.arguments = words
            process.environment = Support.environment()
            let closed = Pipe()
            try closed.fileHandleForReading.close()
            let errors = Pipe()
            process.standardOutput = closed.fileHandleForWriting
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            try closed.fileHandleForWriting.close()
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(words): gestopt door een signaal")
            #expect(process.terminationStatus == 74, "\(words): \(process.terminationStatus)")
            #expect(err.isEmpty, "\(words): \(err)")
        }
    }
}
