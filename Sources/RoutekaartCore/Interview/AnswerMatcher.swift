/// How the interview understands what someone types at a multiple-choice
/// question: a number, an option's words or a clear part of them (`grens`,
/// `lwoo`), everyday yes and no (`Jazeker`, `nee hoor`), and "weet ik niet"
/// where the question allows it. What fits more than one option or none is
/// not guessed: the user gets the nearest option or the choice to make, in
/// the option texts and numbers shown, never in internal ids.
public struct AnswerMatcher: Sendable {
    public let fact: Fact

    public init(fact: Fact) { self.fact = fact }

    /// What a typed line is taken as.
    public enum Outcome: Sendable, Equatable {
        case value(String)
        /// Why the line is not an answer, in Dutch.
        case refused(String)
        /// Not an answer, but close to one: "Bedoelt u …?" (the message) offers `value`; "ja" takes it.
        case suggested(String, message: String)
    }

    // MARK: - Words

    /// The value of "I do not know".
    public static let unknownValue = Derivations.unknownValue
    /// Words that mean "I do not know" (`AnswerValidator.unknownWords`, compared after `normalized`). `?` stays help.
    public static let unknownWords: Set<String> = Set(AnswerValidator.unknownWords.map(normalized)).union(["ik weet het niet"])

    static let yesWords: Set<String> = ["ja", "j", "jazeker", "jawel", "jep", "yes", "y", "klopt", "correct", "uiteraard", "ok", "oke"]
    static let noWords: Set<String> = ["nee", "n", "neen", "nope", "no", "nah", "niet"]
    /// Words that add nothing to a yes or a no (`ja hoor`, `nee zeker niet`).
    static let fillers: Set<String> = ["hoor", "graag", "wel", "toch", "dus", "zeker", "natuurlijk", "inderdaad", "echt", "helaas"]
    /// Words that turn the next word around: `zonder aanwijzing` is not `aanwijzing`.
    static let negations: Set<String> = ["zonder", "geen", "niet"]
    static let stopWords: Set<String> = [
        "de", "het", "een", "of", "en", "in", "op", "van", "voor", "naar", "is", "er", "te", "met", "die", "dat", "wat", "bij", "als", "al",
        "nu", "ook", "aan", "om", "zo", "dan", "ze", "zij", "hij", "u", "ik", "we", "wij",
    ]

    /// Whether `onbekend` is an answer to this fact: where the content allows it (`onbekendToegestaan`,
    /// or an option whose value is `onbekend`). The one place that decides it, for "weet ik niet".
    public static func allowsUnknown(_ fact: Fact) -> Bool {
        fact.onbekendToegestaan == true || fact.option(unknownValue) != nil
    }

    /// True when the line says "I do not know".
    public static func meansUnknown(_ line: String) -> Bool { unknownWords.contains(normalized(line)) }

    /// A plain yes (true) or no (false), or nil when the line is neither or both.
    public static func yesOrNo(_ line: String) -> Bool? {
        let tokens = normalized(line).split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        let yes = tokens.contains { yesWords.contains($0) }
        let no = tokens.contains { noWords.contains($0) }
        guard yes != no else { return nil }
        let allowed = (yes ? yesWords : noWords).union(fillers)
        guard tokens.allSatisfy({ allowed.contains($0) }) else { return nil }
        return yes
    }

    /// Lowercase, without accents, punctuation turned into spaces (`ja.`, `Nee!`, `eigen-criteria`), single spaces.
    public static func normalized(_ text: String) -> String {
        let folded = TextTools.folded(String(String.UnicodeScalarView(text.unicodeScalars.prefix(200))))
        let spaced = folded.unicodeScalars.map { scalar -> Character in
            TextTools.isAlphanumeric(scalar) ? Character(scalar) : " "
        }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// The words of a text for matching: no stop words, and a word after a negation joined to it (`zonder+aanwijzing`).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var negation: String?
        for token in normalized(text).split(separator: " ").map(String.init) {
            if let pending = negation, !stopWords.contains(token) {
                result.append(pending + "+" + token)
                negation = nil
                continue
            }
            if negations.contains(token) {
                result.append(token)
                negation = token
                continue
            }
            if !stopWords.contains(token) { result.append(token) }
        }
        return result
    }

    /// Endings that make another form of one word: `verhuizen`, `verhuist` and `verhuizing`.
    static let typedEndings: Set<String> = ["", "e", "en", "t", "d", "n", "s", "er"]
    static let optionEndings: Set<String> = ["", "e", "en", "ing", "ingen", "t", "d", "s", "isch", "ische"]

    /// A typed word fits an option's word when it starts it (at least two letters), or when both are forms
    /// of one word: the same stem of five or more letters and a common ending (`aanmelden`, `aanmelding`).
    /// A typo (`aanwijzign`) is no form: it gets a suggestion, not a guess.
    static func fits(_ typed: String, _ word: String) -> Bool {
        if typed == word { return true }
        if typed.count >= 2, word.hasPrefix(typed) { return true }
        let common = zip(typed, word).prefix { $0 == $1 }.count
        guard common >= 5 else { return false }
        return typedEndings.contains(String(typed.dropFirst(common))) && optionEndings.contains(String(word.dropFirst(common)))
    }

    // MARK: - Matching

    var options: [Option] { fact.opties ?? [] }

    public func match(_ line: String) -> Outcome {
        let typed = Self.normalized(line)
        guard !typed.isEmpty else {
            return .refused(Messages.noMatch(line, options, unknownAllowed: Self.allowsUnknown(fact) && fact.option(Self.unknownValue) == nil))
        }
        if let number = Int(line.trimmingBlanks()) ?? Int(typed) {
            // Where "weet ik niet" is allowed, it is listed as the number after the options.
            let unknownAllowed = Self.allowsUnknown(fact) && fact.option(Self.unknownValue) == nil
            if unknownAllowed, number == options.count + 1 { return .value(Self.unknownValue) }
            guard options.indices.contains(number - 1) else {
                return .refused(Messages.outOfRange(number, options.count + (unknownAllowed ? 1 : 0)))
            }
            return .value(options[number - 1].waarde)
        }
        if Self.unknownWords.contains(typed) {
            return Self.allowsUnknown(fact) ? .value(Self.unknownValue) : .refused(Messages.unknownNotAllowed)
        }
        if let exact = options.first(where: { option in
            [option.waarde, option.kort ?? "", option.tekst].contains { Self.normalized($0) == typed }
        }) {
            return .value(exact.waarde)
        }
        if let answer = yesOrNo(typed) { return answer }
        if let answer = byWords(typed) { return answer }
        if let named = oneOptionNamed(typed) { return .suggested(named.waarde, message: Messages.didYouMean(line, label(named))) }
        if typed.count >= 3, let near = nearest(typed) { return .suggested(near.waarde, message: Messages.didYouMean(line, label(near))) }
        let unknownAllowed = Self.allowsUnknown(fact) && fact.option(Self.unknownValue) == nil
        // A typo of "weet ik niet" is understood as such a question, not as nonsense.
        if unknownAllowed, typed.count >= 6, Self.unknownWords.contains(where: { Suggestion.distance(typed, $0) <= 2 }) {
            return .suggested(Self.unknownValue, message: Messages.didYouMean(line, "weet ik niet"))
        }
        return .refused(Messages.noMatch(line, options, unknownAllowed: unknownAllowed))
    }

    /// Yes and no for a question with the options `ja` and `nee`.
    func yesOrNo(_ typed: String) -> Outcome? {
        guard fact.option("ja") != nil, fact.option("nee") != nil else { return nil }
        let tokens = Set(typed.split(separator: " ").map(String.init))
        if !tokens.isDisjoint(with: Self.yesWords) && !tokens.isDisjoint(with: Self.noWords) {
            return .refused(Messages.yesAndNo(typed))
        }
        return Self.yesOrNo(typed).map { .value($0 ? "ja" : "nee") }
    }

    /// Every typed word fits a word of exactly one option: first among the values, then also the short
    /// texts, then also the full texts. Several options at one level is ambiguous and not guessed.
    func byWords(_ typed: String) -> Outcome? {
        let typedWords = Self.words(typed)
        guard !typedWords.isEmpty else { return nil }
        let levels: [(Option) -> String] = [
            { $0.waarde }, { $0.waarde + " " + ($0.kort ?? "") }, { $0.waarde + " " + ($0.kort ?? "") + " " + $0.tekst },
        ]
        for level in levels {
            let fitting = options.enumerated().filter { _, option in
                let optionWords = Self.words(level(option))
                return typedWords.allSatisfy { typedWord in optionWords.contains { Self.fits(typedWord, $0) } }
            }
            if fitting.count == 1 { return .value(fitting[0].element.waarde) }
            if fitting.count > 1 {
                return .refused(Messages.ambiguous(typed, fitting.map { ($0.offset + 1, label($0.element)) }))
            }
        }
        return nil
    }

    /// The one option a sentence names among other words ("we gaan verhuizen"): offered, not taken. Conservative: not
    /// at a yes/no question (an option's explanation may share words with the opposite answer), not for a sentence with
    /// a yes, a no or a negation, and only when across all of every option's words (value, short text, text) exactly one
    /// option is named; a word of four letters or more names an option by a form of one of its words, a shorter one
    /// (`pro`, `tlv`) only as it is.
    func oneOptionNamed(_ typed: String) -> Option? {
        guard fact.option("ja") == nil || fact.option("nee") == nil else { return nil }
        let typedWords = Self.words(typed)
        guard typedWords.count > 1,
            !typedWords.contains(where: { $0.contains("+") || Self.negations.contains($0) || Self.yesWords.contains($0) || Self.noWords.contains($0) }
            )
        else { return nil }
        var named: [Option] = []
        for option in options {
            let optionWords = Self.words(option.waarde + " " + (option.kort ?? "") + " " + option.tekst)
            let names = typedWords.contains { word in optionWords.contains { word.count >= 4 ? Self.fits(word, $0) : word == $0 } }
            if names { named.append(option) }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The option nearest to a typo: by edit distance to the words the user sees (its short text and its text),
    /// at most one edit in four letters, so that a suggestion is a likely typo and not a guess.
    func nearest(_ typed: String) -> Option? {
        var best: (option: Option, distance: Int)?
        for option in options {
            for text in [option.kort ?? "", option.tekst] where !text.isEmpty {
                let distance = Suggestion.distance(typed, Self.normalized(text))
                if distance < (best?.distance ?? Int.max) { best = (option, distance) }
            }
        }
        guard let best, best.distance <= max(1, typed.count / 4) else { return nil }
        return best.option
    }

    func label(_ option: Option) -> String { option.kort ?? option.tekst }

    enum Messages {
        static func outOfRange(_ number: Int, _ count: Int) -> String {
            "\(number) is geen nummer uit de lijst; kies 1 tot en met \(count)."
        }
        static func noMatch(_ line: String, _ options: [Option], unknownAllowed: Bool = false) -> String {
            "\"\(Sanitized.short(line))\" is geen van de keuzes. Typ een nummer van 1 tot en met \(options.count + (unknownAllowed ? 1 : 0)), "
                + "of een woord uit de keuze" + (options.first.map { " (bijvoorbeeld '\($0.kort ?? $0.tekst)')" } ?? "")
                + (unknownAllowed ? ", of 'weet ik niet'" : "") + "."
        }
        static func didYouMean(_ line: String, _ label: String) -> String {
            "\"\(Sanitized.short(line))\" is geen van de keuzes. Bedoelt u '\(label)'? Typ ja, het nummer of het woord."
        }
        static func ambiguous(_ typed: String, _ candidates: [(number: Int, label: String)]) -> String {
            "\"\(Sanitized.short(typed))\" past bij meer dan één keuze ("
                + candidates.map { "\($0.number). \($0.label)" }.joined(separator: "; ") + "). Typ het nummer."
        }
        static func yesAndNo(_ typed: String) -> String {
            "\"\(Sanitized.short(typed))\" is zowel ja als nee. Typ ja of nee."
        }
        static let unknownNotAllowed = "Bij deze vraag is 'weet ik niet' geen antwoord. Typ ? voor uitleg bij de vraag."
    }
}
