/// The advice as plain text for a terminal or a pipe (bold only when styled).
///
/// Brief by default: what to do first, the steps every case shares once, one line per case; each step in one or
/// two sentences with its sources on one line. `volledig` gives every case in full; `waarom` the rest of each step,
/// the rules, the law texts, the interpretation and every source.
struct TextAdviceFormatter {
    var styled: Bool
    var detail: AdviceRenderer.Detail = .brief
    var more: AdviceRenderer.More = .none

    typealias Messages = AdviceRenderer.Messages

    var full: Bool { detail == .full }

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func format(_ document: AdviceDocument, includeWhy: Bool) -> String {
        if document.voice == .ouders { return ParentsFormatter(styled: styled).format(document) }
        var lines: [String] = []
        let branched = document.cases.count > 1
        if !branched, let only = document.cases.first {
            let view = only.outcome
            lines.append(bold(Messages.adviceHeading(view.title)))
            lines.append(view.scenario.map(Messages.scenario) ?? Messages.noScenario)
            lines += ["", shortened(view.summary)]
        } else {
            lines.append(bold(Messages.adviceHeading(Messages.dependsHeading)))
        }
        if !document.known.isEmpty { lines += [""] + document.known }
        if !document.inquiries.isEmpty {
            let actors = Set(document.inquiries.map(\.actor))
            let actor = actors.count == 1 ? actors.first : nil
            lines += ["", bold(Messages.findOutFirst), Messages.findOutIntro(document.cases.count, actor: actor)]
            lines += steps(document.inquiries, document: document, namingActor: actor == nil)
        }
        if !document.common.isEmpty {
            lines += ["", bold(Messages.inEveryCase)] + steps(document.common, document: document)
        }
        if branched {
            lines += ["", bold(Messages.perCase)]
            if full {
                for item in document.cases { lines += caseInFull(item, document) }
            } else {
                lines += outline(document)
            }
        } else if let only = document.cases.first {
            lines += ["", bold(Messages.whatToDo)] + steps(only.outcome.steps, document: document)
        }
        if let interpretation = document.interpretation {
            lines += ["", full ? bold(Messages.interpretationHeading) + " " + interpretation : Messages.interpretationPointer]
        }
        if !document.warnings.isEmpty {
            lines += ["", bold(Messages.warningsHeading)] + document.warnings.map { "- " + $0 }
        }
        if includeWhy { lines += ["", why(document)] }
        lines.append("")
        if let hint = Messages.more(more, branched: branched, full: full, why: includeWhy) { lines.append(hint) }
        lines.append(Messages.footer(document.peildatum))
        return document.names.shortened(lines.joined(separator: "\n") + "\n")
    }

    /// A text in its short form, unless the whole advice is asked for.
    func shortened(_ text: String) -> String { full ? text : Sentences.short(text) }

    /// "A. Werkt … met eigen criteria? → Landelijke aanwijzing lwoo blijft geldig bij eigen criteria; termijn: …",
    /// with what sets the case apart when another case's line would read the same ("…; verschil: …"), and the labels
    /// of the cases that share the line ("A/B. …").
    /// `sameAs`: the label of a case above with the same outcome, which is then not said again ("→ zie H/I; …").
    func caseLine(_ item: AdviceDocument.CaseView, condition: String? = nil, labels: [String] = [], sameAs: String? = nil) -> String {
        "\((labels.isEmpty ? [item.label] : labels).joined(separator: "/")). \(condition ?? item.condition) → "
            + (sameAs.map(Messages.sameOutcome) ?? item.outcome.title)
            + (item.decisive.flatMap(Self.deadlineWords).map { "; " + $0 } ?? "")
            + (item.difference.map { "; " + Messages.difference($0) } ?? "") + "."
    }

    /// One line per case (cases that differ only in words the brief advice leaves out share one), a condition that
    /// several cases share said once above them. An outcome a case above has too is named by that case's label ("→ zie
    /// H/I; termijn: …"), when nothing else on that case's line could be taken to hold here as well: it has a termijn
    /// or a "verschil" only where this line says its own. Without `referringBack` every line says its outcome (as the
    /// check on lines that read the same compares them).
    func outline(_ document: AdviceDocument, referringBack: Bool = true) -> [String] {
        var said: [String: (label: String, deadline: Bool, difference: Bool)] = [:]
        return document.outline.lines.map { line in
            let indent = String(repeating: "   ", count: line.depth)
            guard let index = line.caseIndex, document.cases.indices.contains(index) else {
                return indent + line.condition + " " + Messages.then
            }
            let item = document.cases[index]
            let labels = line.caseIndices.filter(document.cases.indices.contains).map { document.cases[$0].label }
            let title = item.outcome.title
            let deadline = item.decisive.flatMap(Self.deadlineWords) != nil
            let difference = item.difference != nil
            var sameAs: String?
            if referringBack, let earlier = said[title], deadline || !earlier.deadline, difference || !earlier.difference {
                sameAs = earlier.label
            }
            if said[title] == nil { said[title] = ((labels.isEmpty ? [item.label] : labels).joined(separator: "/"), deadline, difference) }
            return indent + caseLine(item, condition: line.condition, labels: labels, sameAs: sameAs)
        }
    }

    /// The decisive deadline in a few words: its own words when short, else its date.
    static func deadlineWords(_ step: AdviceDocument.StepView) -> String? {
        guard let deadline = step.deadline else { return nil }
        let words = deadline.text.hasSuffix(".") ? String(deadline.text.dropLast()) : deadline.text
        if Sentences.wordCount(words) <= 10 { return Messages.deadlineShort(words) }
        if let date = deadline.date { return Messages.deadlineShort(date.dutch) }
        return Messages.deadlineShort(CalendarFormatter.firstClause(words))
    }

    func caseInFull(_ item: AdviceDocument.CaseView, _ document: AdviceDocument) -> [String] {
        let view = item.outcome
        var lines = ["", bold("\(item.label). \(item.condition)")]
        lines.append("   " + bold(Messages.adviceHeading(view.title)))
        if let scenario = view.scenario { lines.append("   " + Messages.scenario(scenario)) }
        lines.append("   " + view.summary)
        lines += steps(view.steps, document: document).map { "   " + $0 }
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

    /// `namingActor`: false when the line above the steps said who does them all.
    func steps(_ steps: [AdviceDocument.StepView], document: AdviceDocument, namingActor: Bool = true) -> [String] {
        var lines: [String] = []
        for (index, step) in steps.enumerated() {
            lines.append("\(index + 1). " + (namingActor ? "\(step.actor.label): " : "") + shortened(step.text))
            lines += step.hints.map { "   " + $0 }
            if let deadline = step.deadline {
                if deadline.passed, Messages.saysPassed(deadline.text) {
                    // The deadline already says it has passed: what follows goes on the same line, said once.
                    lines.append("   " + Messages.deadline(deadline.text) + (deadline.afterwards.map { " " + shortened($0) } ?? ""))
                } else {
                    lines.append("   " + Messages.deadline(deadline.text))
                    if deadline.passed, let date = deadline.date {
                        lines.append("   " + Messages.passed(date, document.peildatum) + (deadline.afterwards.map { " " + shortened($0) } ?? ""))
                    }
                }
            }
            if !step.citations.isEmpty {
                lines.append("   " + Messages.sources(step.citations) + (step.interpretation ? " " + Messages.interpretationMark : ""))
            }
        }
        return lines
    }

    /// "Waarom": the chain of facts and rules, the law texts, then what the brief advice leaves out: the rest of each
    /// step, the interpretation in full and every source.
    func why(_ document: AdviceDocument) -> String {
        var lines = [bold(Messages.whyHeading)]
        for line in document.why {
            let number = line.number.map { String(repeating: " ", count: max(0, 2 - String($0).count)) + "\($0). " } ?? "  – "
            lines.append("\(number)\(line.label): \(line.value) — \(line.origin)")
            lines += line.details.map { "     " + $0 }
        }
        if document.cases.count == 1, let only = document.cases.first {
            lines.append("→ " + Messages.outcomeLine(only.outcome.id, only.outcome.title))
        } else {
            lines.append("→ " + Messages.branchesLine)
        }
        lines += document.stepLawTexts
        let rests = restOfSteps(document)
        if !rests.isEmpty { lines += ["", bold(Messages.restHeading)] + rests }
        if let interpretation = document.interpretation { lines += ["", bold(Messages.interpretationFull) + " " + interpretation] }
        if !document.sources.isEmpty { lines += ["", Messages.allSources(document.sources)] }
        return lines.joined(separator: "\n")
    }

    /// What the short form of each step leaves out, under the step's first words and, in branched advice, its case.
    func restOfSteps(_ document: AdviceDocument) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        func add(_ steps: [AdviceDocument.StepView], _ label: String) {
            for step in steps {
                let (brief, rest) = Sentences.brief(step.text)
                guard !rest.isEmpty, seen.insert(step.text).inserted else { continue }
                // The step's first words tell which step it is.
                let words = brief.split(separator: " ")
                let opening = words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
                lines.append("- " + (label.isEmpty ? "" : "\(label) ") + Messages.restOf(opening) + " " + rest)
            }
        }
        add(document.inquiries, "")
        add(document.common, "")
        for item in document.cases { add(item.outcome.steps, item.label) }
        return lines
    }
}
