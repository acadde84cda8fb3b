/// The cases of conditional advice as a reader scans them: one line per case, and a condition that several cases
/// share said once, as a heading above them ("Gaat de leerling niet naar het praktijkonderwijs? Dan:"), so that no
/// line repeats what the line above already said.
public struct CaseOutline: Sendable {
    /// One line: a heading (a condition shared by the cases under it) or a case.
    public struct Line: Sendable {
        /// How many headings it stands under.
        public var depth: Int
        /// The condition in words: for a heading the shared one, for a case what is left of its own.
        public var condition: String
        /// The index of the case in `AdviceDocument.cases`; nil for a heading.
        public var caseIndex: Int?
        /// The cases that share this line with it: they differ only in words the brief advice does not show.
        public var also: [Int] = []

        /// Every case of the line, in order.
        public var caseIndices: [Int] { (caseIndex.map { [$0] } ?? []) + also }
    }

    public var lines: [Line]

    /// The order of the cases in the outline (a case's label follows it).
    public var order: [Int] { lines.flatMap(\.caseIndices) }

    /// The outline of cases, each given by its alternatives (conditions in the order of the tree).
    init(_ cases: [[[AdviceDocument.ConditionView]]]) {
        var entries: [Entry] = []
        for (index, alternatives) in cases.enumerated() {
            guard let first = alternatives.first else { continue }
            if alternatives.count == 1 {
                entries.append(Entry(index: index, keys: first, rest: []))
            } else {
                // What every alternative says is a condition of the case; the rest is a choice between them.
                let common = first.filter { condition in alternatives.allSatisfy { $0.contains(condition) } }
                entries.append(Entry(index: index, keys: common, rest: alternatives.map { $0.filter { !common.contains($0) } }))
            }
        }
        lines = Self.lines(entries, depth: 0)
    }

    struct Entry {
        var index: Int
        var keys: [AdviceDocument.ConditionView]
        /// Alternatives still to choose between after `keys` (empty: none).
        var rest: [[AdviceDocument.ConditionView]]
    }

    static func lines(_ entries: [Entry], depth: Int) -> [Line] {
        // Groups by the first condition, in the order they first appear.
        var groups: [(key: AdviceDocument.ConditionView?, entries: [Entry])] = []
        for entry in entries {
            let key = entry.keys.first
            if let key, let at = groups.firstIndex(where: { $0.key == key }) {
                groups[at].entries.append(entry)
            } else {
                groups.append((key, [entry]))
            }
        }
        var result: [Line] = []
        for group in groups {
            if let key = group.key, group.entries.count > 1 {
                result.append(Line(depth: depth, condition: AdviceDocument.words([[key]]), caseIndex: nil))
                result += lines(group.entries.map { Entry(index: $0.index, keys: Array($0.keys.dropFirst()), rest: $0.rest) }, depth: depth + 1)
            } else {
                for entry in group.entries {
                    result.append(Line(depth: depth, condition: words(entry), caseIndex: entry.index))
                }
            }
        }
        return result
    }

    /// A case's own condition: its conditions, and the choice between its alternatives.
    static func words(_ entry: Entry) -> String {
        guard !entry.rest.isEmpty else { return AdviceDocument.words([entry.keys]) }
        if entry.keys.isEmpty { return AdviceDocument.words(entry.rest) }
        // "Werkt … en heeft … geen licentie, en daarbij: is de aanwijzing …, of is ze …?"
        let own = AdviceDocument.words([entry.keys])
        let choice = AdviceDocument.words(entry.rest)
        return own.withoutQuestionMark + ", " + AdviceRenderer.Messages.andThen + " "
            + AdviceDocument.lowercasingFirst(choice, entry.rest.first?.first)
    }
}

extension AdviceDocument {
    /// Conditions in words: each alternative's conditions joined with "en", the alternatives with "of"; a question
    /// mark when they are all questions ("Werkt … met eigen criteria en heeft … geen lwoo-licentie?").
    public static func words(_ alternatives: [[ConditionView]]) -> String {
        let questions = alternatives.allSatisfy { $0.allSatisfy(\.isQuestion) }
        let parts = alternatives.enumerated().map { index, conditions in
            conditions.enumerated().map { position, item in
                let text = item.text.withoutQuestionMark
                return index > 0 || position > 0 ? lowercasingFirst(text, item) : text
            }.joined(separator: questions ? " " + AdviceRenderer.Messages.and + " " : "; ")
        }
        let joined = parts.joined(separator: ", " + AdviceRenderer.Messages.or + " ")
        return joined.isEmpty ? "" : joined + (questions ? "?" : "")
    }

    /// A condition that starts with a verb goes on in lower case; one that starts with a name does not.
    static func lowercasingFirst(_ text: String, _ condition: ConditionView?) -> String {
        guard condition?.startsWithName != true, let first = text.first, first.isUppercase else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension String {
    /// The text without the question mark at its end, if it has one (cut at the last character, not counted to it).
    fileprivate var withoutQuestionMark: String { hasSuffix("?") ? String(self[..<index(before: endIndex)]) : self }
}
