import Foundation
import RoutekaartCore
import Testing

/// `routekaart gegevens importeer`: DUO's real formats in, the model files out, byte for byte the same for
/// the same input; every bad input refused with file, line and column, and nothing half-written.
@Suite struct ImportTests {
    // MARK: - The bundled model

    static var sourceFiles: (vestigingen: String, examens: String, regio: String) {
        let folder = Support.dataPath + "/bronbestanden"
        return (folder + "/duo/vestigingen-vo.csv", folder + "/duo/examenkandidaten-vo.csv", folder + "/regio-indeling/pc4-swv.csv")
    }

    @Test func theBundledModelIsReproducedByteForByte() throws {
        let files = Self.sourceFiles
        let output = try Support.temporaryDirectory().appendingPathComponent("model").path
        let request = ModelImport.Request(
            vestigingen: files.vestigingen, examens: files.examens, regio: files.regio, datum: try #require(Day("2026-10-02")),
            regioDatum: try #require(Day("2015-04-23")), dataDirectory: Support.dataPath, output: output)
        let outcome = try ModelImport.prepare(request)
        try ModelImport.write(outcome, to: output)
        for name in ModelFiles.generated {
            let bundled = try Data(contentsOf: URL(fileURLWithPath: Support.dataPath + "/" + name))
            let made = try Data(contentsOf: URL(fileURLWithPath: output + "/" + (name as NSString).lastPathComponent))
            #expect(bundled == made, "\(name) wijkt af van een nieuwe import van data/bronbestanden")
        }
        // The hand-entered files are copied along, so the folder is a complete model.
        for name in [ModelFiles.knowledge, ModelFiles.aliases] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + (name as NSString).lastPathComponent))
        }
        #expect(outcome.report.contains { $0.hasPrefix("Vestigingen: 0 nieuw, 0 vervallen, 0 gewijzigd, 1.630 ongewijzigd.") }, "\(outcome.report)")
    }

    @Test func theBundledModelIsTheRealCountry() throws {
        let model = Support.bundled.model
        #expect(model.swvs.count == 74)
        #expect(model.schools.count == 1_630)
        #expect(model.regio.count == 4_046)
        #expect(!model.swvs.contains(where: \.voorbeeld) && !model.schools.contains(where: \.voorbeeld))
        #expect(model.swvs.allSatisfy { DUOImport.isSWVCode($0.code) })
        // The named SWVs are where DOMAIN §10 says, checked by their gemeenten.
        let named: [(String, String, [String])] = [
            ("VO3003", "RSV Breda eo", ["Breda", "Etten-Leur", "Geertruidenberg"]),
            ("VO2803", "Samenwerkingsverband V(S)O Duin- en Bollenstreek", ["Lisse", "Noordwijk", "Katwijk", "Hillegom"]),
            ("VO2508", "SWV Rivierenland", ["Tiel", "Culemborg"]),
            ("VO3007", "SWV VO Eindhoven Kempenland", ["Eindhoven", "Veldhoven"]),
        ]
        for (code, name, gemeenten) in named {
            let swv = model.swv(code)
            #expect(swv?.naam == name)
            #expect(Set(gemeenten).isSubset(of: Set(swv?.gemeenten ?? [])), "\(code): \(swv?.gemeenten ?? [])")
        }
        // Every name comes from a bundled fact with a source of the registry (issue 22: at least 60 of the 74).
        let withName = model.swvs.filter { $0.naam != nil }
        #expect(withName.count == 60, "alleen namen met een bron")
        #expect(
            withName.allSatisfy {
                $0.naamFact?.origin.kind == .bundled && Support.bundled.content.source(Content.sourceID(of: $0.naamFact?.bron ?? "")) != nil
            })
        // The two schools of rsv-breda-2015 §1, with their licences; every other school's licence is unknown.
        let knowledge = model.knowledge
        let during = try #require(Day("2017-03-01"))
        let dongemond = model.school("01IW00")
        #expect(dongemond?.plaats == "Raamsdonksveer" && dongemond?.swv == "VO3003")
        #expect(Leerweg.allCases.allSatisfy { knowledge.licence(of: "01IW00", for: $0, on: during)?.value == .held }, "alle leerwegen")
        let kse = model.school("00KV00")
        #expect(kse?.plaats == "Etten-Leur" && kse?.leerwegen == [.theoretisch] && kse?.havoVwo == true && kse?.pro == false)
        #expect(knowledge.licence(of: "00KV00", for: .theoretisch, on: during)?.value == .held)
        #expect(knowledge.licence(of: "00KV00", for: .kader, on: during)?.value == .notHeld)
        #expect(Set(knowledge.facts.filter { $0.subject == .licentie }.map(\.code)) == ["00KV00", "01IW00"])
        #expect(knowledge.licence(of: "01IW03", for: .kader, on: during) == nil, "de locatie in Made noemt de bron niet")
        // The data's own dates and sources.
        #expect(model.schools.allSatisfy { $0.bron == "duo-vestigingen-2026" && $0.gegevensDatum == Day("2026-10-02") })
        #expect(model.regioOrigin == DataOrigin(bron: "regio-indeling-2015", datum: Day(year: 2015, month: 4, day: 23) ?? .inpassing))
        // Every policy a source states, each a dated period; open only where no later source closed it (issue 22).
        let policies = knowledge.facts.filter { $0.subject == .beleid }
        #expect(Set(policies.map(\.code)).count == 9)
        #expect(Set(policies.filter { $0.period.tot == nil }.map(\.code)) == ["VO2201", "VO2305", "VO2506", "VO3004"])
        #expect(knowledge.facts.allSatisfy { $0.origin.kind == .bundled && $0.gecontroleerd == Day("2026-12-07") })
        // DUO spells the capital `'S-GRAVENHAGE` / `S GRAVENHAGE`; the model shows the regio-indeling's spelling.
        #expect(model.school("20AJ00")?.plaats == "'s-Hertogenbosch")
        #expect(model.schools.contains { $0.gemeente == "'s-Gravenhage" })
        #expect(model.school("14DC06")?.naam == #"VMBO "De Jutter" Vlieland"#)
        #expect(model.schools.allSatisfy { !$0.naam.contains("  ") })
    }

    // MARK: - Small inline fixtures

    static let regio =
        "pc4;gemeente;swv_po;swv_vo\n4811;Breda;PO3003;VO3003\n4942;Geertruidenberg;PO3003;VO3003\n3197;Rotterdam;Europoort;Europoort\n5211;'s-Hertogenbosch;PO3005;VO3005\n"

    /// Columns in another order than DUO's and one extra: they are found by name.
    static let vestigingen = #"""
        PROVINCIE;VESTIGINGSCODE;INSTELLINGSCODE;VESTIGINGSNAAM;POSTCODE;PLAATSNAAM;GEMEENTENAAM;ONDERWIJSSTRUCTUUR;INTERNETADRES
        Noord-Brabant;01IW00;01IW;Dongemond College voor Atheneum Havo en Vmbo;4942 VC;RAAMSDONKSVEER;GEERTRUIDENBERG;VBO/MAVO/HAVO/VWO;\#u{20}
        Noord-Brabant;20AJ00;20AJ;"Stedelijk ""Gymnasium""";5211 XX;'S-HERTOGENBOSCH;S HERTOGENBOSCH;HAVO/VWO;www.example.nl
        Noord-Brabant;19XV01;19XV;Curio  VO  Lwoo;4811 AA;BREDA;BREDA;BRUGJAAR;\#u{20}

        """#

    static let examens =
        "\"INSTELLINGSCODE\";\"VESTIGINGSCODE\";\"ONDERWIJSTYPE VO\";\"OPLEIDINGSNAAM\";\"EXAMENKANDIDATEN SCHOOLJAAR 2021-2022 - TOTAAL\";\"EXAMENKANDIDATEN SCHOOLJAAR 2022-2023 - TOTAAL\";\"EXAMENKANDIDATEN SCHOOLJAAR 2023-2024 - TOTAAL\"\r\n"
        + "\"01IW\";\"01IW00\";\"VMBO\";\"VMBO B - economie\";\"0\";\"<5\";\"0\"\r\n"
        + "\"01IW\";\"01IW00\";\"VMBO\";\"VMBO K - economie\";\"8\";\"0\";\"0\"\r\n"
        + "\"01IW\";\"01IW00\";\"VMBO\";\"VMBO T - economie\";\"12\";\"12\";\"13\"\r\n"
        + "\"20AJ\";\"20AJ00\";\"HAVO\";\"HAVO - N&T\";\"5\";\"5\";\"6\"\r\n"

    static let registry = """
        {"bronnen": [
          {"id": "duo-vestigingen-2026", "titel": "t", "datum": "d", "vindplaats": "v", "soort": "gegevens"},
          {"id": "duo-examenkandidaten-2021-2024", "titel": "t", "datum": "d", "vindplaats": "v", "soort": "gegevens"},
          {"id": "regio-indeling-2015", "titel": "t", "datum": "d", "vindplaats": "v", "soort": "gegevens"},
          {"id": "rsv-breda-2015", "titel": "t", "datum": "d", "vindplaats": "v", "soort": "document"}
        ]}
        """

    struct Folder {
        let data: URL
        var vestigingen: URL { data.appendingPathComponent("in/vestigingen.csv") }
        var examens: URL { data.appendingPathComponent("in/examens.csv") }
        var regio: URL { data.appendingPathComponent("in/regio.csv") }
        var model: URL { data.appendingPathComponent("model") }

        func request() throws -> ModelImport.Request {
            ModelImport.Request(
                vestigingen: vestigingen.path, examens: examens.path, regio: regio.path, datum: try #require(Day("2026-10-02")),
                regioDatum: try #require(Day("2015-04-23")), dataDirectory: data.path)
        }
    }

    static let knowledgeHeader = "onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd;opmerking\n"

    /// A data folder with the registry, empty hand-entered files and the three inputs.
    static func folder(
        vestigingen: [UInt8] = Array(vestigingen.utf8), examens: String = examens, regio: String = regio, registry: String = registry,
        knowledge: String = knowledgeHeader
    ) throws -> Folder {
        let folder = Folder(data: try Support.temporaryDirectory())
        let manager = FileManager.default
        try manager.createDirectory(at: folder.model, withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.data.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data(registry.utf8).write(to: folder.data.appendingPathComponent("bronnen.json"))
        try Data(knowledge.utf8).write(to: folder.model.appendingPathComponent("kennis.csv"))
        try Data(#"{"aliassen": []}"#.utf8).write(to: folder.model.appendingPathComponent("aliassen.json"))
        try Data(vestigingen).write(to: folder.vestigingen)
        try Data(examens.utf8).write(to: folder.examens)
        try Data(regio.utf8).write(to: folder.regio)
        return folder
    }

    /// The model files of a folder, read back through the loader's own readers.
    static func schools(in folder: Folder) throws -> [School] {
        let path = folder.model.appendingPathComponent("vestigingen.csv").path
        return try ModelFiles.readVestigingen(try CSVTable(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path))
    }

    @Test func aSmallImportReadsDUOsFormat() throws {
        let folder = try Self.folder()
        let outcome = try ModelImport.prepare(try folder.request())
        try ModelImport.write(outcome, to: folder.model.path)
        let schools = try Self.schools(in: folder)
        #expect(schools.map(\.code) == ["01IW00", "19XV01", "20AJ00"], "gesorteerd op code")
        let dongemond = try #require(schools.first)
        #expect(dongemond.plaats == "Raamsdonksveer" && dongemond.gemeente == "Geertruidenberg" && dongemond.pc4 == "4942")
        #expect(dongemond.swv == "VO3003")
        #expect(dongemond.leerwegen == [.basis, .theoretisch], "kader alleen in een ouder schooljaar; <5 telt mee")
        #expect(dongemond.leerwegenBron == "duo-examenkandidaten-2021-2024")
        let curio = schools[1]
        #expect(curio.naam == "Curio VO Lwoo", "dubbele spaties weg")
        #expect(curio.lwooInNaam)
        #expect(curio.vmbo == nil && curio.pro == nil && curio.havoVwo == nil, "brugjaarlocatie: aanbod onbekend")
        let gymnasium = schools[2]
        #expect(gymnasium.naam == #"Stedelijk "Gymnasium""#)
        #expect(gymnasium.plaats == "'s-Hertogenbosch" && gymnasium.gemeente == "'s-Hertogenbosch", "de spelling van de regio-indeling")
        #expect(gymnasium.vmbo == false && gymnasium.leerwegen == nil && !gymnasium.lwooInNaam)
        let manifestPath = folder.model.appendingPathComponent("import.json").path
        let manifest = try StrictDecoder.decode(ImportManifest.self, from: try FileReader.read(manifestPath), file: manifestPath)
        #expect(manifest.examens.schooljaren == ["2022-2023", "2023-2024"])
        #expect(outcome.report.first?.contains("3 vestigingen (UTF-8)") == true)
        // Importing the same files again changes nothing, byte for byte.
        let before = try Data(contentsOf: folder.model.appendingPathComponent("vestigingen.csv"))
        let again = try ModelImport.prepare(try folder.request())
        try ModelImport.write(again, to: folder.model.path)
        #expect(try Data(contentsOf: folder.model.appendingPathComponent("vestigingen.csv")) == before)
        #expect(again.report.contains("Vestigingen: 0 nieuw, 0 vervallen, 0 gewijzigd, 3 ongewijzigd."))
    }

    @Test func windows1252AndAByteOrderMarkAreRead() throws {
        // "Collège Saint-Rémi – vmbo" in Windows-1252: è is the byte 0xE8, é 0xE9, the en dash 0x96.
        var latin: [UInt8] = Array(
            "PROVINCIE;VESTIGINGSCODE;INSTELLINGSCODE;VESTIGINGSNAAM;POSTCODE;PLAATSNAAM;GEMEENTENAAM;ONDERWIJSSTRUCTUUR\r\n".utf8)
        latin += Array("Noord-Brabant;01IW00;01IW;Coll".utf8) + [0xE8] + Array("ge Saint-R".utf8) + [0xE9] + Array("mi ".utf8) + [0x96]
        latin += Array(" vmbo;4942 VC;RAAMSDONKSVEER;GEERTRUIDENBERG;VBO\r\n".utf8)
        let folder = try Self.folder(vestigingen: latin)
        let outcome = try ModelImport.prepare(try folder.request())
        #expect(outcome.report.first?.contains("(Windows-1252)") == true)
        try ModelImport.write(outcome, to: folder.model.path)
        let name = try Self.schools(in: folder).first?.naam
        #expect(name == "Collège Saint-Rémi – vmbo", "\(name.map { Array($0.unicodeScalars.map(\.value)) } ?? [])")

        let bom = try Self.folder(vestigingen: [0xEF, 0xBB, 0xBF] + Array(Self.vestigingen.utf8))
        let withBOM = try ModelImport.prepare(try bom.request())
        #expect(withBOM.report.first?.contains("3 vestigingen (UTF-8)") == true, "de BOM hoort niet bij de eerste kolomnaam")
    }

    @Test func theReportSaysWhatWasAddedDroppedAndChanged() throws {
        let folder = try Self.folder()
        try ModelImport.write(try ModelImport.prepare(try folder.request()), to: folder.model.path)
        let next =
            Self.vestigingen
            .replacingOccurrences(of: "Noord-Brabant;19XV01;19XV;Curio  VO  Lwoo;4811 AA;BREDA;BREDA;BRUGJAAR; \n", with: "")
            .replacingOccurrences(of: "HAVO/VWO;www", with: "VBO/HAVO/VWO;www")
            + "Noord-Brabant;01IW03;01IW;Dongemond College;4811 BB;MADE;DRIMMELEN;VBO/MAVO; \n"
        try Data(next.utf8).write(to: folder.vestigingen)
        let outcome = try ModelImport.prepare(try folder.request())
        #expect(outcome.report.contains("Vestigingen: 1 nieuw, 1 vervallen, 1 gewijzigd, 1 ongewijzigd."), "\(outcome.report)")
        #expect(outcome.report.contains { $0.contains("nieuw: 01IW03 Dongemond College, Made") })
        #expect(outcome.report.contains { $0.contains("vervallen: 19XV01 Curio VO Lwoo, Breda") })
        #expect(outcome.report.contains { $0.contains("gewijzigd: 20AJ00 (aanbod)") })
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var what: String
        /// Which input: vestigingen, examens, regio, registry or knowledge.
        var input: String
        var old: String
        var new: String
        var file: String
        var place: String?
        var message: String
        var testDescription: String { what }
    }

    static let bad: [Bad] = [
        Bad(
            what: "een kolom ontbreekt", input: "vestigingen", old: ";POSTCODE;", new: ";POSTKODE;", file: "in/vestigingen.csv", place: "regel 1",
            message: "de kolom \"POSTCODE\" ontbreekt"),
        Bad(
            what: "een regel met een veld te weinig", input: "vestigingen", old: "Noord-Brabant;20AJ00;", new: "20AJ00;",
            file: "in/vestigingen.csv", place: "regel 3", message: "deze regel heeft 8 velden; de kopregel heeft er 9"),
        Bad(
            what: "een aanhalingsteken dat niet sluit", input: "vestigingen", old: #""Stedelijk ""Gymnasium""";"#, new: #""Stedelijk ""Gymnasium"";"#,
            file: "in/vestigingen.csv", place: "regel 3, kolom 4", message: "wordt niet afgesloten"),
        Bad(
            what: "een dubbele vestigingscode", input: "vestigingen", old: "Noord-Brabant;19XV01;19XV;", new: "Noord-Brabant;01IW00;01IW;",
            file: "in/vestigingen.csv", place: "regel 4, kolom 2 (VESTIGINGSCODE)", message: "staat twee keer in het bestand"),
        Bad(
            what: "een vestigingscode die niet bij de BRIN hoort", input: "vestigingen", old: "Noord-Brabant;19XV01;19XV;",
            new: "Noord-Brabant;19XV01;20XV;", file: "in/vestigingen.csv", place: "regel 4, kolom 3 (INSTELLINGSCODE)",
            message: "begint niet met de instellingscode"),
        Bad(
            what: "een postcode die er geen is", input: "vestigingen", old: "4811 AA", new: "481 AA", file: "in/vestigingen.csv",
            place: "regel 4, kolom 5 (POSTCODE)", message: "is geen postcode"),
        Bad(
            what: "een postcode die niet in de regio-indeling staat", input: "vestigingen", old: "4811 AA", new: "6511 AA",
            file: "in/vestigingen.csv", place: "regel 4, kolom 5 (POSTCODE)", message: "de postcode 6511 staat niet in de regio-indeling"),
        Bad(
            what: "een postcode in Europoort", input: "vestigingen", old: "4811 AA", new: "3197 AB", file: "in/vestigingen.csv",
            place: "regel 4, kolom 5 (POSTCODE)", message: "Europoort"),
        Bad(
            what: "een onbekende onderwijsstructuur", input: "vestigingen", old: "VBO/MAVO/HAVO/VWO", new: "VBO/MBO", file: "in/vestigingen.csv",
            place: "regel 2, kolom 8 (ONDERWIJSSTRUCTUUR)", message: "onbekende onderwijsstructuur \"VBO/MBO\""),
        Bad(
            what: "een onbekende SWV-code", input: "regio", old: "4811;Breda;PO3003;VO3003", new: "4811;Breda;PO3003;VO30X3", file: "in/regio.csv",
            place: "regel 2, kolom 4 (swv_vo)", message: "\"VO30X3\" is geen SWV-code"),
        Bad(
            what: "een dubbele postcode in de regio-indeling", input: "regio", old: "5211;", new: "4811;", file: "in/regio.csv",
            place: "regel 5, kolom 1 (pc4)", message: "staat twee keer"),
        Bad(
            what: "een aantal dat geen aantal is", input: "examens", old: #""12";"13""#, new: #""12";"veel""#, file: "in/examens.csv",
            place: "regel 4, kolom 7 (EXAMENKANDIDATEN SCHOOLJAAR 2023-2024 - TOTAAL)", message: "\"veel\" is geen aantal"),
        Bad(
            what: "een onbekende vmbo-opleiding", input: "examens", old: "VMBO K - economie", new: "VMBO X - economie", file: "in/examens.csv",
            place: "regel 3, kolom 4 (OPLEIDINGSNAAM)", message: "onbekende vmbo-opleiding"),
        Bad(
            what: "examens zonder kolommen per schooljaar", input: "examens", old: "EXAMENKANDIDATEN SCHOOLJAAR", new: "KANDIDATEN SCHOOLJAAR",
            file: "in/examens.csv", place: "regel 1", message: "geen kolommen \"EXAMENKANDIDATEN SCHOOLJAAR"),
        Bad(
            what: "een bron die niet in het register staat", input: "registry", old: "duo-vestigingen-2026", new: "duo-vestigingen-2025",
            file: "bronnen.json", place: nil, message: "de bron \"duo-vestigingen-2026\" staat niet in het bronnenregister"),
        Bad(
            what: "een licentie van een vestiging die verdween", input: "knowledge", old: "opmerking\n",
            new: "opmerking\nlicentie;00KV00;theoretisch;ja;2016-01-01;;rsv-breda-2015 §1;2026-12-01;\n",
            file: "model/kennis.csv:2", place: "kolom code", message: "\"00KV00\" is geen vestiging in de gegevens"),
    ]

    @Test("een fout invoerbestand wordt geweigerd met bestand, regel en kolom", arguments: bad)
    func badInput(_ item: Bad) throws {
        func change(_ text: String, _ input: String) -> String {
            guard item.input == input else { return text }
            #expect(text.contains(item.old), "\(input) bevat \(item.old) niet")
            return text.replacingOccurrences(of: item.old, with: item.new)
        }
        let folder = try Self.folder(
            vestigingen: Array(change(Self.vestigingen, "vestigingen").utf8), examens: change(Self.examens, "examens"),
            regio: change(Self.regio, "regio"), registry: change(Self.registry, "registry"),
            knowledge: change(Self.knowledgeHeader, "knowledge"))
        let request = try folder.request()
        do throws(InputErrors) {
            _ = try ModelImport.prepare(request)
            Issue.record("\(item.what): niet geweigerd")
        } catch {
            let found = try #require(error.errors.first { $0.message.contains(item.message) }, "\(item.what): \(error.description)")
            #expect(found.kind == .data)
            #expect(found.file == folder.data.appendingPathComponent(item.file).path, "\(found.description)")
            #expect(found.place == item.place, "\(found.description)")
        }
    }

    @Test func aBadInputExits65AndWritesNothing() throws {
        let folder = try Self.folder()
        // A model already there stays as it was.
        try ModelImport.write(try ModelImport.prepare(try folder.request()), to: folder.model.path)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.model.path).sorted()
        let bytes = try Data(contentsOf: folder.model.appendingPathComponent("vestigingen.csv"))
        try Data(Self.vestigingen.replacingOccurrences(of: "4811 AA", with: "6511 AA").utf8).write(to: folder.vestigingen)
        let run = try Support.run(
            [
                "gegevens", "importeer", "--vestigingen", folder.vestigingen.path, "--examens", folder.examens.path, "--regio", folder.regio.path,
                "--datum", "2026-10-02", "--regio-datum", "2015-04-23", "--data", folder.data.path,
            ])
        #expect(run.status == 65)
        #expect(run.err.contains("\(folder.vestigingen.path): regel 4, kolom 5 (POSTCODE): de postcode 6511 staat niet in de regio-indeling"))
        #expect(run.err.contains("Er is niets geschreven."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.model.path).sorted() == before, "geen tijdelijke bestanden")
        #expect(try Data(contentsOf: folder.model.appendingPathComponent("vestigingen.csv")) == bytes)
    }

    @Test func theCommandReportsAndWrites() throws {
        let folder = try Self.folder()
        let arguments = [
            "gegevens", "importeer", "--vestigingen", folder.vestigingen.path, "--examens", folder.examens.path, "--regio", folder.regio.path,
            "--datum", "02-10-2026", "--regio-datum", "2015-04-23", "--data", folder.data.path,
        ]
        let trial = try Support.run(arguments + ["--proef"])
        #expect(trial.status == 0, "\(trial.err)")
        #expect(trial.out.contains("Proef: er is niets geschreven."))
        #expect(!FileManager.default.fileExists(atPath: folder.model.appendingPathComponent("vestigingen.csv").path))
        let run = try Support.run(arguments)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Vestigingen: 3 nieuw (er waren nog geen gegevens)."))
        #expect(run.out.contains("Geschreven in \(folder.model.path): vestigingen.csv, regio.csv, import.json."))
        let missing = try Support.run(Array(arguments.prefix(4)))
        #expect(missing.status == 64)
        #expect(missing.err.contains("--examens ontbreekt"))
    }
}
