#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The reviewer's book (Markdown): every question, rule, outcome and source, to check against the documents.
extension TreeRenderer {
    // MARK: - The reviewer's book

    /// The reviewer's book: how to read it, the flowchart, the scenarios, every
    /// question and decision, every outcome, and an index of the sources.
    public func markdown() -> String {
        var lines: [String] = ["# " + Messages.bookTitle, "", "_" + Messages.generated + "_", ""]
        lines += howToRead()
        lines += ["", "## " + Messages.diagramHeading, "", "```mermaid"]
        lines.append(mermaid().trimmingNewlines())
        lines += ["```", ""]
        lines += scenarioTable()
        lines += ["", "## " + Messages.questionsHeading, ""]
        lines += questionSections()
        lines += otherFacts()
        lines += ["", "## " + Messages.unknownHeading, ""]
        lines += unknownSection()
        lines += ["", "## " + Messages.outcomesHeading, ""]
        lines += outcomeSections()
        lines += CriteriaBook(content: content).markdown()
        lines += ["", "## " + Messages.sourcesHeading, ""]
        lines += sourceSections()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    func howToRead() -> [String] {
        let broken = paths.filter { $0.outcome == nil }.count
        return [
            "## " + Messages.howToReadHeading, "",
            Messages.howToRead(
                questions: content.nodes.count, facts: branchedFacts.count, outcomes: content.outcomes.count,
                paths: paths.count - broken),
            "",
        ] + Messages.howToReadItems.map { "- " + $0 }
    }

    /// The facts that nodes branch on, in the order of their first node.
    var branchedFacts: [Fact] {
        var seen = Set<String>()
        return content.nodes.compactMap { node in
            guard seen.insert(node.feit).inserted else { return nil }
            return content.fact(node.feit)
        }
    }

    func scenarioTable() -> [String] {
        var lines = ["## " + Messages.scenariosHeading, "", Messages.scenariosIntro, ""]
        lines.append("| " + Messages.scenarioColumns.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: Messages.scenarioColumns.count))
        for scenario in content.scenarios {
            let outcomes = outcomes(under: scenario.id).map(outcomeLink).joined(separator: ", ")
            let cells = [
                "**\(scenario.id)**", scenario.naam, "\(scenario.herkomst) → \(scenario.bestemming)", scenario.probleem,
                outcomes.isEmpty ? Messages.none : outcomes,
            ]
            lines.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
        }
        return lines
    }

    func questionSections() -> [String] {
        var lines: [String] = []
        for (number, fact) in branchedFacts.enumerated() {
            lines += [anchor("feit-" + fact.id), "### \(number + 1). \(fact.kort) (`\(fact.id)`)", ""]
            lines += factDetails(fact, listOptions: false)
            for node in content.nodes where node.feit == fact.id {
                lines += ["", anchor("knoop-" + node.id), "**" + Messages.nodeHeading(node.id) + "**", ""]
                if let note = node.toelichting { lines += [note, ""] }
                lines.append("| " + Messages.answerColumns.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: " --- |", count: Messages.answerColumns.count))
                for value in values(of: node) {
                    let meaning = value == "*" ? Messages.otherwise : fact.option(value)?.tekst ?? Messages.none
                    let leadsTo = target(of: node, for: value).map(targetLink) ?? Messages.noBranch
                    lines.append("| " + ["`\(value)`", meaning, leadsTo].map(Self.cell).joined(separator: " | ") + " |")
                }
            }
            lines.append("")
        }
        return lines
    }

    /// What a reviewer needs to know of a fact: its question, help, how it is known, the rule and its sources.
    func factDetails(_ fact: Fact, listOptions: Bool) -> [String] {
        var lines: [String] = []
        if let derivation = fact.afleiding {
            lines.append("- " + (fact.isAsked ? Messages.derivedWithFallback : Messages.derivedOnly))
            let mark = derivation.interpretatie == true ? " " + AdviceRenderer.Messages.interpretationMark : ""
            lines.append("- " + Messages.rule + derivation.regel + mark)
            lines.append("- " + Messages.function(derivation.functie, inputs: derivation.invoer.map(factLink), parameter: derivation.parameter))
            lines.append("- " + Messages.ruleSources + citations(derivation.bronnen))
            if let question = fact.vraag { lines.append("- " + Messages.fallbackQuestion + question) }
        } else if let question = fact.vraag {
            lines.append("- " + Messages.askedOnly)
            lines.append("- " + Messages.question + question)
        }
        if let help = fact.hulp { lines.append("- " + Messages.help + help) }
        if let sources = fact.bronnen, !sources.isEmpty { lines.append("- " + Messages.questionSources + citations(sources)) }
        if listOptions, let options = fact.opties {
            lines.append("- " + Messages.options)
            lines += options.map { "  - `\($0.waarde)`: \($0.tekst)" + ($0.kort.map { " (\(Messages.short): \($0))" } ?? "") }
        }
        if fact.soort != .keuze { lines.append("- " + Messages.kind(fact.soort.rawValue)) }
        if let rows = fact.afleiding?.rijen, let inputs = fact.afleiding?.invoer {
            let columns = inputs.map { content.fact($0)?.kort ?? $0 } + [fact.kort]
            lines += ["", "| " + columns.map(Self.cell).joined(separator: " | ") + " |"]
            lines.append("|" + String(repeating: " --- |", count: columns.count))
            for row in rows {
                let cells = row.als.map { $0 == "*" ? Messages.anyValue : "`\($0)`" } + ["**\(row.dan)**"]
                lines.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
            }
        }
        return lines
    }

    /// The facts no node branches on: inputs of derivations and values used in the advice.
    func otherFacts() -> [String] {
        let branched = Set(content.nodes.map(\.feit))
        let others = content.facts.filter { !branched.contains($0.id) }
        guard !others.isEmpty else { return [] }
        var lines = ["## " + Messages.otherFactsHeading, "", Messages.otherFactsIntro, ""]
        for fact in others {
            lines += [anchor("feit-" + fact.id), "### \(fact.kort) (`\(fact.id)`)", ""]
            lines += factDetails(fact, listOptions: true)
            let users = content.facts.filter { $0.afleiding?.invoer.contains(fact.id) == true }
            if !users.isEmpty { lines.append("- " + Messages.usedBy + users.map { factLink($0.id) }.joined(separator: ", ")) }
            lines.append("")
        }
        return lines
    }

    func outcomeSections() -> [String] {
        var lines: [String] = []
        for outcome in content.outcomes {
            lines += [anchor("uitkomst-" + outcome.id), "### `\(outcome.id)` — \(outcome.titel)", ""]
            if let scenario = scenario(of: outcome.id) { lines += [Messages.scenarioLine(scenario.id, scenario.naam), ""] }
            let count = paths.filter { $0.outcome == outcome.id }.count
            let parents = content.nodes.compactMap { node -> String? in
                let answers = values(of: node).filter { target(of: node, for: $0) == outcome.id }
                guard !answers.isEmpty else { return nil }
                return "[`\(node.id)`](#knoop-\(node.id)) (" + answers.map { "`\($0)`" }.joined(separator: ", ") + ")"
            }
            lines += [Messages.reachedBy(count, parents), ""] + conditionLines(for: outcome.id)
            lines += [outcome.samenvatting, "", "**" + AdviceRenderer.Messages.whatToDo + "**", ""]
            for (index, step) in outcome.stappen.enumerated() {
                var line = "\(index + 1). **\(step.wie.label):** " + stepCondition(step) + step.wat
                if let deadline = step.termijn { line += " " + AdviceRenderer.Messages.deadline(deadline) }
                line += " _(" + Messages.sourcesPrefix + citations(step.bronnen) + ")_"
                if step.interpretatie == true { line += " " + AdviceRenderer.Messages.interpretationMark }
                lines.append(line)
            }
            if let explanation = outcome.interpretatieUitleg {
                lines += ["", "> **" + Messages.interpretationHeading + "** " + explanation]
            }
            lines += [""] + lawLines(for: outcome)
            lines += ["", "**" + Messages.parentsHeading + "**", ""]
            lines.append(outcome.ouders ?? Messages.noParentsVersion)
            lines.append("")
            for (index, step) in outcome.stappen.enumerated() {
                lines.append("\(index + 1). \(step.ouders ?? step.wat)")
            }
            lines.append("")
        }
        return lines
    }

    func sourceSections() -> [String] {
        let index = SourceIndex(content: content)
        var lines = [Messages.sourcesIntro, ""]
        for entry in index.entries {
            let source = entry.source
            lines += [anchor("bron-" + source.id), "### `\(source.id)` — \(source.titel)", ""]
            lines.append("- " + Messages.date + source.datum)
            lines.append("- " + Messages.location + source.vindplaats)
            lines.append("- " + Messages.kindOfSource + source.soort)
            lines.append("- " + Messages.citedCount(entry.count))
            if !entry.outcomes.isEmpty {
                lines.append("- " + Messages.citedByOutcomes)
                for outcome in entry.outcomes {
                    let places = entry.citations(inOutcome: outcome).map { item in
                        let section = item.citation.section(in: source.id) ?? ""
                        return Messages.step(item.step) + (section.isEmpty ? "" : ": " + section)
                    }
                    lines.append("  - " + outcomeLink(outcome) + ": " + places.joined(separator: "; "))
                }
            }
            if !entry.derivations.isEmpty {
                lines.append("- " + Messages.citedByDerivations)
                for fact in entry.derivations {
                    let sections = entry.citations(inDerivationOf: fact).compactMap { $0.section(in: source.id) }.filter { !$0.isEmpty }
                    lines.append("  - " + factLink(fact) + (sections.isEmpty ? "" : ": " + sections.joined(separator: "; ")))
                }
            }
            if !entry.questions.isEmpty {
                lines.append("- " + Messages.citedByQuestions + entry.questions.map(factLink).joined(separator: ", "))
            }
            lines.append("")
        }
        if !index.unregistered.isEmpty {
            lines += ["### " + Messages.unregisteredHeading, ""] + index.unregistered.map { "- " + $0.text } + [""]
        }
        return lines
    }

    // MARK: - Markdown helpers

    func anchor(_ id: String) -> String { "<a id=\"\(id)\"></a>" }

    func outcomeLink(_ id: String) -> String { "[`\(id)`](#uitkomst-\(id))" }

    func factLink(_ id: String) -> String {
        guard let fact = content.fact(id) else { return "`\(id)`" }
        return "[\(fact.kort)](#feit-\(id))"
    }

    func targetLink(_ id: String) -> String {
        if let outcome = content.outcome(id) { return Messages.outcome + " " + outcomeLink(id) + ": " + outcome.titel }
        if let node = content.node(id) {
            return Messages.node + " [`\(id)`](#knoop-\(id)): " + (content.fact(node.feit)?.kort ?? node.feit)
        }
        return "`\(id)`"
    }

    /// Citations with each source id linked to its entry in the index (every alternative of a dated citation).
    func citations(_ list: [String]) -> String {
        list.map { citation in
            citation.components(separatedBy: Citation.separator).map { part in
                let id = Content.sourceID(of: part)
                guard content.source(id) != nil else { return part }
                return "[\(id)](#bron-\(id))" + part.dropFirst(id.count)
            }.joined(separator: Citation.separator)
        }.joined(separator: "; ")
    }

    /// Text in a Markdown table cell.
    static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: " ")
    }

    /// "Weet ik niet": on which facts the advice splits, whom to ask, the words of each branch, and the words for what is not known.
    func unknownSection() -> [String] {
        let unknowns = UnknownFacts(content: content)
        var lines = [Messages.unknownIntro, ""]
        for fact in unknowns.splitFacts {
            lines.append("### " + fact.kort + " (`\(fact.id)`)")
            lines.append("")
            if let inquiry = fact.navragen {
                lines.append(Messages.inquiry + "**\(inquiry.wie.label):** " + inquiry.wat)
                lines.append("")
            }
            lines.append(Messages.branches)
            for value in content.domain(of: fact) ?? [] {
                let option = fact.option(value)
                let condition = [fact.als, option?.als].compactMap { $0 }.joined(separator: " ")
                lines.append("- `\(value)`: " + (condition.isEmpty ? (option?.tekst ?? value) : condition + "?"))
            }
            lines.append("")
        }
        lines.append(Messages.wordsForUnknown)
        lines.append("")
        lines += unknowns.wordedFacts.map { "- {\($0.id)} → “\($0.onbekendTekst ?? "")”" }
        return lines
    }
}
