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
        let splits = UnknownFacts(content: content).splitFacts
        if !splits.isEmpty {
            lines.append(Messages.unknownHeading)
            for fact in splits {
                let values = (content.domain(of: fact) ?? []).joined(separator: " | ")
                lines.append("  " + Messages.unknownLine(fact.id, values))
            }
        }
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
            },
            onbekend: UnknownFacts(content: content).splitFacts.map { .init(feit: $0.id, waarden: content.domain(of: $0) ?? []) })
        return AdviceRenderer.encode(document)
    }

    enum Messages {
        static let unknownHeading =
            "Weet ik niet: bij deze feiten splitst het advies zich; de paden hierboven met elk van hun waarden vormen dan de takken:"
        static func unknownLine(_ fact: String, _ values: String) -> String { "\(fact)=onbekend → een tak per waarde: \(values)" }
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
    struct Split: Encodable {
        var feit: String
        var waarden: [String]
    }
    var aantal: Int
    var paden: [Path]
    /// The facts on which "weet ik niet" splits the advice, with the values of the branches.
    var onbekend: [Split]
}
