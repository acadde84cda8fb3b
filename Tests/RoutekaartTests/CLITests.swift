import Foundation
import RoutekaartCore
import Testing

/// The real binary: help, errors and exit codes, advice for case files.
@Suite struct CLITests {
    @Test func helpIsDutchWithExamplesAndExitsZero() throws {
        let run = try Support.run(["--help"])
        #expect(run.status == 0)
        #expect(run.out == (try String(contentsOf: Support.root.appendingPathComponent("Tests/RoutekaartTests/Golden/help.txt"), encoding: .utf8)))
        for command in ["advies", "test", "controleer", "swv", "school", "criteria", "boom", "paden", "bronnen", "gegevens"] {
            let help = try Support.run(["help", command])
            #expect(help.status == 0)
            #expect(help.out.hasPrefix("Gebruik: routekaart \(command)"), "\(command)")
            #expect(help.out.contains("Voorbeeld"), "\(command) zonder voorbeeld")
            let flag = try Support.run([command, "--help"])
            #expect(flag.out == help.out)
        }
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try Support.run(["--versie"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("routekaart "))
    }

    @Test func anUnknownOptionSuggestsTheNearestAndExits64() throws {
        let run = try Support.run(["advies", "--formát", "json"])
        #expect(run.status == 64)
        #expect(
            run.err == """
                Fout: onbekende optie '--formát'. Bedoelt u '--formaat'?
                Gebruik: routekaart advies [--casus BESTAND [--verder]] [OPTIES]
                Zie 'routekaart advies --help'.

                """)
        #expect(run.out.isEmpty)
        let help = try Support.run(["--hepl"])
        #expect(help.status == 64)
        #expect(help.err.contains("Bedoelt u '--help'?"))
    }

    /// `--gegevens` is the Dutch word for `--data`, nowhere near it in spelling (usability test, F28).
    @Test func anOptionInOtherWordsSuggestsTheOptionItMeans() throws {
        let run = try Support.run(["advies", "--gegevens", "data"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Fout: onbekende optie '--gegevens'. Bedoelt u '--data'?"), "\(run.err)")
    }

    /// A date that does not exist says why, and the forms the option takes include the Dutch order it accepts (F28).
    @Test func aBadPeildatumSaysWhyAndWhichFormsWork() throws {
        let missing = try Support.run(["advies", "--peildatum", "31-02-2026"])
        #expect(missing.status == 64)
        #expect(missing.err.contains("(februari 2026 heeft 28 dagen)"), "\(missing.err)")
        #expect(missing.err.contains("JJJJ-MM-DD of DD-MM-JJJJ"), "\(missing.err)")
        let early = try Support.run(["advies", "--peildatum", "2015-05-01"])
        #expect(early.status == 64)
        #expect(early.err.contains("ligt vóór 1 januari 2016"), "\(early.err)")
    }

    @Test func anUnknownCommandSuggestsTheNearest() throws {
        let run = try Support.run(["advise"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Fout: onbekende opdracht 'advise'. Bedoelt u 'advies'?"))
    }

    @Test func badValuesOfOptionsExit64() throws {
        #expect(try Support.run(["advies", "--formaat", "xml"]).status == 64)
        #expect(try Support.run(["advies", "--peildatum", "2026-02-30"]).status == 64)
        #expect(try Support.run(["advies", "--voor", "kinderen"]).status == 64)
        #expect(try Support.run(["advies", "--verder"]).status == 64)
        #expect(try Support.run(["advies", "--casus"]).status == 64)
    }

    func caseFile(_ text: String) throws -> String {
        let url = try Support.temporaryDirectory().appendingPathComponent("casus.json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// From the example SWV Heideveld (own criteria) to the real Dongemond College in 2017, while RSV Breda's
    /// 2015–2018 plan covers the date: its policy and the school's licence come from the real sources.
    static let s3 = """
        {"peildatum": "2017-09-04", "gegevens": "voorbeeld", "antwoorden": {"situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo",
         "herkomst_swv": "VB-HEIDEVELD", "datum_aanwijzing": "2016-09-01", "bestemming_school": "01IW00",
         "datum_overstap": "2017-09-04", "leerweg": "kader", "leerjaar": "1"}}
        """

    @Test func adviceAsJSONHasTheAgreedFields() throws {
        let run = try Support.run(["advies", "--casus", try caseFile(Self.s3), "--formaat", "json"])
        #expect(run.status == 0, "\(run.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "S3")
        #expect(object["uitkomst"] as? String == "S3")
        #expect(object["interpretatie"] as? Bool == true)
        #expect((object["stappen"] as? [Any])?.isEmpty == false)
        #expect((object["bronnen"] as? [String])?.contains("rsv-breda-2015 §1") == true)
        let path = try #require(object["pad"] as? [[String: Any]])
        #expect(path.contains { $0["feit"] as? String == "bestemming_variant" && $0["herkomst"] as? String == "afgeleid" })
        #expect(path.contains { $0["feit"] as? String == "situatie" && $0["herkomst"] as? String == "antwoord" })
    }

    @Test func adviceOnExampleDataSaysSoAndRealDataCarriesItsNote() throws {
        let example = try Support.run(["advies", "--casus", try caseFile(Self.s3)])
        #expect(example.out.contains("Dit advies gebruikt voorbeeldgegevens, geen echte: Voorbeeld-SWV Heideveld"))
        let real = try caseFile(
            #"{"peildatum": "2017-03-01", "antwoorden": {"situatie": "aanmelding", "schooladvies": "vmbo", "bestemming_school": "00KV00", "pro_indicatie": "nee", "ondersteuning_nodig": "ja", "datum_overstap": "2017-08-21", "leerweg": "theoretisch", "leerjaar": "1"}}"#
        )
        let run = try Support.run(["advies", "--casus", real])
        #expect(run.status == 0, "\(run.err)")
        #expect(!run.out.contains("voorbeeldgegevens"))
        // The licence comes from RSV Breda's 2015 plan, which does not cover the board's decisions from 1-1-2017: the
        // advice says what it rests on, that its period is a reading, and 'waarom' what the source says.
        #expect(run.out.contains("Afgeleid — lwoo-licentie nieuwe school: Ja (RSV Breda eo §1; gecontroleerd 7 december 2026)."))
        #expect(
            run.out.contains(
                "lwoo-licentie KSE (Katholieke Scholengemeenschap Etten-Leur e.o.): dit is een interpretatie van de bron (RSV Breda eo §1)"),
            "\(run.out)")
        let why = try Support.run(["advies", "--casus", real, "--waarom"])
        #expect(why.out.contains("Latere besluiten (per 1-1-2017) staan niet in de bron"))
        #expect(run.out.contains("gegevens van 2 oktober 2026, bron: DUO, alle vestigingen vo (2026)"))
        // Without the example data, a case naming an example SWV is refused.
        let withoutExamples = try caseFile(Self.s3.replacingOccurrences(of: #""gegevens": "voorbeeld", "#, with: ""))
        let refused = try Support.run(["advies", "--casus", withoutExamples])
        #expect(refused.status == 65)
        #expect(refused.err.contains("\"VB-HEIDEVELD\" is geen bekend samenwerkingsverband"))
        let flagged = try Support.run(["advies", "--casus", withoutExamples, "--voorbeeld"])
        #expect(flagged.status == 0, "\(flagged.err)")
    }

    @Test func adviceWithoutScenarioHasNullScenario() throws {
        let file = try caseFile(
            #"{"peildatum": "2026-09-01", "antwoorden": {"situatie": "bijzondere_regeling", "br_grondslag": "opp", "br_criterium_vso": "problematiek"}}"#
        )
        let run = try Support.run(["advies", "--casus", file, "--formaat", "json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("\"scenario\" : null"))
        #expect(run.out.contains("\"uitkomst\" : \"br-opp\""))
    }

    @Test func adviceAsTextAndMarkdownNamesScenarioStepsAndSources() throws {
        let file = try caseFile(Self.s3)
        let text = try Support.run(["advies", "--casus", file])
        #expect(text.status == 0)
        #expect(text.out.contains("Scenario S3"))
        #expect(text.out.contains("1. Nieuwe school:"))
        #expect(text.out.contains("Bron: "))
        #expect(text.out.contains("Let op: een deel van dit advies is een lezing van dit project"))
        let full = try Support.run(["advies", "--casus", file, "--volledig"])
        #expect(full.out.contains("Let op: dit advies rust deels op een interpretatie."))
        #expect(!text.out.contains("\u{1B}["), "geen kleur als de uitvoer geen terminal is")
        let markdown = try Support.run(["advies", "--casus", file, "--formaat", "markdown", "--waarom"])
        #expect(markdown.out.hasPrefix("# Advies: "))
        #expect(markdown.out.contains("## Waarom dit advies"))
    }

    @Test func theParentsVoiceExplainsTermsOnce() throws {
        let run = try Support.run(["advies", "--casus", try caseFile(Self.s3), "--voor", "ouders"])
        #expect(run.status == 0)
        let glossary = Support.bundled.content.glossary
        let explained = glossary.filter { run.out.contains("(\($0.uitleg))") }
        #expect(!explained.isEmpty)
        for term in explained {
            #expect(run.out.components(separatedBy: "(\(term.uitleg))").count == 2, "\(term.term) meer dan eens uitgelegd")
        }
    }

    @Test func thePeildatumOptionWinsOverTheFile() throws {
        // Leerjaar 1 in 2017/18: on the later peildatum that school year is over, and whether the pupil still comes
        // straight from leerjaar 1 is asked; the case answers it.
        let later = Self.s3.replacingOccurrences(of: "\"leerjaar\": \"1\"", with: "\"leerjaar\": \"1\", \"rechtstreeks_uit_leerjaar1\": \"nee\"")
        let file = try caseFile(later)
        let run = try Support.run(["advies", "--casus", file, "--formaat", "json", "--peildatum", "2026-10-15"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("\"peildatum\" : \"2026-10-15\""))
    }

    @Test func anIncompleteCaseListsTheOpenQuestionsAndExits65() throws {
        let file = try caseFile(#"{"peildatum": "2026-09-01", "antwoorden": {"situatie": "verhuizing"}}"#)
        let run = try Support.run(["advies", "--casus", file])
        #expect(run.status == 65)
        #expect(run.err.contains("niet compleet"))
        #expect(run.err.contains("- huidige_status: Wat heeft de leerling nu?"))
        #expect(run.err.contains("bestemming_school"))
        #expect(run.out.isEmpty)
    }

    @Test func anIncompleteCaseDoesNotListAQuestionThatOnlyAStepTheAnswersRuleOutNeeds() throws {
        // woon_swv is read only by the grensverkeer step: a verhuizing never asks it (review-law finding 37).
        let move = try caseFile(#"{"peildatum": "2026-12-07", "antwoorden": {"situatie": "verhuizing", "huidige_status": "geen"}}"#)
        let moveRun = try Support.run(["advies", "--casus", move])
        #expect(moveRun.status == 65)
        #expect(moveRun.err.contains("nog volgen"), "\(moveRun.err)")
        #expect(!moveRun.err.contains("woon_swv"), "\(moveRun.err)")
        let border = try caseFile(#"{"peildatum": "2026-12-07", "antwoorden": {"situatie": "grensverkeer", "huidige_status": "geen"}}"#)
        let borderRun = try Support.run(["advies", "--casus", border])
        #expect(borderRun.err.contains("woon_swv"), "\(borderRun.err)")
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var text: String
        var status: Int32
        var message: String
        var testDescription: String { message }
    }

    static let badCases: [BadCase] = [
        BadCase(text: "geen json", status: 65, message: "regel 1, kolom 1: geen geldige JSON"),
        BadCase(text: #"{"antwoorden": {"situatie": "verhuizing"}, "naam": "Jan"}"#, status: 65, message: "onbekende sleutel \"naam\""),
        BadCase(text: #"{"antwoorden": {"situatie": "verhuizen"}}"#, status: 65, message: "antwoorden.situatie: \"verhuizen\" is geen geldige keuze"),
        BadCase(text: #"{"antwoorden": {"bsn": "123"}}"#, status: 65, message: "antwoorden.bsn: \"bsn\" is geen vraag van de routekaart"),
        BadCase(text: #"{"antwoorden": {"herkomst_swv": "SWV-XYZ"}}"#, status: 65, message: "is geen bekend samenwerkingsverband"),
        BadCase(text: #"{"antwoorden": {"bestemming_school": "99ZZ99"}}"#, status: 65, message: "is geen bekende school"),
        BadCase(text: #"{"antwoorden": {"datum_overstap": "2026-02-30"}}"#, status: 65, message: "bestaat niet: februari 2026 heeft 28 dagen"),
        BadCase(text: #"{"antwoorden": {"datum_overstap": "2026-13-01"}}"#, status: 65, message: "bestaat niet: er is geen maand 13"),
        BadCase(text: #"{"antwoorden": {"datum_overstap": "morgen"}}"#, status: 65, message: "is geen geldige datum; gebruik JJJJ-MM-DD"),
        BadCase(text: #"{"peildatum": "morgen", "antwoorden": {}}"#, status: 65, message: "peildatum: \"morgen\" is geen geldige datum"),
        BadCase(text: #"{"antwoorden": {"situatie": 3}}"#, status: 65, message: "antwoorden.situatie: verwacht een tekst"),
        BadCase(text: #"{"antwoorden": {"situatie": "verhuizing", "situatie": "aanmelding"}}"#, status: 65, message: "staat twee keer"),
        BadCase(text: #"{"peildatum": "2026-09-01"}"#, status: 65, message: "de verplichte sleutel \"antwoorden\" ontbreekt"),
    ]

    @Test("een fout casusbestand", arguments: badCases)
    func badCaseFile(_ item: BadCase) throws {
        let file = try caseFile(item.text)
        let run = try Support.run(["advies", "--casus", file])
        #expect(run.status == item.status)
        #expect(run.err.hasPrefix(file + ": "), "\(run.err)")
        #expect(run.err.contains(item.message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func testCommandRunsAllFixturesAndCounts() throws {
        let run = try Support.run(["test", Support.scenariosPath])
        #expect(run.status == 0, "\(run.out)")
        let last = run.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last == "\(Support.fixtureFiles.count) geslaagd, 0 mislukt")
    }

    @Test func testCommandFailsOnAWrongFixture() throws {
        let folder = try Support.temporaryDirectory()
        try
            #"{"omschrijving": "fout", "peildatum": "2026-09-01", "antwoorden": {"situatie": "bijzondere_regeling", "br_grondslag": "opp", "br_criterium_vso": "problematiek"}, "verwacht": {"scenario": "geen", "uitkomst": "br-vso"}}"#
            .write(to: folder.appendingPathComponent("fout.json"), atomically: true, encoding: .utf8)
        let run = try Support.run(["test", folder.path])
        #expect(run.status == 1)
        #expect(run.out.contains("0 geslaagd, 1 mislukt"))
        #expect(run.out.contains("uitkomst: verwacht \"br-vso\", kreeg \"br-opp\""))
    }

    @Test func controleerPassesOnTheBundledData() throws {
        let run = try Support.run(["controleer"])
        #expect(run.status == 0)
        let rules = try DataSet.read(from: Support.dataPath).check().count
        #expect(run.out.contains("Alle \(rules) controles geslaagd"))
        #expect(run.out.split(separator: "\n").filter { $0.hasPrefix("ok   ") }.count == rules)
    }

    @Test func controleerNamesTheFailingRuleAndItsFindingsOnBrokenContent() throws {
        let folder = try Support.copyOfData()
        let tree = folder.appendingPathComponent("inhoud/boom.json")
        let text = try String(contentsOf: tree, encoding: .utf8)
        try text.replacingOccurrences(of: #""ja": "S1", "nee": "geen-licentie""#, with: #""ja": "S1""#)
            .write(to: tree, atomically: true, encoding: .utf8)
        let run = try Support.run(["controleer", "--data", folder.path])
        #expect(run.status == 65)
        #expect(run.out.contains("FOUT EveryBranchCoversEveryValue"))
        #expect(run.out.contains("er ontbreekt een tak voor \"nee\""))
        #expect(run.out.contains("ok   EveryIdIsUnique"))
        #expect(run.err.contains("Zolang een controle faalt, geeft Routekaart geen advies."))
        let advice = try Support.run(["advies", "--casus", "/dev/null", "--data", folder.path])
        #expect(advice.status == 65)
    }

    @Test func aMissingDataFolderExits66() throws {
        let run = try Support.run(["controleer", "--data", "/bestaat/niet"])
        #expect(run.status == 66)
        #expect(run.err.contains("de gegevensmap bestaat niet"))
    }

    @Test func lookupsForThePhone() throws {
        let list = try Support.run(["swv", "lijst", "--peildatum", "2026-09-01"])
        #expect(list.status == 0)
        #expect(list.out.contains("Samenwerkingsverbanden passend onderwijs VO (74, regio-indeling van 23 april 2015)"))
        #expect(
            list.out.contains(
                "VO2001         Samenwerkingsverband VO Groningen Stad · Groningen, Haren, Ten Boer, Tynaarlo (4 gemeenten) · beleid onbekend (geen bron)"
            ))
        #expect(
            list.out.contains(
                "VO2103         (naam niet in de bronnen) · Sudwest Fryslan, De Friese Meren, Littenseradiel (3 gemeenten) · beleid onbekend (geen bron)"
            ))
        #expect(
            list.out.contains(
                "VO2305         Samenwerkingsverband VO IJssel-Vecht · Zwolle, Kampen, Dronten, Raalte e.a. (11 gemeenten) · populatiebekostiging"))
        #expect(list.out.contains("RSV Breda eo · Breda,"))
        #expect(list.out.contains("beleid onbekend op 1 september 2026 (de bronnen gaan over: 2016-01-01 t/m 2018-07-31)"))
        #expect(!list.out.contains("VB-"), "zonder --voorbeeld geen voorbeeldgegevens")
        let old = try Support.run(["swv", "lijst", "--peildatum", "2016-09-01"])
        #expect(old.out.contains("landelijke criteria; eigen licentiebeleid (bron: RSV Breda eo §1)"))
        #expect(!old.out.contains("rsv-breda-2015"), "een interne bron-id")
        let examples = try Support.run(["swv", "lijst", "--voorbeeld"])
        #expect(examples.out.contains("VB-WILGENWAARD Voorbeeld-SWV Wilgenwaard (voorbeeld)"))
        let show = try Support.run(["swv", "toon", "VB-WILGENWAARD", "--peildatum", "2024-06-01", "--voorbeeld"])
        #expect(show.out.contains("Op 1 juni 2024: landelijke criteria; landelijke licenties"))
        #expect(show.out.contains("2016-01-01 t/m 2024-12-31: beleid: landelijke criteria ← peildatum"))
        #expect(show.out.contains("bron: "))
        #expect(show.out.contains("93WW00"))
        let unknown = try Support.run(["swv", "toon", "VB-WILGENWARD", "--voorbeeld"])
        #expect(unknown.status == 65)
        #expect(unknown.err.contains("Bedoelt u \"VB-WILGENWAARD\"?"))
        let byPlace = try Support.run(["swv", "toon", "Etten-Leur", "--peildatum", "2016-09-01"])
        #expect(byPlace.out.hasPrefix("RSV Breda eo (VO3003)\nGevonden via: gemeente Etten-Leur"))
        #expect(byPlace.out.contains("Op 1 september 2016: landelijke criteria; eigen licentiebeleid"))
        let byPostcode = try Support.run(["swv", "toon", "4942"])
        #expect(byPostcode.out.contains("Gevonden via: postcode 4942 (Geertruidenberg)"))
        let unnamed = try Support.run(["swv", "toon", "VO2103"])
        #expect(unnamed.out.hasPrefix("SWV VO2103 (Sudwest Fryslan, De Friese Meren, Littenseradiel)\nNaam: staat in geen bron van de gegevens"))
        #expect(unnamed.out.contains("Beleid: onbekend. Geen bron in de gegevens zegt hoe dit SWV lwoo toewijst"))
        let portArea = try Support.run(["swv", "toon", "3198"])
        #expect(portArea.status == 65)
        #expect(portArea.err.contains("Europoort"))
        let address = try Support.run(["swv", "toon", "4942 VC"])
        #expect(address.status == 65)
        #expect(address.err.contains("persoonsgegevens"))
        let school = try Support.run(["school", "zoek", "etten", "--peildatum", "2017-09-01"])
        #expect(school.status == 0)
        #expect(
            school.out.contains(
                "00KV00  KSE (Katholieke Scholengemeenschap Etten-Leur e.o.), Etten-Leur, postcode 4873 — vmbo (theoretisch), havo/vwo; lwoo-licentie: theoretisch"
            ))
        let now = try Support.run(["school", "zoek", "00KV00", "--peildatum", "2026-09-01"])
        #expect(now.out.contains("lwoo-licentie onbekend op deze datum"), "na de periode van de bron is de licentie onbekend, niet 'geen'")
        #expect(try Support.run(["school", "zoek", "xyzxyz"]).status == 1)
        #expect(!(try Support.run(["school", "zoek", "voorbeeld"]).out.contains("Voorbeeld")), "zonder --voorbeeld geen voorbeeldscholen")
        #expect(try Support.run(["school", "zoek", "voorbeeld", "--voorbeeld"]).out.contains("Voorbeeldcollege Zeeduin, Strandhoven (voorbeeld)"))
    }

    @Test func criteriaCheckIsIndicativeAndComputesTheDelay() throws {
        // IQ 85; DL 60 everywhere; DLE 40 → 33% on all four areas: lwoo criteria appear met.
        let run = try Support.run(["criteria", "--peildatum", "2026-09-01"], lines: ["85", "60", "40", "40", "40", "40"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("leerachterstand begrijpend lezen: 33%"))
        #expect(run.out.contains("lwoo: de criteria lijken vervuld"))
        #expect(run.out.contains("pro: de criteria lijken niet vervuld"))
        #expect(run.out.contains("indicatief, geen besluit"))
        // IQ 78 with a 55% delay: pro appears met, in the grensvlak.
        let border = try Support.run(["criteria"], lines: ["78", "60", "27", "27", "", "abc", "27"])
        #expect(border.out.contains("pro: de criteria lijken vervuld"))
        #expect(border.out.contains("Grensvlak"))
        #expect(border.err.contains("\"abc\" is geen geldig getal"))
    }
}
