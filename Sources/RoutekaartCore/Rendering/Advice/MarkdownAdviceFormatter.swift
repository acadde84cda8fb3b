/// The advice as Markdown (for a case file, a wiki or an e-mail): the same brief or full advice as the text.
struct MarkdownAdviceFormatter {
    var detail: AdviceRenderer.Detail = .brief
    var more: AdviceRenderer.More = .none

    typealias Messages = AdviceRenderer.Messages

    var full: Bool { detail == .full }

    func shortened(_ text: String) -> String { full ? text : Sentences.short(text) }

    func format(_ document: AdviceDocument, includeWhy: Bool) -> String {
        if document.voice == .ouders { return parents(document) }
        var lines: [String] = []
        let branched = document.cases.count > 1
        if !branched, let only = document.cases.first {
            let view = only.outcome
            lines += ["# " + Messages.adviceHeading(view.title), ""]
            lines += ["**" + (view.scenario.map(Messages.scenario) ?? Messages.noScenario) + "**", ""]
            lines.append(shortened(view.summary))
        } else {
            lines.append("# " + Messages.adviceHeading(Messages.dependsHeading))
        }
        if !document.known.isEmpty { lines += [""] + document.known.map { "- " + $0 } }
        if !document.inquiries.isEmpty {
            lines += ["", "## " + Messages.findOutFirst, "", Messages.findOutIntro(document.cases.count, actor: nil), ""]
            lines += steps(document.inquiries, document: document)
        }
        if !document.common.isEmpty {
            lines += ["", "## " + Messages.inEveryCase, ""] + steps(document.common, document: document)
        }
        if branched {
            lines += ["", "## " + Messages.perCase]
            if full {
                for item in document.cases {
                    let view = item.outcome
                    lines += ["", "### \(item.label). \(item.condition)", ""]
                    lines.append("**" + Messages.adviceHeading(view.title) + "**" + (view.scenario.map { " (" + Messages.scenario($0) + ")" } ?? ""))
                    lines += ["", view.summary, ""] + steps(view.steps, document: document)
                }
            } else {
                lines.append("")
                lines += TextAdviceFormatter(styled: false).outline(document).map { line in
                    let depth = line.prefix { $0 == " " }.count / 3
                    return String(repeating: "  ", count: depth) + "- " + line.dropFirst(depth * 3)
                }
            }
        } else if let only = document.cases.first {
            lines += ["", "## " + Messages.whatToDo, ""] + steps(only.outcome.steps, document: document)
        }
        if let interpretation = document.interpretation {
            lines += ["", "> " + (full ? "**" + Messages.interpretationHeading + "** " + interpretation : Messages.interpretationPointer)]
        }
        if !document.warnings.isEmpty {
            lines += ["", "## " + Messages.warningsHeading, ""] + document.warnings.map { "- " + $0 }
        }
        if includeWhy {
            lines += ["", "## " + Messages.whyHeading, ""]
            lines += document.why.map { line in
                (line.number.map { "\($0). " } ?? "- ") + "\(line.label): \(line.value) — \(line.origin)"
                    + line.details.map { "<br>" + $0 }.joined()
            }
            if !document.stepLawTexts.isEmpty { lines += ["", "```text"] + document.stepLawTexts + ["```"] }
            let rests = TextAdviceFormatter(styled: false).restOfSteps(document)
            if !rests.isEmpty { lines += ["", "### " + Messages.restHeading, ""] + rests }
            if let interpretation = document.interpretation { lines += ["", "**" + Messages.interpretationFull + "** " + interpretation] }
            lines += ["", Messages.allSources(document.sources)]
        }
        lines.append("")
        if let hint = Messages.more(more, branched: branched, full: full, why: includeWhy) { lines += [hint, ""] }
        lines.append("_" + Messages.footer(document.peildatum) + "_")
        return document.names.shortened(lines.joined(separator: "\n") + "\n")
    }

    /// The parents' voice: the same words as the text, as Markdown paragraphs.
    func parents(_ document: AdviceDocument) -> String {
        let text = ParentsFormatter(styled: false).format(document)
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(index == 0 ? "# " + line : String(line))
        }
        return lines.joined(separator: "\n")
    }

    func steps(_ steps: [AdviceDocument.StepView], document: AdviceDocument) -> [String] {
        steps.enumerated().map { index, step in
            var line = "\(index + 1). **\(step.actor.label):** \(shortened(step.text))"
            for hint in step.hints { line += " " + hint }
            if let deadline = step.deadline {
                line += " " + Messages.deadline(deadline.text)
                if deadline.passed, Messages.saysPassed(deadline.text) {
                    line += deadline.afterwards.map { " " + shortened($0) } ?? ""
                } else if deadline.passed, let date = deadline.date {
                    line += " **" + Messages.passed(date, document.peildatum) + "**" + (deadline.afterwards.map { " " + shortened($0) } ?? "")
                }
            }
            if !step.citations.isEmpty { line += " _(" + Messages.sources(step.citations) + ")_" }
            if step.interpretation { line += " " + Messages.interpretationMark }
            return line
        }
    }
}
