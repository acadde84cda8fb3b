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

/// Which data a case or fixture is answered on: the real country (default), or the real country plus the
/// invented example SWVs and schools.
public enum DataChoice: String, ClosedSet {
    case echt
    case voorbeeld
}

/// The case-file format of `advies --casus` and of `bewaar`.
public struct CaseFile: Codable, Sendable, Equatable {
    public var peildatum: Day?
    /// `voorbeeld` when the answers name example SWVs or schools; absent for real data.
    public var gegevens: DataChoice?
    public var antwoorden: [String: String]
    /// The dates of which only the month or the year was known, as they were typed (`"datum_aanwijzing": "maart
    /// 2025"`): the answer is the day taken for it, and a resumed interview checks again whether the day matters.
    public var benaderd: [String: String]?

    public init(peildatum: Day?, gegevens: DataChoice? = nil, antwoorden: [String: String], benaderd: [String: String]? = nil) {
        self.peildatum = peildatum
        self.gegevens = gegevens
        self.antwoorden = antwoorden
        self.benaderd = benaderd
    }
}
