import Foundation
import Testing

/// The aanmeldperiode for the first leerjaar (WVO 2020 art. 8.8 lid 8) follows where the pupil comes from
/// (art. 8.5 lid 1), not the door the helpdesk took (usability test 2026-12-07, F20). The scenario files
/// `scenarios/groep8-*.json` prove the advice; these tests prove the interview and the parents' voice.
@Suite struct AanmeldperiodeTests {
    /// A groep-8 pupil whose family moves in the summer to a school of Voorbeeld-SWV Zeeduin (national criteria).
    static let moving = [
        "verhuizing", "nog niets", "90ZD00", "23 augustus 2027", "kader", "1",
    ]

    @Test func theInterviewAsksWhereALeerjaarOneMoverComesFromAndGivesTheMarchPeriod() throws {
        let run = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-12-07"], lines: Self.moving + ["1", "stop"])
        #expect(run.out.contains("Waar komt de leerling rechtstreeks vandaan?"), "\(run.out.suffix(2_000))")
        #expect(run.out.contains("van 25 tot en met 31 maart 2027"), "\(run.out.suffix(2_000))")
    }

    @Test func theParentsAreToldToRegisterInTheMarchPeriod() throws {
        let folder = try Support.temporaryDirectory()
        let file = folder.appendingPathComponent("groep8.json")
        try Data(
            """
            {"gegevens": "voorbeeld", "peildatum": "2026-12-07", "antwoorden": {"situatie": "verhuizing",
             "huidige_status": "geen", "bestemming_school": "90ZD00", "datum_overstap": "2027-08-23", "leerweg": "kader",
             "leerjaar": "1", "rechtstreeks_uit_leerjaar1": "wpo_wec"}}
            """.utf8
        ).write(to: file)
        let parents = try Support.run(["advies", "--casus", file.path, "--voor", "ouders"])
        #expect(parents.status == 0, "\(parents.err)")
        #expect(parents.out.contains("Meld uw kind aan van 25 tot en met 31 maart 2027"), "\(parents.out)")
        let words = parents.out.split(whereSeparator: \.isWhitespace).count
        #expect(words <= 300, "de stem voor ouders telt \(words) woorden")
    }

    @Test func aPupilAlreadyInLeerjaarOneOfAnotherSchoolGetsNoMarchPeriod() throws {
        let run = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-12-07"], lines: Self.moving + ["2", "stop"])
        #expect(run.out.contains("Waar komt de leerling rechtstreeks vandaan?"))
        #expect(!run.out.contains("25 tot en met 31 maart"), "\(run.out.suffix(2_000))")
    }
}
