import Foundation
import RoutekaartCore
import Testing

/// Every constraint of DOMAIN §2, broken one at a time in a copy of the data:
/// the message names the file, the place and the rule.
@Suite struct DataLoadingTests {
    /// Replaces `old` by `new` in one file of a fresh copy of the data and loads it.
    func load(_ file: String, replacing old: String, with new: String) throws -> InputErrors? {
        let folder = try Support.copyOfData()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(file) bevat \(old) niet")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path, examples: true)
            return nil
        } catch {
            return error
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var old: String
        var new: String
        var place: String
        var message: String
        var testDescription: String { message }
    }

    /// The line of a vestiging in `model/vestigingen.csv` (the header is line 1).
    static func line(of code: String) -> Int {
        let text = (try? String(contentsOfFile: Support.dataPath + "/model/vestigingen.csv", encoding: .utf8)) ?? ""
        return (text.split(separator: "\n").firstIndex { $0.hasPrefix(code + ";") } ?? -1) + 1
    }

    /// The line of a row of a knowledge file of the data folder that starts with `prefix` (the header is line 1).
    static func knowledgeLine(_ file: String, _ prefix: String) -> Int {
        let text = (try? String(contentsOfFile: Support.dataPath + "/" + file, encoding: .utf8)) ?? ""
        return (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }

    static func examples(_ prefix: String) -> String { "voorbeeld/kennis.csv:\(knowledgeLine("voorbeeld/kennis.csv", prefix))" }
    static func bundled(_ prefix: String) -> String { "model/kennis.csv:\(knowledgeLine("model/kennis.csv", prefix))" }

    static let cases: [Case] = [
        // The facts about SWVs and licences are knowledge files, read and checked by the reader of every knowledge file.
        Case(
            file: examples("beleid;VB-ZEEDUIN;"), old: "beleid;VB-ZEEDUIN;;landelijk;2016-01-01;", new: "beleid;VB-ZEEDUIN;;landelijk;2016-13-01;",
            place: "kolom vanaf", message: "\"2016-13-01\" is geen datum"),
        Case(
            file: examples("beleid;VB-WILGENWAARD;;populatiebekostiging"), old: "beleid;VB-WILGENWAARD;;landelijk;2016-01-01;2024-12-31;",
            new: "beleid;VB-WILGENWAARD;;landelijk;2016-01-01;2025-06-30;", place: "kolom vanaf", message: "overlapt"),
        Case(
            file: examples("duur;VB-HEIDEVELD;"), old: "duur;VB-HEIDEVELD;;2;", new: "duur;VB-HEIDEVELD;;0;", place: "kolom waarde",
            message: "ten minste 1 schooljaar"),
        // Own criteria and own duration are separate choices (WVO 2020 art. 2.48 lid 1 onder a and b); a duration belongs to own criteria.
        Case(
            file: examples("duur;VB-HEIDEVELD;"), old: "duur;VB-HEIDEVELD;;2;", new: "duur;VB-ZEEDUIN;;2;", place: "kolom onderwerp",
            message: "hoort bij een SWV met eigen criteria"),
        Case(
            file: examples("licentiebeleid;VB-POLDERLAND;"), old: "licentiebeleid;VB-POLDERLAND;",
            new: "pro;VB-POLDERLAND;;eigen;2016-01-01;;voorbeeld;2016-01-01;\nlicentiebeleid;VB-POLDERLAND;", place: "kolom onderwerp",
            message: "voor pro bestaat geen opting out"),
        Case(
            file: bundled("beleid;VO3003;"), old: "beleid;VO3003;;landelijk;", new: "beleid;VO3003;;eigen;", place: "kolom waarde",
            message: "\"eigen\" is geen beleid"),
        Case(
            file: bundled("beleid;VO3003;"), old: "beleid;VO3003;;landelijk;2016-01-01;2018-07-31;rsv-breda-2015 §1;",
            new: "beleid;VO3003;;landelijk;2016-01-01;2018-07-31;onbekend-document §1;", place: "kolom bron", message: "noemt geen bron"),
        Case(
            file: bundled("naam;VO3003;"), old: "naam;VO3003;;RSV Breda eo;2014-08-01;;rsv-breda-2015;",
            new: "naam;VO3003;;RSV Breda eo;2014-08-01;;rsv-breda-2015 (navraag bij mevrouw Jansen);", place: "kolom bron",
            message: "lijkt een persoon te noemen"),
        Case(
            file: bundled("naam;VO3003;"), old: "naam;VO3003;;RSV Breda eo;", new: "naam;VB-ZEEDUIN;;RSV Breda eo;", place: "kolom code",
            message: "echte gegevens gaan niet over voorbeelden"),
        Case(
            file: examples("licentie;94KS00;"), old: "licentie;94KS00;", new: "licentie;01IW03;", place: "kolom code", message: "is geen voorbeeld"),
        Case(
            file: "voorbeeld/scholen.json", old: "\"swv\": \"VB-POLDERLAND\"", new: "\"swv\": \"VB-NERGENS\"", place: "scholen[6].swv",
            message: "staat niet in de gegevens"),
        Case(
            file: examples("licentie;90ZD00;"), old: "licentie;90ZD00;",
            new: "licentie;90ZD02;;ja;2016-01-01;;voorbeeld;2016-01-01;\nlicentie;90ZD00;",
            place: "kolom code", message: "alleen een school met vmbo"),
        Case(
            file: examples("licentie;90ZD01;basis;"), old: "licentie;90ZD01;basis;ja;", new: "licentie;90ZD01;theoretisch;ja;",
            place: "kolom leerwegen", message: "niet aan"),
        Case(
            file: "voorbeeld/scholen.json", old: "\"plaats\": \"Strandhoven\",", new: "\"plaats\": \"Strandhoven\", \"leerling\": \"Jan\",",
            place: "scholen[0]", message: "onbekende sleutel \"leerling\""),
        Case(
            file: "model/vestigingen.csv", old: "\n01IW00;", new: "\n1IW00;", place: "regel \(line(of: "01IW00")), kolom 1 (vestigingscode)",
            message: "geen geldige schoolcode"),
        Case(
            file: "model/vestigingen.csv", old: "\n00KV00;", new: "\n01IW00;", place: "regel \(line(of: "01IW00")), kolom 1 (vestigingscode)",
            message: "komt twee keer voor"),
        Case(
            file: "model/vestigingen.csv", old: ";4942;VO3003;", new: ";9999;VO3003;", place: "regel \(line(of: "01IW00")), kolom 6 (swv)",
            message: "klopt niet met de regio-indeling: postcode 9999 hoort bij VO2002"),
        Case(
            file: "model/vestigingen.csv", old: ";4942;VO3003;nee;", new: ";4942;VO3003;misschien;",
            place: "regel \(line(of: "01IW00")), kolom 7 (pro)",
            message: "\"misschien\" is geen geldige waarde"),
        Case(
            file: "model/vestigingen.csv", old: "\n01IW00;Dongemond College voor Atheneum Havo en Vmbo;",
            new: "\n01IW00;\"Dongemond\" College voor Atheneum Havo en Vmbo;", place: "regel \(line(of: "01IW00")), kolom 2",
            message: "na het afsluitende aanhalingsteken hoort een ; of het einde van de regel"),
        Case(
            file: "model/regio.csv", old: "pc4;gemeente;swv\n", new: "pc4;gemeente;swv_vo\n", place: "regel 1", message: "de kolom \"swv\" ontbreekt"),
        Case(
            file: bundled("licentie;01IW00;"), old: "licentie;01IW00;", new: "licentie;01IW99;", place: "kolom code",
            message: "\"01IW99\" is geen vestiging in de gegevens"),
        Case(
            file: "landelijk.json", old: "{\"datum\": \"10-01\"}", new: "{\"datum\": \"13-01\"}", place: "parameters[0].waarden[0].waarde.datum",
            message: "geen geldige dag in het jaar"),
        Case(file: "inhoud/boom.json", old: "\"start\": \"situatie\"", new: "\"start\": \"begin\"", place: "start", message: "bestaat niet"),
        Case(
            file: "inhoud/vragen.json", old: "\"functie\": \"swvVanSchool\"", new: "\"functie\": \"swvVanDeSchool\"",
            place: "feiten[7].afleiding.functie", message: "onbekende functie"),
        Case(
            file: "inhoud/vragen.json",
            old: "\"onbekendTekst\": \"1 oktober (de eerstvolgende)\",\n      \"soort\": \"datum\",\n      \"termijn\": true,",
            new: "\"onbekendTekst\": \"1 oktober (de eerstvolgende)\",\n      \"soort\": \"datum\",", place: "feiten[21]",
            message: "\"bron_deadline\" is de termijnDatum van een stap"),
        Case(
            file: "inhoud/vragen.json", old: "\"kort\": \"Datum overstap\",", new: "\"kort\": \"Datum overstap\",\n      \"termijn\": true,",
            place: "feiten[8].termijn", message: "\"datum_overstap\" heeft \"termijn\": true maar is van geen stap de termijnDatum"),
        Case(
            file: "bronnen.json", old: "{\n      \"id\": \"wvo\",", new: "{\n      \"id\": \"po-opting-out\",", place: "bronnen[8].id",
            message: "komt twee keer voor"),
        // The content's files are read field by field (`JSONFields`): each wrong field named with its place.
        Case(
            file: "inhoud/uitkomsten.json", old: "\"wat\": \"De leerling woont in {woon_swv}; over een",
            new: "\"leerling\": \"Jan\", \"wat\": \"De leerling woont in {woon_swv}; over een", place: "uitkomsten[0].stappen[0]",
            message: "onbekende sleutel \"leerling\""),
        Case(
            file: "inhoud/uitkomsten.json", old: "\"wie\": \"nieuwe-school\",\n          \"als\": {\"situatie\": [\"grensverkeer\"]},",
            new: "\"wie\": \"de buurman\",\n          \"als\": {\"situatie\": [\"grensverkeer\"]},", place: "uitkomsten[0].stappen[0].wie",
            message: "\"de buurman\" is geen geldige waarde; kies uit \"school\""),
        Case(
            file: "inhoud/uitkomsten.json", old: "\"als\": {\"situatie\": [\"grensverkeer\"]},", new: "\"als\": {\"situatie\": \"grensverkeer\"},",
            place: "uitkomsten[0].stappen[0].als.situatie", message: "verwacht een lijst ([...])"),
        Case(
            file: "bronnen.json", old: "\"naam\": \"WVO 2020\",", new: "\"naam\": 2020,", place: "bronnen[6].naam",
            message: "verwacht een tekst tussen aanhalingstekens"),
        Case(
            file: "bronnen.json", old: "\"geldigVanaf\": \"2022-08-01\",\n      \"link\": \"https://wetten.overheid.nl/BWBR0044212\",",
            new: "\"geldigVanaf\": \"2022-13-01\",\n      \"link\": \"https://wetten.overheid.nl/BWBR0044212\",", place: "bronnen[6].geldigVanaf",
            message: "\"2022-13-01\" is geen geldige datum (JJJJ-MM-DD)"),
        Case(
            file: "inhoud/boom.json", old: "{\"id\": \"situatie\", \"feit\": \"situatie\", ", new: "{\"id\": \"situatie\", ", place: "knopen[0]",
            message: "de verplichte sleutel \"feit\" ontbreekt"),
        Case(
            file: "inhoud/boom.json", old: "{\"id\": \"situatie\", \"feit\": \"situatie\", ", new: "{\"id\": \"situatie\", \"feit\": null, ",
            place: "knopen[0].feit", message: "mag niet leeg (null) zijn; verwacht een tekst tussen aanhalingstekens"),
    ]

    @Test("een gebroken regel in de gegevens", arguments: cases)
    func brokenConstraint(_ item: Case) throws {
        // A knowledge file's problems name its line: `voorbeeld/kennis.csv:7`.
        let file = item.file.split(separator: ":").first.map(String.init) ?? item.file
        let errors = try #require(try load(file, replacing: item.old, with: item.new), "niet geweigerd: \(item.message)")
        let match = errors.errors.first { $0.message.contains(item.message) }
        let found = try #require(match, "melding ontbreekt: \(errors.description)")
        #expect(found.file?.hasSuffix(item.file) == true)
        #expect(found.place == item.place, "plaats: \(found.place ?? "-") in \(found.description)")
        #expect(found.kind == .data)
    }

    @Test func aMissingFolderIsExit66() {
        do {
            _ = try DataSet.load(from: "/bestaat/niet")
            Issue.record("geen fout")
        } catch {
            #expect(error.kind == .missingFile)
        }
    }

    @Test func notJSONNamesLineAndColumn() throws {
        let folder = try Support.copyOfData()
        try "{\n  \"swv\": [,]\n}".write(to: folder.appendingPathComponent("voorbeeld/swv.json"), atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path, examples: true)
            Issue.record("geen fout")
        } catch {
            #expect(error.description.contains("voorbeeld/swv.json: regel 2, kolom 11: geen geldige JSON"))
        }
    }

    /// The model is read on a second thread while the content is read here; the problems still come in the order of
    /// the files: sources, national parameters, model, content.
    @Test func problemsInSeveralFilesComeInTheOrderOfTheFiles() throws {
        let folder = try Support.copyOfData()
        for file in ["inhoud/boom.json", "landelijk.json", "bronnen.json"] {
            try "{,}".write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try "kapot;\n".write(to: folder.appendingPathComponent("model/regio.csv"), atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("geen fout")
        } catch {
            let files = error.errors.map { (($0.file ?? "") as NSString).lastPathComponent }
            #expect(files == ["bronnen.json", "landelijk.json", "regio.csv", "boom.json"], "\(error.description)")
        }
    }

    /// The bundled data carries the proof that it passed every rule; when it is stale the advisor would check at
    /// every start (still correct, only slower), so the test says how to renew it.
    @Test func theCommittedCheckStampMatchesTheData() throws {
        let committed = try #require(CheckStamp.read(in: Support.dataPath), "data/gecontroleerd.json ontbreekt")
        let current = CheckStamp.current(for: Support.dataPath, rules: committed.regels)
        let matches = committed.vingerafdruk == current.vingerafdruk
        #expect(matches, "data/gecontroleerd.json is verouderd; maak hem opnieuw met: swift run routekaart controleer")
        let rules = try DataSet.read(from: Support.dataPath, examples: true).check().map(\.rule)
        #expect(committed.regels == rules, "de stempel noemt andere regels dan er nu zijn: swift run routekaart controleer")
    }

    @Test func aChangedFileIsCheckedInFullDespiteTheStamp() throws {
        let folder = try Support.copyOfData()
        let tree = folder.appendingPathComponent("inhoud/boom.json")
        let text = try String(contentsOf: tree, encoding: .utf8)
        try text.replacingOccurrences(of: #""ja": "S1", "nee": "geen-licentie""#, with: #""ja": "S1""#)
            .write(to: tree, atomically: true, encoding: .utf8)
        #expect(CheckStamp.read(in: folder.path) != nil, "de kopie heeft de stempel van het origineel")
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("een gewijzigde map werd niet opnieuw gecontroleerd")
        } catch {
            #expect(error.errors.contains { $0.message.contains("er ontbreekt een tak voor \"nee\"") })
        }
    }

    /// The stamp names the rules that passed: a folder stamped by a program with other rules (one added, one renamed
    /// or dropped) is checked again, by this program's rules. A stamp is a record, not a signature: one written for
    /// broken files by this program's rules is believed.
    @Test func aFolderStampedByAnotherRuleSetIsCheckedAgain() throws {
        let folder = try Support.copyOfData()
        let tree = folder.appendingPathComponent("inhoud/boom.json")
        let text = try String(contentsOf: tree, encoding: .utf8)
        try text.replacingOccurrences(of: #""ja": "S1", "nee": "geen-licentie""#, with: #""ja": "S1""#)
            .write(to: tree, atomically: true, encoding: .utf8)
        var stamp = CheckStamp.current(for: folder.path, rules: DataSet.ruleNames)
        #expect(stamp.write(in: folder.path))
        _ = try DataSet.load(from: folder.path)
        let added = DataSet.ruleNames + ["EveryNewRuleHolds"]
        let renamed = DataSet.ruleNames.map { $0 == "EveryBranchCoversEveryValue" ? "EveryBranchCoversItsValues" : $0 }
        for rules in [added, renamed, Array(DataSet.ruleNames.dropLast())] {
            stamp.regels = rules
            #expect(stamp.write(in: folder.path))
            do {
                _ = try DataSet.load(from: folder.path)
                Issue.record("gestempeld door andere regels, en toch niet opnieuw gecontroleerd: \(rules.count) regels")
            } catch {
                #expect(error.errors.contains { $0.message.contains("er ontbreekt een tak voor \"nee\"") })
            }
        }
    }

    @Test func aProvenFolderLoadsTheSameAdviceAsAFullCheck() throws {
        let proven = try DataSet.load(from: Support.dataPath)
        let checked = try DataSet.read(from: Support.dataPath)
        #expect(proven.content.outcomes.map(\.id) == checked.content.outcomes.map(\.id))
        #expect(proven.model.schools.count == checked.model.schools.count)
        #expect(proven.model.swv("VO3003")?.displayName == checked.model.swv("VO3003")?.displayName)
    }
}
