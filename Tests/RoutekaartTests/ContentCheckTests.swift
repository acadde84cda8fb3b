import Foundation
import RoutekaartCore
import Testing

@Suite struct ContentCheckTests {
    /// Read without the rules, then every rule by name: a failing rule is reported, not a crash.
    @Test func theBundledDataPassesEveryRule() throws {
        let findings = try DataSet.read(from: Support.dataPath).check()
        for finding in findings {
            #expect(finding.passed, "\(finding.rule): \(finding.problems.map(\.description))")
        }
        #expect(Set(findings.map(\.rule)).count == findings.count)
    }

    @Test func everyEnumeratedPathEndsInAnOutcome() {
        let paths = PathEnumerator(content: Support.bundled.content).paths()
        #expect(paths.count > 30)
        #expect(paths.allSatisfy { $0.outcome != nil })
        let outcomes = Set(paths.compactMap(\.outcome))
        #expect(outcomes == Set(Support.bundled.content.outcomes.map(\.id)))
    }

    @Test func aBranchMissingAValueIsFound() throws {
        var content = Support.bundled.content
        var nodes = content.nodes
        let index = try #require(nodes.firstIndex { $0.id == "s1-licentie" })
        nodes[index].takken["nee"] = nil
        content = Content(
            start: content.start, facts: content.facts, nodes: nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        let findings = ContentCheck(content: content, model: Support.bundled.model).run()
        let failed = findings.filter { !$0.passed }.map(\.rule)
        #expect(failed.contains("EveryBranchCoversEveryValue"))
        #expect(failed.contains("EveryPathEndsInAnOutcome"))
    }

    @Test func anOutcomeWithoutSourceAndAnUnreachableOutcomeAreFound() {
        let content = Support.bundled.content
        var outcomes = content.outcomes
        outcomes.append(
            Outcome(id: "wees", titel: "t", samenvatting: "s", stappen: [Step(wie: .school, wat: "w", bronnen: [])]))
        let changed = Content(
            start: content.start, facts: content.facts, nodes: content.nodes, outcomes: outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        let failed = ContentCheck(content: changed, model: Support.bundled.model).run().filter { !$0.passed }.map(\.rule)
        #expect(failed.contains("NothingIsUnreachable"))
        #expect(failed.contains("EveryOutcomeCitesASource"))
    }

    @Test func aDerivationThatReadsItselfIsFound() throws {
        let content = Support.bundled.content
        var facts = content.facts
        let index = try #require(facts.firstIndex { $0.id == "aanwijzing_verlopen" })
        facts[index].afleiding?.invoer = ["aanwijzing_einddatum", "aanwijzing_verlopen"]
        let changed = Content(
            start: content.start, facts: facts, nodes: content.nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        let problems = ContentCheck(content: changed, model: Support.bundled.model).run().flatMap(\.problems)
        #expect(problems.contains { $0.message.contains("hangt via zijn invoer van zichzelf af") })
    }

    @Test func aCycleIsFound() throws {
        let content = Support.bundled.content
        var nodes = content.nodes
        let index = try #require(nodes.firstIndex { $0.id == "s1-licentie" })
        nodes[index].takken["ja"] = "scenario"
        let changed = Content(
            start: content.start, facts: content.facts, nodes: nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        let problems = ContentCheck(content: changed, model: Support.bundled.model).run().flatMap(\.problems)
        #expect(problems.contains { $0.message.contains("kringloop") })
    }

    /// Every text the user reads is checked, the title too (issue 12 item 9).
    @Test func aPlaceholderOfAnUnknownFactInATitleIsFound() throws {
        let content = Support.bundled.content
        var outcomes = content.outcomes
        outcomes[0].titel += " {bestaat_niet}"
        let changed = Content(
            start: content.start, facts: content.facts, nodes: content.nodes, outcomes: outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources, controls: content.controls)
        let problems = ContentCheck(content: changed, model: Support.bundled.model).run().flatMap(\.problems)
        #expect(problems.contains { $0.place == "uitkomsten[0].titel" && $0.message.contains("{bestaat_niet}") })
    }

    @Test func anInternalIdInATextIsFound() throws {
        let content = Support.bundled.content
        var outcomes = content.outcomes
        outcomes[0].samenvatting += " Zie uitkomst geen-licentie voor aanwijzing_lwoo."
        let changed = Content(
            start: content.start, facts: content.facts, nodes: content.nodes, outcomes: outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources, controls: content.controls)
        let failed = ContentCheck(content: changed, model: Support.bundled.model).run().filter { !$0.passed }
        #expect(failed.map(\.rule) == ["NoTextShowsAnInternalId"])
        #expect(failed.first?.problems.count == 2)
    }

    @Test func aFactThatMayBeUnknownWithoutWordsIsFound() throws {
        let content = Support.bundled.content
        var facts = content.facts
        let index = try #require(facts.firstIndex { $0.id == "bestemming_swv" })
        facts[index].onbekendTekst = nil
        let changed = Content(
            start: content.start, facts: facts, nodes: content.nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources, controls: content.controls)
        let failed = ContentCheck(content: changed, model: Support.bundled.model).run().filter { !$0.passed }
        #expect(failed.map(\.rule) == ["EveryUnknownEndsInAdvice"])
        #expect(failed.first?.problems.first?.message.contains("{bestemming_swv} kan onbekend zijn") == true)
    }

    @Test func aSplitFactWithoutWhomToAskIsFound() throws {
        let content = Support.bundled.content
        var facts = content.facts
        let index = try #require(facts.firstIndex { $0.id == "bestemming_variant" })
        facts[index].navragen = nil
        let changed = Content(
            start: content.start, facts: facts, nodes: content.nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources, controls: content.controls)
        let problems = ContentCheck(content: changed, model: Support.bundled.model).run().flatMap(\.problems)
        #expect(problems.contains { ($0.place ?? "").hasSuffix(".navragen") && $0.message.contains("bestemming_variant") })
    }
}
