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
        let answer = raw.trimmingBlanks()
        if fact.onbekendToegestaan == true, Self.unknownWords.contains(SearchText.fold(answer)) { return .success(Derivations.unknownValue) }
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

    /// A whole case file, checked: every key a question, every value valid, on the date
    /// decided by `Peildatum.decide` (the file's own date is one of its inputs, not decided here).
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
        guard peildatum >= Day.inpassing else {
            throw InputError(.data, file: path, place: "peildatum", Messages.tooEarly(peildatum, Day.inpassing))
        }
        // A date known only by its month or year: the words name that period, and the answer is a day in it.
        for (key, words) in (file.benaderd ?? [:]).sorted(by: { $0.key < $1.key }) {
            let place = "benaderd.\(Sanitized.short(key))"
            guard let answer = answers[key].flatMap({ Day($0) }) else {
                throw InputError(.data, file: path, place: place, Messages.approximateWithoutDate(key))
            }
            // A month and a year fit in a few words: a longer text is no such answer (nor a place for anything else).
            guard words.unicodeScalars.count <= 40, case .period(let from, let through, _) = DateInput.parse(words) else {
                throw InputError(.data, file: path, place: place, Messages.notAPeriod(words))
            }
            guard from <= answer, answer <= through else { throw InputError(.data, file: path, place: place, Messages.outsidePeriod(words, answer)) }
        }
        return Case(peildatum: peildatum, answers: answers)
    }

    func suggestion(for key: String) -> String? {
        Suggestion.nearest(to: key, among: content.facts.filter(\.isAsked).map(\.id))
    }

    enum Messages {
        static func approximateWithoutDate(_ key: String) -> String {
            "hoort bij een datum in de antwoorden; \"\(Sanitized.short(key))\" heeft daar geen datum"
        }
        static func notAPeriod(_ words: String) -> String {
            "\"\(Sanitized.short(words))\" is geen maand of jaar; schrijf zoals bij de vraag, bijvoorbeeld \"maart 2025\" of \"2024\""
        }
        static func outsidePeriod(_ words: String, _ day: Day) -> String {
            "het antwoord (\(day.dutch)) ligt niet in \(Sanitized.short(words))"
        }
        static func notAnOption(_ answer: String, _ valid: String) -> String {
            "\"\(Sanitized.short(answer))\" is geen geldige keuze; kies uit \(valid)"
        }
        static func notADate(_ answer: String) -> String {
            // The form is right but the day does not exist: say that, not which form to use.
            if let reason = Day.whyNoDay(answer.trimmingBlanks()) { return "\"\(Sanitized.short(answer))\" bestaat niet: \(reason)" }
            return "\"\(Sanitized.short(answer))\" is geen geldige datum; gebruik JJJJ-MM-DD (of DD-MM-JJJJ), zoals 2026-09-01"
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

/// Shortens and cleans user input before it is echoed in a message: a short
/// excerpt in which every invisible or text-reordering character is written
/// out (`\u{202E}`), so that a message can never reorder, hide or garble what
/// the terminal shows. The work is bounded whatever the size of the input.
public enum Sanitized {
    /// Combining marks kept after one base character; a longer run is cut.
    static let maximumMarks = 4

    /// At most `limit` characters of `text` (an escape counts as one), then `…` when shortened.
    public static func short(_ text: String, limit: Int = 60) -> String {
        excerpt(text, limit: limit)
    }

    /// A file name or path as given by the user: escaped like `short`, but only very long paths are cut.
    public static func path(_ path: String) -> String {
        excerpt(path, limit: 300)
    }

    static func excerpt(_ text: String, limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var visible = 0
        var marks = 0
        var scanned = 0
        var shortened = false
        for scalar in text.unicodeScalars {
            scanned += 1
            if visible >= limit || scanned > limit * 8 {
                shortened = true
                break
            }
            if scalar.properties.generalCategory.isMark, !needsEscape(scalar) {
                marks += 1
                if marks > maximumMarks {
                    shortened = true
                } else {
                    result.append(scalar)
                }
                continue
            }
            marks = 0
            visible += 1
            if needsEscape(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        if shortened { result.append("…") }
        return String(result)
    }

    /// Characters a terminal does not show as themselves: controls, format characters
    /// (bidi overrides and isolates, zero-width, byte order mark), line and paragraph separators,
    /// private-use and unassigned code points.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, most of every text, without the lookup of its category.
        if scalar.value < 0x7F { return scalar.value < 0x20 }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: return true
        default: return false
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}

/// The nearest known word to a mistyped one (edit distance), for "bedoelt u …?".
/// Both words are compared on their first `maximumLength` Unicode scalars, so the
/// work is bounded whatever anyone types or a file holds.
public enum Suggestion {
    public static let maximumLength = 64
    /// More candidates than this are not compared (no list in Routekaart comes near it).
    static let maximumCandidates = 20_000

    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let target = comparable(word, lowercased: true)
        guard !target.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates.prefix(maximumCandidates) {
            let distance = levenshtein(target, comparable(candidate, lowercased: true))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(2, target.count / 3) else { return nil }
        return best.candidate
    }

    /// The edit distance between the first `maximumLength` scalars of `a` and of `b`.
    public static func distance(_ a: String, _ b: String) -> Int {
        levenshtein(comparable(a, lowercased: false), comparable(b, lowercased: false))
    }

    static func comparable(_ word: String, lowercased: Bool) -> [Unicode.Scalar] {
        let prefix = Array(word.unicodeScalars.prefix(maximumLength))
        guard lowercased else { return prefix }
        return Array(String(String.UnicodeScalarView(prefix)).lowercased().unicodeScalars.prefix(maximumLength))
    }

    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
