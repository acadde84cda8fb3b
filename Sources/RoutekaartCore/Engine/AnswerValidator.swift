/// Checks and normalises one answer to one question: an option's value, a
/// real date, a known SWV or school code, or `onbekend` where allowed.
public struct AnswerValidator: Sendable {
    public let content: Content
    public let model: Model

    public init(content: Content, model: Model) {
        self.content = content
        self.model = model
    }

    /// The normalised answer, or a Dutch message saying what is wrong.
    public func normalize(_ raw: String, for fact: Fact) -> Result<String, AnswerProblem> {
        let answer = raw.trimmingCharacters(in: .whitespaces)
        if fact.onbekendToegestaan == true, Self.unknownWords.contains(ModelSearch.fold(answer)) { return .success(Derivations.unknownValue) }
        switch fact.soort {
        case .keuze:
            if fact.option(answer) != nil { return .success(answer) }
            let valid = (fact.opties ?? []).map { "\"\($0.waarde)\"" }.joined(separator: ", ")
            return .failure(AnswerProblem(Messages.notAnOption(answer, valid)))
        case .datum:
            guard let day = Day(answer, allowDutchOrder: true) else { return .failure(AnswerProblem(Messages.notADate(answer))) }
            if let earliest = fact.vroegsteDatum, day < earliest {
                return .failure(AnswerProblem(Messages.tooEarly(day, earliest) + (fact.vroegsteDatumUitleg.map { " " + $0 } ?? "")))
            }
            return .success(day.description)
        case .swv:
            if model.swv(answer) != nil { return .success(answer) }
            return .failure(AnswerProblem(Messages.unknownSWV(answer)))
        case .school:
            if model.school(answer) != nil { return .success(answer) }
            return .failure(AnswerProblem(Messages.unknownSchool(answer)))
        }
    }

    /// What people type when they do not know: each means the value `onbekend`.
    public static let unknownWords: Set<String> = ["onbekend", "weet ik niet", "weet niet", "weetikniet", "geen idee", "onbekend."]

    /// A whole case file, checked: every key a question, every value valid.
    public func validate(_ file: CaseFile, path: String, peildatum: Day) throws(InputError) -> Case {
        var answers: [String: String] = [:]
        for key in file.antwoorden.keys.sorted() {
            let raw = file.antwoorden[key] ?? ""
            guard let fact = content.fact(key), fact.isAsked else {
                throw InputError(
                    .data, file: path, place: "antwoorden.\(Sanitized.short(key))", Messages.unknownQuestion(key, suggestion: suggestion(for: key)))
            }
            switch normalize(raw, for: fact) {
            case .success(let value): answers[key] = value
            case .failure(let problem): throw InputError(.data, file: path, place: "antwoorden.\(Sanitized.short(key))", problem.message)
            }
        }
        let date = file.peildatum ?? peildatum
        guard date >= Day.inpassing else {
            throw InputError(.data, file: path, place: "peildatum", Messages.tooEarly(date, Day.inpassing))
        }
        return Case(peildatum: date, answers: answers)
    }

    func suggestion(for key: String) -> String? {
        Suggestion.nearest(to: key, among: content.facts.filter(\.isAsked).map(\.id))
    }

    enum Messages {
        static func notAnOption(_ answer: String, _ valid: String) -> String {
            "\"\(Sanitized.short(answer))\" is geen geldige keuze; kies uit \(valid)"
        }
        static func notADate(_ answer: String) -> String {
            "\"\(Sanitized.short(answer))\" is geen geldige datum; gebruik JJJJ-MM-DD (of DD-MM-JJJJ), zoals 2026-09-01"
        }
        static func tooEarly(_ day: Day, _ earliest: Day) -> String {
            "\(day.dutch) ligt vóór \(earliest.dutch); Routekaart geeft advies vanaf de inpassing van lwoo en pro in passend onderwijs (1 januari 2016)"
        }
        static func unknownSWV(_ answer: String) -> String {
            "\"\(Sanitized.short(answer))\" is geen bekend samenwerkingsverband; gebruik een code uit 'routekaart swv lijst' of \"onbekend\""
        }
        static func unknownSchool(_ answer: String) -> String {
            "\"\(Sanitized.short(answer))\" is geen bekende school; gebruik een code uit 'routekaart school zoek TEKST' of \"onbekend\""
        }
        static func unknownQuestion(_ key: String, suggestion: String?) -> String {
            "\"\(Sanitized.short(key))\" is geen vraag van de routekaart; een casus bevat alleen antwoorden op vragen"
                + (suggestion.map { " (bedoelt u \"\($0)\"?)" } ?? "")
        }
    }
}

/// What is wrong with an answer, in Dutch.
public struct AnswerProblem: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Shortens and cleans user input before it is echoed in a message.
public enum Sanitized {
    public static func short(_ text: String, limit: Int = 60) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
        return clean.count > limit ? String(clean.prefix(limit)) + "…" : clean
    }
}

/// The nearest known word to a mistyped one (edit distance), for "bedoelt u …?".
public enum Suggestion {
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.prefix(200))
        let b = Array(b.prefix(200))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
