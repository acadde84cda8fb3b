import Foundation
import RoutekaartCore
import Testing

/// The two rules of statute before practice (issue 19): a step resting on one SWV's plan names that SWV, and a cited
/// article's registered text exists and is in force.
@Suite struct CitationRulesTests {
    static let practiceRule = "EveryPracticeOfOneSWVIsNamedAsSuch"
    static let textRule = "EveryCitedArticleTextIsInForce"

    static func content(outcomes: [Outcome]? = nil, sources: [Source]? = nil) -> Content {
        let content = Support.bundled.content
        return Content(
            start: content.start, facts: content.facts, nodes: content.nodes, outcomes: outcomes ?? content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: sources ?? content.sources, controls: content.controls)
    }

    static func failed(_ content: Content) -> [Finding] {
        let laws = Support.lawLibrary(sources: content.sources)
        return ContentCheck(content: content, model: Support.bundled.model, path: { Support.dataPath + "/" + $0 }, laws: laws).run()
            .filter { !$0.passed }
    }

    @Test func bothRulesRunOnTheBundledDataAndPass() throws {
        let findings = try DataSet.read(from: Support.dataPath).check()
        for rule in [Self.practiceRule, Self.textRule] {
            let finding = try #require(findings.first { $0.rule == rule }, "de regel \(rule) draait niet")
            #expect(finding.passed, "\(rule): \(finding.problems.map(\.description))")
        }
    }

    /// A national rule carried by RSV Breda eo's plan alone (the BRON teldatum, as the content had it) is refused;
    /// the same step that says it is RSV Breda eo's practice passes.
    @Test func aStepCitingOnlyOneSWVsPlanMustNameThatSWV() throws {
        var outcomes = Support.bundled.content.outcomes
        let index = try #require(outcomes.firstIndex { $0.id == "S1" })
        outcomes[index].stappen.append(
            Step(wie: .nieuweSchool, wat: "Registreer de aanwijzing in BRON vóór 1 oktober.", bronnen: ["rsv-breda-2015 §3 (tabel, rij 2)"]))
        let failed = Self.failed(Self.content(outcomes: outcomes))
        #expect(failed.map(\.rule) == [Self.practiceRule])
        let problem = try #require(failed.first?.problems.first)
        #expect(problem.place == "uitkomsten[\(index)].stappen[\(outcomes[index].stappen.count - 1)].bronnen")
        #expect(problem.message.contains("RSV Breda eo"))

        outcomes[index].stappen[outcomes[index].stappen.count - 1].wat = "Zo werkte RSV Breda eo: de aanwijzing moest vóór 1 oktober in BRON staan."
        #expect(Self.failed(Self.content(outcomes: outcomes)).isEmpty)
    }

    /// The Inrichtingsbesluit text of 24 November 2015 reads "Dit lid is nog niet in werking getreden" for art. 15f lid 1;
    /// registered as the text of `inrichtingsbesluit-wvo`, every step that cites 15f lid 1 for 2016–2022 is refused.
    @Test func aCitedArticleWhoseTextIsNotYetInForceIsRefused() throws {
        var sources = Support.bundled.content.sources
        let index = try #require(sources.firstIndex { $0.id == "inrichtingsbesluit-wvo" })
        sources[index].tekst = "wet/inrichtingsbesluit-wvo-2015.md"
        let failed = Self.failed(Self.content(sources: sources))
        #expect(failed.map(\.rule) == [Self.textRule])
        let messages = failed.flatMap(\.problems).map(\.message)
        #expect(!messages.isEmpty)
        #expect(messages.allSatisfy { $0.contains("inrichtingsbesluit-wvo art. 15f lid 1") && $0.contains("nog niet in werking getreden") })
    }

    /// An article that is not in the registered text (or a text file that is gone) cannot be shown: refused.
    @Test func aCitedArticleWithoutRegisteredTextIsRefused() throws {
        var outcomes = Support.bundled.content.outcomes
        let index = try #require(outcomes.firstIndex { $0.id == "S2" })
        outcomes[index].stappen[0].bronnen.append("wvo-2020 art. 2.44 lid 1 | wvo art. 10e lid 4")
        var sources = Support.bundled.content.sources
        let law = try #require(sources.firstIndex { $0.id == "wvo-2015" })
        sources[law].tekst = "wet/bestaat-niet.md"
        let failed = Self.failed(Self.content(outcomes: outcomes, sources: sources))
        #expect(failed.map(\.rule) == [Self.textRule])
        let messages = failed.flatMap(\.problems).map(\.message)
        #expect(messages.contains { $0.contains("wvo-2020 art. 2.44 lid 1") && $0.contains("artikel 2.44") })
        #expect(messages.contains { $0.contains("bestaat-niet.md") })
    }
}
