/// The reviewer's book, under each outcome: when it is reached, in words (the
/// facts and answers of every path, no node ids), and the verbatim text of the
/// law articles its steps cite, so that a policy expert checks rule against law
/// on one page (as Catala puts the code under the text).
extension TreeRenderer {
    /// Every path to the outcome as its answers in words: `Situatie: verhuizing · Huidige status: tlv pro`.
    func conditionLines(for outcome: String) -> [String] {
        let routes = paths.filter { $0.outcome == outcome }.map { path in
            path.decisions.map { decision in
                let label = content.fact(decision.fact)?.kort ?? decision.fact
                return "\(label): \(answerLabel(decision.value, of: decision.fact))" + (decision.derived ? " " + LawMessages.derivedMark : "")
            }.joined(separator: " · ")
        }
        guard !routes.isEmpty else { return [] }
        return ["**" + LawMessages.whenHeading + "**", ""] + unique(routes).map { "- " + $0 } + [""]
    }

    /// The condition of a step that applies on some paths only ("_Alleen als Situatie: grensverkeer._ "),
    /// in the words of the path conditions; empty for a step every path gives.
    func stepCondition(_ step: Step) -> String {
        guard let conditions = step.als, !conditions.isEmpty else { return "" }
        let words = conditions.sorted { $0.key < $1.key }.map { fact, values in
            let label = content.fact(fact)?.kort ?? fact
            return "\(label): " + values.map { answerLabel($0, of: fact) }.joined(separator: " " + LawMessages.or + " ")
        }
        return "_" + LawMessages.onlyIf + words.joined(separator: " · ") + "._ "
    }

    /// The verbatim text of every law article the steps cite, each once: the law in force now,
    /// with the article of the law before (by name) where the numbering changed.
    func lawLines(for outcome: Outcome) -> [String] {
        guard let library = laws else { return [] }
        var order: [String] = []
        var steps: [String: [Int]] = [:]
        for (index, step) in outcome.stappen.enumerated() {
            for citation in step.bronnen where Citation(citation).sourceIDs.contains(where: { content.source($0)?.isLaw == true }) {
                if steps[citation] == nil { order.append(citation) }
                steps[citation, default: []].append(index + 1)
            }
        }
        guard !order.isEmpty else { return [] }
        var lines = ["**" + LawMessages.lawHeading + "**", ""]
        for raw in order {
            let citation = Citation(raw)
            let named = citation.alternatives.compactMap { alternative -> (id: String, place: String)? in
                guard case .cite(let id, let place) = alternative, content.source(id)?.isLaw == true else { return nil }
                return (id, place)
            }
            // The text shown is the law in force now (open-ended), else the last one that was.
            guard let current = named.first(where: { content.source($0.id)?.geldigTotEnMet == nil }) ?? named.last else { continue }
            let others = named.filter { $0.id != current.id }.map { other in
                (content.source(other.id)?.geldigTotEnMet.map { LawMessages.until($0.next) } ?? "")
                    + "\(content.source(other.id)?.displayName ?? other.id) \(other.place)"
            }
            let repealed = citation.alternatives.contains(.noCounterpart) ? [LawMessages.noSuccessor] : []
            let note = ([LawMessages.steps(steps[raw] ?? [])] + others + repealed).joined(separator: "; ")
            guard let excerpt = try? library.excerpt(source: current.id, place: current.place) else {
                lines.append("- **\(content.source(current.id)?.displayName ?? current.id) \(current.place)** (\(note)): " + LawMessages.noText)
                continue
            }
            var heading = "- **\(excerpt.title)** (\(note))"
            if let version = excerpt.version { heading += " — " + LawMessages.version(version) }
            if let link = excerpt.link { heading += " · [" + LawMessages.official + "](\(link))" }
            lines.append(heading)
            lines.append("")
            lines += excerpt.lines.map { $0.isEmpty ? "  >" : "  > " + $0 }
            lines.append("")
        }
        return lines
    }

    enum LawMessages {
        static let whenHeading = "Wanneer (elk pad hierheen, in woorden)"
        static let lawHeading = "De wettekst onder de stappen"
        static let derivedMark = "(afgeleid)"
        static let onlyIf = "Alleen als "
        static let or = "of"
        static let official = "officiële tekst"
        static let noSuccessor = "vervallen per 1-8-2022, de WVO 2020 kent geen opvolger"
        static let noText = "de tekst staat niet in het register."
        static func until(_ day: Day) -> String { "tot \(Citation.short(day)): " }
        static func version(_ text: String) -> String { "tekst " + text }
        static func steps(_ numbers: [Int]) -> String {
            (numbers.count == 1 ? "stap " : "stappen ") + numbers.map(String.init).joined(separator: ", ")
        }
    }
}
