/// Which questions may still be needed for a case, on any route that fits
/// the answers given so far: to tell a user what a case file leaves open.
public struct RemainingQuestions: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    /// The ids of the asked (not derived) facts still unanswered on routes that fit `answered`, except `current`.
    public func after(_ current: String, answered: Set<String>, answers: [String: String] = [:]) -> [String] {
        let fitting = PathEnumerator(content: content).paths().filter { path in
            path.decisions.allSatisfy { decision in answers[decision.fact].map { $0 == decision.value } ?? true }
        }
        var result: [String] = []
        var seen: Set<String> = [current]
        func collect(_ id: String) {
            guard seen.insert(id).inserted, let fact = content.fact(id) else { return }
            if let derivation = fact.afleiding {
                derivation.invoer.forEach(collect)
            } else if fact.isAsked, !answered.contains(id) {
                result.append(id)
            }
        }
        for path in fitting {
            path.decisions.map(\.fact).forEach(collect)
            if let id = path.outcome, let outcome = content.outcome(id) {
                content.factsRead(by: outcome).forEach(collect)
            }
        }
        return result
    }
}
