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
            guard let id = path.outcome, let outcome = content.outcome(id) else { continue }
            guard let named = content.textFacts(of: outcome) else {
                content.factsRead(by: outcome).forEach(collect)
                continue
            }
            // A step whose condition the answers already rule out (the grensverkeer step in a verhuizing) asks nothing.
            named.outcome.forEach(collect)
            for (step, facts) in zip(outcome.stappen, named.steps) where !Self.ruledOut(step, by: answers) {
                (step.als ?? [:]).keys.sorted().forEach(collect)
                facts.forEach(collect)
            }
        }
        return result
    }

    /// True when an answer given contradicts the step's condition.
    static func ruledOut(_ step: Step, by answers: [String: String]) -> Bool {
        (step.als ?? [:]).contains { fact, accepted in answers[fact].map { !accepted.contains($0) } ?? false }
    }
}
