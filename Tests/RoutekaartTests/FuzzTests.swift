import Foundation
import RoutekaartSynthetic
import Testing

@testable import RoutekaartCore

/// Robustness: random and hostile case files, broken data folders, random
/// interview input and random cases over random models. Every generator has
/// a fixed seed, so a failure replays; every loop is bounded.
@Suite struct FuzzTests {
    static let peildatum = Day(year: 2026, month: 9, day: 1) ?? Day.inpassing

    // MARK: - Case files

    /// What reading a case file came to: a valid case, or an error for the user.
    enum Reading {
        case accepted(Case)
        case refused(InputError)
    }

    /// The path `advies --casus` takes: strict decoding, then every answer checked.
    static func read(_ bytes: [UInt8], file: String = "fuzz/casus.json") -> Reading {
        let dataSet = Support.bundled
        do {
            let caseFile = try StrictDecoder.decode(CaseFile.self, from: Data(bytes), file: file)
            let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
            let day = Peildatum.decide(commandLine: nil, file: caseFile.peildatum, today: peildatum)
            return .accepted(try validator.validate(caseFile, path: file, peildatum: day))
        } catch {
            return .refused(error)
        }
    }

    /// A refusal is clear: it is a data error that names the file, says what is
    /// wrong in one bounded message, and does not echo control characters.
    static func expectClear(_ error: InputError, file: String = "fuzz/casus.json", _ what: String) {
        #expect(error.kind == .data, "\(what): soort \(error.kind)")
        #expect(error.file == file, "\(what): bestand \(error.file ?? "-")")
        #expect(!error.message.trimmingCharacters(in: .whitespaces).isEmpty, "\(what): lege melding")
        #expect(error.description.hasPrefix(file + ": "), "\(what): \(error.description.prefix(200))")
    }

    /// Echoing input: a message stays short and prints no terminal control characters.
    static func isTidy(_ error: InputError) -> Bool {
        error.description.utf8.count <= 1_000
            && !error.description.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }
    }

    /// Valid case files, as bytes: complete random cases on the bundled data.
    static func validCaseFiles(count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        let dataSet = Support.bundled
        let answers = RandomAnswers(content: dataSet.content, model: dataSet.model)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (0..<count).compactMap { _ in
            guard let (situation, _) = try? answers.complete(Case(peildatum: peildatum), engine: dataSet.engine, using: &rng),
                let data = try? encoder.encode(CaseFile(peildatum: situation.peildatum, antwoorden: situation.answers))
            else { return nil }
            return Array(data)
        }
    }

    /// Hand-made hostile case files: wrong types, huge strings, deep nesting, unknown and duplicate keys.
    static let hostileCaseFiles: [(String, String)] = {
        let huge = String(repeating: "a", count: 1_000_000)
        return [
            ("leeg bestand", ""),
            ("alleen witruimte", " \n\t "),
            ("null", "null"),
            ("lijst", "[]"),
            ("getal", "42"),
            ("peildatum is een getal", #"{"peildatum": 20260901, "antwoorden": {}}"#),
            ("peildatum is een lijst", #"{"peildatum": ["2026-09-01"], "antwoorden": {}}"#),
            ("peildatum ongeldig", #"{"peildatum": "2026-02-30", "antwoorden": {}}"#),
            ("antwoorden is een lijst", #"{"peildatum": "2026-09-01", "antwoorden": ["verhuizing"]}"#),
            ("antwoorden ontbreekt", #"{"peildatum": "2026-09-01"}"#),
            ("antwoord is een getal", #"{"antwoorden": {"leerjaar": 1}}"#),
            ("antwoord is true", #"{"antwoorden": {"situatie": true}}"#),
            ("antwoord is null", #"{"antwoorden": {"situatie": null}}"#),
            ("antwoord is een object", #"{"antwoorden": {"situatie": {"waarde": "verhuizing"}}}"#),
            ("ongeldige keuze", #"{"antwoorden": {"situatie": "emigratie"}}"#),
            ("ongeldige datum", #"{"antwoorden": {"datum_overstap": "31-02-2026"}}"#),
            ("onbekend SWV", #"{"antwoorden": {"herkomst_swv": "SWV-NERGENS"}}"#),
            ("onbekende school", #"{"antwoorden": {"bestemming_school": "99ZZ99"}}"#),
            ("afgeleid feit", #"{"antwoorden": {"scenario": "S1"}}"#),
            ("onbekende sleutel boven", #"{"antwoorden": {}, "opmerking": "x"}"#),
            ("onbekende vraag", #"{"antwoorden": {"huidige_statsu": "geen"}}"#),
            ("dubbele sleutel boven", #"{"antwoorden": {}, "antwoorden": {}}"#),
            ("dubbele sleutel in antwoorden", #"{"antwoorden": {"situatie": "verhuizing", "situatie": "grensverkeer"}}"#),
            ("komma te veel", #"{"antwoorden": {"situatie": "verhuizing",}}"#),
            ("enkele aanhalingstekens", "{'antwoorden': {}}"),
            ("commentaar", "// casus\n{\"antwoorden\": {}}"),
            ("NaN", #"{"antwoorden": {}, "peildatum": NaN}"#),
            ("groot getal", #"{"antwoorden": {}, "peildatum": 1e999999}"#),
            ("losse surrogaat", #"{"antwoorden": {"situatie": "\ud800"}}"#),
            ("nul-teken", "{\"antwoorden\": {\"situatie\": \"\\u0000\"}}"),
            // One byte order mark is accepted (editors write it); what follows is still checked.
            ("BOM en een onbekende sleutel", "\u{FEFF}{\"antwoorden\": {}, \"naam\": \"Jan\"}"),
            ("twee BOM's", "\u{FEFF}\u{FEFF}{\"antwoorden\": {}}"),
            ("stuurtekens in antwoord", "{\"antwoorden\": {\"situatie\": \"\\u001b[2J\\u001b[31mrood\"}}"),
            ("stuurtekens in sleutel", "{\"antwoorden\": {\"\\u001b[2Jx\": \"1\"}}"),
            ("10.000 keer [", String(repeating: "[", count: 10_000)),
            ("10.000 keer {\"a\":", String(repeating: "{\"a\":", count: 10_000)),
            ("diep in antwoorden", "{\"antwoorden\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"),
            ("1 MB antwoord", "{\"antwoorden\": {\"situatie\": \"\(huge)\"}}"),
            ("1 MB datum", "{\"antwoorden\": {\"datum_overstap\": \"\(huge)\"}}"),
            ("1 MB peildatum", "{\"peildatum\": \"\(huge)\", \"antwoorden\": {}}"),
            ("1 MB sleutel in antwoorden", "{\"antwoorden\": {\"\(huge)\": \"1\"}}"),
            ("1 MB onbekende sleutel", "{\"\(huge)\": 1, \"antwoorden\": {}}"),
            ("1 MB witruimte", String(repeating: " ", count: 1_000_000)),
            ("niet afgesloten tekst", "{\"antwoorden\": {\"situatie\": \"" + String(repeating: "x", count: 100_000)),
        ]
    }()

    @Test("een vijandig casusbestand wordt duidelijk geweigerd", arguments: hostileCaseFiles.indices)
    func hostileCaseFile(_ index: Int) {
        let (what, text) = Self.hostileCaseFiles[index]
        switch Self.read(Array(text.utf8)) {
        case .accepted(let situation):
            Issue.record("\(what): aanvaard: \(situation.answers)")
        case .refused(let error):
            Self.expectClear(error, what)
        }
    }

    /// Messages that echo what the file says stay short and free of control characters.
    @Test("een melding herhaalt de invoer kort en zonder stuurtekens", arguments: hostileCaseFiles.indices)
    func refusalsAreTidy(_ index: Int) {
        let (what, text) = Self.hostileCaseFiles[index]
        guard case .refused(let error) = Self.read(Array(text.utf8)) else { return }
        let tidy = Self.isTidy(error)
        let detail = "\(what): \(error.description.utf8.count) bytes: \(Sanitized.short(error.description, limit: 200))"
        #expect(tidy, "\(detail)")
    }

    @Test func randomBytesAreRefused() {
        var rng = SplitMix64(seed: 0xCA5E)
        for round in 0..<300 {
            var bytes = rng.bytes(Int.random(in: 0...200, using: &rng))
            // Half start like JSON, so the parser gets further than the first byte.
            if round % 2 == 0 { bytes = Array("{\"antwoorden\": ".utf8) + bytes }
            if case .refused(let error) = Self.read(bytes) {
                Self.expectClear(error, "willekeurige bytes #\(round)")
            } else {
                Issue.record("willekeurige bytes #\(round) aanvaard")
            }
        }
    }

    @Test func truncatedAndMutatedCaseFilesAreRefusedOrStillValid() throws {
        let valid = Self.validCaseFiles(count: 20, seed: 11)
        try #require(valid.count == 20)
        let dataSet = Support.bundled
        let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
        var rng = SplitMix64(seed: 0xF022)
        var refused = 0
        for round in 0..<400 {
            var bytes = valid[round % valid.count]
            if round % 4 == 0 {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            } else {
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = Int.random(in: 0..<max(1, bytes.count), using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
                    case 1: if at < bytes.count { bytes.remove(at: at) }
                    case 2: bytes.insert(rng.pick(Array("{}[]\",:\\0-e".utf8)) ?? 0, at: min(at, bytes.count))
                    default: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: min(at, bytes.count))
                    }
                }
            }
            switch Self.read(bytes) {
            case .refused(let error):
                refused += 1
                Self.expectClear(error, "verminkt #\(round)")
            case .accepted(let situation):
                // A mutation that is still valid must read back as a valid case, every answer normalised.
                let again = try validator.validate(
                    CaseFile(peildatum: situation.peildatum, antwoorden: situation.answers), path: "x", peildatum: Self.peildatum)
                #expect(again == situation)
            }
        }
        #expect(refused > 200, "de meeste verminkingen worden geweigerd (\(refused))")
    }

    @Test func caseFilesThroughTheRealBinary() throws {
        let folder = try Support.temporaryDirectory()
        var rng = SplitMix64(seed: 0xB1)
        let files: [(String, [UInt8])] = [
            ("rommel.json", rng.bytes(300)),
            ("diep.json", Array(String(repeating: "[", count: 10_000).utf8)),
            ("naam.json", Array(#"{"peildatum": "2026-09-01", "naam": "Jan", "antwoorden": {}}"#.utf8)),
            ("dubbel.json", Array(#"{"antwoorden": {"situatie": "verhuizing", "situatie": "aanmelding"}}"#.utf8)),
            ("type.json", Array(#"{"antwoorden": {"leerjaar": 1}}"#.utf8)),
        ]
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        for name in files.map(\.0) + ["bestaat-niet.json"] {
            let run = try Support.run(["advies", "--casus", name, "--data", Support.dataPath], directory: folder)
            #expect([64, 65, 66].contains(run.status), "\(name): exit \(run.status)")
            #expect(run.err.contains(name), "\(name): \(run.err.prefix(300))")
            for crash in ["Fatal error", "Stack dump", "Current stack trace", "backtrace", "Segmentation"] {
                #expect(!run.err.contains(crash) && !run.out.contains(crash), "\(name): \(crash)")
            }
            #expect(run.out.isEmpty, "\(name): geen advies op standaarduitvoer")
        }
    }

    // MARK: - Data folders

    /// One broken rule in a copy of the data; `place` nil when the place is a route.
    struct Breakage: CustomTestStringConvertible, Sendable {
        var file: String
        var rule: String
        var message: String
        /// Changes the file's JSON and returns the place the message must name.
        var apply: @Sendable (inout JSONValue) -> String?
        var testDescription: String { rule }
    }

    static let breakages: [Breakage] = [
        Breakage(file: "voorbeeld/swv.json", rule: "dubbele SWV-code", message: "komt twee keer voor") { json in
            json[path: ["swv", 1, "code"]] = json[path: ["swv", 0, "code"]]
            return "swv[1].code"
        },
        Breakage(file: "voorbeeld/swv.json", rule: "voorbeeld dat zich niet zo noemt", message: "\"voorbeeld\": true") { json in
            json[path: ["swv", 0, "voorbeeld"]] = .bool(false)
            return "swv[0].voorbeeld"
        },
        Breakage(file: "voorbeeld/scholen.json", rule: "school die niets aanbiedt", message: "hier staat niets") { json in
            let i = json.firstIndex(in: "scholen") { $0["vmbo"] == .bool(false) && $0["havoVwo"] == .bool(false) }
            json[path: ["scholen", i, "pro"]] = .bool(false)
            return "scholen[\(i)]"
        },
        Breakage(file: "voorbeeld/scholen.json", rule: "school met onbekende bron", message: "noemt geen bron") { json in
            json[path: ["scholen", 0, "bron"]] = .string("krant van gisteren")
            return "scholen[0].bron"
        },
        Breakage(file: "voorbeeld/scholen.json", rule: "voorbeeldschool met de code van een echte", message: "komt twee keer voor") { json in
            json[path: ["scholen", 0, "code"]] = .string("01IW00")
            return "scholen[0].code"
        },
        Breakage(file: "landelijk.json", rule: "overlappende parameterwaarden", message: "overlapt") { json in
            if case .array(var values)? = json[path: ["parameters", 0, "waarden"]], let first = values.first {
                values.append(first)
                json[path: ["parameters", 0, "waarden"]] = .array(values)
            }
            return "parameters[0].waarden[1]"
        },
        Breakage(file: "landelijk.json", rule: "dubbele parameter", message: "komt twee keer voor") { json in
            json[path: ["parameters", 1, "id"]] = json[path: ["parameters", 0, "id"]]
            return "parameters[1].id"
        },
        Breakage(file: "inhoud/boom.json", rule: "tak naar een doel dat niet bestaat", message: "is geen knoop en geen uitkomst") { json in
            let key = json[path: ["knopen", 0, "takken"]]?.keys.sorted().first ?? ""
            json[path: ["knopen", 0, "takken", key]] = .string("bestaat-niet")
            return "knopen[0].takken.\(key)"
        },
        Breakage(file: "inhoud/boom.json", rule: "knoop op een onbekend feit", message: "onbekend feit") { json in
            json[path: ["knopen", 0, "feit"]] = .string("naam_leerling")
            return "knopen[0].feit"
        },
        Breakage(file: "inhoud/boom.json", rule: "kringloop in de boom", message: "kringloop") { json in
            let start = json[path: ["start"]] ?? .null
            let key = json[path: ["knopen", 1, "takken"]]?.keys.sorted().first ?? ""
            json[path: ["knopen", 1, "takken", key]] = start
            return nil
        },
        Breakage(file: "inhoud/vragen.json", rule: "tabel met een ontbrekende rij", message: "geen rij voor") { json in
            guard let (i, j) = json.removableTableRow() else { return "geen tabel" }
            if case .array(var rows)? = json[path: ["feiten", i, "afleiding", "rijen"]] {
                rows.remove(at: j)
                json[path: ["feiten", i, "afleiding", "rijen"]] = .array(rows)
            }
            return "feiten[\(i)].afleiding.rijen"
        },
        Breakage(file: "inhoud/vragen.json", rule: "vraag zonder hulp", message: "heeft geen hulptekst") { json in
            let i = json.firstIndex(in: "feiten") { $0["vraag"] != nil }
            json[path: ["feiten", i, "hulp"]] = nil
            return "feiten[\(i)].hulp"
        },
        Breakage(file: "inhoud/vragen.json", rule: "keuzevraag met één optie", message: "minstens twee opties") { json in
            let i = json.firstIndex(in: "feiten") { $0["vraag"] != nil && $0["soort"] == .string("keuze") && $0["afleiding"] == nil }
            if case .array(let options)? = json[path: ["feiten", i, "opties"]] {
                json[path: ["feiten", i, "opties"]] = .array(Array(options.prefix(1)))
            }
            return "feiten[\(i)].opties"
        },
        Breakage(file: "inhoud/uitkomsten.json", rule: "stap zonder bron", message: "elke stap noemt minstens één bron") { json in
            json[path: ["uitkomsten", 0, "stappen", 0, "bronnen"]] = .array([])
            return "uitkomsten[0].stappen[0].bronnen"
        },
        Breakage(file: "inhoud/uitkomsten.json", rule: "stap met onbekende bron", message: "noemt geen bron") { json in
            json[path: ["uitkomsten", 0, "stappen", 0, "bronnen"]] = .array([.string("nergens §1")])
            return "uitkomsten[0].stappen[0].bronnen[0]"
        },
        Breakage(file: "inhoud/uitkomsten.json", rule: "tekst met een onbekend feit", message: "maar dat feit bestaat niet") { json in
            if case .string(let text)? = json[path: ["uitkomsten", 0, "samenvatting"]] {
                json[path: ["uitkomsten", 0, "samenvatting"]] = .string(text + " {naam_leerling}")
            }
            return "uitkomsten[0].samenvatting"
        },
        Breakage(file: "inhoud/uitkomsten.json", rule: "uitkomst zonder stappen", message: "minstens één stap") { json in
            json[path: ["uitkomsten", 0, "stappen"]] = .array([])
            return "uitkomsten[0].stappen"
        },
    ]

    /// One broken row in a copy of the bundled knowledge (`model/kennis.csv`, `voorbeeld/kennis.csv`): the row it
    /// changes (its first field and code, as in the file), the new row, and the column the message must name.
    struct KnowledgeBreakage: CustomTestStringConvertible, Sendable {
        var file: String
        var rule: String
        var row: String
        var replacement: String
        var column: String
        var message: String
        var testDescription: String { rule }
    }

    static let knowledgeBreakages: [KnowledgeBreakage] = [
        KnowledgeBreakage(
            file: "voorbeeld/kennis.csv", rule: "einde van een periode vóór het begin", row: "beleid;VB-WILGENWAARD;;landelijk;2016-01-01;2024-12-31",
            replacement: "beleid;VB-WILGENWAARD;;landelijk;2016-01-01;2015-12-31;voorbeeld;2016-01-01;", column: "tot", message: "ligt vóór vanaf"),
        KnowledgeBreakage(
            file: "voorbeeld/kennis.csv", rule: "licentie met tot vóór vanaf", row: "licentie;90ZD00;",
            replacement: "licentie;90ZD00;;ja;2016-01-01;2015-01-01;voorbeeld;2016-01-01;", column: "tot", message: "ligt vóór vanaf"),
        KnowledgeBreakage(
            file: "voorbeeld/kennis.csv", rule: "overlappend beleid", row: "beleid;VB-KUSTSTREEK;;eigen-criteria;2019-01-01",
            replacement: "beleid;VB-KUSTSTREEK;;eigen-criteria;2018-01-01;;voorbeeld;2016-01-01;", column: "vanaf", message: "overlap"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "naam van een echt SWV zonder bron", row: "naam;VO2001;",
            replacement: "naam;VO2001;;Samenwerkingsverband VO Groningen Stad;2014-08-01;;;2026-12-07;", column: "bron", message: "bron"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "bron die niet in het register staat", row: "naam;VO2001;",
            replacement: "naam;VO2001;;Samenwerkingsverband VO Groningen Stad;2014-08-01;;krant van gisteren;2026-12-07;", column: "bron",
            message: "noemt geen bron uit bronnen.json"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "SWV-code die niet in de regio-indeling staat", row: "naam;VO2001;",
            replacement: "naam;VO9999;;Samenwerkingsverband VO Groningen Stad;2014-08-01;;swv-vo2001-home;2026-12-07;", column: "code",
            message: "is geen SWV VO van de regio-indeling"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "licentie van een vestiging die er niet is", row: "licentie;01IW00;",
            replacement: "licentie;99ZZ00;;ja;2016-01-01;2018-07-31;rsv-breda-2015 §1;2026-12-07;", column: "code",
            message: "is geen vestiging in de gegevens"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "een persoon in de bron (een regel van het model, niet van het lezen)", row: "naam;VO2001;",
            replacement: "naam;VO2001;;Samenwerkingsverband VO Groningen Stad;2014-08-01;;navraag bij mevrouw Jansen;2026-12-07;", column: "bron",
            message: "lijkt een persoon te noemen"),
        KnowledgeBreakage(
            file: "voorbeeld/kennis.csv", rule: "een persoonlijk e-mailadres als contact", row: "licentie;90ZD00;",
            replacement: "contact;VB-ZEEDUIN;;j.devries@zeeduin.test;2016-01-01;;voorbeeld;2016-01-01;", column: "waarde", message: "e-mailadres"),
        KnowledgeBreakage(
            file: "model/kennis.csv", rule: "beleid voor pro", row: "naam;VO2001;",
            replacement: "pro;VO2001;;landelijk;2016-01-01;;swv-vo2001-home;2026-12-07;", column: "onderwerp",
            message: "voor pro bestaat geen opting out"),
    ]

    @Test("een gebroken regel in het meegeleverde kennisbestand", arguments: knowledgeBreakages)
    func brokenKnowledge(_ breakage: KnowledgeBreakage) throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(breakage.file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix(breakage.row) }, "\(breakage.row) staat niet in \(breakage.file)")
        lines[index] = breakage.replacement
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        do {
            _ = try DataSet.load(from: folder.path, examples: true)
            Issue.record("\(breakage.rule): niet geweigerd")
        } catch {
            let found = error.errors.first { $0.message.contains(breakage.message) }
            #expect(found != nil, "\(breakage.rule): verwacht …\(breakage.message)…; kreeg:\n\(error.description)")
            #expect(found?.file == "\(url.path):\(index + 1)", "file and line: \(found?.file ?? "-")")
            #expect(found?.place == "kolom \(breakage.column)", "\(found?.place ?? "-")")
        }
    }

    @Test("een gebroken regel in een kopie van de gegevens", arguments: breakages)
    func brokenData(_ breakage: Breakage) throws {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(breakage.file)
        var json = try JSONParser.parse(Array(try Data(contentsOf: url)))
        let place = breakage.apply(&json)
        try Data(json.serialized.utf8).write(to: url)
        let errors: InputErrors
        do {
            _ = try DataSet.load(from: folder.path, examples: true)
            Issue.record("\(breakage.rule): niet geweigerd")
            return
        } catch {
            errors = error
        }
        let found = try #require(
            errors.errors.first { $0.message.contains(breakage.message) && (place == nil || $0.place == place) },
            "\(breakage.rule): verwacht \(place ?? "-"): …\(breakage.message)…; kreeg:\n\(errors.description)")
        #expect(found.kind == .data)
        #expect(found.file == url.path, "\(found.file ?? "-")")
        #expect(found.description.hasPrefix(url.path + ": " + (place.map { $0 + ": " } ?? "")), "\(found.description)")
    }

    @Test func randomlyDamagedDataFilesAreRefusedWithTheirName() throws {
        let folder = try Support.copyOfData()
        let files = [
            "bronnen.json", "landelijk.json", "model/kennis.csv", "voorbeeld/kennis.csv", "model/vestigingen.csv", "model/regio.csv",
            "model/import.json", "voorbeeld/swv.json", "voorbeeld/scholen.json", "inhoud/vragen.json", "inhoud/boom.json",
            "inhoud/uitkomsten.json", "inhoud/begrippen.json",
        ]
        var originals: [String: Data] = [:]
        for file in files { originals[file] = try Data(contentsOf: folder.appendingPathComponent(file)) }
        var rng = SplitMix64(seed: 0xDA7A)
        for round in 0..<39 {
            let file = files[round % files.count]
            var bytes = Array(originals[file] ?? Data())
            if rng.chance(0.5) {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            } else {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[at] = rng.pick(Array("{}[]\",:x0".utf8)) ?? 0
            }
            let url = folder.appendingPathComponent(file)
            try Data(bytes).write(to: url)
            defer { try? originals[file]?.write(to: url) }
            do {
                _ = try DataSet.load(from: folder.path, examples: true)
                // Accepted: only a change inside a value (a letter of a name, a digit) or of white space at the end
                // keeps a file well formed, and then it is other data, not damage. Anything else must be refused.
                #expect(
                    Self.sameShape(originals[file] ?? Data(), Data(bytes), file: file),
                    "\(file) #\(round): een beschadigd bestand werd aanvaard")
            } catch {
                #expect(!error.errors.isEmpty)
                for problem in error.errors {
                    #expect(problem.file?.hasPrefix(folder.path) == true, "\(file) #\(round): \(problem.description)")
                    #expect(!problem.message.isEmpty)
                }
                // The damaged file is named: as the file of a problem, or in its message (a postcode missing from
                // model/regio.csv is reported at the school whose postcode it is).
                #expect(
                    error.errors.contains { $0.file == url.path || $0.file?.hasPrefix(url.path + ":") == true || $0.message.contains(file) },
                    "\(file) #\(round) niet genoemd: \(error.description.prefix(300))")
            }
        }
    }

    /// True when two versions of a file have the same structure: JSON with the same keys, lists and kinds of value
    /// (texts and numbers may differ), or a table with the same columns and number of rows.
    static func sameShape(_ original: Data, _ damaged: Data, file: String) -> Bool {
        if file.hasSuffix(".csv") {
            guard let a = try? CSVTable(bytes: Array(original), file: file), let b = try? CSVTable(bytes: Array(damaged), file: file) else {
                return false
            }
            return a.header == b.header && a.rowCount == b.rowCount
        }
        guard let a = try? JSONParser.parse(Array(original)), let b = try? JSONParser.parse(Array(damaged)) else { return false }
        func same(_ x: JSONValue, _ y: JSONValue) -> Bool {
            switch (x, y) {
            case (.object(let p), .object(let q)): return p.map(\.key) == q.map(\.key) && zip(p, q).allSatisfy { same($0.value, $1.value) }
            case (.array(let p), .array(let q)): return p.count == q.count && zip(p, q).allSatisfy { same($0, $1) }
            case (.string, .string), (.number, .number), (.bool, .bool), (.null, .null): return true
            default: return false
            }
        }
        return same(a, b)
    }

    // MARK: - The interview

    static let commandWords: Set<String> = [
        "?", "help", "hulp", "terug", "overzicht", "wijzig", "waarom", "opnieuw", "stop", "einde", "exit", "quit", "bewaar", "advies", "toon",
    ]

    /// The first word of a line as the session reads it.
    static func firstWord(_ line: String) -> String {
        let clean = String(
            String.UnicodeScalarView(
                String(line.prefix(InterviewSession.maximumLineLength)).unicodeScalars
                    .filter { $0.properties.generalCategory != .control }))
        return clean.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
    }

    /// A valid answer to the current question, typed in one of the ways a user types it.
    static func typedAnswer(_ fact: Fact, _ model: Model, _ rng: inout SplitMix64) -> String {
        switch fact.soort {
        case .keuze:
            let options = fact.opties ?? []
            guard let index = options.indices.randomElement(using: &rng) else { return "1" }
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return String(index + 1)
            case 1: return options[index].waarde
            default: return (options[index].kort ?? options[index].waarde).uppercased()
            }
        case .datum:
            let day = RandomAnswers(content: Support.bundled.content, model: model).randomDay(using: &rng)
            return rng.chance(0.5) ? day.description : "\(day.day)-\(day.month)-\(day.year)"
        case .swv:
            if fact.onbekendToegestaan == true, rng.chance(0.1) { return "onbekend" }
            return rng.pick(model.swvs)?.code ?? "onbekend"
        case .school:
            if fact.onbekendToegestaan == true, rng.chance(0.1) { return "onbekend" }
            guard let school = rng.pick(model.schools) else { return "onbekend" }
            return rng.chance(0.7) ? school.code : school.plaats
        }
    }

    static func randomLine(_ session: InterviewSession, _ rng: inout SplitMix64) -> String {
        if let fact = session.current?.fact, rng.chance(0.4) { return typedAnswer(fact, session.dataSet.model, &rng) }
        let kind = Int.random(in: 0..<12, using: &rng)
        switch kind {
        case 0: return rng.pick(["terug", "overzicht", "opnieuw", "?", "help", "waarom", "TERUG", " overzicht "]) ?? "?"
        case 1: return "wijzig " + (rng.pick(["0", "1", "2", "3", "5", "9", "-1", "x", "", "99999999999999999999"]) ?? "1")
        case 2: return rng.pick(["", " ", "\t", "   \t  "]) ?? ""
        case 3: return rng.pick(["xyz", "ja nee", "0", "-1", "99", "1.5", "2026-13-45", "31-02-2026", "S1", "🙂", "‮1"]) ?? "x"
        case 4: return String(repeating: rng.pick(["a", "1", "é", "🙂", " "]) ?? "a", count: 10_000)
        case 5: return String(decoding: rng.bytes(Int.random(in: 1...40, using: &rng)), as: UTF8.self)
        case 6: return rng.pick(["\u{1B}[2J", "\u{0}", "\u{7F}", "1\u{8}", "\u{1B}[31m1", "te\u{0}rug", "\r", "\u{85}"]) ?? "\u{0}"
        case 7: return rng.pick(["bewaar", "bewaar x.json", "stop", "einde"]) ?? "stop"
        case 8: return String(Int.random(in: -3...12, using: &rng))
        case 9: return rng.pick(["onbekend", "ONBEKEND", "Onbekénd"]) ?? "onbekend"
        case 10: return rng.pick(["zeeduin", "heide", "voorbeeld", "college", "breda", "VB-", "01", "a"]) ?? "a"
        default: return rng.pick(["verhuizing", "grensverkeer", "aanwijzing_lwoo", "landelijk", "ja", "nee", "1", "2"]) ?? "1"
        }
    }

    @Test func randomInterviewInputNeverLosesAnAnswer() throws {
        let dataSet = Support.bundled
        let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
        var rng = SplitMix64(seed: 0x1E7)
        var advices = 0
        for round in 0..<40 {
            var session = InterviewSession(
                dataSet: dataSet, peildatum: Self.peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model),
                format: rng.pick(OutputFormat.allCases) ?? .tekst)
            let opening = session.start()
            #expect(!opening.out.isEmpty && opening.err.isEmpty)
            for step in 0..<60 {
                let line = Self.randomLine(session, &rng)
                let before = session
                let reply = session.handle(line)
                let word = Self.firstWord(line)
                let label = "ronde \(round) stap \(step) \(Sanitized.short(line, limit: 30).debugDescription)"
                #expect(!reply.err.contains("niet uitvoerbaar"), "\(label): \(reply.err)")
                #expect(!reply.out.isEmpty || !reply.err.isEmpty || reply.effect != .none, "\(label): geen antwoord")
                #expect((session.current == nil) != (session.advice == nil), "\(label): vraag en advies tegelijk, of geen van beide")
                for (key, value) in session.answers {
                    #expect(session.remembered[key] == value, "\(label): \(key) is niet onthouden")
                }
                do {
                    _ = try validator.validate(session.caseFile, path: "sessie", peildatum: Self.peildatum)
                } catch {
                    Issue.record("\(label): de casus valideert niet: \(error)")
                }
                if ["?", "help", "hulp", "overzicht", "waarom", "bewaar", "stop", "einde", "exit", "quit"].contains(word) {
                    #expect(session.answers == before.answers, "\(label): een opdracht veranderde de antwoorden")
                    #expect(session.current == before.current, "\(label)")
                } else if !Self.commandWords.contains(word) && !(before.advice != nil && Int(word) != nil) {
                    // (After the advice a number answers an item of "Eerst uitzoeken": its question is asked again.)
                    // A contradiction takes back one answer to ask it again; it stays remembered.
                    let contradiction = reply.err.hasPrefix("Dit klopt niet")
                    if !reply.err.isEmpty && !contradiction {
                        #expect(session.answers == before.answers, "\(label): geweigerde invoer veranderde de antwoorden")
                    }
                    for (key, value) in before.answers where session.answers[key] != value {
                        // Only the question just answered changes; an answer off the finished route is still remembered.
                        let answered = key == before.current?.fact.id
                        let offRoute = (session.advice != nil || contradiction) && session.remembered[key] == value
                        #expect(answered || offRoute, "\(label): antwoord \(key)=\(value) verloren")
                    }
                }
                if session.advice != nil, before.advice == nil { advices += 1 }
            }
        }
        #expect(advices > 10, "willekeurige invoer bereikt ook advies (\(advices))")
    }

    /// Lines that answer some questions validly (with some noise), and the session they lead to.
    static func partialInterview(seed: UInt64) -> (lines: [String], session: InterviewSession) {
        let dataSet = Support.bundled
        var rng = SplitMix64(seed: seed)
        var session = InterviewSession(
            dataSet: dataSet, peildatum: peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model), format: .tekst)
        _ = session.start()
        var lines: [String] = []
        let stopAfter = Int.random(in: 1...5, using: &rng)
        var given = 0
        while let fact = session.current?.fact, given < stopAfter || !session.hasAnswers {
            let line = rng.chance(0.2) ? (rng.pick(["?", "overzicht", "xyz", "", "terug"]) ?? "?") : typedAnswer(fact, dataSet.model, &rng)
            // Stop before the line that would finish the interview: this run is about breaking off.
            var probe = session
            _ = probe.handle(line)
            if probe.advice != nil, session.hasAnswers { break }
            let before = session.answers.count
            _ = session.handle(line)
            lines.append(line)
            if session.answers.count > before { given += 1 }
            if lines.count > 40 { break }
        }
        return (lines, session)
    }

    /// The ids of the questions asked, in order: the question under each "Vraag N" or "Wijzigen" header (after the
    /// lines in brackets that say why it is asked).
    static func questionIDs(in output: String) -> [String] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let content = Support.withExamples.content
        var ids: [String] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("Vraag ") || line == "Wijzigen" {
            guard let question = lines[(index + 1)...].first(where: { !$0.hasPrefix("(") && !$0.hasPrefix("antwoord") }),
                let fact = content.facts.first(where: { $0.vraag == question })
            else { continue }
            ids.append(fact.id)
        }
        return ids
    }

    @Test("een vraaggesprek dat halverwege ophoudt, gaat verder waar het was", arguments: [UInt64(3), 17, 29])
    func interruptedInterviewResumes(_ seed: UInt64) throws {
        let (lines, session) = Self.partialInterview(seed: seed)
        let folder = try Support.temporaryDirectory()
        let arguments = ["advies", "--peildatum", Self.peildatum.description, "--data", Support.dataPath]
        let run = try Support.run(arguments, lines: lines, directory: folder)
        #expect(!run.err.contains("Fatal error"))
        let expected = try #require(session.current?.fact.id, "het vraaggesprek breekt af vóór het advies")
        #expect(run.status == 1, "einde invoer zonder advies: exit 1 (kreeg \(run.status)): \(run.err)")
        #expect(Self.questionIDs(in: run.out).last == expected, "laatste vraag")
        // "…staan in NAAM. Ga verder met: …"
        let marker = "staan in "
        let name = try #require(
            run.err.range(of: marker).map { range in
                String(run.err[range.upperBound...].prefix { $0 != " " && $0 != "\n" }).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            },
            "\(run.err)")
        let saved = try #require(try? Data(contentsOf: folder.appendingPathComponent(name)), "\(name) niet bewaard")
        let caseFile = try StrictDecoder.decode(CaseFile.self, from: saved, file: name)
        // Every answer given and not replaced, also those `terug` took off the route.
        #expect(caseFile.antwoorden == session.caseFile.antwoorden, "het bewaarde bestand bevat precies de antwoorden")
        _ = try AnswerValidator(content: Support.bundled.content, model: Support.bundled.model)
            .validate(caseFile, path: name, peildatum: Self.peildatum)
        // Going on asks the first question those answers leave open: where it was, unless `terug` had stepped back.
        var again = InterviewSession(
            dataSet: Support.bundled, peildatum: Self.peildatum,
            renderer: AdviceRenderer(content: Support.bundled.content, model: Support.bundled.model), format: .tekst,
            initial: caseFile.antwoorden)
        _ = again.start()
        if session.caseFile.antwoorden == session.answers { #expect(again.current?.fact.id == expected) }
        let resumed = try Support.run(["advies", "--casus", name, "--verder", "--data", Support.dataPath], directory: folder)
        #expect(Self.questionIDs(in: resumed.out).first == again.current?.fact.id, "verder met de open vraag: \(resumed.out.prefix(600))")
        #expect(resumed.status == (again.advice == nil ? 1 : 0))
    }

    // MARK: - The engine

    /// Two evaluations of one case give the same result.
    static func sameResult(_ a: EngineResult, _ b: EngineResult) -> Bool {
        switch (a, b) {
        case (.advice(let x), .advice(let y)):
            return x.root.signature == y.root.signature && x.trail == y.trail && x.sources == y.sources
                && x.warnings == y.warnings && x.interpretatie == y.interpretatie
                && x.leaves.map(\.scenario) == y.leaves.map(\.scenario) && x.leaves.map(\.trail) == y.leaves.map(\.trail)
        case (.question(let x, let trailX), .question(let y, let trailY)):
            return x == y && trailX == trailY
        case (.contradiction(let x, let trailX), .contradiction(let y, let trailY)):
            return x == y && trailX == trailY
        default:
            return false
        }
    }

    @Test func randomCasesOnRandomModelsAreDeterministicAndComplete() throws {
        let bundled = Support.bundled
        var rng = SplitMix64(seed: 0xE61E)
        var advices = 0
        for modelSeed in UInt64(1)...8 {
            let synthetic = SyntheticModelGenerator(swvCount: 6 + Int(modelSeed), schoolCount: 40 + 5 * Int(modelSeed), seed: modelSeed).generate()
            let model = synthetic.model(parameters: bundled.model.parameters)
            let engine = Engine(content: bundled.content, model: model)
            let answers = RandomAnswers(content: bundled.content, model: model)
            let validator = AnswerValidator(content: bundled.content, model: model)
            for index in 0..<30 {
                let label = "model \(modelSeed) casus \(index)"
                let random = answers.randomCase(peildatum: answers.randomDay(using: &rng), using: &rng)
                let situation = try validator.validate(
                    CaseFile(peildatum: random.peildatum, antwoorden: random.answers), path: label, peildatum: random.peildatum)
                #expect(situation == random, "\(label): geldige antwoorden blijven gelijk")
                let first = try engine.evaluate(situation)
                let second = try engine.evaluate(situation)
                #expect(Self.sameResult(first, second), "\(label): twee keer evalueren geeft hetzelfde")
                if case .question(let question, _) = first {
                    #expect(question.fact.isAsked, "\(label): vraagt naar \(question.fact.id), dat geen vraag heeft")
                }
                let (complete, result) = try answers.complete(situation, engine: engine, using: &rng)
                guard case .advice(let advice) = result else {
                    Issue.record("\(label): geen advies na \(complete.answers.count) antwoorden")
                    continue
                }
                advices += 1
                for leaf in advice.leaves {
                    #expect(bundled.content.outcome(leaf.template.id) != nil)
                    #expect(!leaf.outcome.samenvatting.contains("{"), "\(label): niet ingevulde plaatshouder")
                }
                #expect(!advice.sources.isEmpty, "\(label): advies zonder bron")
            }
        }
        #expect(advices == 8 * 30)
    }

    /// Any real date is a valid answer, so a date far from today must not break the engine.
    @Test func datesOutsideThePoliciesStillGiveAdviceOrAQuestion() throws {
        let bundled = Support.bundled
        let answers = RandomAnswers(content: bundled.content, model: bundled.model, years: 1990...2100)
        var rng = SplitMix64(seed: 0xDA7E)
        var failures: [String] = []
        for _ in 0..<200 {
            // A case's peildatum lies on or after 1 January 2016 (the validator refuses earlier ones).
            let start = Case(peildatum: max(answers.randomDay(using: &rng), Day.inpassing))
            do {
                _ = try answers.complete(start, engine: bundled.engine, using: &rng)
            } catch {
                failures.append(error.description)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) van 200: \(Set(failures).sorted().prefix(3))")
    }
}

// MARK: - Editing JSON in place

/// A step in a JSON path: an object key or an array index.
protocol JSONPathComponent: Sendable {}
extension String: JSONPathComponent {}
extension Int: JSONPathComponent {}

extension JSONValue {
    var elements: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    var keys: [String] {
        if case .object(let members) = self { return members.map(\.key) }
        return []
    }

    /// The value at a path; setting nil removes an object member.
    subscript(path path: [any JSONPathComponent]) -> JSONValue? {
        get {
            var value: JSONValue? = self
            for step in path {
                switch (value, step) {
                case (.object?, let key as String): value = value?[key]
                case (.array(let items)?, let index as Int): value = items.indices.contains(index) ? items[index] : nil
                default: return nil
                }
            }
            return value
        }
        set {
            guard let step = path.first else {
                self = newValue ?? .null
                return
            }
            let rest = Array(path.dropFirst())
            switch (self, step) {
            case (.object(var members), let key as String):
                if let index = members.firstIndex(where: { $0.key == key }) {
                    if rest.isEmpty, newValue == nil {
                        members.remove(at: index)
                    } else {
                        members[index].value[path: rest] = newValue
                    }
                } else if let newValue {
                    var child = JSONValue.null
                    child[path: rest] = newValue
                    members.append((key, child))
                }
                self = .object(members)
            case (.array(var items), let index as Int) where items.indices.contains(index):
                items[index][path: rest] = newValue
                self = .array(items)
            default:
                break
            }
        }
    }

    /// The index of the first element of the array under `key` that matches.
    func firstIndex(in key: String, where matches: (JSONValue) -> Bool) -> Int {
        self[key]?.elements.firstIndex(where: matches) ?? 0
    }

    /// A table row (fact index, row index) whose inputs no other row covers.
    func removableTableRow() -> (Int, Int)? {
        for (i, fact) in (self["feiten"]?.elements ?? []).enumerated() where fact[path: ["afleiding", "functie"]] == .string("tabel") {
            let rows = fact[path: ["afleiding", "rijen"]]?.elements ?? []
            let conditions = rows.map { $0["als"]?.elements ?? [] }
            for (j, condition) in conditions.enumerated() where !condition.contains(.string("*")) {
                let covered = conditions.enumerated().contains { k, other in
                    k != j && other.count == condition.count && zip(other, condition).allSatisfy { $0 == .string("*") || $0 == $1 }
                }
                if !covered { return (i, j) }
            }
        }
        return nil
    }

    /// Compact JSON text.
    var serialized: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return Self.quoted(text)
        case .array(let items): return "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { Self.quoted($0.key) + ":" + $0.value.serialized }.joined(separator: ",") + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
