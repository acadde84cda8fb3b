/// The one line per case of the brief advice, made so that no two read the same.
///
/// A case's line gives its outcome and its decisive deadline. Cases with the same outcome and deadline differ in
/// their steps only (one may still allow a new application, the other not): their lines would read word for word
/// the same, and the reader could not see why the fact that tells them apart is worth finding out. So:
/// - cases whose steps read the same in the brief advice (the same actor, the same short text, the same deadline)
///   share one line: they differ only in words the brief advice does not show;
/// - every other case of such a group says what sets it apart: the first of its steps the others do not all have,
///   in a few words (the step's `kort`, else its first clause); when that still reads the same as another's, the
///   next such step, until the lines differ.
enum BriefLines {
    /// Groups of case indices, one per line, in the order of their first case; sets `difference` on the cases
    /// whose line would otherwise read the same as another's.
    static func lines(_ cases: inout [AdviceDocument.CaseView]) -> [[Int]] {
        var byLine: [(key: String, members: [Int])] = []
        // The brief form of every step text met so far.
        var briefTexts: [String: String] = [:]
        for (index, item) in cases.enumerated() {
            let key = line(item)
            if let at = byLine.firstIndex(where: { $0.key == key }) { byLine[at].members.append(index) } else { byLine.append((key, [index])) }
        }
        var groups: [[Int]] = []
        for same in byLine {
            guard same.members.count > 1 else {
                groups.append(same.members)
                continue
            }
            // Cases whose steps read the same in the brief advice share a line.
            // Each step's brief form once: the comparisons below read it many times, and the cases share most steps.
            var briefs: [Int: [String]] = [:]
            for index in same.members { briefs[index] = cases[index].outcome.steps.map { brief($0, briefTexts: &briefTexts) } }
            var merged: [(key: String, members: [Int])] = []
            for index in same.members {
                let key = (briefs[index] ?? []).joined(separator: "\u{1F}")
                if let at = merged.firstIndex(where: { $0.key == key }) { merged[at].members.append(index) } else { merged.append((key, [index])) }
            }
            let lines = merged.map(\.members)
            if lines.count > 1 {
                let firsts = lines.map { $0[0] }
                let found = differences(firsts.map { cases[$0].outcome.steps }, briefs: firsts.map { briefs[$0] ?? [] })
                for (members, words) in zip(lines, found) where !words.isEmpty {
                    for index in members { cases[index].difference = words.joined(separator: "; ") }
                }
            }
            groups += lines
        }
        return groups.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    /// What the line of a case says besides its condition: the outcome and the decisive deadline.
    static func line(_ item: AdviceDocument.CaseView) -> String {
        item.outcome.title + "\u{1F}" + (item.decisive.flatMap(TextAdviceFormatter.deadlineWords) ?? "")
    }

    /// A step as the brief advice shows it; `briefTexts`: the brief form of the step texts met so far.
    static func brief(_ step: AdviceDocument.StepView, briefTexts: inout [String: String]) -> String {
        let text: String
        if let known = briefTexts[step.text] {
            text = known
        } else {
            text = Sentences.short(step.text)
            briefTexts[step.text] = text
        }
        return [step.actor.label, text, step.deadline?.text ?? ""].joined(separator: "\u{1E}")
    }

    /// Per case (given by its steps), the few words that set it apart from the others: each round, among cases whose
    /// words are still the same, the first step of each that those others do not all have.
    /// `briefs`: each case's steps in their brief form (`brief`), in step order.
    static func differences(_ cases: [[AdviceDocument.StepView]], briefs: [[String]]) -> [[String]] {
        var words = cases.map { _ in [String]() }
        var used = cases.map { _ in Set<String>() }
        var colliding = [Array(cases.indices)]
        for _ in 0..<8 {
            var changed = false
            for group in colliding where group.count > 1 {
                let sets = group.map { Set(briefs[$0]) }
                let shared = sets.dropFirst().reduce(sets.first ?? []) { $0.intersection($1) }
                for index in group {
                    guard
                        let position = briefs[index].indices.first(where: {
                            !shared.contains(briefs[index][$0]) && !used[index].contains(briefs[index][$0])
                        })
                    else { continue }
                    used[index].insert(briefs[index][position])
                    words[index].append(short(cases[index][position]))
                    changed = true
                }
            }
            guard changed else { break }
            // The cases whose words still read the same, grouped.
            var same: [[String]: [Int]] = [:]
            for group in colliding { for index in group { same[words[index], default: []].append(index) } }
            colliding = same.values.filter { $0.count > 1 }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
            if colliding.isEmpty { break }
        }
        return words
    }

    /// A step in a few words: its `kort`, else the first clause of its brief text, starting in lower case.
    static func short(_ step: AdviceDocument.StepView) -> String {
        if let short = step.short { return short }
        let text = Sentences.short(step.text)
        let clause = String(text.prefix { $0 != ";" && $0 != ":" }).trimmingCharacters(in: " .,")
        return lowercasingFirstWord(clause.isEmpty ? text : clause)
    }

    /// "Vraag …" → "vraag …"; a name or an abbreviation ("RSV Breda eo", "BRON") keeps its capitals.
    static func lowercasingFirstWord(_ text: String) -> String {
        let first = text.prefix { $0 != " " }
        guard let head = first.first, head.isUppercase, first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return text }
        return head.lowercased() + text.dropFirst()
    }
}
