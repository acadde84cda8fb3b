/// The verbatim law text under a rule or a step, so that a reader sees what it rests
/// on (`waarom`, the reviewer's book), as Catala puts the code under the text.
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
        lines += excerpt.lines.map { $0.isEmpty ? "" : indent + "  " + $0 }
        if let version = excerpt.version { lines.append(indent + "  " + Messages.version(version)) }
        if let link = excerpt.link { lines.append(indent + "  " + Messages.link(link)) }
        return lines
    }

    /// The texts the steps of the advice rest on, each once, with the steps that cite it
    /// (`stap 2`; with branches `S3, stap 2`).
    public func stepLines(_ advice: Advice, indent: String) -> [String] {
        var order: [String] = []
        var byTitle: [String: (excerpt: LawExcerpt, steps: [String])] = [:]
        let branched = advice.leaves.count > 1
        for leaf in advice.leaves {
            for (index, step) in leaf.templateSteps.enumerated() {
                for excerpt in excerpts(step.bronnen, on: leaf.day(of: step.datum)) {
                    if byTitle[excerpt.title] == nil {
                        order.append(excerpt.title)
                        byTitle[excerpt.title] = (excerpt, [])
                    }
                    byTitle[excerpt.title]?.steps.append(Messages.step(index + 1, outcome: branched ? leaf.template.id : nil))
                }
            }
        }
        guard !order.isEmpty else { return [] }
        var lines = [Messages.stepsHeading]
        for title in order {
            guard let entry = byTitle[title] else { continue }
            lines += self.lines(entry.excerpt, indent: indent, note: entry.steps.joined(separator: ", "))
        }
        return lines
    }

    enum Messages {
        static let stepsHeading = "Wetteksten onder de stappen:"
        static func heading(_ title: String, _ note: String?) -> String { "Wettekst \(title)" + (note.map { " (\($0))" } ?? "") + ":" }
        static func version(_ text: String) -> String { "Versie: \(text)" }
        static func link(_ url: String) -> String { "Officieel: \(url)" }
        static func step(_ number: Int, outcome: String?) -> String { (outcome.map { "\($0), " } ?? "") + "stap \(number)" }
    }
}
