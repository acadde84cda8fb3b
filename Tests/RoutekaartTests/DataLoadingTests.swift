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
            _ = try DataSet.load(from: folder.path)
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

    static let cases: [Case] = [
        Case(
            file: "swv.json", old: "\"vanaf\": \"2016-01-01\",\n          \"lwooToewijzing\": \"landelijk\"",
            new: "\"vanaf\": \"2016-13-01\",\n          \"lwooToewijzing\": \"landelijk\"",
            place: "swv[0].perioden[0].vanaf", message: "\"2016-13-01\" is geen geldige datum"),
        Case(file: "swv.json", old: "\"tot\": \"2024-12-31\"", new: "\"tot\": \"2025-06-30\"", place: "swv[5].perioden[1]", message: "overlapt"),
        Case(
            file: "swv.json", old: "\"duurMaanden\": 24", new: "\"duurMaanden\": 6", place: "swv[3].perioden[0].duurMaanden",
            message: "minstens 12 maanden"),
        Case(
            file: "swv.json",
            old:
                "\"lwooToewijzing\": \"populatiebekostiging\", \"lwooLicenties\": \"eigen\", \"bron\": \"voorbeeld\", \"laatstGecontroleerd\": \"2026-11-25\"}\n      ]",
            new:
                "\"lwooToewijzing\": \"populatiebekostiging\", \"proToewijzing\": \"eigen\", \"lwooLicenties\": \"eigen\", \"bron\": \"voorbeeld\", \"laatstGecontroleerd\": \"2026-11-25\"}\n      ]",
            place: "swv[4].perioden[0]", message: "voor pro bestaat geen opting out"),
        Case(
            file: "swv.json", old: "\"lwooToewijzing\": \"landelijk\",\n          \"lwooLicenties\": \"eigen\"",
            new: "\"lwooToewijzing\": \"eigen\",\n          \"lwooLicenties\": \"eigen\"",
            place: "swv[0].perioden[0].lwooToewijzing", message: "\"eigen\" is geen geldige waarde"),
        Case(
            file: "swv.json", old: "\"bron\": \"rsv-breda-2015 §1\"", new: "\"bron\": \"onbekend-document §1\"", place: "swv[0].perioden[0].bron",
            message: "noemt geen bron"),
        Case(
            file: "scholen.json", old: "\"swv\": \"VB-POLDERLAND\"", new: "\"swv\": \"VB-NERGENS\"", place: "scholen[8].swv",
            message: "staat niet in swv.json"),
        Case(
            file: "scholen.json",
            old:
                "\"vmbo\": [], \"pro\": true, \"havoVwo\": false, \"licenties\": [],\n      \"bron\": \"voorbeeld\", \"laatstGecontroleerd\": \"2026-11-25\"\n    },\n    {\n      \"code\": \"91HV00\"",
            new:
                "\"vmbo\": [], \"pro\": true, \"havoVwo\": false, \"licenties\": [{\"vanaf\": \"2016-01-01\", \"bron\": \"voorbeeld\", \"laatstGecontroleerd\": \"2026-11-25\"}],\n      \"bron\": \"voorbeeld\", \"laatstGecontroleerd\": \"2026-11-25\"\n    },\n    {\n      \"code\": \"91HV00\"",
            place: "scholen[4].licenties[0]", message: "alleen een school met vmbo"),
        Case(
            file: "scholen.json", old: "\"code\": \"01DC00\"", new: "\"code\": \"1DC00\"", place: "scholen[0].code",
            message: "geen geldige schoolcode"),
        Case(
            file: "scholen.json", old: "\"code\": \"01KS00\"", new: "\"code\": \"01DC00\"", place: "scholen[1].code", message: "komt twee keer voor"),
        Case(
            file: "scholen.json", old: "\"leerwegen\": [\"basis\"]", new: "\"leerwegen\": [\"theoretisch\"]",
            place: "scholen[3].licenties[0].leerwegen[0]", message: "niet aan"),
        Case(
            file: "scholen.json", old: "\"plaats\": \"Raamsdonksveer\",", new: "\"plaats\": \"Raamsdonksveer\", \"leerling\": \"Jan\",",
            place: "scholen[0]", message: "onbekende sleutel \"leerling\""),
        Case(
            file: "landelijk.json", old: "{\"datum\": \"10-01\"}", new: "{\"datum\": \"13-01\"}", place: "parameters[0].waarden[0].waarde.datum",
            message: "geen geldige dag in het jaar"),
        Case(file: "inhoud/boom.json", old: "\"start\": \"situatie\"", new: "\"start\": \"begin\"", place: "start", message: "bestaat niet"),
        Case(
            file: "inhoud/vragen.json", old: "\"functie\": \"swvVanSchool\"", new: "\"functie\": \"swvVanDeSchool\"",
            place: "feiten[7].afleiding.functie", message: "onbekende functie"),
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
        try "{\n  \"swv\": [,]\n}".write(to: folder.appendingPathComponent("swv.json"), atomically: true, encoding: .utf8)
        do {
            _ = try DataSet.load(from: folder.path)
            Issue.record("geen fout")
        } catch {
            #expect(error.description.contains("swv.json: regel 2, kolom 11: geen geldige JSON"))
        }
    }
}
