/// The advice as plain text for a terminal or a pipe (bold only when styled).
struct TextAdviceFormatter {
    var styled: Bool

    typealias Messages = AdviceRenderer.Messages

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func format(_ document: AdviceDocument, includeWhy: Bool) -> String {
        let parents = document.voice == .ouders
        var lines: [String] = []
        switch document.body {
        case .outcome(let view):
            lines.append(bold(Messages.adviceHeading(view.title)))
            if let scenario = view.scenario { lines.append(Messages.scenario(scenario)) } else if !parents { lines.append(Messages.noScenario) }
            lines += ["", view.summary]
        case .branches:
            break
        }
        if !document.inquiries.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(bold(Messages.findOutFirst))
            lines.append(parents ? Messages.findOutIntroParents : Messages.findOutIntro)
            lines += steps(document.inquiries, parents: parents, document: document)
        }
        if !document.common.isEmpty {
            lines += ["", bold(Messages.inEveryCase)] + steps(document.common, parents: parents, document: document)
        }
        switch document.body {
        case .outcome(let view):
            lines += ["", bold(parents ? Messages.whatHappens : Messages.whatToDo)] + steps(view.steps, parents: parents, document: document)
        case .branches:
            // Many branches: first the map (condition → advice), then each branch in full.
            if document.outcomes.count > 2 {
                lines += ["", bold(Messages.overviewOfBranches)] + overview(document.body, depth: 0)
            }
            lines += ["", bold(Messages.dependingOn)] + body(document.body, depth: 0, parents: parents, document: document)
        }
        if let interpretation = document.interpretation {
            lines += ["", (parents ? bold("Let op:") : bold(Messages.interpretationHeading)) + " " + interpretation]
        }
        if !document.warnings.isEmpty {
            lines += ["", bold(Messages.warningsHeading)] + document.warnings.map { "- " + $0 }
        }
        if includeWhy { lines += ["", why(document)] }
        lines.append("")
        if parents {
            lines.append(Messages.parentsSources)
        } else {
            lines.append(Messages.allSources(document.sources))
        }
        lines.append(Messages.footer(document.peildatum))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Branches as labelled blocks, indented per level.
    /// One line per branch: its label, its condition, and where it ends.
    func overview(_ body: AdviceDocument.Body, depth: Int, prefix: String = "") -> [String] {
        guard case .branches(_, let branches) = body else { return [] }
        let indent = String(repeating: "   ", count: depth)
        var lines: [String] = []
        for (index, branch) in branches.enumerated() {
            let label = Self.label(index, prefix: prefix)
            if case .outcome(let view) = branch.body {
                lines.append(indent + "\(label). \(branch.condition) → \(view.title)")
            } else {
                lines.append(indent + "\(label). \(branch.condition)")
                lines += overview(branch.body, depth: depth + 1, prefix: label)
            }
        }
        return lines
    }

    /// Branch labels: A, B, C at the top; A1, A2 under A; A1a, A1b under A1.
    static func label(_ index: Int, prefix: String) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        switch prefix.count % 2 {
        case 0 where prefix.isEmpty: return String(letters[index % 26]).uppercased()
        case 1: return prefix + String(index + 1)
        default: return prefix + String(letters[index % 26])
        }
    }

    func body(_ body: AdviceDocument.Body, depth: Int, prefix: String = "", parents: Bool, document: AdviceDocument) -> [String] {
        let indent = String(repeating: "   ", count: depth)
        switch body {
        case .outcome(let view):
            var lines = [indent + bold(Messages.adviceHeading(view.title))]
            if let scenario = view.scenario { lines.append(indent + Messages.scenario(scenario)) }
            lines.append(indent + view.summary)
            lines += steps(view.steps, parents: parents, document: document).map { indent + $0 }
            return lines
        case .branches(_, let branches):
            var lines: [String] = []
            for (index, branch) in branches.enumerated() {
                let label = Self.label(index, prefix: prefix)
                lines += ["", indent + bold("\(label). \(branch.condition)") + " " + Messages.then]
                if !branch.shared.isEmpty {
                    lines.append(indent + "   " + Messages.inEachCaseUnder(label))
                    lines += steps(branch.shared, parents: parents, document: document).map { indent + "   " + $0 }
                }
                lines += self.body(branch.body, depth: depth + 1, prefix: label, parents: parents, document: document)
            }
            return lines
        }
    }

    func steps(_ steps: [AdviceDocument.StepView], parents: Bool, document: AdviceDocument) -> [String] {
        var lines: [String] = []
        for (index, step) in steps.enumerated() {
            // Parents hear what happens, not a label of who does it (the text says who).
            lines.append("\(index + 1). " + (parents ? step.text : "\(step.actor.label): \(step.text)"))
            // Parents hear the dates in the step's own words; the deadline line is for the school.
            if let deadline = step.deadline, !parents {
                lines.append("   " + Messages.deadline(deadline.text))
                if deadline.passed, let date = deadline.date {
                    lines.append("   " + Messages.passed(date, document.peildatum) + (deadline.afterwards.map { " " + $0 } ?? ""))
                }
            }
            if !parents && !step.citations.isEmpty {
                lines.append("   " + Messages.sources(step.citations) + (step.interpretation ? " " + Messages.interpretationMark : ""))
            }
        }
        return lines
    }

    func why(_ document: AdviceDocument) -> String {
        var lines = [bold(Messages.whyHeading)]
        for line in document.why {
            let number = line.number.map { String(repeating: " ", count: max(0, 2 - String($0).count)) + "\($0). " } ?? "  – "
            lines.append("\(number)\(line.label): \(line.value) — \(line.origin)")
            lines += line.details.map { "     " + $0 }
        }
        switch document.body {
        case .outcome(let view): lines.append("→ " + Messages.outcomeLine(view.id, view.title))
        case .branches: lines.append("→ " + Messages.branchesLine)
        }
        lines += document.stepLawTexts
        return lines.joined(separator: "\n")
    }
}
