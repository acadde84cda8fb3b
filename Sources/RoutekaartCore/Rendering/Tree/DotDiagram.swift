/// The routekaart as a Graphviz DOT digraph.
extension TreeRenderer {
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
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            .replacing("\n", with: " ")
    }
}
