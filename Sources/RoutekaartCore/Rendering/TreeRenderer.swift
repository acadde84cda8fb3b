import Foundation

/// The formats of the whole routekaart: a flowchart (Mermaid, Graphviz DOT)
/// or the reviewer's book (Markdown, with the Mermaid flowchart).
public enum TreeFormat: String, ClosedSet {
    case markdown, mermaid, dot
}

/// Renders the whole routekaart for review: the decision tree as a flowchart
/// and the reviewer's book, in which every question, rule, outcome and source
/// can be checked against the documents it rests on.
public struct TreeRenderer: Sendable {
    public let content: Content
    /// Every route from the start to an outcome.
    public let paths: [RoutePath]
    /// Diagram id of every node and outcome: letters, digits and `_` only, unique.
    private let diagramIDs: [String: String]

    public init(content: Content) {
        self.content = content
        paths = PathEnumerator(content: content).paths()
        var ids: [String: String] = [:]
        var taken = Set<String>()
        let items = content.nodes.map { ("q_", $0.id) } + content.outcomes.map { ("u_", $0.id) }
        for (prefix, id) in items where ids[id] == nil {
            let base = prefix + String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
            var candidate = base
            var counter = 2
            while taken.contains(candidate) {
                candidate = "\(base)_\(counter)"
                counter += 1
            }
            taken.insert(candidate)
            ids[id] = candidate
        }
        diagramIDs = ids
    }

    public func render(as format: TreeFormat) -> String {
        switch format {
        case .markdown: markdown()
        case .mermaid: mermaid()
        case .dot: dot()
        }
    }

    /// The id under which a node or outcome appears in the diagrams.
    public func diagramID(_ id: String) -> String { diagramIDs[id] ?? "x_" + id }

    // MARK: - The tree

    /// The values a node's fact takes, in the order of the data: options first, then other branches, `*` last.
    func values(of node: Node) -> [String] {
        var result = content.fact(node.feit).flatMap { PathEnumerator(content: content).values(of: $0) } ?? []
        result += node.takken.keys.filter { $0 != "*" && !result.contains($0) }.sorted()
        if node.takken["*"] != nil { result.append("*") }
        return result
    }

    func target(of node: Node, for value: String) -> String? { node.takken[value] ?? node.takken["*"] }

    /// The words of an answer in a diagram: the option's short text, else its text, else the value.
    func answerLabel(_ value: String, of fact: String) -> String {
        if value == "*" { return Messages.otherwise }
        guard let option = content.fact(fact)?.option(value) else { return value }
        return option.kort ?? option.tekst
    }

    /// The edges of a node: answers leading to the same place share one edge.
    func edges(of node: Node) -> [(labels: [String], target: String)] {
        var result: [(labels: [String], target: String)] = []
        for value in values(of: node) {
            guard let target = target(of: node, for: value) else { continue }
            let label = answerLabel(value, of: node.feit)
            if let index = result.firstIndex(where: { $0.target == target }) {
                result[index].labels.append(label)
            } else {
                result.append(([label], target))
            }
        }
        return result
    }

    func isDerived(_ node: Node) -> Bool { content.fact(node.feit)?.isDerived ?? false }

    /// The scenario values along a path (values of facts that name the scenario).
    func scenarios(on path: RoutePath) -> [String] {
        path.decisions.filter { content.fact($0.fact)?.scenario == true }.map(\.value)
    }

    /// The scenario of an outcome, when every path to it passes the same scenario of the six.
    public func scenario(of outcome: String) -> Scenario? {
        let reaching = paths.filter { $0.outcome == outcome }
        guard let first = reaching.first.flatMap({ scenarios(on: $0).first }), let scenario = content.scenario(first) else {
            return nil
        }
        return reaching.allSatisfy({ scenarios(on: $0) == [first] }) ? scenario : nil
    }

    /// The outcomes reached under a scenario, in data order.
    public func outcomes(under scenario: String) -> [String] {
        let reached = Set(paths.filter { scenarios(on: $0).contains(scenario) }.compactMap(\.outcome))
        return content.outcomes.map(\.id).filter(reached.contains)
    }

    /// The label lines of an outcome: its scenario, when it has one, and its title.
    func outcomeLines(_ outcome: Outcome) -> [String] {
        (scenario(of: outcome.id).map { [$0.id] } ?? []) + Self.wrap(outcome.titel, width: Self.labelWidth)
    }

    static let labelWidth = 30
    static let edgeWidth = 24

    /// Breaks text into lines of at most `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    // MARK: - Mermaid

    /// The tree as a Mermaid flowchart: asked questions as diamonds, derived facts as
    /// dashed hexagons, outcomes as rounded end nodes, answers on the edges.
    public func mermaid() -> String {
        func label(_ lines: [String]) -> String { "\"" + lines.map(Self.mermaidEscape).joined(separator: "<br>") + "\"" }
        var lines = ["flowchart TD"]
        for node in content.nodes {
            let text = label(Self.wrap(content.fact(node.feit)?.kort ?? node.feit, width: Self.labelWidth))
            lines.append("    " + diagramID(node.id) + (isDerived(node) ? "{{\(text)}}" : "{\(text)}"))
        }
        for outcome in content.outcomes {
            lines.append("    " + diagramID(outcome.id) + "([\(label(outcomeLines(outcome)))])")
        }
        for node in content.nodes {
            for edge in edges(of: node) {
                let text = label(Self.wrap(edge.labels.joined(separator: " / "), width: Self.edgeWidth))
                lines.append("    \(diagramID(node.id)) -->|\(text)| \(diagramID(edge.target))")
            }
        }
        lines.append("    subgraph legenda[\"\(Self.mermaidEscape(Messages.legend))\"]")
        lines.append("        direction LR")
        lines.append("        legenda_vraag{\"\(Self.mermaidEscape(Messages.legendAsked))\"}")
        lines.append("        legenda_afgeleid{{\"\(Self.mermaidEscape(Messages.legendDerived))\"}}")
        lines.append("        legenda_uitkomst([\"\(Self.mermaidEscape(Messages.legendOutcome))\"])")
        lines.append("    end")
        lines.append("    classDef vraag fill:#e8f0fe,stroke:#1a56b0,color:#000")
        lines.append("    classDef afgeleid fill:#f5f5f5,stroke:#666,stroke-dasharray:5 5,color:#000")
        lines.append("    classDef uitkomst fill:#e6f4ea,stroke:#1e7b34,color:#000")
        let asked = content.nodes.filter { !isDerived($0) }.map { diagramID($0.id) } + ["legenda_vraag"]
        let derived = content.nodes.filter(isDerived).map { diagramID($0.id) } + ["legenda_afgeleid"]
        let outcomes = content.outcomes.map { diagramID($0.id) } + ["legenda_uitkomst"]
        lines.append("    class \(asked.joined(separator: ",")) vraag")
        lines.append("    class \(derived.joined(separator: ",")) afgeleid")
        lines.append("    class \(outcomes.joined(separator: ",")) uitkomst")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text inside a quoted Mermaid label: quotes and the characters Mermaid or HTML read as markup become entities.
    static func mermaidEscape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "#": result += "#35;"
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: - Graphviz DOT

    /// The tree as a Graphviz digraph, with the same shapes as the Mermaid flowchart.
    public func dot() -> String {
        func label(_ lines: [String]) -> String { "\"" + lines.map(Self.dotEscape).joined(separator: "\\n") + "\"" }
        let askedStyle = "shape=diamond, style=filled, fillcolor=\"#e8f0fe\", color=\"#1a56b0\""
        let derivedStyle = "shape=hexagon, style=\"dashed,filled\", fillcolor=\"#f5f5f5\", color=\"#666666\""
        let outcomeStyle = "shape=box, style=\"rounded,filled\", fillcolor=\"#e6f4ea\", color=\"#1e7b34\""
        var lines = [
            "digraph routekaart {",
            "    graph [rankdir=TB, label=\(label([Messages.diagramTitle])), labelloc=t, fontsize=16];",
            "    node [fontsize=10];",
            "    edge [fontsize=9];",
        ]
        for node in content.nodes {
            let text = label(Self.wrap(content.fact(node.feit)?.kort ?? node.feit, width: Self.labelWidth))
            lines.append("    \(diagramID(node.id)) [label=\(text), \(isDerived(node) ? derivedStyle : askedStyle)];")
        }
        for outcome in content.outcomes {
            lines.append("    \(diagramID(outcome.id)) [label=\(label(outcomeLines(outcome))), \(outcomeStyle)];")
        }
        for node in content.nodes {
            for edge in edges(of: node) {
                let text = label(Self.wrap(edge.labels.joined(separator: " / "), width: Self.edgeWidth))
                lines.append("    \(diagramID(node.id)) -> \(diagramID(edge.target)) [label=\(text)];")
            }
        }
        lines += [
            "    subgraph cluster_legenda {",
            "        label=\(label([Messages.legend]));",
            "        legenda_vraag [label=\(label([Messages.legendAsked])), \(askedStyle)];",
            "        legenda_afgeleid [label=\(label([Messages.legendDerived])), \(derivedStyle)];",
            "        legenda_uitkomst [label=\(label([Messages.legendOutcome])), \(outcomeStyle)];",
            "        legenda_vraag -> legenda_afgeleid -> legenda_uitkomst [style=invis];",
            "    }",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text inside a quoted DOT string: backslashes and quotes escaped, no raw line breaks.
    static func dotEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
    }

    // MARK: - The reviewer's book

    /// The reviewer's book: how to read it, the flowchart, the scenarios, every
    /// question and decision, every outcome, and an index of the sources.
    public func markdown() -> String {
        var lines: [String] = ["# " + Messages.bookTitle, "", "_" + Messages.generated + "_", ""]
        lines += howToRead()
        lines += ["", "## " + Messages.diagramHeading, "", "```mermaid"]
        lines.append(mermaid().trimmingCharacters(in: .newlines))
        lines += ["```", ""]
        lines += scenarioTable()
        lines += ["", "## " + Messages.questionsHeading, ""]
        lines += questionSections()
        lines += otherFacts()
        lines += ["", "## " + Messages.outcomesHeading, ""]
        lines += outcomeSections()
        lines += CriteriaBook(criteria: content.criteria).markdown()
        lines += ["", "## " + Messages.sourcesHeading, ""]
        lines += sourceSections()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    func howToRead() -> [String] {
        let broken = paths.filter { $0.outcome == nil }.count
        return [
            "## " + Messages.howToReadHeading, "",
            Messages.howToRead(
                questions: content.nodes.count, facts: branchedFacts.count, outcomes: content.outcomes.count,
                paths: paths.count - broken),
            "",
        ] + Messages.howToReadItems.map { "- " + $0 }
    }

    /// The facts that nodes branch on, in the order of their first node.
    var branchedFacts: [Fact] {
        var seen = Set<String>()
        return content.nodes.compactMap { node in
            guard seen.insert(node.feit).inserted else { return nil }
            return content.fact(node.feit)
        }
    }

    func scenarioTable() -> [String] {
        var lines = ["## " + Messages.scenariosHeading, "", Messages.scenariosIntro, ""]
        lines.append("| " + Messages.scenarioColumns.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: Messages.scenarioColumns.count))
        for scenario in content.scenarios {
            let outcomes = outcomes(under: scenario.id).map(outcomeLink).joined(separator: ", ")
            let cells = [
                "**\(scenario.id)**", scenario.naam, "\(scenario.herkomst) → \(scenario.bestemming)", scenario.probleem,
                outcomes.isEmpty ? Messages.none : outcomes,
            ]
            lines.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
        }
        return lines
    }

    func questionSections() -> [String] {
        var lines: [String] = []
        for (number, fact) in branchedFacts.enumerated() {
            lines += [anchor("feit-" + fact.id), "### \(number + 1). \(fact.kort) (`\(fact.id)`)", ""]
            lines += factDetails(fact, listOptions: false)
            for node in content.nodes where node.feit == fact.id {
                lines += ["", anchor("knoop-" + node.id), "**" + Messages.nodeHeading(node.id) + "**", ""]
                if let note = node.toelichting { lines += [note, ""] }
                lines.append("| " + Messages.answerColumns.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: " --- |", count: Messages.answerColumns.count))
                for value in values(of: node) {
                    let meaning = value == "*" ? Messages.otherwise : fact.option(value)?.tekst ?? Messages.none
                    let leadsTo = target(of: node, for: value).map(targetLink) ?? Messages.noBranch
                    lines.append("| " + ["`\(value)`", meaning, leadsTo].map(Self.cell).joined(separator: " | ") + " |")
                }
            }
            lines.append("")
        }
        return lines
    }

    /// What a reviewer needs to know of a fact: its question, help, how it is known, the rule and its sources.
    func factDetails(_ fact: Fact, listOptions: Bool) -> [String] {
        var lines: [String] = []
        if let derivation = fact.afleiding {
            lines.append("- " + (fact.isAsked ? Messages.derivedWithFallback : Messages.derivedOnly))
            let mark = derivation.interpretatie == true ? " " + AdviceRenderer.Messages.interpretationMark : ""
            lines.append("- " + Messages.rule + derivation.regel + mark)
            lines.append("- " + Messages.function(derivation.functie, inputs: derivation.invoer.map(factLink), parameter: derivation.parameter))
            lines.append("- " + Messages.ruleSources + citations(derivation.bronnen))
            if let question = fact.vraag { lines.append("- " + Messages.fallbackQuestion + question) }
        } else if let question = fact.vraag {
            lines.append("- " + Messages.askedOnly)
            lines.append("- " + Messages.question + question)
        }
        if let help = fact.hulp { lines.append("- " + Messages.help + help) }
        if let sources = fact.bronnen, !sources.isEmpty { lines.append("- " + Messages.questionSources + citations(sources)) }
        if listOptions, let options = fact.opties {
            lines.append("- " + Messages.options)
            lines += options.map { "  - `\($0.waarde)`: \($0.tekst)" + ($0.kort.map { " (\(Messages.short): \($0))" } ?? "") }
        }
        if fact.soort != .keuze { lines.append("- " + Messages.kind(fact.soort.rawValue)) }
        if let rows = fact.afleiding?.rijen, let inputs = fact.afleiding?.invoer {
            let columns = inputs.map { content.fact($0)?.kort ?? $0 } + [fact.kort]
            lines += ["", "| " + columns.map(Self.cell).joined(separator: " | ") + " |"]
            lines.append("|" + String(repeating: " --- |", count: columns.count))
            for row in rows {
                let cells = row.als.map { $0 == "*" ? Messages.anyValue : "`\($0)`" } + ["**\(row.dan)**"]
                lines.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
            }
        }
        return lines
    }

    /// The facts no node branches on: inputs of derivations and values used in the advice.
    func otherFacts() -> [String] {
        let branched = Set(content.nodes.map(\.feit))
        let others = content.facts.filter { !branched.contains($0.id) }
        guard !others.isEmpty else { return [] }
        var lines = ["## " + Messages.otherFactsHeading, "", Messages.otherFactsIntro, ""]
        for fact in others {
            lines += [anchor("feit-" + fact.id), "### \(fact.kort) (`\(fact.id)`)", ""]
            lines += factDetails(fact, listOptions: true)
            let users = content.facts.filter { $0.afleiding?.invoer.contains(fact.id) == true }
            if !users.isEmpty { lines.append("- " + Messages.usedBy + users.map { factLink($0.id) }.joined(separator: ", ")) }
            lines.append("")
        }
        return lines
    }

    func outcomeSections() -> [String] {
        var lines: [String] = []
        for outcome in content.outcomes {
            lines += [anchor("uitkomst-" + outcome.id), "### `\(outcome.id)` — \(outcome.titel)", ""]
            if let scenario = scenario(of: outcome.id) { lines += [Messages.scenarioLine(scenario.id, scenario.naam), ""] }
            let count = paths.filter { $0.outcome == outcome.id }.count
            let parents = content.nodes.compactMap { node -> String? in
                let answers = values(of: node).filter { target(of: node, for: $0) == outcome.id }
                guard !answers.isEmpty else { return nil }
                return "[`\(node.id)`](#knoop-\(node.id)) (" + answers.map { "`\($0)`" }.joined(separator: ", ") + ")"
            }
            lines += [Messages.reachedBy(count, parents), "", outcome.samenvatting, "", "**" + AdviceRenderer.Messages.whatToDo + "**", ""]
            for (index, step) in outcome.stappen.enumerated() {
                var line = "\(index + 1). **\(step.wie.label):** \(step.wat)"
                if let deadline = step.termijn { line += " " + AdviceRenderer.Messages.deadline(deadline) }
                line += " _(" + Messages.sourcesPrefix + citations(step.bronnen) + ")_"
                if step.interpretatie == true { line += " " + AdviceRenderer.Messages.interpretationMark }
                lines.append(line)
            }
            if let explanation = outcome.interpretatieUitleg {
                lines += ["", "> **" + Messages.interpretationHeading + "** " + explanation]
            }
            lines += ["", "**" + Messages.parentsHeading + "**", ""]
            lines.append(outcome.ouders ?? Messages.noParentsVersion)
            lines.append("")
            for (index, step) in outcome.stappen.enumerated() {
                lines.append("\(index + 1). \(step.ouders ?? step.wat)")
            }
            lines.append("")
        }
        return lines
    }

    func sourceSections() -> [String] {
        let index = SourceIndex(content: content)
        var lines = [Messages.sourcesIntro, ""]
        for entry in index.entries {
            let source = entry.source
            lines += [anchor("bron-" + source.id), "### `\(source.id)` — \(source.titel)", ""]
            lines.append("- " + Messages.date + source.datum)
            lines.append("- " + Messages.location + source.vindplaats)
            lines.append("- " + Messages.kindOfSource + source.soort)
            lines.append("- " + Messages.citedCount(entry.count))
            if !entry.outcomes.isEmpty {
                lines.append("- " + Messages.citedByOutcomes)
                for outcome in entry.outcomes {
                    let places = entry.citations(inOutcome: outcome).map { item in
                        Messages.step(item.step) + (item.citation.section.isEmpty ? "" : ": " + item.citation.section)
                    }
                    lines.append("  - " + outcomeLink(outcome) + ": " + places.joined(separator: "; "))
                }
            }
            if !entry.derivations.isEmpty {
                lines.append("- " + Messages.citedByDerivations)
                for fact in entry.derivations {
                    let sections = entry.citations(inDerivationOf: fact).map(\.section).filter { !$0.isEmpty }
                    lines.append("  - " + factLink(fact) + (sections.isEmpty ? "" : ": " + sections.joined(separator: "; ")))
                }
            }
            if !entry.questions.isEmpty {
                lines.append("- " + Messages.citedByQuestions + entry.questions.map(factLink).joined(separator: ", "))
            }
            lines.append("")
        }
        if !index.unregistered.isEmpty {
            lines += ["### " + Messages.unregisteredHeading, ""] + index.unregistered.map { "- " + $0.text } + [""]
        }
        return lines
    }

    // MARK: - Markdown helpers

    func anchor(_ id: String) -> String { "<a id=\"\(id)\"></a>" }

    func outcomeLink(_ id: String) -> String { "[`\(id)`](#uitkomst-\(id))" }

    func factLink(_ id: String) -> String {
        guard let fact = content.fact(id) else { return "`\(id)`" }
        return "[\(fact.kort)](#feit-\(id))"
    }

    func targetLink(_ id: String) -> String {
        if let outcome = content.outcome(id) { return Messages.outcome + " " + outcomeLink(id) + ": " + outcome.titel }
        if let node = content.node(id) {
            return Messages.node + " [`\(id)`](#knoop-\(id)): " + (content.fact(node.feit)?.kort ?? node.feit)
        }
        return "`\(id)`"
    }

    /// Citations with the source id linked to its entry in the index.
    func citations(_ list: [String]) -> String {
        list.map { citation in
            let id = Content.sourceID(of: citation)
            guard content.source(id) != nil else { return citation }
            return "[\(id)](#bron-\(id))" + citation.dropFirst(id.count)
        }.joined(separator: "; ")
    }

    /// Text in a Markdown table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    enum Messages {
        static let otherwise = "anders"
        static let none = "—"
        static let diagramTitle = "Routekaart lwoo en pro"
        static let legend = "Legenda"
        static let legendAsked = "Vraag aan de gebruiker"
        static let legendDerived = "Afgeleid met een regel"
        static let legendOutcome = "Uitkomst (advies)"

        static let bookTitle = "Routekaart lwoo en pro: boek voor reviewers"
        static let generated =
            "Gemaakt met `swift run routekaart boom --formaat markdown > docs/routekaart.md`; niet met de hand bewerken."
        static let howToReadHeading = "Hoe leest u dit boek"
        static func howToRead(questions: Int, facts: Int, outcomes: Int, paths: Int) -> String {
            """
            Dit boek toont de hele routekaart zoals het programma hem volgt: \(questions) beslissingen op \(facts) feiten, \
            \(outcomes) uitkomsten en \(paths) paden van de eerste vraag tot een uitkomst. Elke regel en elke stap noemt \
            zijn bron, zodat u hem naast het brondocument kunt leggen.
            """
        }
        static let howToReadItems = [
            "**Stroomschema.** Een ruit is een vraag aan de gebruiker; een zeshoek met een stippelrand is een feit dat "
                + "met een regel wordt afgeleid uit de gegevens of uit andere feiten (kan het model het niet zeggen, dan volgt de terugvalvraag); "
                + "een afgeronde rechthoek is een uitkomst. Op de pijlen staan de antwoorden. Bij een uitkomst die "
                + "maar onder één scenario wordt bereikt, staat het scenario boven de titel.",
            "**Vragen en beslissingen.** Per feit: de vraag, de hulptekst, hoe het feit bekend wordt (gevraagd of "
                + "afgeleid, met de regel en haar bronnen) en per beslissing (knoop) waar elk antwoord heen leidt.",
            "**Uitkomsten.** Per uitkomst: de samenvatting, de stappen met wie, wat, termijn en bron, en de versie "
                + "voor ouders. Woorden tussen accolades, zoals `{bestemming_swv}`, vult het programma in met de "
                + "gegevens van de casus.",
            "**[interpretatie]** markeert een regel of stap die de lezing van dit project is en niet letterlijk "
                + "in een bron staat; de uitleg staat bij de uitkomst.",
            "**Bronnen.** Het register aan het eind noemt per bron waar hij wordt aangehaald.",
        ]
        static let diagramHeading = "De routekaart als stroomschema"
        static let scenariosHeading = "De zes scenario's"
        static let scenariosIntro =
            "De scenario's zijn de paren (beleid SWV van herkomst, beleid SWV van bestemming) met verschillend beleid; "
            + "de laatste kolom noemt de uitkomsten die onder het scenario worden bereikt."
        static let scenarioColumns = ["Scenario", "Naam", "Herkomst → bestemming", "Probleem", "Uitkomsten"]
        static let questionsHeading = "Vragen en beslissingen"
        static func nodeHeading(_ id: String) -> String { "Beslissing `\(id)`" }
        static let answerColumns = ["Antwoord", "Betekenis", "Leidt naar"]
        static let noBranch = "geen tak"
        static let askedOnly = "**Gevraagd** aan de gebruiker."
        static let derivedOnly = "**Afgeleid** met een regel, uit de gegevens of uit andere feiten; niet gevraagd."
        static let derivedWithFallback =
            "**Afgeleid** met een regel, uit de gegevens of uit andere feiten; kan het model het niet zeggen, "
            + "dan wordt de terugvalvraag gesteld."
        static let rule = "Regel: "
        static func function(_ name: String, inputs: [String], parameter: String?) -> String {
            "Functie: `\(name)`"
                + (inputs.isEmpty ? "" : " van " + inputs.joined(separator: ", "))
                + (parameter.map { ", met de landelijke parameter `\($0)`" } ?? "")
        }
        static let ruleSources = "Bronnen van de regel: "
        static let fallbackQuestion = "Terugvalvraag: "
        static let question = "Vraag: "
        static let help = "Hulp: "
        static let questionSources = "Bronnen bij de vraag: "
        static let options = "Antwoorden:"
        static let short = "kort"
        static func kind(_ kind: String) -> String { "Soort antwoord: `\(kind)`" }
        static let anyValue = "elk"
        static let otherFactsHeading = "Overige feiten"
        static let otherFactsIntro =
            "Op deze feiten splitst de routekaart niet; ze zijn invoer van afgeleide feiten of worden in de stappen "
            + "van het advies ingevuld."
        static let usedBy = "Invoer van: "
        static let outcomesHeading = "Uitkomsten"
        static func scenarioLine(_ id: String, _ name: String) -> String { "Scenario **\(id)** — \(name)" }
        static func reachedBy(_ count: Int, _ parents: [String]) -> String {
            let paths = count == 1 ? "1 pad" : "\(count) paden"
            return "Bereikt via \(paths)" + (parents.isEmpty ? "." : ", vanuit " + parents.joined(separator: ", ") + ".")
        }
        static let sourcesPrefix = "Bron: "
        static let interpretationHeading = "Interpretatie."
        static let parentsHeading = "Voor ouders"
        static let noParentsVersion = "_(geen eenvoudige versie; de ouders horen de samenvatting hierboven)_"
        static let sourcesHeading = "Bronnen"
        static let sourcesIntro =
            "Per bron uit het register: waar hij staat en welke uitkomsten, regels en vragen hem aanhalen."
        static let date = "Datum: "
        static let location = "Vindplaats: "
        static let kindOfSource = "Soort: "
        static func citedCount(_ count: Int) -> String { "In de inhoud \(count) keer genoemd." }
        static let citedByOutcomes = "Uitkomsten:"
        static let citedByDerivations = "Regels van afgeleide feiten:"
        static let citedByQuestions = "Vragen: "
        static func step(_ number: Int) -> String { "stap \(number)" }
        static let unregisteredHeading = "Niet in het register"
        static let outcome = "uitkomst"
        static let node = "beslissing"
    }
}

/// Renders routes through the routekaart (`routekaart paden`): one line per path, or JSON.
public struct PathRenderer: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    public func render(_ paths: [RoutePath], as format: ListFormat, outcome: String? = nil) -> String {
        switch format {
        case .tekst: text(paths, outcome: outcome)
        case .json: json(paths)
        }
    }

    /// `12. situatie=verhuizing → … → scenario=S1 (afgeleid) → … ⇒ S1`, then the count.
    public func text(_ paths: [RoutePath], outcome: String? = nil) -> String {
        var lines = paths.enumerated().map { "\($0 + 1). " + line($1) }
        lines.append(outcome.map { Messages.countTo(paths.count, $0) } ?? Messages.count(paths.count))
        return lines.joined(separator: "\n") + "\n"
    }

    public func line(_ path: RoutePath) -> String {
        let steps = path.decisions.map { "\($0.fact)=\($0.value)" + ($0.derived ? " " + Messages.derived : "") }
        return steps.joined(separator: " → ") + " ⇒ " + (path.outcome ?? Messages.broken(path.problem))
    }

    public func json(_ paths: [RoutePath]) -> String {
        let document = PathListDocument(
            aantal: paths.count,
            paden: paths.map { path in
                .init(
                    stappen: path.decisions.map { .init(knoop: $0.node, feit: $0.fact, waarde: $0.value, afgeleid: $0.derived) },
                    uitkomst: path.outcome)
            })
        return AdviceRenderer.encode(document)
    }

    enum Messages {
        static let derived = "(afgeleid)"
        static func broken(_ problem: String?) -> String { "geen uitkomst (\(problem ?? "onbekend"))" }
        static func count(_ count: Int) -> String {
            count == 1 ? "1 pad van de eerste vraag tot een uitkomst." : "\(count) paden van de eerste vraag tot een uitkomst."
        }
        static func countTo(_ count: Int, _ outcome: String) -> String {
            (count == 1 ? "1 pad" : "\(count) paden") + " naar uitkomst \(outcome)."
        }
    }
}

/// The JSON form of a list of paths (`paden --formaat json`).
struct PathListDocument: Encodable {
    struct Step: Encodable {
        var knoop: String
        var feit: String
        var waarde: String
        var afgeleid: Bool
    }
    struct Path: Encodable {
        var stappen: [Step]
        var uitkomst: String?

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case stappen, uitkomst }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(stappen, forKey: .stappen)
            // uitkomst is always present: null where the path breaks off.
            try container.encode(uitkomst, forKey: .uitkomst)
        }
    }
    var aantal: Int
    var paden: [Path]
}
