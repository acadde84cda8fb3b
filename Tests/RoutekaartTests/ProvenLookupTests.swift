import Foundation
import Testing

@testable import RoutekaartCore

/// A proven data folder answers about one school, SWV, postcode or outcome from the files' bytes (`ModelLookup`, `OutcomeLookup`),
/// without reading the whole country; what it gives must be what the whole model gives, record for record.
@Suite struct ProvenLookupTests {
    /// The whole model, read and put together, and a fresh proven model that has not been put together.
    static func both(examples: Bool) throws -> (whole: Model, proven: Model) {
        let whole = try DataSet.read(from: Support.dataPath, examples: examples).model
        let proven = try DataSet.load(from: Support.dataPath, examples: examples).model
        return (whole, proven)
    }

    @Test(arguments: [false, true])
    func everySchoolIsFoundAsTheWholeModelHasIt(examples: Bool) throws {
        let (whole, proven) = try Self.both(examples: examples)
        let lookup = try #require(ModelLookup.of(proven), "de bewezen map heeft geen opzoeker")
        for school in whole.schools {
            #expect(lookup.school(school.code) == whole.school(school.code), "vestiging \(school.code)")
        }
        #expect(whole.schools.count > 1_600 || examples == false)
        #expect(lookup.school("99ZZ99") == nil)
        #expect(lookup.school("") == nil)
        #expect(lookup.school("00AH0") == nil, "een deel van een code is geen code")
    }

    @Test(arguments: [false, true])
    func everySWVIsFoundWithItsGemeentenInOrder(examples: Bool) throws {
        let (whole, proven) = try Self.both(examples: examples)
        let lookup = try #require(ModelLookup.of(proven))
        for swv in whole.swvs {
            #expect(lookup.swv(swv.code) == whole.swv(swv.code), "SWV \(swv.code)")
        }
        #expect(lookup.swv("VO9999") == nil)
        #expect(lookup.swv("VO30") == nil)
    }

    @Test func everyPostcodeAreaIsFound() throws {
        let (whole, proven) = try Self.both(examples: false)
        let lookup = try #require(ModelLookup.of(proven))
        for entry in whole.regio {
            #expect(lookup.regio(pc4: entry.pc4) == entry, "PC4 \(entry.pc4)")
        }
        #expect(lookup.regio(pc4: "0000") == nil)
        #expect(lookup.regioOrigin == whole.regioOrigin)
    }

    /// The advice on a case reads the records it needs and does not put the country together.
    @Test func theAdviceOnACaseDoesNotReadTheWholeModel() throws {
        let dataSet = try DataSet.load(from: Support.dataPath)
        let path = Support.root.appendingPathComponent("voorbeelden/casus.json").path
        let file = try StrictDecoder.decode(CaseFile.self, from: try FileReader.read(path), file: path)
        let kase = try AnswerValidator(content: dataSet.content, model: dataSet.model).validate(
            file, path: path, peildatum: try #require(Day("2026-11-26")))
        guard case .advice(let advice) = try dataSet.engine.evaluate(kase) else {
            Issue.record("geen advies voor de voorbeeldcasus")
            return
        }
        let text = AdviceRenderer(content: dataSet.content, model: dataSet.model).render(advice, as: .tekst, includeWhy: true)
        #expect(text.contains("(VO2803)"), "het advies noemt het SWV van herkomst")
        #expect(ModelLookup.of(dataSet.model) != nil, "het hele model werd gelezen voor één casus")
        #expect(dataSet.content.decodesOutcomesOneByOne, "alle uitkomsten werden gedecodeerd voor één casus")
    }

    /// The lookup halves the files, so their order is a rule: a file out of order is refused, with its place.
    @Test func aVestigingOutOfOrderIsRefused() throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(ModelFiles.vestigingen)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(1, 2)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let second = String(lines[2].prefix { $0 != ";" })
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("een ongesorteerd vestigingen.csv werd aanvaard")
        } catch {
            let found = try #require(error.errors.first { $0.message.contains("gesorteerd") }, "\(error)")
            #expect(found.place == "regel 3, kolom 1 (vestigingscode)")
            #expect(found.message.contains(second))
        }
    }

    @Test func aPostcodeOutOfOrderIsRefused() throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(ModelFiles.regio)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(10, 11)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("een ongesorteerd regio.csv werd aanvaard")
        } catch {
            let found = try #require(error.errors.first { $0.message.contains("gesorteerd") }, "\(error)")
            #expect(found.place == "regel 12, kolom 1 (pc4)")
        }
    }

    @Test func aLineBreakInANameIsRefused() throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(ModelFiles.vestigingen)
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").dropFirst().first)
        let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var broken = fields
        broken[1] = "\"" + fields[1] + "\nBovenbouw\""
        try text.replacingOccurrences(of: String(line), with: broken.joined(separator: ";")).write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("een regeleinde in een naam werd aanvaard")
        } catch {
            let found = try #require(error.errors.first { $0.message.contains("regeleinde") }, "\(error)")
            #expect(found.place == "regel 2, kolom 2 (naam)")
        }
    }

    @Test func everyOutcomeAndScenarioIsDecodedAsTheWholeFileHasIt() throws {
        let whole = try DataSet.read(from: Support.dataPath).content
        let proven = try DataSet.load(from: Support.dataPath).content
        #expect(proven.decodesOutcomesOneByOne)
        for outcome in whole.outcomes {
            #expect(proven.outcome(outcome.id) == outcome, "uitkomst \(outcome.id)")
            #expect(proven.factsRead(by: outcome) == whole.factsRead(by: outcome), "feiten van \(outcome.id)")
        }
        for scenario in whole.scenarios { #expect(proven.scenario(scenario.id) == scenario) }
        #expect(proven.decodesOutcomesOneByOne, "één voor één bleef één voor één")
        // An id the skim does not know is looked for in the whole file (the engine never asks for one: the rules prove it).
        #expect(proven.outcome("bestaat-niet") == nil)
        #expect(whole.outcomes.count > 30)
    }

    @Test func theSkimFindsPartsPastEscapesNestingAndScalars() throws {
        let text = #"{"a": [1, true, {"x": "]}"}], "b\"c": "d\"e", "e": {}, "f": [], "g": null}"#
        let skim = JSONSkim(bytes: Array(text.utf8))
        let members = try #require(skim.members(at: 0))
        #expect(members.map(\.key) == ["a", "b\"c", "e", "f", "g"])
        func slice(_ range: Range<Int>) -> String { String(decoding: skim.bytes[range], as: UTF8.self) }
        let elements = try #require(skim.elements(of: members[0].value))
        #expect(elements.map(slice) == ["1", "true", #"{"x": "]}"}"#])
        #expect(skim.string(members[1].value) == "d\"e")
        #expect(skim.elements(of: members[3].value)?.isEmpty == true)
        #expect(skim.members(at: members[2].value.lowerBound)?.isEmpty == true)
        #expect(slice(members[4].value) == "null")
        #expect(skim.members(at: 0, until: "b\"c")?.map(\.key) == ["a", "b\"c"], "tot en met de gezochte sleutel")
        let escaped = JSONSkim(bytes: Array(#"{"a": "x\\", "b": "y\\\"z"}"#.utf8))
        #expect(escaped.members(at: 0).map { $0.map { escaped.string($0.value) } } == ["x\\", "y\\\"z"], "een backslash voor het aanhalingsteken")
        #expect(JSONSkim(bytes: Array("[1, 2".utf8)).elements(of: 0..<5) == nil, "een afgebroken lijst")
        #expect(JSONSkim(bytes: Array("{\"a\" 1}".utf8)).members(at: 0) == nil, "een sleutel zonder dubbele punt")
    }

    @Test func aLineIsFoundAtTheStartTheEndAndWithCarriageReturns() throws {
        let text = "code;x\r\nA1;een\r\nB2;twee\r\nC3;\"drie; vier\"\r\n"
        let csv = SortedCSV(Data(text.utf8), file: "t.csv")
        for (key, expected) in [("A1", "A1;een\r"), ("B2", "B2;twee\r"), ("C3", "C3;\"drie; vier\"\r")] {
            let line = try #require(csv.line(withKey: key), "\(key)")
            #expect(String(decoding: line, as: UTF8.self) == expected)
        }
        #expect(csv.line(withKey: "code") == nil, "de kopregel is geen regel")
        #expect(csv.line(withKey: "B") == nil)
        #expect(csv.line(withKey: "D4") == nil)
        let table = try csv.table(of: [try #require(csv.line(withKey: "C3"))])
        #expect(table.rows.map(\.fields) == [["C3", "drie; vier"]])
    }
}

extension ModelLookup {
    /// The lookup of a model, while it has not been put together.
    static func of(_ model: Model) -> ModelLookup? { model.pointLookup }
}

/// A file without the expected shape gives nothing one by one, so `Content` decodes the whole file instead.
@Test func anOutcomeFileOfAnotherShapeIsLeftToTheWholeDecoder() {
    for text in ["[]", "{\"uitkomsten\": [{\"tekst\": \"zonder id\"}], \"scenarios\": []}", "{\"uitkomsten\": [", ""] {
        let lookup = OutcomeLookup(Data(text.utf8), file: "uitkomsten.json")
        #expect(lookup.entry("s1") == nil, "\(text)")
        #expect(lookup.scenarios == nil, "\(text)")
    }
}

@Test func textIsFoundByItsBytes() {
    #expect("stedelijk gymnasium".containsText("gymn"))
    #expect("stedelijk gymnasium".containsText("stedelijk gymnasium"))
    #expect(!"stedelijk gymnasium".containsText("gymnasiums"))
    #expect("abc".containsText(""))
    #expect(!"".containsText("a"))
    #expect("aaab".containsText("aab"), "na een valse start verder zoeken")
    #expect("hét kwc".containsText("ét"))
    #expect(Substring("xx rivierenland")[...].containsText("vier"))
}

/// What Foundation's `CharacterSet` trimming and folding gave, now in `Support/Platform.swift`.
@Test func trimmingAndFoldingDoWhatFoundationDid() {
    #expect("  \tlwoo \t".trimmingBlanks() == "lwoo")
    #expect(" lwoo\n".trimmingBlanks() == "lwoo\n", "een regeleinde is geen spatie")
    #expect("\n lwoo \r\n".trimmingBlanksAndNewlines() == "lwoo")
    #expect("\nlwoo\n".trimmingNewlines() == "lwoo")
    #expect("artikel 2.42   \t".droppingTrailingWhitespace() == "artikel 2.42")
    #expect("   ".droppingTrailingWhitespace().isEmpty)
    #expect(TextTools.folded("Hét KWC, Mariënburg, Ĳssel, Łódź, Çà") == "het kwc, marienburg, ĳssel, łodz, ca")
    #expect(TextTools.folded("e\u{301}e\u{308}") == "ee", "losse accenten vallen weg")
    #expect("ab".padded(to: 4) == "ab  " && "abcdef".padded(to: 3) == "abc")
    #expect(Path.join("data/", "/model/regio.csv") == "data/model/regio.csv")
    #expect(Path.join("", "x") == "x" && Path.join("/", "x") == "/x" && Path.join("data", "") == "data")
    #expect(Path.lastComponent("data/model/regio.csv/") == "regio.csv" && Path.deletingExtension("casus.json") == "casus")
}

extension ProvenLookupTests {
    /// A generated file the lookup halves must be in the one form the importer writes; any other form that reads the same
    /// (a space or quotes around a code, a blank line, line ends of `\r` only, another encoding) is refused, with its line.
    @Test(
        arguments: [
            ("een spatie na de code", "01IW00;", "01IW00 ;"),
            ("aanhalingstekens om de code", "01IW00;", "\"01IW00\";"),
            ("een regel met spaties in het midden", "\n01IW00;", "\n   \n01IW00;"),
            ("een lege regel voor de kopregel", "vestigingscode;", "\nvestigingscode;"),
            ("regeleinden van alleen \\r", "\n", "\r"),
            ("een Windows-1252-teken", "Dongemond College", "Dongemond Coll\u{E9}ge"),
        ] as [(String, String, String)])
    func aGeneratedFileInAnotherFormIsRefused(what: String, old: String, new: String) throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(ModelFiles.vestigingen)
        var bytes = Array(try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: old, with: new).utf8)
        if what.hasPrefix("een Windows-1252") {
            // é as the single byte 0xE9 of Windows-1252, in a file that is otherwise UTF-8.
            let marker = Array("Coll\u{E9}ge".utf8)
            if let at = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) {
                bytes.replaceSubrange(at..<at + marker.count, with: Array("Coll".utf8) + [0xE9] + Array("ge".utf8))
            }
        }
        try Data(bytes).write(to: url)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("aanvaard: \(what)")
        } catch {
            #expect(
                error.errors.contains { $0.message.contains("staat niet zoals routekaart gegevens importeer hem schrijft") },
                "\(what): \(error.description.prefix(400))")
        }
    }
}

/// The fingerprint of the check stamp changes with any byte in any lane, and with a byte moved from one file to the next.
@Test func theFingerprintSeesEveryByte() throws {
    let folder = try Support.temporaryDirectory()
    let bytes = (0..<100).map { UInt8($0) }
    func fingerprint(_ first: [UInt8], _ second: [UInt8] = [7]) throws -> String {
        try Data(first).write(to: folder.appendingPathComponent("a.json"))
        try Data(second).write(to: folder.appendingPathComponent("b.json"))
        return DataFolder.reading(folder.path).fingerprint
    }
    let original = try fingerprint(bytes)
    #expect(try fingerprint(bytes) == original, "dezelfde bytes, dezelfde vingerafdruk")
    for offset in [0, 8, 16, 24, 31, 32, 96, 99] {
        var changed = bytes
        changed[offset] ^= 1
        #expect(try fingerprint(changed) != original, "byte \(offset)")
    }
    #expect(try fingerprint(Array(bytes.dropLast()), [99, 7]) != original, "een byte naar het volgende bestand")
}
