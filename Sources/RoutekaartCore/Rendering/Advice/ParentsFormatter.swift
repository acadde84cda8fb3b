/// The advice in the parents' voice, to read aloud: at most `maximumWords` words, no labels or codes, every term
/// explained the first time it is said, and whom to call. With facts still unknown it says that the school finds
/// them out, and what the possible outcomes are, one sentence each.
struct ParentsFormatter {
    var styled: Bool
    /// The most words a reader can read aloud in about two minutes.
    static let maximumWords = 300

    typealias Messages = AdviceRenderer.Messages

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func format(_ document: AdviceDocument) -> String {
        // Shorter and shorter until it fits: without the notes, then steps in one sentence, then fewer possibilities.
        var text = ""
        for level in 0...4 {
            text = format(document, level: level)
            if Sentences.wordCount(text) <= Self.maximumWords { break }
        }
        return text
    }

    /// The advice at a level of brevity (0: every step in one or two sentences; 4: the least that still says what
    /// happens and whom to call).
    func format(_ document: AdviceDocument, level: Int) -> String {
        var explainer = document.explainer
        func say(_ text: String) -> String { explainer.explain(text) }
        func short(_ text: String) -> String {
            level < 2 ? Sentences.short(text, maxWords: 30) : Sentences.split(text, limit: 1).first ?? text
        }
        var lines: [String] = []
        let branched = document.cases.count > 1
        lines.append(bold(Messages.parentsHeading))
        if !branched, let only = document.cases.first {
            lines.append(say(short(only.outcome.summary)))
            let steps = level >= 4 ? Array(only.outcome.steps.prefix(3)) : only.outcome.steps
            if !steps.isEmpty {
                lines += ["", bold(Messages.whatHappens)]
                lines += steps.enumerated().map { "\($0.offset + 1). " + say(short($0.element.text)) }
            }
        } else {
            lines.append(Messages.dependsForParents)
            lines += document.inquiries.enumerated().map { "\($0.offset + 1). " + say(short($0.element.text)) }
            let outcomes = Self.possibilities(document.cases.map(\.outcome.summary), oneSentence: level >= 3)
            let shown = level >= 3 ? Array(outcomes.prefix(3)) : outcomes
            lines += ["", Messages.possibilities(shown.count, more: outcomes.count > shown.count)]
            lines += shown.enumerated().map { "\($0.offset + 1). " + say($0.element) }
            if outcomes.count > shown.count { lines.append(Messages.morePossibilities) }
            // What the parents themselves must do by a date in some cases only (register in March, for a child from
            // the basisschool): said whatever the school finds out, since they may be the ones who must act.
            let own = Self.ownStepsInSomeCases(document)
            if !own.isEmpty {
                lines += ["", Messages.yourStepsIfSo]
                lines += (level >= 4 ? Array(own.prefix(2)) : own).enumerated().map { "\($0.offset + 1). " + say(short($0.element)) }
            }
            let common = level >= 3 ? Array(document.common.prefix(2)) : document.common
            if !common.isEmpty, level < 4 {
                lines += ["", bold(Messages.inEveryCaseForParents)]
                lines += common.enumerated().map { "\($0.offset + 1). " + say(short($0.element.text)) }
            }
        }
        if document.interpretation != nil, level == 0 { lines += ["", Messages.interpretationForParents] }
        if !document.warnings.isEmpty { lines += [""] + document.warnings }
        lines.append("")
        lines.append(say(Messages.whomToCall(document.contacts)))
        if level == 0 { lines.append(Messages.parentsSources) }
        lines.append(Messages.footer(document.peildatum))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The parents' own steps with a termijn that some cases have and others do not, each once, in the order of the
    /// cases (whom to ask or where to object, without a date, the line with whom to call already covers).
    static func ownStepsInSomeCases(_ document: AdviceDocument) -> [String] {
        let common = Set(document.common.map(\.text))
        var seen = Set<String>()
        return document.cases.flatMap(\.outcome.steps).compactMap { step in
            guard step.actor == .ouders, step.deadline != nil, !common.contains(step.text), seen.insert(step.text).inserted else { return nil }
            return step.text
        }
    }

    /// What each possible outcome comes to, each said once: its first sentence, or its first two when the first is
    /// one that other outcomes start with too ("Uw kind heeft een aanwijzing voor lwoo.").
    static func possibilities(_ summaries: [String], oneSentence: Bool) -> [String] {
        let sentences = summaries.map { Sentences.split($0) }
        var seen = Set<String>()
        var result: [String] = []
        for parts in sentences {
            guard let first = parts.first else { continue }
            let shared = sentences.filter { $0.first == first }.count > 1
            var text = first
            if shared, parts.count > 1 { text += " " + parts[1] }
            if seen.insert(text).inserted { result.append(text) }
            seen.insert(first)
        }
        return result
    }
}
