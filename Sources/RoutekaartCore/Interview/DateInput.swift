/// A date as people type it in the interview: a whole date in words (`15 maart 2023`, `15 mrt 2023`), or, when the
/// day is not known, a month (`maart 2023`) or a year (`2023`). Numeric dates (`2023-03-15`, `15-3-2023`) are read
/// by `AnswerValidator`; this reads the rest.
public enum DateInput: Sendable, Equatable {
    /// A whole date.
    case day(Day)
    /// A month or a year: every day from the first to the last, and how it was typed (`maart 2023`).
    case period(from: Day, through: Day, words: String)

    /// Month names and their usual short forms, lower case.
    static let months: [String: Int] = {
        var result: [String: Int] = [:]
        for (index, name) in Day.monthNames.enumerated() {
            result[name] = index + 1
            result[String(name.prefix(3))] = index + 1
        }
        result["mrt"] = 3
        result["sept"] = 9
        result["okt"] = 10
        return result
    }()

    /// The date or period a line names, or nil when it names none.
    public static func parse(_ text: String) -> DateInput? {
        let words = AnswerMatcher.normalized(text).split(separator: " ").map(String.init)
        switch words.count {
        case 1:
            guard let year = year(words[0]), let from = Day(year: year, month: 1, day: 1), let through = Day(year: year, month: 12, day: 31)
            else { return nil }
            return .period(from: from, through: through, words: "\(year)")
        case 2:
            guard let month = months[words[0]], let year = year(words[1]), let from = Day(year: year, month: month, day: 1),
                let through = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
            else { return nil }
            return .period(from: from, through: through, words: "\(Day.monthNames[month - 1]) \(year)")
        case 3:
            guard let day = Int(words[0]), let month = months[words[1]], let year = year(words[2]),
                let date = Day(year: year, month: month, day: day)
            else { return nil }
            return .day(date)
        default:
            return nil
        }
    }

    static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1900...2200).contains(year) else { return nil }
        return year
    }
}

/// A date answered as a month or a year, and the day taken for it.
struct ApproximateDate: Sendable, Equatable {
    var words: String
    var from: Day
    var through: Day
    var chosen: Day

    /// The other end of the period: what the advice is checked against.
    var other: Day { chosen == from ? through : from }
}

extension ApproximateDate {
    /// The months and years of a case file (`CaseFile.benaderd`, checked by `AnswerValidator`) for the answers that are
    /// still their day.
    static func restored(_ words: [String: String], answers: [String: String], content: Content) -> [String: ApproximateDate] {
        var result: [String: ApproximateDate] = [:]
        for (id, text) in words {
            guard let fact = content.fact(id), let chosen = answers[id].flatMap({ Day($0) }),
                case .period(let from, let through, let typed) = DateInput.parse(text), from <= chosen, chosen <= through
            else { continue }
            // The only day the fact's rule allows there leaves nothing to check against (as when it was answered).
            let only = InterviewSession.dayTaken(for: fact, from: from, through: through).reason == InterviewSession.Messages.onlyPossibleDay
            result[id] = ApproximateDate(words: typed, from: only ? chosen : from, through: only ? chosen : through, chosen: chosen)
        }
        return result
    }

    /// For each date given as a month or a year: whether the other end of that period gives the same advice. `numbers`:
    /// the answer numbers `wijzig N` takes, in the interview (none for a case file).
    static func notes(
        _ periods: [String: ApproximateDate], answers: [String: String], peildatum: Day, engine: Engine, advice: Advice,
        numbers: [String: Int] = [:]
    ) -> String {
        var text = ""
        for (fact, period) in periods.sorted(by: { $0.key < $1.key })
        where answers[fact] == period.chosen.description && period.other != period.chosen {
            var other = answers
            other[fact] = period.other.description
            let same: Bool
            switch try? engine.evaluate(Case(peildatum: peildatum, answers: other)) {
            // Only what one can act on counts: the texts naming the other day is no different advice.
            case .advice(let alternative): same = alternative.root.substance(ignoring: [fact]) == advice.root.substance(ignoring: [fact])
            default: same = false
            }
            text +=
                same
                ? InterviewSession.Messages.dayDoesNotMatter(period.words, period.other)
                : InterviewSession.Messages.dayMatters(period.words, period.other, numbers[fact])
        }
        return text
    }

}

extension CaseFile {
    /// For each date this case file knows only by its month or year (`benaderd`): whether its day matters to the
    /// advice on `situation` (the file as validated); empty when it has none.
    public func approximationNotes(for situation: Case, engine: Engine, advice: Advice) -> String {
        let periods = ApproximateDate.restored(benaderd ?? [:], answers: situation.answers, content: engine.content)
        return ApproximateDate.notes(periods, answers: situation.answers, peildatum: situation.peildatum, engine: engine, advice: advice)
    }
}
