import Foundation
import RoutekaartCore
import Testing

/// The reviewable routekaart: `boom` (Mermaid, DOT, the reviewer's book), `paden` and `bronnen`.
@Suite struct TreeTests {
    var content: Content { Support.bundled.content }
    var renderer: TreeRenderer {
        var renderer = TreeRenderer(content: content)
        renderer.laws = Support.bundled.laws
        return renderer
    }

    @Test func mermaidHasANodeForEveryDecisionAndEveryOutcome() {
        let mermaid = renderer.mermaid()
        let lines = mermaid.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "flowchart TD")
        for node in content.nodes {
            let id = renderer.diagramID(node.id)
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "\(id) is geen veilige id")
            #expect(lines.contains { $0.hasPrefix(id + "{") }, "geen knoop voor \(node.id)")
        }
        for outcome in content.outcomes {
            let id = renderer.diagramID(outcome.id)
            #expect(lines.contains { $0.hasPrefix(id + "([") }, "geen eindknoop voor \(outcome.id)")
        }
        // Derived facts look different (hexagon, dashed class) from asked ones (diamond).
        if let derived = content.nodes.first(where: { content.fact($0.feit)?.isDerived == true }) {
            #expect(lines.contains { $0.hasPrefix(renderer.diagramID(derived.id) + "{{") })
        }
        #expect(mermaid.contains("classDef afgeleid") && mermaid.contains("stroke-dasharray"))
        #expect(mermaid.contains("Legenda"))
    }

    @Test func mermaidLabelsEscapeQuotes() {
        var facts = content.facts
        let index = facts.firstIndex { $0.id == content.node(content.start)?.feit }
        if let index { facts[index].kort = "Een \"lastige\" <vraag> #1" }
        let changed = Content(
            start: content.start, facts: facts, nodes: content.nodes, outcomes: content.outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        let mermaid = TreeRenderer(content: changed).mermaid()
        #expect(mermaid.contains("Een #quot;lastige#quot; #lt;vraag#gt; #35;1"))
        let dot = TreeRenderer(content: changed).dot()
        #expect(dot.contains("Een \\\"lastige\\\" <vraag> #1"))
    }

    @Test func dotIsOneBalancedDigraphWithEveryOutcome() {
        let dot = renderer.dot()
        #expect(dot.hasPrefix("digraph routekaart {"))
        #expect(dot.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}"))
        // Braces outside quoted strings balance and never go below zero.
        var depth = 0
        var minimum = 0
        var inString = false
        var escaped = false
        for character in dot {
            if escaped {
                escaped = false
            } else if inString {
                if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                minimum = min(minimum, depth)
            }
        }
        #expect(depth == 0 && minimum >= 0 && !inString)
        for outcome in content.outcomes {
            #expect(dot.contains("    \(renderer.diagramID(outcome.id)) [label="), "geen eindknoop voor \(outcome.id)")
        }
        for node in content.nodes {
            #expect(dot.contains("    \(renderer.diagramID(node.id)) [label="), "geen knoop voor \(node.id)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz (dot) is niet geïnstalleerd"))
    func graphvizRendersTheDotWithoutWarnings() throws {
        let run = try Support.execute(URL(fileURLWithPath: "/usr/bin/dot"), ["-Tsvg"], input: Data(renderer.dot().utf8))
        #expect(run.status == 0)
        #expect(run.err == "")
        #expect(run.out.contains("<svg"))
    }

    @Test func padenListsEveryPathFromTheStartAndCountsThem() throws {
        let paths = PathEnumerator(content: content).paths()
        #expect(paths.allSatisfy { $0.decisions.first?.node == content.start })
        let run = try Support.run(["paden"])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        let splits = UnknownFacts(content: content).splitFacts
        #expect(lines[paths.count] == "\(paths.count) paden van de eerste vraag tot een uitkomst.")
        #expect(lines.count == paths.count + 2 + splits.count)
        #expect(lines.contains("  bestemming_variant=onbekend → een tak per waarde: landelijk | eigen-criteria | populatiebekostiging"))
        #expect(lines.first?.hasPrefix("1. ") == true)
        #expect(lines.contains { $0.contains("(afgeleid)") && $0.contains(" ⇒ ") })
    }

    @Test func padenFiltersOnAnOutcomeInJSON() throws {
        let run = try Support.run(["paden", "--uitkomst", "S3", "--formaat", "json"])
        #expect(run.status == 0, "\(run.err)")
        struct Document: Decodable {
            struct Path: Decodable {
                struct Step: Decodable {
                    var knoop: String
                    var feit: String
                    var waarde: String
                    var afgeleid: Bool
                }
                var stappen: [Step]
                var uitkomst: String
            }
            var aantal: Int
            var paden: [Path]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(run.out.utf8))
        let expected = PathEnumerator(content: content).paths().filter { $0.outcome == "S3" }.count
        #expect(document.aantal == expected && document.paden.count == expected && expected > 0)
        #expect(document.paden.allSatisfy { $0.uitkomst == "S3" })
        #expect(document.paden.allSatisfy { $0.stappen.contains { $0.feit == "scenario" && $0.waarde == "S3" && $0.afgeleid } })
    }

    @Test func padenRejectsAnUnknownOutcomeWithASuggestion() throws {
        let run = try Support.run(["paden", "--uitkomst", "S3-verlopn"])
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("'S3-verlopn'") && run.err.contains("Bedoelt u 'S3-verlopen'?"))
        #expect(run.err.contains("Zie 'routekaart paden --help'."))
    }

    @Test func padenFailsWithADataErrorWhenAPathBreaksOff() throws {
        let data = try Support.copyOfData()
        let tree = data.appendingPathComponent("inhoud/boom.json")
        let text = try String(contentsOf: tree, encoding: .utf8)
        let broken = text.replacingOccurrences(of: #""ja": "S1""#, with: #""ja": "bestaat-niet""#)
        #expect(broken != text)
        try broken.write(to: tree, atomically: true, encoding: .utf8)
        let run = try Support.run(["paden", "--data", data.path])
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("bestaat-niet"))
    }

    @Test func bronnenListsEveryRegisteredSource() throws {
        let run = try Support.run(["bronnen"])
        #expect(run.status == 0, "\(run.err)")
        #expect(
            content.sources.count == 106,
            "vijf documenten, vijf wetten (oud en nieuw, de oude WVO ook in haar tekst van 2015), de voorbeeldgegevens, drie openbare gegevensbestanden en 92 openbare bronnen over SWV's (namen, beleid, contact in model/kennis.csv)"
        )
        for source in content.sources {
            #expect(run.out.contains(source.id), "\(source.id) ontbreekt")
            #expect(run.out.contains(source.titel))
        }
        let index = SourceIndex(content: content, model: Support.withExamples.model)
        #expect(index.entries.allSatisfy { $0.count > 0 })
        #expect(index.unregistered.isEmpty)
        let json = try Support.run(["bronnen", "--formaat", "json"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"aantal\" : 106"))
    }

    @Test func theSourceIndexCountsEachCitationUnderEverySourceItNames() throws {
        let index = SourceIndex(content: content)
        let inSteps: [String] = content.outcomes.flatMap { $0.stappen.flatMap(\.bronnen) }
        let inRules: [String] = content.facts.flatMap { $0.afleiding?.bronnen ?? [] }
        let atQuestions: [String] = content.facts.flatMap { $0.bronnen ?? [] }
        let all = inSteps + inRules + atQuestions
        let counted: Int = index.entries.map(\.count).reduce(0, +) + index.unregistered.count
        // A dated citation (`wvo-2020 art. 2.30 lid 2 | wvo art. 10g lid 3`) counts once for each law it names.
        #expect(counted == all.map { Set(Citation($0).sourceIDs).count }.reduce(0, +))
        let wvo = try #require(index.entry("wvo"))
        #expect(wvo.citations.allSatisfy { Citation($0.text).sourceIDs.contains("wvo") })
        #expect(wvo.citations.contains { $0.text == "wvo art. 118y | -" })
        #expect(wvo.count(in: .model) == 0)
        let wvo2020 = try #require(index.entry("wvo-2020"))
        #expect(wvo2020.citations.allSatisfy { $0.section(in: "wvo-2020")?.hasPrefix("art. ") == true })
    }

    @Test func boomDefaultsToTheReviewersBook() throws {
        let run = try Support.run(["boom"])
        #expect(run.status == 0)
        #expect(run.out == renderer.markdown())
        for scenario in content.scenarios { #expect(run.out.contains("| **\(scenario.id)** |")) }
        for outcome in content.outcomes { #expect(run.out.contains("<a id=\"uitkomst-\(outcome.id)\"></a>")) }
        for source in content.sources { #expect(run.out.contains("<a id=\"bron-\(source.id)\"></a>")) }
        #expect(run.out.contains("```mermaid\nflowchart TD\n"))
        let wrong = try Support.run(["boom", "--formaat", "svg"])
        #expect(wrong.status == 64)
        #expect(wrong.err.contains("kies uit markdown, mermaid, dot"))
    }

    /// Dictionaries are ordered differently in every process (random hash seeds):
    /// two separate runs must still print the same diagram.
    @Test func twoProcessesDrawTheSameDiagram() throws {
        for format in ["dot", "mermaid"] {
            let first = try Support.run(["boom", "--formaat", format])
            let second = try Support.run(["boom", "--formaat", format])
            #expect(first.status == 0)
            #expect(first.out == second.out, "boom --formaat \(format) verschilt tussen twee runs")
        }
    }

    @Test func theCommittedReviewersBookIsUpToDate() throws {
        let path = Support.root.appendingPathComponent("docs/routekaart.md")
        let committed = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        // A Bool, not the two texts: the failure shows the message, not the whole book twice.
        let isUpToDate = committed == renderer.markdown()
        #expect(
            isUpToDate,
            "docs/routekaart.md is verouderd; maak hem opnieuw met: swift run routekaart boom --formaat markdown > docs/routekaart.md")
    }
}
