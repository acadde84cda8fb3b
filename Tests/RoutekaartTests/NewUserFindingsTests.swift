import Foundation
import Testing

@testable import RoutekaartCore

/// Findings of the usability test by a new user (research/newuser.md, 2026-12-07) that were serious: each test shows
/// the reader's complaint on a case like the tester's (an aanwijzing on own criteria from a SWV whose policy the data
/// does not know, to a vmbo school in Breda whose lwoo-licentie nobody knows).
@Suite struct NewUserFindingsTests {
    /// The tester's case 1, moved to SWVs and a school whose policy and licence the data does not know.
    static let case1: [String: String] = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "bestemming_school": "19XV02", "herkomst_swv": "VO2202",
        "datum_aanwijzing": "2025-03-01", "herkomst_variant": "eigen-criteria", "datum_overstap": "2026-11-30",
        "bestemming_variant": "landelijk", "duur_vastgesteld": "ja", "aanwijzing_einddatum": "2027-07-31", "leerweg": "basis",
        "licentie_bestemming": "onbekend", "leerjaar": "2", "rechtstreeks_uit_leerjaar1": "onbekend",
    ]

    /// A case file with these answers (peildatum 7 december 2026) in a fresh folder.
    static func caseFile(_ answers: [String: String], name: String = "casus.json") throws -> String {
        let file = try Support.temporaryDirectory().appendingPathComponent(name)
        let body: [String: Any] = ["peildatum": "2026-12-07", "antwoorden": answers]
        try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]).write(to: file)
        return file.path
    }

    /// F7: a month for the move date whose other end gives the same advice, except that the texts name the other
    /// day, is no reason for "Let op: de dag … doet ertoe"; a month whose days do change the advice still is.
    @Test func aDayThatOnlyChangesTheEchoedDateDoesNotMatter() throws {
        var answers = Self.case1
        answers["datum_overstap"] = nil
        answers["licentie_bestemming"] = "nee"  // the outcome whose texts name the move date
        let november = try Support.run(["advies", "--casus", try Self.caseFile(answers), "--verder"], lines: ["november 2026", "stop"])
        #expect(november.out.contains("heeft op 1 november 2026 geen lwoo-licentie"), "\(november.out)")
        #expect(november.out.contains("De dag in november 2026 doet er niet toe: met 30 november 2026 is het advies hetzelfde."), "\(november.out)")
        #expect(!november.out.contains("doet ertoe"))
        // In October the day decides whether the pupil is counted on the teldatum of 1 October 2026.
        let october = try Support.run(["advies", "--casus", try Self.caseFile(answers), "--verder"], lines: ["oktober 2026", "stop"])
        #expect(october.out.contains("Let op: de dag in oktober 2026 doet ertoe."), "\(october.out)")
    }

    /// F9: at a school without licence, an aanwijzing on own criteria that ends on 31 juli 2027 is not registered in
    /// BRON on 1 oktober 2027 (it no longer exists then): the termijn is the end date, and the step names it.
    @Test func anAanwijzingThatEndsBeforeTheTeldatumIsNotSentToBRONAfterItEnds() throws {
        var answers = Self.case1
        answers["licentie_bestemming"] = "nee"
        let run = try Support.run(["advies", "--casus", try Self.caseFile(answers), "--volledig"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Advies: Geen lwoo-licentie: de school zorgt"), "\(run.out)")
        #expect(!run.out.contains("BRON uiterlijk 1 oktober 2027"), "\(run.out)")
        #expect(!run.out.contains("als die er is"), "the end date is known: \(run.out)")
        #expect(run.out.contains("regel dan vóór 31 juli 2027"), "\(run.out)")
        #expect(run.out.contains("Termijn: vóór 31 juli 2027."), "\(run.out)")
        // The same outcome with a landelijke aanwijzing still sends it to BRON by the teldatum.
        var national = answers
        national["herkomst_variant"] = "landelijk"
        for key in ["duur_vastgesteld", "aanwijzing_einddatum"] { national[key] = nil }
        let other = try Support.run(["advies", "--casus", try Self.caseFile(national), "--volledig"])
        #expect(
            other.out.contains(
                "geef de aanwijzing lwoo dan door aan de school die hem toelaat; die registreert haar in BRON uiterlijk 1 oktober 2027"),
            "\(other.out)\(other.err)")
        #expect(!other.out.contains("als die er is"))
    }

    /// F29: the short step of an aanwijzing that ends before the teldatum says what to do, not only when it ends.
    @Test func theShortStepOfAnEndingAanwijzingKeepsItsAction() throws {
        var answers = Self.case1
        answers["licentie_bestemming"] = "ja"
        answers["rechtstreeks_uit_leerjaar1"] = "ja"
        let run = try Support.run(["advies", "--casus", try Self.caseFile(answers)])
        let step = run.out.split(separator: "\n").first { $0.contains("Nieuwe school:") && $0.contains("31 juli 2027") && $0.contains("teldatum") }
        #expect(step?.contains("Blijft lwoo nodig, regel dan vóór 31 juli 2027 wat er daarna komt") == true, "\(run.out)")
    }

    /// F15: parents who hear that the school gets no money for lwoo also hear that their child still gets help.
    @Test func parentsHearThatTheSchoolMustStillHelpWithoutLicence() throws {
        let run = try Support.run(["advies", "--casus", try Self.caseFile(Self.case1), "--voor", "ouders"])
        let line = run.out.split(separator: "\n").first { $0.contains("geen geld voor lwoo") }
        #expect(line?.contains("moet uw kind wel de hulp geven die het nodig heeft") == true, "\(run.out)")
        // And the aanwijzing that ends says what comes after it.
        let ending = run.out.split(separator: "\n").first { $0.contains("aanwijzing voor lwoo") && $0.contains("tot 31 juli 2027") }
        #expect(ending?.contains("daarna nog lwoo nodig, dan regelt de school vóór die datum met u wat er komt") == true, "\(run.out)")
        #expect(Sentences.wordCount(run.out) <= 300)
    }

    /// F8: case lines that would read word for word the same say what differs; cases that differ only in words the
    /// brief advice does not show share one line. Here: with the same outcome and deadline, a pupil who came
    /// rechtstreeks from the basisschool or from leerjaar 1 can still get a new aanwijzing, one from further on cannot.
    @Test func caseLinesThatWouldReadTheSameSayWhatDiffers() throws {
        let run = try Support.run(["advies", "--casus", try Self.caseFile(Self.case1)])
        let said = run.out.split(separator: "\n").compactMap { line in line.firstRange(of: " → ").map { String(line[$0.upperBound...]) } }
        #expect(said.count == 3, "\(run.out)")
        #expect(Set(said).count == said.count, "\(run.out)")
        #expect(
            run.out.contains(
                "A/B. Komt de leerling rechtstreeks van de basisschool, het sbo of het (v)so of rechtstreeks uit het eerste leerjaar? → "
            ),
            "\(run.out)")
        #expect(run.out.contains("; verschil: vraag nu al een nieuwe aanwijzing aan."), "\(run.out)")
        #expect(run.out.contains("; verschil: een nieuwe aanwijzing kan niet meer; bespreek de ondersteuning daarna."), "\(run.out)")
        // Each case keeps its label: the full advice still gives A, B and C apart.
        let full = try Support.run(["advies", "--casus", try Self.caseFile(Self.case1), "--volledig"])
        #expect(full.out.contains("\nB. Heeft ") && full.out.contains("\nC. Heeft "), "\(full.out)")
        let json = try Support.run(["advies", "--casus", try Self.caseFile(Self.case1), "--formaat", "json"])
        #expect(json.out.contains("\"verschil\" : \"vraag nu al een nieuwe aanwijzing aan\""), "\(json.out)")
        // In the interview, the shared line's label shows both cases.
        let shown = try Support.run(["advies", "--casus", try Self.caseFile(Self.case1), "--verder"], lines: ["toon A/B", "stop"])
        #expect(shown.out.contains("A. Heeft ") && shown.out.contains("B. Heeft "), "\(shown.out)\(shown.err)")
    }

    /// The content check's part of F8: it finds two case lines that read the same (here: the real advice with what
    /// tells its lines apart taken away), and none in the advice as given.
    @Test func theContentCheckFindsCaseLinesThatReadTheSame() throws {
        let data = Support.bundled
        let day = try #require(Day("2026-12-07"))
        guard case .advice(let advice) = try data.engine.evaluate(Case(peildatum: day, answers: Self.case1)) else {
            Issue.record("geen advies")
            return
        }
        var document = AdviceRenderer(content: data.content, model: data.model).document(advice)
        #expect(CaseProof.sameLines(document).isEmpty, "\(CaseProof.sameLines(document))")
        for index in document.cases.indices { document.cases[index].difference = nil }
        let problems = CaseProof.sameLines(document)
        #expect(problems.contains { $0.contains("lezen hetzelfde") }, "\(problems)")
    }

    /// F34: a teldatum that has passed is said once where the deadline is, with what follows, not a third time in a
    /// sentence of its own; the fully answered case stays within its 500 words.
    @Test func aPassedTeldatumIsSaidOnceWithWhatFollows() throws {
        let answers = [
            "situatie": "verhuizing", "huidige_status": "ondersteuning_zonder_aanwijzing", "bestemming_school": "19XV02",
            "herkomst_swv": "VO2202", "datum_overstap": "2026-09-01", "bestemming_variant": "landelijk", "leerweg": "kader",
            "licentie_bestemming": "ja", "leerjaar": "2", "rechtstreeks_uit_leerjaar1": "ja",
        ]
        let run = try Support.run(["advies", "--casus", try Self.caseFile(answers)])
        #expect(run.status == 0, "\(run.err)")
        #expect(!run.out.contains("Deze datum (1 oktober 2026) is op de peildatum"), "\(run.out)")
        #expect(
            run.out.contains(
                "Termijn: uiterlijk 1 oktober 2026 (al voorbij). Een aanwijzing die er op die teldatum nog niet was, telt pas op 1 oktober 2027"),
            "\(run.out)")
        #expect(Sentences.wordCount(run.out) <= 500, "\(Sentences.wordCount(run.out)) woorden")
    }

    /// F20 for parents: a child moving in the summer into leerjaar 1 of a school in an SWV without aanwijzingen, and
    /// nobody knows yet whether it comes straight from the basisschool. Only that case registers in March, but the
    /// parents are the ones who must: their text says so, whatever the school finds out, within its 300 words.
    @Test func theParentsHearTheMarchRegistrationWhenTheOriginIsUnknown() throws {
        let answers = [
            "situatie": "verhuizing", "huidige_status": "geen", "bestemming_school": "20GD00", "datum_overstap": "2027-08-20",
            "leerjaar": "1", "rechtstreeks_uit_leerjaar1": "onbekend", "leerweg": "onbekend",
        ]
        let file = try Self.caseFile(answers)
        let school = try Support.run(["advies", "--casus", file])
        #expect(school.out.contains("termijn: van 25 tot en met 31 maart 2027"), "\(school.out)")
        let parents = try Support.run(["advies", "--casus", file, "--voor", "ouders"])
        #expect(parents.out.contains("Misschien moet u zelf iets doen; dat hangt af van wat de school uitzoekt:"), "\(parents.out)")
        #expect(parents.out.contains("Meld uw kind aan van 25 tot en met 31 maart 2027"), "\(parents.out)")
        #expect(Sentences.wordCount(parents.out) <= 300)
    }
}
