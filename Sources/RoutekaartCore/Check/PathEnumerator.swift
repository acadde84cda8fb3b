/// One route through the routekaart: the decisions taken, in order, and the outcome.
public struct RoutePath: Sendable, Equatable {
    public struct Decision: Sendable, Equatable {
        public var node: String
        public var fact: String
        public var value: String
        public var derived: Bool
    }
    public var decisions: [Decision]
    /// The outcome id; nil when the route breaks off (a content error).
    public var outcome: String?
    /// What went wrong when `outcome` is nil.
    public var problem: String?
}

/// Enumerates every path from the start to an outcome: every combination of
/// answers, with derived facts as branches too (a fact branched on twice
/// keeps its first value, so impossible combinations are not listed).
public struct PathEnumerator: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    public func paths() -> [RoutePath] {
        var result: [RoutePath] = []
        walk(content.start, decisions: [], assigned: [:], visited: [], into: &result)
        return result
    }

    private func walk(
        _ id: String, decisions: [RoutePath.Decision], assigned: [String: String], visited: Set<String>,
        into result: inout [RoutePath]
    ) {
        if content.outcome(id) != nil {
            result.append(RoutePath(decisions: decisions, outcome: id))
            return
        }
        guard let node = content.node(id) else {
            result.append(RoutePath(decisions: decisions, outcome: nil, problem: "\"\(id)\" bestaat niet"))
            return
        }
        guard !visited.contains(id) else {
            result.append(RoutePath(decisions: decisions, outcome: nil, problem: "kringloop bij \"\(id)\""))
            return
        }
        guard let fact = content.fact(node.feit), let values = content.domain(of: fact) else {
            result.append(RoutePath(decisions: decisions, outcome: nil, problem: "knoop \"\(id)\" splitst op een feit zonder vaste waarden"))
            return
        }
        let candidates = assigned[fact.id].map { [$0] } ?? values
        for value in candidates {
            let decision = RoutePath.Decision(node: id, fact: fact.id, value: value, derived: fact.isDerived)
            guard let next = node.takken[value] ?? node.takken["*"] else {
                result.append(RoutePath(decisions: decisions + [decision], outcome: nil, problem: "geen tak voor \"\(value)\" in \"\(id)\""))
                continue
            }
            var nextAssigned = assigned
            nextAssigned[fact.id] = value
            walk(next, decisions: decisions + [decision], assigned: nextAssigned, visited: visited.union([id]), into: &result)
        }
    }
}
