import Foundation
import RoutekaartCore
import Testing

/// DUO's RIO open data, in small files written to the published column lists (`data-sources/rio/README.md`): lwoo
/// licences per vestiging and leerweg, SWV names, and the vestigingen whose official SWV differs (issue 18 item 5).
@Suite struct RIOImportTests {
    static let datum = Day(year: 2026, month: 10, day: 3) ?? Day.inpassing

    /// The six files in a fresh folder; `change` may replace any of them (by name) before they are written.
    static func folder(_ change: [String: String] = [:]) throws -> URL {
        let folder = try Support.temporaryDirectory()
        var files = [
            // Comma-separated with a byte-order mark and quotes, as DUO's open-data portal gives it.
            RIOImport.FileName.swvs: "\u{FEFF}"
                + "SAMENWERKINGSVERBANDNUMMER,BEGINDATUM,EINDDATUM,STICHTINGSDATUM,IN_BEDRIJFDATUM,UIT_BEDRIJFDATUM,ERKENNERCODE,ERKENNER,"
                + "BEGINDATUM_PERIODE,EINDDATUM_PERIODE,BEKOSTIGINGSCODE,GRONDSLAG,VRIJHEID_VAN_ONDERWIJS,RICHTINGEN,SOORT,VERKORTE_NAAM,VOLLEDIGE_NAAM,WET\n"
                + "VO3003,2014-08-01,,2014-03-01,,,,OCW,2014-08-01,2020-08-01,,,,,PAVO,RSV Breda,\"Stichting RSV Breda e.o.\",WVO\n"
                + "VO3003,2014-08-01,,2014-03-01,,,,OCW,2020-08-01,,,,,,PAVO,RSV Breda,\"Regionaal Samenwerkingsverband Breda e.o.\",WVO\n"
                + "VO 28-03,2014-08-01,,,,,,OCW,,,,,,,PAVO,SWV Duin en Bollen,\"SWV V(S)O Duin- en Bollenstreek\",WVO\n"
                + "PO3003,2014-08-01,,,,,,OCW,,,,,,,SWPO,SWV PO Breda,\"SWV PO Breda\",WPO\n"
                + "A123,2014-08-01,,,,,,OCW,,,,,,,PAVO,SWV Rivierenland,\"Samenwerkingsverband VO Rivierenland\",WVO\n"
                + "B456,2014-08-01,,,,,,OCW,,,,,,,PAVO,SWV VO E-K,\"SWV VO Eindhoven Kempenland\",WVO\n",
            RIOImport.FileName.swvLinks: "SAMENWERKINGSVERBANDNUMMER;VESTIGINGSCODE;BEGINDATUM;EINDDATUM\n"
                + "VO3003;01IW00;2014-08-01;\n" + "VO3003;00KV00;2014-08-01;\n"
                // Fioretti College Lisse lies in VO2803 by its postcode; RIO says VO3003.
                + "VO3003;00UZ00;2020-08-01;\n" + "VO 28-03;00UZ00;2014-08-01;2020-08-01\n"
                + "A123;01OE49;2014-08-01;\n" + "A123;03WO02;2014-08-01;\n" + "A123;16YV04;2014-08-01;\n",
            RIOImport.FileName.recognitions:
                "ERKENDEOPLEIDINGSCODE;OPLEIDINGSSTELSEL;INGANGSDATUM;EINDDATUM;ERKENNERCODE;ERKENNER;LWOO_INDICATOR;MINISTERIE;BEGINDATUM_PERIODE;EINDDATUM_PERIODE;LEERJAREN;OPLEIDINGSERKENNINGSKADER;WET;LICENTIEERWIJZE\n"
                + "1001;VO;1999-08-01;;;;1;OCW;;;1-4;;WVO;\n" + "1002;VO;1999-08-01;;;;1;OCW;;;1-4;;WVO;\n"
                + "1003;VO;1999-08-01;;;;1;OCW;;;1-4;;WVO;\n" + "1004;VO;1999-08-01;;;;0;OCW;;;1-4;;WVO;\n"
                + "1005;VO;1999-08-01;;;;1;OCW;;;1-4;;WVO;\n",
            RIOImport.FileName.programmes: "OPLEIDINGSEENHEIDCODE;NIVEAU\nOE1;VO-VMBO-BB\nOE2;VO-VMBO-KB\nOE3;VO-VMBO-TL\nOE4;VO-HAVO\n",
            RIOImport.FileName.programmeLinks: "OPLEIDINGSEENHEIDCODE;ERKENDEOPLEIDINGSCODE\nOE1;1001\nOE2;1002\nOE3;1003\nOE4;1004\n",
            RIOImport.FileName.licences:
                "LICENTIECODE,OIE_CODE,VESTIGINGSCODE,ERKENDEOPLEIDINGSCODE,OPLEIDINGSSTELSEL,BEGINDATUM,EINDDATUM,BEKOSTIGD,HERKOMST,STADIUM\n"
                + "L1,01IW,01IW00,1001,VO,2010-08-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L2,01IW,01IW00,1002,VO,2010-08-01,2020-08-01,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L3,01IW,01IW00,1002,VO,2020-08-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L4,00KV,00KV00,1003,VO,2012-08-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L5,00KV,00KV00,1005,VO,2012-08-01,2015-08-01,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L6,01IW,01IW03,1005,VO,2016-01-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L7,01IW,01IW03,1001,VO,2016-01-01,,KOMT_NIET_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L8,00JR,00JR00,1001,VO,2016-01-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L9,99XX,99XX00,1001,VO,2016-01-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n"
                + "L10,01IW,01IW00,1004,VO,2010-08-01,,KOMT_VOOR_BEKOSTIGING_IN_AANMERKING,,\n",
        ]
        for (name, text) in change { files[name] = text }
        for (name, text) in files where !text.isEmpty {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func prepare(_ folder: URL) throws(InputErrors) -> RIOImport.Outcome {
        let model = Support.bundled.model
        return try RIOImport.prepare(
            folder: folder.path, datum: datum, output: "rio-kennis.csv", swvCodes: model.swvs.filter { !$0.voorbeeld }.map(\.code),
            reference: KnowledgeReference(model: model), today: Knowledge.today)
    }

    static func text(_ outcome: RIOImport.Outcome) -> String { String(decoding: KnowledgeWriter.bytes(of: outcome.table), as: UTF8.self) }

    @Test func licencesNamesAndTheirSourcesBecomeAKnowledgeFile() throws {
        let outcome = try Self.prepare(try Self.folder())
        let source = "rio-2026-10-03 (vo_onderwijslicenties);2026-10-03"
        let names = "rio-2026-10-03 (samenwerkingserkenningen);2026-10-03"
        #expect(
            Self.text(outcome) == "\u{FEFF}" + Knowledge.header
                // Basis and kader from 2010 (the two kader licences join), theoretisch at KSE; an lwoo licence without a
                // niveau at Made only where no leerweg is known; nothing for a school without vmbo, outside the model, or
                // for a licence that is not funded.
                + "licentie;00KV00;theoretisch;ja;2012-08-01;;\(source)\n"
                + "licentie;01IW00;basis,kader;ja;2010-08-01;;\(source)\n"
                + "licentie;01IW03;onbekend;ja;2016-01-01;;\(source)\n"
                + "naam;VO2508;;Samenwerkingsverband VO Rivierenland;2014-08-01;;\(names)\n"
                + "naam;VO2803;;SWV V(S)O Duin- en Bollenstreek;2014-08-01;;\(names)\n"
                + "naam;VO3003;;Stichting RSV Breda e.o.;2014-08-01;2020-07-31;\(names)\n"
                + "naam;VO3003;;Regionaal Samenwerkingsverband Breda e.o.;2020-08-01;;\(names)\n"
                + "naam;VO3007;;SWV VO Eindhoven Kempenland;2014-08-01;;\(names)\n")
        let report = outcome.report.joined(separator: "\n")
        #expect(report.contains("SWV-nummers: 2 gekoppeld op hun eigen vorm (VO####)"), "\(report)")
        #expect(report.contains("gekoppeld op naam: B456 → VO3007"), "\(report)")
        #expect(report.contains("gekoppeld via waar hun vestigingen liggen (regio-indeling): A123 → VO2508 (3 van 3 vestigingen)"), "\(report)")
        #expect(report.contains("overgeslagen: 1 vestigingen die niet in het model staan, 1 zonder vmbo volgens DUO (00JR00"), "\(report)")
        #expect(report.contains("1 licenties die niet voor bekostiging in aanmerking komen"), "\(report)")
        // The result is a knowledge file like any other: the advisor reads it with the same reader.
        let reading = Knowledge.parse(Self.text(outcome), path: "rio-kennis.csv")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let base = KnowledgeBase(tables: [reading.table])
        #expect(base.licence(of: "01IW00", for: .kader, on: Self.datum)?.value == .held)
        #expect(base.licence(of: "01IW00", for: .theoretisch, on: Self.datum) == nil)
        #expect(base.licence(of: "01IW03", for: .basis, on: Self.datum)?.value == .heldLeerwegUnknown)
        #expect(base.name(of: "VO3003", on: Self.datum)?.value == "Regionaal Samenwerkingsverband Breda e.o.")
    }

    @Test func vestigingenWhoseOfficialSWVDiffersAreReported() throws {
        let outcome = try Self.prepare(try Self.folder())
        #expect(outcome.mismatches.map(\.school.code) == ["00UZ00"])
        #expect(outcome.mismatches.first?.rio == "VO3003")
        #expect(outcome.mismatches.first?.school.swv == "VO2803")
        #expect(
            outcome.report.contains(
                "  00UZ00 Fioretti College voor Gymnasium Atheneum Havo Mavo Vbo Lwoo (Lisse): RIO VO3003, regio-indeling VO2803"))
    }

    @Test func withoutTheNiveauFilesEveryLicenceHasAnUnknownLeerweg() throws {
        let outcome = try Self.prepare(try Self.folder([RIOImport.FileName.programmes: ""]))
        let licences = outcome.table.facts.filter { $0.subject == .licentie }
        #expect(licences.map(\.code) == ["00KV00", "01IW00", "01IW03"])
        #expect(licences.allSatisfy { $0.scope == .unknown })
        // KSE: the two licences from 2012 join into one period.
        #expect(licences[0].period == FactPeriod(vanaf: Knowledge.day("2012-08-01")))
        #expect(outcome.report.contains { $0.hasPrefix("Leerwegen: niet bekend (") && $0.contains("vo_opleidingen.csv: bestand niet gevonden") })
    }

    @Test func aMissingColumnIsNamedWithItsFile() throws {
        let folder = try Self.folder([
            RIOImport.FileName.recognitions: "ERKENDEOPLEIDINGSCODE;OPLEIDINGSSTELSEL\n1001;VO\n",
            RIOImport.FileName.swvLinks: "SAMENWERKINGSVERBANDNUMMER;VESTIGING;BEGINDATUM;EINDDATUM\n",
        ])
        do {
            _ = try Self.prepare(folder)
            Issue.record("een ontbrekende kolom werd niet gemeld")
        } catch {
            let text = error.description
            #expect(
                text.contains("relaties_samenwerkingserkenningen_vestigingserkenningen.csv: regel 1: de kolom \"VESTIGINGSCODE\" ontbreekt"),
                "\(text)")
            #expect(text.contains("vo_opleidingserkenningen.csv: regel 1: de kolom \"LWOO_INDICATOR\" ontbreekt"), "\(text)")
        }
    }

    @Test func aMissingFileAndABadDateAreClear() throws {
        let missing = try Self.folder([RIOImport.FileName.licences: ""])
        #expect {
            try Self.prepare(missing)
        } throws: { error in
            (error as? InputErrors)?.description.contains("vo_onderwijslicenties.csv: bestand niet gevonden") == true
                && (error as? InputErrors)?.kind == .missingFile
        }
        let badDate = try Self.folder([
            RIOImport.FileName.swvLinks: "SAMENWERKINGSVERBANDNUMMER;VESTIGINGSCODE;BEGINDATUM;EINDDATUM\nVO3003;01IW00;1 augustus;\n"
        ])
        #expect {
            try Self.prepare(badDate)
        } throws: { error in
            (error as? InputErrors)?.description.contains("regel 2, kolom BEGINDATUM: \"1 augustus\" is geen datum") == true
        }
    }

    @Test func rioDatesInTheirSeveralFormsAndNumbersInTheirs() {
        #expect(RIOImport.parseDate("2019-08-01") == Knowledge.day("2019-08-01"))
        #expect(RIOImport.parseDate("2019-08-01T00:00:00") == Knowledge.day("2019-08-01"))
        #expect(RIOImport.parseDate("01-08-2019") == Knowledge.day("2019-08-01"))
        #expect(RIOImport.parseDate("20190801") == Knowledge.day("2019-08-01"))
        #expect(RIOImport.parseDate("augustus") == nil)
        #expect(RIOImport.voCode("VO2801") == "VO2801")
        #expect(RIOImport.voCode("vo 28-01") == "VO2801")
        #expect(RIOImport.voCode("2801") == "VO2801")
        #expect(RIOImport.voCode("PO2801") == nil)
    }
}
