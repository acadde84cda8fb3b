import Foundation
import RoutekaartCore
import Testing

/// Every scenario fixture in scenarios/ is its own test case.
@Suite struct FixtureTests {
    @Test("scenariobestand", arguments: Support.fixtureFiles)
    func fixture(_ name: String) {
        let runner = FixtureRunner(dataSet: Support.withExamples)
        let result = runner.run(file: (Support.scenariosPath as NSString).appendingPathComponent(name))
        #expect(result.passed, "\(name): \(result.problems.joined(separator: "; "))")
    }

    @Test func thereAreEnoughFixturesAndEveryScenarioIsCoveredThreeTimes() throws {
        #expect(Support.fixtureFiles.count >= 40)
        var counts: [String: Int] = [:]
        for name in Support.fixtureFiles {
            let data = try Data(contentsOf: URL(fileURLWithPath: (Support.scenariosPath as NSString).appendingPathComponent(name)))
            let fixture = try StrictDecoder.decode(Fixture.self, from: data, file: name)
            for scenario in Set([fixture.verwacht.scenario].compactMap { $0 } + (fixture.verwacht.takken ?? []).map(\.scenario)) {
                counts[scenario, default: 0] += 1
            }
        }
        for scenario in ["S1", "S2", "S3", "S4", "S5", "S6"] {
            #expect(counts[scenario, default: 0] >= 3, "\(scenario) komt \(counts[scenario, default: 0]) keer voor")
        }
    }

    @Test func everyOutcomeIsReachedByAFixture() throws {
        var reached = Set<String>()
        for name in Support.fixtureFiles {
            let data = try Data(contentsOf: URL(fileURLWithPath: (Support.scenariosPath as NSString).appendingPathComponent(name)))
            let expected = try StrictDecoder.decode(Fixture.self, from: data, file: name).verwacht
            reached.formUnion([expected.uitkomst].compactMap { $0 } + (expected.takken ?? []).map(\.uitkomst))
        }
        let missing = Support.bundled.content.outcomes.map(\.id).filter { !reached.contains($0) }
        #expect(missing.isEmpty, "uitkomsten zonder scenariobestand: \(missing)")
    }

    @Test func aFixtureWithTheWrongExpectationFails() {
        let runner = FixtureRunner(dataSet: Support.bundled)
        let fixture = Fixture(
            omschrijving: "verkeerd verwacht", peildatum: Day("2026-09-01") ?? .inpassing,
            antwoorden: ["situatie": "bijzondere_regeling", "br_grondslag": "opp", "br_criterium_vso": "problematiek"],
            verwacht: .init(scenario: "S1", uitkomst: "S1", interpretatie: nil, stappenBevatten: ["bestaat niet"], bronnenBevatten: nil))
        let result = runner.run(fixture, name: "verkeerd", file: "verkeerd.json")
        #expect(!result.passed)
        #expect(result.problems.count == 3)
    }
}
