import Foundation
import RoutekaartCore
import Testing

/// `routekaart criteria`: the indicative check of the national criteria
/// (issue 12 item 16; issue 13 item 3).
@Suite struct CriteriaTests {
    /// IQ, the DL once, then the DLE of each area.
    static func lines(iq: Int, dl: Int, _ dles: [Int]) -> [String] { ["\(iq)", "\(dl)"] + dles.map { "\($0)" } }

    @Test func theDLIsAskedOnceForEveryArea() throws {
        let run = try Support.run(["criteria"], lines: Self.lines(iq: 85, dl: 60, [40, 40, 40, 40]))
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.components(separatedBy: "DL, didactische leeftijd in maanden").count == 2, "\(run.out)")
        #expect(run.out.contains("leerachterstand spelling: 33%"), "\(run.out)")
    }

    @Test func aDLEAboveTheDLIsRefusedAndAskedAgain() throws {
        let run = try Support.run(["criteria"], lines: ["85", "60", "70", "40", "40", "40", "40"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("hoger dan de DL"), "\(run.err)")
        #expect(!run.out.contains(": -"), "geen negatieve leerachterstand: \(run.out)")
        #expect(run.out.contains("leerachterstand technisch lezen: 33%"))
    }

    @Test func lwooCountsOnlyTheAreasInItsBand() throws {
        // DL 60; DLE 25, 28, 30, 29 → 58%, 53%, 50%, 52%: only one area lies in 25%–50%.
        let run = try Support.run(["criteria"], lines: Self.lines(iq: 85, dl: 60, [25, 28, 30, 29]))
        #expect(run.status == 0, "\(run.err)")
        let lwoo = try #require(run.out.split(separator: "\n").first { $0.hasPrefix("lwoo:") })
        #expect(lwoo.contains("de criteria lijken niet vervuld"), "\(lwoo)")
        #expect(lwoo.contains("gebieden, waaronder begrijpend lezen en/of inzichtelijk rekenen: nee"), "\(lwoo)")
        #expect(run.out.contains("pro: de criteria lijken vervuld") == false, "IQ 85 ligt buiten de IQ-band van pro")
    }

    @Test func endOfInputEndsOnAFreshLine() throws {
        let run = try Support.run(["criteria"], input: Data("85\n".utf8))
        #expect(run.status == 1)
        #expect(run.out.hasSuffix("> \n"), "\(run.out.suffix(60).debugDescription)")
        #expect(run.err.contains("Einde van de invoer"), "\(run.err)")
        let stopped = try Support.run(["criteria"], lines: ["stop"])
        #expect(stopped.status == 0, "stop is een gewone keuze van de gebruiker")
    }

    // MARK: - Issue 13 item 3: the rule is data

    static var criteria: NationalCriteria {
        get throws { try #require(Support.bundled.content.criteria) }
    }

    static func check(_ criteria: NationalCriteria, iq: Int, _ delays: [String: (dle: Double, dl: Double)]) throws -> CriteriaReport {
        let day = try #require(Day("2026-09-01"))
        let input = CriteriaInput(iq: iq, scores: delays.mapValues { CriteriaInput.Score(dle: $0.dle, dl: $0.dl) })
        return try CriteriaCheck(criteria: criteria, day: day).check(input).get()
    }

    @Test func theCheckCountsTheAreasInTheBandOfEachCriterion() throws {
        let scores: [String: (dle: Double, dl: Double)] = [
            "technisch-lezen": (25, 60), "begrijpend-lezen": (28, 60), "spelling": (30, 60), "inzichtelijk-rekenen": (29, 60),
        ]
        let report = try Self.check(try Self.criteria, iq: 78, scores)
        let lwoo = try #require(report.verdicts.first { $0.criterion == "lwoo" })
        #expect(lwoo.areasInBand == ["spelling"])
        #expect(!lwoo.met)
        let pro = try #require(report.verdicts.first { $0.criterion == "pro" })
        #expect(pro.areasInBand.count == 4, "50% of meer: alle vier")
        #expect(pro.met)
        #expect(CriteriaCheck.delay(dle: 70, dl: 60) == nil, "een DLE boven de DL is geen leerachterstand")
    }

    @Test func changingTheRuleInTheDataChangesTheCheck() throws {
        var criteria = try Self.criteria
        let scores: [String: (dle: Double, dl: Double)] = ["technisch-lezen": (40, 60), "spelling": (40, 60)]
        #expect(try !Self.check(criteria, iq: 85, scores).met("lwoo"), "zonder begrijpend lezen of inzichtelijk rekenen")
        for index in criteria.criteria.indices { criteria.criteria[index].waarvan = ["spelling"] }
        #expect(try Self.check(criteria, iq: 85, scores).met("lwoo"), "de regel komt uit de gegevens")
    }

    /// The names of the areas, the bands and the sources in the report come from the data: change them there and the
    /// report changes with them.
    @Test func theReportTakesAreasBandsAndSourcesFromTheData() throws {
        var criteria = try Self.criteria
        let scores: [String: (dle: Double, dl: Double)] = ["spelling": (40, 60), "begrijpend-lezen": (40, 60)]
        #expect(try Self.check(criteria, iq: 85, scores).met("lwoo"))
        let area = try #require(criteria.gebieden.firstIndex { $0.id == "begrijpend-lezen" })
        criteria.gebieden[area].naam = "lezen met begrip (uit de gegevens)"
        let lwoo = try #require(criteria.criteria.firstIndex { $0.id == "lwoo" })
        criteria.criteria[lwoo].bronnen = ["bron-uit-de-gegevens §1"]
        let band = try #require(criteria.parameters.firstIndex { $0.id == criteria.criteria[lwoo].leerachterstand })
        for value in criteria.parameters[band].waarden.indices {
            criteria.parameters[band].waarden[value].waarde = ParameterContent(van: 0.4, tot: 0.45)
        }
        let report = try Self.check(criteria, iq: 85, scores)
        let line = try #require(report.lines.first { $0.hasPrefix("lwoo:") })
        #expect(line.contains("lezen met begrip (uit de gegevens)"), "\(line)")
        #expect(line.contains("bron-uit-de-gegevens §1"), "\(line)")
        #expect(line.contains("40%–45%"), "\(line)")
        #expect(!report.met("lwoo"), "een leerachterstand van 33% ligt niet in de band 40%–45%")
    }

    @Test func controleerChecksTheCriteriaAndTheirSources() throws {
        let data = try Support.copyOfData()
        let file = data.appendingPathComponent("criteria.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(
            of: "\"ub-wvo-2020 art. 2.46 lid 4 | inrichtingsbesluit-wvo art. 15d lid 4\"", with: "\"verzonnen-besluit art. 1\""
        )
        .replacingOccurrences(of: "\"pro_iq\"", with: "\"pro_iq_bestaat_niet\"")
        .write(to: file, atomically: true, encoding: .utf8)
        let run = try Support.run(["controleer", "--data", data.path])
        #expect(run.status == 65)
        let report = run.out + run.err
        #expect(
            report.contains("criteria.json: criteria[1].bronnen[0]: \"verzonnen-besluit art. 1\" noemt geen bron uit bronnen.json"), "\(report)")
        #expect(report.contains("criteria.json: criteria[1].iq: onbekende parameter \"pro_iq_bestaat_niet\""), "\(report)")
    }

    @Test func theReviewersBookShowsTheCriteria() throws {
        let book = TreeRenderer(content: Support.bundled.content).markdown()
        #expect(book.contains("## Landelijke criteria lwoo en pro"))
        let section = book.components(separatedBy: "## Landelijke criteria lwoo en pro").last ?? ""
        for (_, raw) in try Self.criteria.citations {
            for case .cite(let id, let place) in Citation(raw).alternatives {
                let name = Support.bundled.content.source(id)?.displayName ?? id
                #expect(section.contains("\(name) \(place)"), "\(raw): \(name) \(place)")
            }
        }
        #expect(book.contains("IQ (`lwoo_iq`): 75–120, vanaf 2016-01-01"))
        #expect(!book.contains("{iq}"))
    }
}
