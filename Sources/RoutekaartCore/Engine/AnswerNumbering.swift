/// The numbers of the answers on a route: the facts the user answered
/// (also where the model could not tell), 1, 2, 3, … in route order; derived
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

    public static func isAnswered(_ step: TrailStep) -> Bool {
        if case .derived = step.origin { return false }
        return true
    }

    /// `  4. ` for an answer, `   · ` for a derived fact: numbers right-aligned, labels in one column.
    public static func margin(_ number: Int?) -> String {
        guard let number else { return "   · " }
        let digits = String(number)
        return String(repeating: " ", count: max(0, 3 - digits.count)) + digits + ". "
    }
}
