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

    static let cases: [Case] = [
        Case(
            file: "voorbeeld/swv.json",
            old: #"{"vanaf": "2016-01-01", "lwooToewijzing": "landelijk", "lwooLicenties": "landelijk", "bron": "voorbeeld"}"#,
            new: #"{"vanaf": "2016-13-01", "lwooToewijzing": "landelijk", "lwooLicenties": "landelijk", "bron": "voorbeeld"}"#,
            place: "swv[0].perioden[0].vanaf", message: "\"2016-13-01\" is geen geldige datum"),
        Case(
            file: "voorbeeld/swv.json", old: "\"tot\": \"2024-12-31\"", new: "\"tot\": \"2025-06-30\"", place: "swv[3].perioden[1]",
            message: "overlapt"),
        Case(
            file: "voorbeeld/swv.json", old: "\"duurSchooljaren\": 2", new: "\"duurSchooljaren\": 0", place: "swv[1].perioden[0].duurSchooljaren",
            message: "minstens 1"),
        // Own criteria and own duration are separate choices (WVO 2020 art. 2.48 lid 1 onder a and b): a period says which.
        Case(
            file: "voorbeeld/swv.json", old: "\"duurVastgesteld\": \"ja\", \"duurSchooljaren\": 2,", new: "",
            place: "swv[1].perioden[0].duurVastgesteld", message: "eigen criteria en een eigen duur zijn twee keuzes"),
        Case(
            file: "voorbeeld/swv.json", old: "\"duurVastgesteld\": \"ja\", \"duurSchooljaren\": 2,",
            new: "\"duurVastgesteld\": \"nee\", \"duurSchooljaren\": 2,", place: "swv[1].perioden[0].duurSchooljaren",
            message: "hoort alleen bij duurVastgesteld \"ja\""),
        Case(
            file: "voorbeeld/swv.json",
            old: "\"lwooToewijzing\": \"populatiebekostiging\", \"lwooLicenties\": \"eigen\", \"bron\": \"voorbeeld\"}\n      ]",
            new:
                "\"lwooToewijzing\": \"populatiebekostiging\", \"proToewijzing\": \"eigen\", \"lwooLicenties\": \"eigen\", \"bron\": \"voorbeeld\"}\n      ]",
            place: "swv[2].perioden[0]", message: "voor pro bestaat geen opting out"),
        Case(
            file: "model/swv.json", old: "\"lwooToewijzing\": \"landelijk\",\n          \"lwooLicenties\": \"onbekend\"",
            new: "\"lwooToewijzing\": \"eigen\",\n          \"lwooLicenties\": \"onbekend\"",
            place: "swv[0].perioden[0].lwooToewijzing", message: "\"eigen\" is geen geldige waarde"),
        Case(
            file: "model/swv.json", old: "\"bron\": \"rsv-breda-2015 §1\"", new: "\"bron\": \"onbekend-document §1\"",
            place: "swv[2].perioden[0].bron",
            message: "noemt geen bron"),
        Case(
            file: "model/swv.json", old: "\"naam\": \"RSV Breda eo\",", new: "\"naam\": \"RSV Breda eo\", \"leerling\": \"Jan\",", place: "swv[2]",
            message: "onbekende sleutel \"leerling\""),
        Case(
            file: "voorbeeld/scholen.json", old: "\"swv\": \"VB-POLDERLAND\"", new: "\"swv\": \"VB-NERGENS\"", place: "scholen[6].swv",
            message: "staat niet in de gegevens"),
        Case(
            file: "voorbeeld/scholen.json",
            old: "\"pro\": true, \"vmbo\": false, \"havoVwo\": false,\n      \"licenties\": [],",
            new: "\"pro\": true, \"vmbo\": false, \"havoVwo\": false,\n      \"licenties\": [{\"vanaf\": \"2016-01-01\", \"bron\": \"voorbeeld\"}],",
            place: "scholen[2].licenties[0]", message: "alleen een school met vmbo"),
        Case(
            file: "voorbeeld/scholen.json", old: "\"leerwegen\": [\"basis\"]", new: "\"leerwegen\": [\"theoretisch\"]",
            place: "scholen[1].licenties[0].leerwegen[0]", message: "niet aan"),
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
            file: "model/licenties.json", old: "\"school\": \"01IW00\"", new: "\"school\": \"01IW99\"", place: "licenties[1].school",
            message: "staat niet in model/vestigingen.csv"),
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
    ]

    @Test("een gebroken regel in de gegevens", arguments: cases)
    func brokenConstraint(_ item: Case) throws {
        let errors = try #require(try load(item.file, replacing: item.old, with: item.new), "niet geweigerd: \(item.message)")
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
        try "{\n  \"swv\": [,]\n}".write(to: folder.appendingPathComponent("model/swv.json"), atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("geen fout")
        } catch {
            #expect(error.description.contains("model/swv.json: regel 2, kolom 11: geen geldige JSON"))
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
