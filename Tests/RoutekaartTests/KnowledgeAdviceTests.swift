import Foundation
import RoutekaartCore
import Testing

/// The advisor uses what a knowledge file knows like any other source (issue 18 items 2 and 3): derived, not asked,
/// shown with its file and check date; a conflict and old knowledge said; contacts named; what she found out kept.
@Suite struct KnowledgeAdviceTests {
    typealias Workspace = KnowledgeCLITests.Workspace

    /// A pupil with a national aanwijzing moving to Bossche Vakschool (De Meierij, VO3005) on 2 November 2026, with the
    /// new SWV's policy and the school's licence not known.
    static let meierij = """
        {"peildatum": "2026-11-26", "antwoorden": {"situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo",
         "bestemming_school": "23FY00", "herkomst_swv": "VO2708", "datum_aanwijzing": "2024-03-01", "herkomst_variant": "landelijk",
         "datum_overstap": "2026-11-02", "bestemming_variant": "onbekend", "leerweg": "kader", "licentie_bestemming": "onbekend"}}
        """

    static let population =
        Knowledge.header + "beleid;VO3005;;populatiebekostiging;2026-08-01;2027-07-31;navraag bij het loket van De Meierij, telefonisch;2026-12-01\n"

    @Test func aPolicyFromTheUsersFileIsDerivedAndShownWithItsFileAndDate() throws {
        let space = try Workspace()
        try space.write("c.json", Self.meierij)
        let without = try space.run(["advies", "--casus", "c.json"])
        #expect(without.out.hasPrefix("Advies: hangt af van wat nog niet bekend is"), "\(without.out)")
        try space.write("k.csv", Self.population)
        let run = try space.run(["--kennis", "k.csv", "advies", "--casus", "c.json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.hasPrefix("Advies: Landelijke aanwijzing lwoo bij een samenwerkingsverband zonder aanwijzingen\nScenario S2"))
        #expect(
            run.out.contains(
                "Afgeleid — Beleid nieuwe SWV: populatiebekostiging (kennisbestand k.csv: navraag bij het loket van De Meierij, telefonisch; gecontroleerd 1 december 2026)."
            ), "\(run.out)")
        let json = try space.run(["--kennis", "k.csv", "advies", "--casus", "c.json", "--formaat", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let path = try #require(object["pad"] as? [[String: Any]])
        let policy = try #require(path.first { $0["feit"] as? String == "bestemming_variant" })
        #expect(policy["herkomst"] as? String == "afgeleid")
        #expect("\(policy)".contains("k.csv"), "the JSON names the file the fact came from: \(policy)")
    }

    @Test func theMoreRecentlyCheckedFileWinsAndTheAdviceSaysWhy() throws {
        let space = try Workspace()
        try space.write("c.json", Self.meierij)
        try space.write("k.csv", Self.population)
        try space.write(
            "ander.csv", Knowledge.header + "beleid;VO3005;;landelijk;2026-08-01;2027-07-31;ondersteuningsplan 2026-2030 §4;2026-10-01\n")
        let run = try space.run(["--kennis", "ander.csv", "--kennis", "k.csv", "advies", "--casus", "c.json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Scenario S2"), "populatiebekostiging, checked in December, beats landelijk, checked in October")
        #expect(run.out.contains("zeggen de bronnen iets anders: gebruikt is „populatiebekostiging”"), "\(run.out)")
        #expect(run.out.contains("want dat is het recentst gecontroleerd; niet „landelijke criteria”"), "\(run.out)")
    }

    @Test func knowledgeCheckedMoreThanAYearBeforeTheDateItIsUsedForIsWarnedAbout() throws {
        let space = try Workspace()
        try space.write("c.json", Self.meierij)
        try space.write("oud.csv", Knowledge.header + "beleid;VO3005;;populatiebekostiging;2024-08-01;;navraag bij het loket;2025-03-01\n")
        let run = try space.run(["--kennis", "oud.csv", "advies", "--casus", "c.json"])
        #expect(run.out.contains("Scenario S2"))
        #expect(run.out.contains("Deze gegevens zijn het laatst gecontroleerd vóór de datum waarvoor ze hier gelden (2 november 2026)"), "\(run.out)")
        try space.write("nieuw.csv", Knowledge.header + "beleid;VO3005;;populatiebekostiging;2024-08-01;;navraag bij het loket;2026-03-01\n")
        let recent = try space.run(["--kennis", "nieuw.csv", "advies", "--casus", "c.json"])
        #expect(!recent.out.contains("het laatst gecontroleerd vóór"), "checked eight months before: no warning")
    }

    @Test func theContactOfTheSWVIsInWhatToFindOutAndInTheParentsVoice() throws {
        let space = try Workspace()
        try space.write("c.json", Self.meierij)
        let school = try space.run(["advies", "--casus", "c.json"])
        #expect(
            school.out.contains("   Contact van De Meierij: https://demeierij-vo.nl/ (bron: SWV VO De Meierij, Ondersteuningsplan)."), "\(school.out)"
        )
        let parents = try space.run(["advies", "--casus", "c.json", "--voor", "ouders"])
        #expect(parents.out.contains("bij het samenwerkingsverband De Meierij (https://demeierij-vo.nl/)"), "\(parents.out)")
        #expect(!parents.out.contains("VO3005"))
        // Three things to ask Slinge-Berkel: its contact once, at the first.
        let winterswijk = try Support.run([
            "advies", "--casus", Support.root.appendingPathComponent("voorbeelden/winterswijk-vijf-onbekend.json").path,
        ])
        #expect(winterswijk.out.components(separatedBy: "Contact van Samenwerkingsverband Slinge-Berkel:").count == 2, "\(winterswijk.out)")
    }

    @Test func anAnswerInTheCaseFileThatTheKnowledgeOverrulesIsSaid() throws {
        let space = try Workspace()
        try space.write(
            "c.json", Self.meierij.replacingOccurrences(of: #""bestemming_variant": "onbekend""#, with: #""bestemming_variant": "landelijk""#))
        try space.write("k.csv", Self.population)
        let run = try space.run(["--kennis", "k.csv", "advies", "--casus", "c.json"])
        #expect(run.out.contains("Scenario S2"))
        #expect(
            run.out.contains(
                "Het casusbestand zegt bij ‘Beleid nieuwe SWV’ „landelijk”, maar de gegevens zeggen „populatiebekostiging” (bron: kennisbestand k.csv: navraag bij het loket van De Meierij, telefonisch)."
            ), "\(run.out)")
    }

    @Test func anAnswerThatDUOsDataOverrulesPointsToTheSourceNotToAKnowledgeFile() throws {
        let space = try Workspace()
        let casus = try String(contentsOf: Support.root.appendingPathComponent("voorbeelden/casus.json"), encoding: .utf8)
        try space.write(
            "c.json", casus.replacingOccurrences(of: #""situatie": "verhuizing","#, with: #""situatie": "verhuizing", "biedt_vmbo": "nee","#))
        let run = try space.run(["advies", "--casus", "c.json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("maar de gegevens zeggen „Ja, de school biedt vmbo” (bron: DUO, alle vestigingen vo (2026))"), "\(run.out)")
        #expect(run.out.contains("controleer dan de bron en meld het verschil aan wie de gegevens bijhoudt"))
        #expect(!run.out.contains("pas dan het kennisbestand aan"))
    }

    @Test func whatSheAnsweredIsKeptOnlyWhenSheSaysSoAndTheNextCaseUsesIt() throws {
        let space = try Workspace()
        let answered = Self.meierij.replacingOccurrences(of: #""bestemming_variant": "onbekend""#, with: #""bestemming_variant": "landelijk""#)
            .replacingOccurrences(of: #""licentie_bestemming": "onbekend""#, with: #""licentie_bestemming": "ja""#)
        try space.write("c.json", answered)
        func answers(_ name: String) throws -> NSDictionary? {
            try (JSONSerialization.jsonObject(with: Data(space.read(name).utf8)) as? [String: Any])?["antwoorden"] as? NSDictionary
        }
        let before = try answers("c.json")
        // Offered, not written: she says nothing.
        let offered = try space.run(["advies", "--casus", "c.json", "--verder"], lines: ["stop"])
        #expect(offered.out.contains("Typ onthoud om ze, met hun bron, in uw kennisbestand te bewaren"), "\(offered.out)")
        #expect(!FileManager.default.fileExists(atPath: space.defaultFile.path))
        // Kept: the first (Amsterdam-Diemen's policy) declined, the second (De Meierij's) with her source, the school year.
        let kept = try space.run(
            ["advies", "--casus", "c.json", "--verder"], lines: ["onthoud", "nee", "ja", "ondersteuningsplan De Meierij 2026 §2", "", "stop", "stop"])
        #expect(kept.out.contains("✓ Bewaard in \(space.defaultFile.path), regel 2."), "\(kept.out)\(kept.err)")
        let file = try String(contentsOf: space.defaultFile, encoding: .utf8)
        #expect(file.contains("beleid;VO3005;;landelijk;2026-08-01;2027-07-31;ondersteuningsplan De Meierij 2026 §2;"), "\(file)")
        #expect(!file.contains("VO2708"), "declined, so not written")
        #expect(try answers("c.json") == before, "no answer of the case changes")
        // The next case: the policy is derived from her file, with its provenance.
        try space.write("d.json", Self.meierij)
        let next = try space.run(["advies", "--casus", "d.json"])
        #expect(next.out.contains("Afgeleid — Beleid nieuwe SWV: landelijk (uw kennisbestand: ondersteuningsplan De Meierij 2026 §2;"), "\(next.out)")
    }

    @Test func aSourceNamingAPersonIsRefusedAndNothingIsWritten() throws {
        let space = try Workspace()
        let answered = Self.meierij.replacingOccurrences(of: #""bestemming_variant": "onbekend""#, with: #""bestemming_variant": "landelijk""#)
        try space.write("c.json", answered)
        let run = try space.run(
            ["advies", "--casus", "c.json", "--verder"], lines: ["onthoud", "nee", "ja", "gebeld met Jan de Vries", "stop", "stop"])
        #expect(run.err.contains("persoon"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: space.defaultFile.path))
    }
}

extension KnowledgeCLITests.Workspace {
    func run(_ arguments: [String], lines: [String]) throws -> Support.Run {
        try Support.run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), directory: folder, environment: environment)
    }
}
