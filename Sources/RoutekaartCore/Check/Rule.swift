/// A rule over the data, named as a sentence (`EveryPathEndsInAnOutcome`), with what it checks in Dutch. The
/// model's rules (`ModelCheck`) and the content's rules (`ContentCheck`) are lists of these: `controleer`
/// runs them all, and the check stamp records their names.
public struct Rule<Subject> {
    public let name: String
    public let summary: String
    /// Adds every problem the rule finds in the subject.
    let check: (Subject) -> (inout [InputError]) -> Void

    init(_ name: String, _ summary: String, _ check: @escaping (Subject) -> (inout [InputError]) -> Void) {
        self.name = name
        self.summary = summary
        self.check = check
    }

    /// The rule run over the subject.
    func finding(_ subject: Subject) -> Finding {
        var problems: [InputError] = []
        check(subject)(&problems)
        return Finding(rule: name, summary: summary, problems: problems)
    }
}

/// The result of one named rule.
public struct Finding: Sendable {
    /// The rule, named as a sentence (`EveryPathEndsInAnOutcome`).
    public var rule: String
    /// What the rule checks, in Dutch.
    public var summary: String
    public var problems: [InputError]
    public var passed: Bool { problems.isEmpty }
}
