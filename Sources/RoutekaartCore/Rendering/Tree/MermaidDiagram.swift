/// The routekaart as a Mermaid flowchart.
extension TreeRenderer {
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
}
