/// A case: the facts of one situation and the date it is judged on. No
/// personal data: only answers to the content's questions.
public struct Case: Sendable, Equatable {
    public var peildatum: Day
    /// Fact id → answer (option value, `JJJJ-MM-DD`, SWV or school code, or `onbekend`).
    public var answers: [String: String]

    public init(peildatum: Day, answers: [String: String] = [:]) {
        self.peildatum = peildatum
        self.answers = answers
    }
}

/// The case-file format of `advies --casus` and of `bewaar`.
public struct CaseFile: Codable, Sendable, Equatable {
    public var peildatum: Day?
    public var antwoorden: [String: String]

    public init(peildatum: Day?, antwoorden: [String: String]) {
        self.peildatum = peildatum
        self.antwoorden = antwoorden
    }
}
