import Foundation
import RoutekaartCore
import RoutekaartSynthetic
import Testing

/// Text from files is safe to print and read in one encoding: a control character is refused where it enters (the
/// importer, the data folder, a case file) with file, line and column; a file is UTF-8 or Windows-1252 as a whole, a
/// mixture refused at the first byte that does not fit; and the data folder is what it says (issue 21, items 5–7).
@Suite struct SafeTextTests {
    // MARK: - Item 7: one encoding per file

    /// DUO's row of a vestiging, with `name` as its VESTIGINGSNAAM (column 4 in the test's header).
    static func vestigingen(_ name: [UInt8]) -> [UInt8] {
        var bytes = Array(ImportTests.vestigingen.utf8)
        bytes += Array("Noord-Brabant;01IW03;01IW;".utf8) + name + Array(";4942 VC;RAAMSDONKSVEER;GEERTRUIDENBERG;VBO;\n".utf8)
        return bytes
    }

    /// The refusal of an import with these vestigingen, or nil when it was accepted.
    static func refusal(_ vestigingen: [UInt8]) throws -> InputError? {
        let folder = try ImportTests.folder(vestigingen: vestigingen)
        let request = try folder.request()
        do throws(InputErrors) {
            _ = try ModelImport.prepare(request)
            return nil
        } catch {
            return error.errors.first
        }
    }

    /// "Collège" in UTF-8 on one line and one stray Windows-1252 byte (é, 0xE9) on another: a mixture.
    /// The control check reads eight bytes at a time and passes line ends, tabs and text in one step: on every
    /// placement of a control among them it finds the same first control as a byte-by-byte look.
    @Test func theFirstControlIsFoundWhereverItStandsAmongLineEnds() {
        func slow(_ bytes: [UInt8]) -> Int? {
            for (index, byte) in bytes.enumerated() {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return index }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return index }
            }
            return nil
        }
        var generator = SplitMix64(seed: 20_261_207)
        let pieces: [[UInt8]] = [
            Array("ab;".utf8), [0x0A], [0x0D, 0x0A], [0x09], Array("é".utf8), Array("§".utf8), [0x01], [0x1F], [0x7F], [0xC2, 0x85], [0x20],
            Array("0123456789".utf8),
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator) ?? [] }
            let fast = bytes.withUnsafeBufferPointer(TextDecoding.firstControl)?.offset
            #expect(fast == slow(bytes), "\(bytes)")
        }
    }

    @Test func aStrayByteInAUTF8FileIsRefusedAtItsLineAndColumn() throws {
        // The UTF-8 letter on line 2, the stray byte on line 5.
        var bytes = Array(ImportTests.vestigingen.replacingOccurrences(of: "Dongemond College", with: "Dongemond Collège").utf8)
        bytes += Array("Noord-Brabant;01IW03;01IW;Coll".utf8) + [0xE8] + Array("ge Saint-Remi;4942 VC;RAAMSDONKSVEER;GEERTRUIDENBERG;VBO;\n".utf8)
        let error = try #require(try Self.refusal(bytes), "een mengsel van UTF-8 en Windows-1252 werd aanvaard")
        #expect(error.kind == .data)
        #expect(error.place == "regel 5, kolom 4 (VESTIGINGSNAAM), teken 5", "\(error.description)")
        #expect(error.message.contains("de byte 0xE8 is geen UTF-8"), "\(error.message)")
        #expect(error.message.contains("regel 2: \"è\""), "het bewijs dat het bestand elders UTF-8 is: \(error.message)")
    }

    /// A byte-order mark says UTF-8: a Windows-1252 byte after it is a mixture too.
    @Test func aByteOrderMarkWithAWindows1252ByteIsRefused() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.vestigingen(Array("Coll".utf8) + [0xE8] + Array("ge".utf8))
        let error = try #require(try Self.refusal(bytes), "aanvaard")
        #expect(error.place == "regel 5, kolom 4 (VESTIGINGSNAAM), teken 5", "\(error.description)")
        #expect(error.message.contains("met een UTF-8-BOM begint"), "\(error.message)")
    }

    /// Windows-1252 as a whole is read, every accent right; a byte Windows-1252 does not define is refused.
    @Test func aWholeWindows1252FileIsReadAndAnUndefinedByteIsNot() throws {
        let accepted = try Self.refusal(Self.vestigingen(Array("Coll".utf8) + [0xE8] + Array("ge Saint-R".utf8) + [0xE9] + Array("mi".utf8)))
        #expect(accepted == nil, "\(accepted?.description ?? "")")
        let undefined = try #require(try Self.refusal(Self.vestigingen(Array("Coll".utf8) + [0x81] + Array("ge".utf8))), "aanvaard")
        #expect(undefined.place == "regel 5, kolom 4 (VESTIGINGSNAAM), teken 5")
        #expect(undefined.message.contains("0x81") && undefined.message.contains("Windows-1252"), "\(undefined.message)")
    }

    // MARK: - Item 5: control characters

    struct Control: CustomTestStringConvertible, Sendable {
        var what: String
        var bytes: [UInt8]
        var escaped: String
        var testDescription: String { what }
    }

    static let controls: [Control] = [
        Control(what: "NUL", bytes: [0x00], escaped: "\\u{0}"),
        Control(what: "ESC [2J (scherm wissen)", bytes: Array("\u{1B}[2J".utf8), escaped: "\\u{1B}"),
        Control(what: "ESC [31m (rode tekst)", bytes: Array("\u{1B}[31m".utf8), escaped: "\\u{1B}"),
        Control(what: "C1 CSI (U+009B)", bytes: [0xC2, 0x9B], escaped: "\\u{9B}"),
        Control(what: "DEL", bytes: [0x7F], escaped: "\\u{7F}"),
    ]

    @Test("een stuurteken in DUO's naam wordt bij de import geweigerd, met bestand, regel en kolom", arguments: controls)
    func aControlCharacterIsRefusedAtImport(_ control: Control) throws {
        let error = try #require(try Self.refusal(Self.vestigingen(Array("Dongemond ".utf8) + control.bytes + Array(" College".utf8))), "aanvaard")
        #expect(error.kind == .data)
        #expect(error.file?.hasSuffix("in/vestigingen.csv") == true)
        #expect(error.place == "regel 5, kolom 4 (VESTIGINGSNAAM), teken 11", "\(error.description)")
        #expect(error.message.contains("stuurteken (\(control.escaped))"), "\(error.message)")
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    /// A tampered data folder: a school's name with an escape sequence in `model/vestigingen.csv`. The program refuses
    /// the folder (file, line, column) and never writes the sequence to the terminal.
    @Test func aControlCharacterInTheDataFolderNeverReachesTheTerminal() throws {
        let folder = try Support.copyOfData()
        let file = folder.appendingPathComponent("model/vestigingen.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = DataLoadingTests.line(of: "01IW00")
        try text.replacingOccurrences(of: "01IW00;Dongemond College", with: "01IW00;Dongemond \u{1B}[2J\u{1B}[31mCollege")
            .write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["controleer"], ["school", "zoek", "dongemond"], ["advies", "--casus", try CLITests().caseFile(CLITests.s3)]] {
            let run = try Support.run(arguments + ["--data", folder.path])
            #expect(run.status == 65, "\(arguments): \(run.status)")
            #expect(!run.out.contains("\u{1B}") && !run.err.contains("\u{1B}"), "\(arguments): het stuurteken kwam op het scherm")
            #expect(run.err.contains("model/vestigingen.csv: regel \(line), kolom 2 (naam), teken 11: bevat een stuurteken (\\u{1B})"), "\(run.err)")
        }
    }

    @Test func aControlCharacterInAJSONTextIsRefusedWithLineAndColumn() throws {
        for (text, column) in [
            (#"{"antwoorden": {"situatie": "verhuizing\u001b[2J"}}"#, 40), (#"{"antwoorden": {"situatie": "a\u009bb"}}"#, 31),
            ("{\"antwoorden\": {\"situatie\": \"a\u{7F}b\"}}", 31), ("{\"antwoorden\": {\"situatie\": \"a\u{9B}b\"}}", 31),
            (#"{"antwoorden": {"situatie": "a\rb"}}"#, 31),
        ] {
            guard case .refused(let error) = FuzzTests.read(Array(text.utf8)) else {
                Issue.record("aanvaard: \(text)")
                continue
            }
            #expect(error.place == "regel 1, kolom \(column)", "\(text): \(error.description)")
            #expect(error.message.contains("stuurteken"), "\(error.message)")
        }
        // A line feed and a tab are text, not control.
        #expect(throws: Never.self) { try JSONParser.parse(Array(#"{"a": "een\ttwee\ndrie"}"#.utf8)) }
    }

    @Test func aControlCharacterInALawTextIsRefused() throws {
        let folder = try Support.copyOfData()
        let file = folder.appendingPathComponent("wet/wvo-2020.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\n", with: "\n\u{1B}]0;titel\u{7}", options: [], range: text.range(of: "\n"))
        try text.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.read(from: folder.path)
            Issue.record("aanvaard")
        } catch {
            #expect(error.description.contains("wet/wvo-2020.md: regel 2: bevat een stuurteken (\\u{1B})"), "\(error.description)")
        }
    }

    // MARK: - Item 6: the data folder is what it says

    /// A link to a folder, a folder nobody asked for and a file of an unknown kind: none is read (the fingerprint and
    /// the number of files are those of the folder without them), and the advice is the same.
    @Test func aDataFolderReadsOnlyTheFilesItExpects() throws {
        let folder = try Support.copyOfData()
        let before = CheckStamp.current(for: folder.path, rules: [])
        let outside = try Support.temporaryDirectory()
        try Data(#"{"groot": true}"#.utf8).write(to: outside.appendingPathComponent("iets.json"))
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("usr").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("inhoud/meer").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("model/meer.json").path, withDestinationPath: outside.path)
        try manager.createDirectory(at: folder.appendingPathComponent("inhoud/oud"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("inhoud/oud/boom.json"))
        try Data("notities".utf8).write(to: folder.appendingPathComponent("inhoud/notities.txt"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("model/.vestigingen.csv.123.tmp"))
        let after = CheckStamp.current(for: folder.path, rules: [])
        #expect(after.vingerafdruk == before.vingerafdruk, "een bestand buiten de verwachte werd gelezen")
        #expect(after.bestanden == before.bestanden)
        let run = try Support.run(["advies", "--casus", try CLITests().caseFile(CLITests.s3), "--data", folder.path])
        #expect(run.status == 0, "\(run.err)")
    }
}
