/// The numbers of the answers on a route: the facts the user answered
/// (also where the model could not tell), 1, 2, 3, … in route order; other
/// facts get none. `overzicht`, `waarom` and `wijzig N` all use these numbers,
/// so "answer 4" means the same everywhere.
public enum AnswerNumbering {
    /// For each step of the trail its answer number, or nil for a derived fact.
    public static func numbers(_ trail: [TrailStep]) -> [Int?] {
        var next = 0
        return trail.map { step in
            guard isAnswered(step) else { return nil }
            next += 1
            return next
        }
    }

    /// The user gave the value (also "weet ik niet", and where the model could not tell); not derived,
    /// not unknown to everyone, not assumed in a branch.
    public static func isAnswered(_ step: TrailStep) -> Bool {
        switch step.origin {
        case .answered, .answeredInstead: true
        case .derived, .unknown, .assumed: false
        }
    }

    /// ` 4. ` for an answer, `  – ` for any other fact: numbers right-aligned, labels in one column.
    public static func margin(_ number: Int?) -> String {
        guard let number else { return "  – " }
        let digits = String(number)
        return String(repeating: " ", count: max(0, 2 - digits.count)) + digits + ". "
    }
}
