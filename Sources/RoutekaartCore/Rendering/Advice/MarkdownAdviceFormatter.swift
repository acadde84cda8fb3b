/// The advice as Markdown (for a case file, a wiki or an e-mail).
struct MarkdownAdviceFormatter {
    typealias Messages = AdviceRenderer.Messages

    func format(_ document: AdviceDocument, includeWhy: Bool) -> String {
        let parents = document.voice == .ouders
        var lines: [String] = []
        switch document.body {
        case .outcome(let view):
            lines += ["# " + Messages.adviceHeading(view.title), ""]
            if let scenario = view.scenario {
                lines += ["**" + Messages.scenario(scenario) + "**", ""]
            } else if !parents {
                lines += ["**" + Messages.noScenario + "**", ""]
            }
            lines.append(view.summary)
        case .branches:
            lines.append("# " + Messages.adviceHeading(Messages.dependingOn.lowercased()))
        }
        if !document.inquiries.isEmpty {
            lines += ["", "## " + Messages.findOutFirst, "", parents ? Messages.findOutIntroParents : Messages.findOutIntro, ""]
            lines += steps(document.inquiries, parents: parents, document: document)
        }
        if !document.common.isEmpty {
            lines += ["", "## " + Messages.inEveryCase, ""] + steps(document.common, parents: parents, document: document)
        }
        switch document.body {
        case .outcome(let view):
            lines += ["", "## " + Messages.whatToDo, ""] + steps(view.steps, parents: parents, document: document)
        case .branches:
            lines += ["", "## " + Messages.dependingOn] + body(document.body, level: 3, parents: parents, document: document)
        }
        if let interpretation = document.interpretation {
            lines += ["", "> **" + (parents ? "Let op:" : Messages.interpretationHeading) + "** " + interpretation]
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
        }
        lines.append("")
        lines.append(parents ? Messages.parentsSources : Messages.allSources(document.sources))
        lines += ["", "_" + Messages.footer(document.peildatum) + "_"]
        return lines.joined(separator: "\n") + "\n"
    }

    func body(_ body: AdviceDocument.Body, level: Int, parents: Bool, document: AdviceDocument) -> [String] {
        switch body {
        case .outcome(let view):
            var lines = ["", "**" + Messages.adviceHeading(view.title) + "**" + (view.scenario.map { " (" + Messages.scenario($0) + ")" } ?? "")]
            lines += ["", view.summary, ""] + steps(view.steps, parents: parents, document: document)
            return lines
        case .branches(_, let branches):
            return branches.flatMap { branch -> [String] in
                var lines = ["", String(repeating: "#", count: min(level, 6)) + " " + branch.condition + " " + Messages.then]
                if !branch.shared.isEmpty {
                    lines += ["", "_" + Messages.inEachCase + "_", ""]
                    lines += steps(branch.shared, parents: parents, document: document)
                }
                return lines + self.body(branch.body, level: level + 1, parents: parents, document: document)
            }
        }
    }

    func steps(_ steps: [AdviceDocument.StepView], parents: Bool, document: AdviceDocument) -> [String] {
        steps.enumerated().map { index, step in
            var line = "\(index + 1). " + (parents ? step.text : "**\(step.actor.label):** \(step.text)")
            if let deadline = step.deadline, !parents {
                line += " " + Messages.deadline(deadline.text)
                if deadline.passed, let date = deadline.date {
                    line += " **" + Messages.passed(date, document.peildatum) + "**" + (deadline.afterwards.map { " " + $0 } ?? "")
                }
            }
            if !parents && !step.citations.isEmpty { line += " _(" + Messages.sources(step.citations) + ")_" }
            if step.interpretation && !parents { line += " " + Messages.interpretationMark }
            return line
        }
    }
}
