/// The verbatim law text under a rule or a step, so that a reader sees what it rests
/// on (`waarom`, the reviewer's book), as Catala puts the code under the text.
///
/// The words are the law's; the layout is the reader's. The stored text keeps the line
/// breaks of its source and Markdown link labels (`[artikel 8.5, eerste lid][ref2]`), and
/// its version names the harvest it came from. A zorgcoördinator reads each paragraph
/// as one line (the terminal wraps it at its own width), a link as its words, and the
/// version as where the text was published and which version it is.
public struct LawTextLines: Sendable {
    public let laws: LawLibrary

    public init(laws: LawLibrary) { self.laws = laws }

    /// The texts of the law citations among `citations`, read on `day`, each once.
    public func excerpts(_ citations: [String], on day: Day) -> [LawExcerpt] {
        return unique(citations.compactMap { laws.lawText(for: $0, on: day) }, by: \.title)
    }

    /// One excerpt as indented lines: the title with the version, the text, the official link.
    public func lines(_ excerpt: LawExcerpt, indent: String, note: String? = nil) -> [String] {
        var lines = [indent + Messages.heading(excerpt.title, note)]
        lines += Self.paragraphs(excerpt.lines).map { $0.isEmpty ? "" : indent + "  " + $0 }
        if let version = excerpt.version { lines.append(indent + "  " + Messages.version(Self.provenance(version))) }
        if let link = excerpt.link { lines.append(indent + "  " + Messages.link(link)) }
        return lines
    }

    /// The texts the steps of the advice rest on, each once, with the steps that cite it, each named once:
    /// `stap 2`, or with branches (where each case numbers its own steps) the step's first words
    /// (`bij „Vraag de aanwijzing lwoo aan …”`), as the reader finds them in the advice.
    public func stepLines(_ advice: Advice, indent: String) -> [String] {
        var order: [String] = []
        var byTitle: [String: (excerpt: LawExcerpt, steps: [String])] = [:]
        let branched = advice.leaves.count > 1
        for leaf in advice.leaves {
            let filled = branched ? leaf.outcome.stappen : []
            for (index, step) in leaf.templateSteps.enumerated() {
                for excerpt in excerpts(step.bronnen, on: leaf.day(of: step.datum)) {
                    if byTitle[excerpt.title] == nil {
                        order.append(excerpt.title)
                        byTitle[excerpt.title] = (excerpt, [])
                    }
                    let label = index < filled.count ? Messages.opening(Self.opening(filled[index].wat)) : Messages.step(index + 1)
                    if byTitle[excerpt.title]?.steps.contains(label) == false { byTitle[excerpt.title]?.steps.append(label) }
                }
            }
        }
        guard !order.isEmpty else { return [] }
        var lines = [Messages.stepsHeading]
        for title in order {
            guard let entry = byTitle[title] else { continue }
            let note = branched ? Messages.atSteps(entry.steps) : entry.steps.joined(separator: ", ")
            lines += self.lines(entry.excerpt, indent: indent, note: note)
        }
        return lines
    }

    /// The first words of a step, enough to find it: up to six words, without the punctuation after the last.
    static func opening(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > 6 else { return text }
        let head = words.prefix(6).joined(separator: " ")
        return String(head.reversed().drop { ",;:.".contains($0) }.reversed())
    }

    /// The text as paragraphs: the lines of one paragraph (up to an empty line) joined into one,
    /// links reduced to their words. Empty lines between paragraphs stay.
    static func paragraphs(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func close() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in lines {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty {
                close()
                if result.last.map({ !$0.isEmpty }) ?? false { result.append("") }
            } else {
                current.append(plainLinks(trimmed))
            }
        }
        close()
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// `[artikel 8.5, eerste lid][ref2]` and `[richtlijn 2024/1346](32024L1346)` → their words.
    /// A bracket that is not such a link (`[…]`, where text was left out) stays as it is.
    static func plainLinks(_ line: String) -> String {
        let characters = Array(line)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "[", let close = characters[(index + 1)...].firstIndex(of: "]"),
                close + 1 < characters.count, let closer = Self.closer(of: characters[close + 1]),
                let end = characters[(close + 2)...].firstIndex(of: closer), !characters[(index + 1)..<close].contains("[")
            {
                result += String(characters[(index + 1)..<close])
                index = end + 1
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// The bracket that closes a link's target: `][ref1]` or `](target)`.
    private static func closer(of opener: Character) -> Character? {
        switch opener {
        case "[": "]"
        case "(": ")"
        default: nil
        }
    }

    /// The version of a text in words: where it was published and of which date
    /// ("wetten.overheid.nl, versie van 1 augustus 2026"), without the way it was harvested
    /// (a repository and a commit mean nothing to a school). Unreadable: the text up to its first
    /// parenthesis, else as it stands.
    static func provenance(_ version: String) -> String {
        let publisher = Self.publisher(in: version)
        guard let day = Self.firstDay(in: version) else {
            let head = version.split(separator: "(", maxSplits: 1).first.map { String($0).trimmingBlanks() } ?? version
            return head.isEmpty ? version : head
        }
        return Messages.provenance(publisher: publisher, day: day.dutch, validFrom: version.hasPrefix("geldig vanaf"))
    }

    /// The first `JJJJ-MM-DD` in the text.
    private static func firstDay(in text: String) -> Day? {
        let characters = Array(text)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            let candidate = String(characters[start..<(start + 10)])
            if candidate.count == 10, candidate.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let day = Day(candidate) {
                return day
            }
        }
        return nil
    }

    /// The publisher named first in the parenthesis (`wetten.overheid.nl`); nil when that is a repository.
    private static func publisher(in text: String) -> String? {
        guard let open = text.firstIndex(of: "(") else { return nil }
        let inside = String(text[text.index(after: open)...].prefix { $0 != "," && $0 != ")" }).trimmingBlanks()
        return inside.isEmpty || inside.contains("/") || inside.contains(" ") ? nil : inside
    }

    enum Messages {
        static let stepsHeading = "Wetteksten onder de stappen:"
        static func heading(_ title: String, _ note: String?) -> String { "Wettekst \(title)" + (note.map { " (\($0))" } ?? "") + ":" }
        static func version(_ text: String) -> String { "Tekst: \(text)" }
        static func provenance(publisher: String?, day: String, validFrom: Bool) -> String {
            (publisher.map { "\($0), " } ?? "") + (validFrom ? "versie die geldt vanaf \(day)" : "versie van \(day)")
        }
        static func link(_ url: String) -> String { "Officieel: \(url)" }
        static func step(_ number: Int) -> String { "stap \(number)" }
        static func opening(_ words: String) -> String { "„\(words) …”" }
        static func atSteps(_ openings: [String]) -> String {
            "bij " + (openings.count < 2 ? openings.joined() : openings.dropLast().joined(separator: ", ") + " en " + (openings.last ?? ""))
        }
    }
}
