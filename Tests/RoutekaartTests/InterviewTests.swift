import Foundation
import RoutekaartCore
import Testing

/// The interview through its real input and output: piped standard input,
/// captured standard output and error, no terminal.
@Suite struct InterviewTests {
    /// The answers, typed as a user would, for one full run of each scenario (on the example data: `--voorbeeld`).
    static let scenarioRuns: [(scenario: String, lines: [String])] = [
        ("S1", ["1", "aanwijzing_lwoo", "Heidecollege", "zeeduin", "2023-05-10", "2026-09-01", "kader"]),
        ("S2", ["verhuizing", "1", "Poldercollege", "VB-ZEEDUIN", "10-05-2023", "2026-09-01"]),
        ("S3", ["1", "1", "Voorbeeldcollege", "heideveld", "2025-03-01", "2026-09-01", "kader", "1"]),
        // Grensverkeer: the SWV where the pupil lives is asked, to say that it does not decide.
        ("S4", ["2", "1", "92PL00", "VB-HEIDEVELD", "2025-03-01", "2026-09-01", "VB-HEIDEVELD"]),
        // Without an aanwijzing the previous SWV is asked last (its policy follows from the status; the texts name it).
        // Leerjaar 1 in 2024/25: on the peildatum that school year is over, so: still straight from leerjaar 1? No.
        ("S5", ["1", "3", "Wilgencollege", "2024-08-20", "basis", "1", "nee", "polderland"]),
        ("S6", ["1", "lwoo zonder aanwijzing", "Kustcollege", "2026-09-01", "gemengd", "1", "VB-POLDERLAND"]),
    ]

    @Test("een volledig vraaggesprek", arguments: 0..<6)
    func fullRun(_ index: Int) throws {
        let (scenario, lines) = Self.scenarioRuns[index]
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: lines + ["stop"], directory: try Support.temporaryDirectory())
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Scenario \(scenario) — "), "\(scenario): \(run.out.suffix(2000))")
        #expect(run.out.contains("Wat te doen"))
        #expect(run.err.isEmpty, "\(run.err)")
    }

    @Test func theModelAnswersWhatItCanAndSaysSo() throws {
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: Self.scenarioRuns[2].lines + ["stop"])
        #expect(run.out.contains("Afgeleid — Beleid herkomst (bij aanwijzing): eigen criteria (Voorbeeld-SWV Heideveld"))
        #expect(run.out.contains("Afgeleid — SWV nieuwe school: Voorbeeld-SWV Zeeduin (VB-ZEEDUIN)"))
        #expect(!run.out.contains(Support.question("bestemming_swv")), "een afgeleide vraag wordt niet gesteld")
        #expect(!run.out.contains(Support.question("herkomst_variant")))
    }

    @Test func backCrossesADerivedQuestionAndOffersTheLaterAnswerAgain() throws {
        // At the date of the move, go back three times, across the derived policy of origin and the derived SWV of the school.
        let lines = [
            "1", "1", "Voorbeeldcollege", "heideveld", "2025-03-01", "terug", "terug", "terug", "", "", "", "2026-09-01", "kader", "1", "stop",
        ]
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: lines)
        #expect(run.out.contains("Enter = 1 maart 2025 (eerder antwoord)"))
        #expect(run.out.contains("Enter = Voorbeeld-SWV Heideveld (VB-HEIDEVELD) (eerder antwoord)"))
        #expect(run.out.contains("Enter = Voorbeeldcollege Zeeduin (Strandhoven) (eerder antwoord)"))
        #expect(run.out.contains("Scenario S3"))
    }

    @Test func backAtTheFirstQuestionSaysSo() throws {
        let run = try Support.run([], lines: ["terug", "stop"])
        #expect(run.err.contains("Dit is de eerste vraag"))
    }

    @Test func changingTheSWVChangesTheScenarioAndAsksOnlyWhatDependsOnIt() throws {
        // S3 first; then answer 4 (the SWV of origin) becomes the real RSV Breda eo, whose policy in 2025 no source
        // gives: that is asked (it depends on the change), answered landelijk: landelijk → landelijk.
        let lines = Self.scenarioRuns[2].lines + ["wijzig 4", "VO3003", "landelijk", "overzicht", "stop"]
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: lines)
        let afterChange = try #require(run.out.components(separatedBy: "Wijzigen\n" + Support.question("herkomst_swv")).last)
        #expect(afterChange.contains("Advies: "))
        #expect(afterChange.contains("Advies: Landelijke aanwijzing lwoo: geen grensgeval"))
        #expect(
            !afterChange.contains(Support.question("datum_aanwijzing")), "een antwoord dat niet afhangt van de wijziging wordt niet opnieuw gevraagd")
        #expect(!afterChange.contains(Support.question("leerweg")))
        #expect(afterChange.contains(Support.question("herkomst_variant")))
        #expect(afterChange.contains("4. SWV van herkomst: RSV Breda eo (VO3003)"))
    }

    @Test func helpOnEveryQuestionOfAPath() throws {
        var lines: [String] = []
        for answer in Self.scenarioRuns[0].lines { lines += ["?", answer] }
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: lines + ["waarom", "stop"])
        let content = Support.bundled.content
        for id in ["situatie", "huidige_status", "herkomst_swv", "datum_aanwijzing", "bestemming_school", "datum_overstap", "leerweg"] {
            let help = try #require(content.fact(id)?.hulp)
            #expect(run.out.contains(help), "hulp bij \(id) ontbreekt")
        }
        #expect(run.out.contains("Opdrachten (bij elke vraag):"))
        #expect(run.out.contains("Waarom dit advies"))
        #expect(run.out.contains("Regel: "))
    }

    @Test func endOfInputHalfwaySavesTheCaseAndResumesAtTheSameQuestion() throws {
        let folder = try Support.temporaryDirectory()
        let first = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-11-01"], lines: ["1", "1", "Voorbeeldcollege", "heideveld"], directory: folder)
        #expect(first.status == 1)
        #expect(first.out.hasSuffix("> \n"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("routekaart-casus-") }
        #expect(saved.count == 1)
        let name = try #require(saved.first)
        #expect(first.err.contains("staan in \(name)"))
        #expect(first.err.contains("routekaart advies --casus \(name) --verder"))
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(text.contains("\"herkomst_swv\" : \"VB-HEIDEVELD\""))
        #expect(text.contains("\"gegevens\" : \"voorbeeld\""), "de casus zegt dat zij voorbeeldgegevens gebruikt")
        #expect(!text.contains("naam"))
        let resumed = try Support.run(
            ["advies", "--casus", name, "--verder"], lines: ["2025-03-01", "2026-09-01", "kader", "1", "stop"], directory: folder)
        let firstQuestion = resumed.out.components(separatedBy: "Vraag ").dropFirst().first ?? ""
        #expect(firstQuestion.hasPrefix("5\n" + Support.question("datum_aanwijzing")), "\(resumed.out.prefix(600))")
        #expect(resumed.out.contains("Scenario S3"))
    }

    @Test func bewaarWritesTheCaseFileThatAdviesReads() throws {
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-11-01"], lines: Self.scenarioRuns[3].lines + ["bewaar s4.json", "stop"], directory: folder)
        #expect(run.out.contains("Casus bewaard in s4.json."))
        let advice = try Support.run(["advies", "--casus", "s4.json", "--formaat", "json", "--data", Support.dataPath], directory: folder)
        #expect(advice.status == 0, "\(advice.err)")
        #expect(advice.out.contains("\"scenario\" : \"S4\""))
    }

    @Test func garbageAnswersNeverLoseEarlierAnswers() throws {
        let long = String(repeating: "x", count: 10_000)
        var input = Data(("1\n1\n" + "\n" + "9\n" + long + "\n" + "\u{7}\u{1B}[2J\n").utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x0A])
        input.append(Data("Voorbeeldcollege\nheideveld\noverzicht\nstop\n".utf8))
        let folder = try Support.temporaryDirectory()
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], input: input, directory: folder)
        #expect(run.status == 0)
        #expect(run.err.contains("Geef een antwoord"))
        #expect(run.err.contains("Niets gevonden voor"))
        #expect(!run.err.contains(long), "een lange invoer wordt ingekort in de melding")
        #expect(run.out.contains("1. Situatie: verhuizing"))
        #expect(run.out.contains("2. Huidige status: aanwijzing lwoo"))
        #expect(run.out.contains("3. Nieuwe school: Voorbeeldcollege Zeeduin (Strandhoven)"))
        #expect(run.out.contains("4. SWV van herkomst: Voorbeeld-SWV Heideveld"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("routekaart-casus-") }
        #expect(saved.count == 1, "stop zonder advies bewaart de antwoorden")
    }

    @Test func outOfRangeOptionIsRefusedAndTheQuestionAskedAgain() throws {
        let run = try Support.run([], lines: ["9", "stop"])
        #expect(run.err.contains("9 is geen nummer uit de lijst; kies 1 tot en met 4."))
        #expect(run.out.components(separatedBy: Support.question("situatie")).count == 3)
    }

    @Test func aSearchWithSeveralHitsGivesAPickList() throws {
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: ["1", "1", "Voorbeeldcollege", "voorbeeld", "2", "stop"])
        #expect(run.err.contains("Meer dan één gevonden"))
        #expect(run.out.contains("  1. Voorbeeld-SWV Zeeduin (VB-ZEEDUIN) — voorbeeld"))
        #expect(run.out.contains("✓ Voorbeeld-SWV Heideveld"))
    }

    @Test func anUnknownSWVIsAskedForItsPolicyWithHelp() throws {
        let run = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-11-01"], lines: ["1", "1", "Heidecollege", "onbekend", "2020-01-01", "?", "2", "2026-09-01", "stop"])
        #expect(run.out.contains(Support.question("herkomst_variant")))
        #expect(run.out.contains("(Welk samenwerkingsverband het is, is niet bekend. Daarom vraag ik het u.)"))
        #expect(run.out.contains("'Populatiebekostiging': opting out zonder aanwijzingen"))
        // An SWV with eigen criteria may or may not have set a duration (art. 2.48 lid 1 onder a and b): asked next.
        #expect(run.out.contains(Support.question("duur_vastgesteld")))
    }

    /// On the real data: a school by a common name of its town, the SWV of origin by a gemeente or a
    /// 4-digit postcode, and a full postcode refused as personal data.
    @Test func theInterviewFindsRealSchoolsAndSWVsByPlaceAndPostcode() throws {
        // The gymnasium is found, and refused for an aanwijzing lwoo (it has no vmbo); then a school with vmbo.
        let lines = ["1", "1", "stedelijk gymnasium den bosch", "00AH00", "4942 VC", "4942", "stop"]
        let run = try Support.run(["--peildatum", "2017-09-01"], lines: lines)
        #expect(run.err.contains("Stedelijk Gymnasium ('s-Hertogenbosch) biedt geen vmbo"), "\(run.err)")
        #expect(run.err.contains("persoonsgegevens"))
        #expect(run.out.contains("✓ RSV Breda eo (VO3003)"))
        let byGemeente = try Support.run(["--peildatum", "2017-09-01"], lines: ["1", "1", "00AH00", "Etten-Leur", "stop"])
        #expect(byGemeente.out.contains("✓ RSV Breda eo (VO3003)"))
        let twoSWVs = try Support.run(["--peildatum", "2017-09-01"], lines: ["1", "1", "00AH00", "rotterdam", "stop"])
        #expect(twoSWVs.out.contains("1. Koers VO (VO2810) — gemeente Rotterdam"), "Rotterdam ligt in twee SWV's: een keuzelijst, met hun namen")
        #expect(twoSWVs.out.contains("— gemeente Rotterdam"))
    }

    @Test func theParentsVoiceWorksInTheInterview() throws {
        let run = try Support.run(["--voorbeeld", "--voor", "ouders", "--peildatum", "2026-11-01"], lines: Self.scenarioRuns[1].lines + ["stop"])
        #expect(run.status == 0)
        let explained = Support.bundled.content.glossary.filter { run.out.contains("(\($0.uitleg))") }
        #expect(!explained.isEmpty)
    }
}
