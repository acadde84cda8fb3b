import Foundation
import RoutekaartCore
import Testing

/// Shared by the knowledge-file tests: the real model as reference, a fixed today, and reading a text as a file.
enum Knowledge {
    static let reference = KnowledgeReference(model: Support.bundled.model)
    static let examples = KnowledgeReference(model: Support.withExamples.model, examples: true)
    static let today = Day(year: 2026, month: 12, day: 7) ?? Day.inpassing
    static let header = "onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd\n"

    static func parse(_ text: String, path: String = "kennis.csv", label: String = "kennisbestand kennis.csv") -> KnowledgeReading {
        KnowledgeReader.parse(Array(text.utf8), path: path, label: label, reference: reference, today: today)
    }

    static func parse(bytes: [UInt8], path: String = "kennis.csv") -> KnowledgeReading {
        KnowledgeReader.parse(bytes, path: path, label: "kennisbestand kennis.csv", reference: reference, today: today)
    }

    static func day(_ text: String) -> Day { Day(text) ?? Day.inpassing }
}

/// The knowledge file's format: semicolon CSV in UTF-8, a header with the columns found by name, quoting as a
/// spreadsheet does it, and writing back changes nothing the program did not change (issue 18 item 1).
@Suite struct KnowledgeFileTests {
    /// A last line that ends in `;` (an empty last column) without a line end after it is a row like any other: it was
    /// dropped without a word (found in review, 7 December 2026).
    @Test func aLastRowEndingInASeparatorWithoutLineEndIsRead() throws {
        let text = "onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd;opmerking\n"
            + "naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-07;\n"
            + "naam;VO2508;;SWV Rivierenland;2016-01-01;;website;2026-12-07;"
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(reading.table.facts.map(\.code) == ["VO3003", "VO2508"])
        let table = try CSVTable(bytes: Array("a;b\n1;2\n3;".utf8), file: "t.csv")
        #expect(table.rowCount == 2)
        #expect(table.field(1, 0) == "3" && table.field(1, 1).isEmpty)
    }

    @Test func everySubjectIsReadAsATypedFact() throws {
        let text =
            Knowledge.header + """
                beleid;VO3003;;eigen-criteria;2024-08-01;2028-07-31;ondersteuningsplan 2024-2028 §3;2026-12-07
                duur;VO3003;;2;2024-08-01;2028-07-31;ondersteuningsplan 2024-2028 §3.2;2026-12-07
                duur;VO2803;;geen;2024-08-01;;navraag bij het loket van het SWV, telefonisch;2026-11-01
                late-aanvragen;VO3003;;ja;2024-08-01;2028-07-31;ondersteuningsplan §4;2026-12-07
                licentie;00KV00;theoretisch;ja;2024-08-01;;besluit bestuur;2026-12-07
                licentie;01IW00;;nee;2024-08-01;;besluit bestuur;2026-12-07
                naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-07
                contact;VO3003;;Loket lwoo/pro, 076-5221234;2024-08-01;;website van het SWV;2026-12-07

                """
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let facts = reading.table.facts
        #expect(
            facts.map(\.value) == [
                .policy(.eigenCriteria), .duration(.schoolYears(2)), .duration(.notSet), .lateApplications(true), .licence(true), .licence(false),
                .name("RSV Breda eo"), .contact("Loket lwoo/pro, 076-5221234"),
            ])
        #expect(facts[4].scope == .some([.theoretisch]))
        #expect(facts[5].scope == .all)
        #expect(facts[0].period == FactPeriod(vanaf: Knowledge.day("2024-08-01"), tot: Knowledge.day("2028-07-31")))
        #expect(facts[2].period.tot == nil)
        #expect(facts[0].origin.line == 2)
        #expect(facts[0].origin.place == "kennis.csv:2")
        #expect(facts[0].provenance == "kennisbestand kennis.csv: ondersteuningsplan 2024-2028 §3, gecontroleerd 7 december 2026")
    }

    @Test func columnsAreFoundByNameInAnyOrderAndExtraColumnsAreKept() throws {
        let text =
            "Opmerking;bron;gecontroleerd;onderwerp;code;waarde;leerwegen;vanaf;tot\n"
            + "eigen aantekening;plan §1;2026-12-01;beleid;vo3003;Landelijk;;2024-08-01;\n"
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let fact = try #require(reading.table.facts.first)
        #expect(fact.code == "VO3003")
        #expect(fact.value == .policy(.landelijk))
        #expect(reading.table.extraFields(of: reading.table.rows[0]) == ["Opmerking": "eigen aantekening"])
        // Writing back changes nothing: the user's order, spelling and extra column stay.
        #expect(KnowledgeWriter.bytes(of: reading.table) == Array(text.utf8))
    }

    @Test(
        "een bestand komt byte voor byte terug zoals het werd gelezen",
        arguments: [
            Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01\n",
            "\u{FEFF}" + Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01\n",
            (Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;\"plan; met \"\"puntkomma\"\"\";2026-12-01\n")
                .replacingOccurrences(of: "\n", with: "\r\n"),
            Knowledge.header + "contact;VO3003;;\"Loket lwoo\npro: 076-5221234\";2024-08-01;;website;2026-12-01\n",
            Knowledge.header + ";;;;;;;\ntermijn;VO3003;;1 oktober;2024-08-01;;plan;2026-12-01\n",
        ])
    func aFileRoundTripsByteForByte(_ text: String) {
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(KnowledgeWriter.bytes(of: reading.table) == Array(text.utf8))
    }

    @Test func quotedFieldsAreReadAsASpreadsheetWritesThem() throws {
        let text = Knowledge.header + "beleid;VO3003;;eigen-criteria;2024-08-01;;\"ondersteuningsplan; §3 \"\"Lwoo\"\"\";2026-12-01\n"
        let fact = try #require(Knowledge.parse(text).table.facts.first)
        #expect(fact.bron == "ondersteuningsplan; §3 \"Lwoo\"")
    }

    @Test func aByteOrderMarkAndCRLFAreReadAndKept() throws {
        let text =
            "\u{FEFF}" + Knowledge.header.replacingOccurrences(of: "\n", with: "\r\n")
            + "naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-01\r\n"
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(reading.table.byteOrderMark)
        #expect(reading.table.crlf)
        #expect(reading.table.facts.first?.value == .name("RSV Breda eo"))
    }

    @Test func aShortRowIsPaddedAndAnEmptyFileHoldsNothing() {
        let short = Knowledge.parse(Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01\nnaam;VO3003;;RSV Breda eo;2016-01-01\n")
        // The row without bron and gecontroleerd is read, and found wanting in the right columns.
        #expect(
            short.errors.map(\.description) == [
                "kennis.csv:3: kolom bron: bron ontbreekt; noem het document en de paragraaf, of hoe het bekend werd (bijvoorbeeld \"navraag bij het loket van het SWV, telefonisch\")",
                "kennis.csv:3: kolom gecontroleerd: gecontroleerd ontbreekt; schrijf de datum waarop het feit aan de bron is gecontroleerd (JJJJ-MM-DD)",
            ])
        let empty = Knowledge.parse("")
        #expect(empty.errors.isEmpty)
        #expect(empty.table.facts.isEmpty)
        #expect(empty.table.header == KnowledgeTable.columns)
    }

    @Test func aRowTheProgramDoesNotKnowIsKeptAndNotUsed() throws {
        let text = Knowledge.header + "termijn;VO3003;;1 oktober;2024-08-01;;plan;2026-12-01\nbeleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01\n"
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty)
        #expect(reading.table.rows.count == 2)
        #expect(reading.table.rows[0].fact == nil)
        #expect(reading.table.facts.count == 1)
        #expect(
            reading.warnings.map(\.description) == [
                "kennis.csv:2: kolom onderwerp: onderwerp \"termijn\" kent deze versie van routekaart niet; de regel blijft in het bestand staan maar wordt niet gebruikt"
            ])
    }

    @Test(
        "een bestand dat geen kennisbestand is, wordt geweigerd met de reden",
        arguments: [
            (
                "onderwerp;code;waarde\nbeleid;VO3003;landelijk\n",
                "kennis.csv:1: kopregel: de kolommen \"leerwegen\", \"vanaf\", \"tot\", \"bron\", \"gecontroleerd\" ontbreken"
            ),
            ("onderwerp,code,leerwegen,waarde,vanaf,tot,bron,gecontroleerd\n", "kennis.csv:1: kopregel: de kolommen worden gescheiden door komma's"),
            (
                Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01;;extra\n",
                "kennis.csv:2: deze regel heeft 10 velden; de kopregel heeft er 8"
            ),
            (
                Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;\"plan;2026-12-01\n",
                "kennis.csv: regel 2, kolom 7: een veld tussen aanhalingstekens wordt niet afgesloten"
            ),
            (
                "onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd;Bron\n",
                "kennis.csv:1: kopregel: de kolom \"bron\" staat twee keer in de kopregel"
            ),
        ])
    func aFileThatIsNoKnowledgeFileIsRefused(_ text: String, _ expected: String) throws {
        let reading = Knowledge.parse(text)
        let first = try #require(reading.errors.first)
        #expect(first.description.hasPrefix(expected), "\(first.description)")
        #expect(throws: InputErrors.self) { try reading.checked() }
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithTheLine() throws {
        // "Etten-Leur" is fine; the Windows-1252 "ë" of "Kempenland-Eindhovën" is not UTF-8.
        var bytes = Array((Knowledge.header + "naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-01\nnaam;VO3007;;Eindhov").utf8)
        bytes.append(0xEB)
        bytes += Array("n;2016-01-01;;statuten;2026-12-01\n".utf8)
        let reading = Knowledge.parse(bytes: bytes)
        #expect(reading.errors.map(\.description).first?.hasPrefix("kennis.csv:3: het bestand is geen UTF-8") == true, "\(reading.errors)")
        #expect(reading.table.facts.isEmpty)
    }

    @Test func aNewFileGetsTheStandardHeaderAndIsSortedByCodeAndSubject() {
        var table = KnowledgeTable.empty(path: "nieuw.csv", label: "uw kennisbestand")
        #expect(table.byteOrderMark)
        let origin = KnowledgeOrigin(file: "nieuw.csv", label: "uw kennisbestand", line: 0)
        let fact = KnowledgeFact(
            subject: .licentie, code: "00KV00", scope: .some([.theoretisch]), value: .licence(true),
            period: FactPeriod(vanaf: Knowledge.day("2024-08-01")), bron: "besluit; bestuur", gecontroleerd: Knowledge.today, origin: origin)
        table.rows.append(KnowledgeRow(line: 0, fields: table.fields(for: fact), fact: fact))
        let text = String(decoding: KnowledgeWriter.bytes(of: table), as: UTF8.self)
        #expect(text == "\u{FEFF}" + Knowledge.header + "licentie;00KV00;theoretisch;ja;2024-08-01;;\"besluit; bestuur\";2026-12-07\n")
    }

    @Test func theDefaultFileFollowsXDGAndIsNeverCreatedByLookingForIt() throws {
        #expect(KnowledgeLocation.defaultFile(environment: ["XDG_DATA_HOME": "/data/x", "HOME": "/home/a"]) == "/data/x/routekaart/kennis.csv")
        #expect(
            KnowledgeLocation.defaultFile(environment: ["XDG_DATA_HOME": "relatief", "HOME": "/home/a"])
                == "/home/a/.local/share/routekaart/kennis.csv")
        #expect(KnowledgeLocation.defaultFile(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/routekaart/kennis.csv")
        #expect(KnowledgeLocation.defaultFile(environment: [:]) == nil)
        let folder = try Support.temporaryDirectory()
        let path = folder.appendingPathComponent("routekaart/kennis.csv").path
        let reading = try KnowledgeReader.read(KnowledgeSource(path: path, kind: .own), reference: Knowledge.reference, today: Knowledge.today)
        #expect(reading.table.facts.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("routekaart").path))
        #expect(throws: InputError.self) {
            try KnowledgeReader.read(KnowledgeSource(path: path, kind: .given), reference: Knowledge.reference, today: Knowledge.today)
        }
    }
}
