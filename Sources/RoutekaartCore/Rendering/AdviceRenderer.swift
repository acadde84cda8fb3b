import Foundation

/// The output formats of advice and reports.
public enum OutputFormat: String, ClosedSet {
    case tekst, markdown, json
}

/// Who the advice is read to: school staff (default) or parents, in plain words.
public enum Voice: String, ClosedSet {
    case school, ouders
}

extension Actor {
    /// The actor as the advice names it.
    public var label: String {
        switch self {
        case .school: "School"
        case .swv: "Samenwerkingsverband"
        case .ouders: "Ouders"
        case .praktijkschool: "Praktijkschool"
        case .nieuweSchool: "Nieuwe school"
        case .vorigeSchool: "Vorige school"
        }
    }
}

/// Renders advice as text, Markdown or JSON, for school staff or parents.
public struct AdviceRenderer: Sendable {
    public let content: Content
    public let model: Model
    public var voice: Voice
    /// Bold and colour, only on a terminal without NO_COLOR.
    public var styled: Bool

    public init(content: Content, model: Model, voice: Voice = .school, styled: Bool = false) {
        self.content = content
        self.model = model
        self.voice = voice
        self.styled = styled
    }

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    public func render(_ advice: Advice, as format: OutputFormat, includeWhy: Bool = false) -> String {
        switch format {
        case .json: return json(advice)
        case .markdown: return markdown(advice, includeWhy: includeWhy)
        case .tekst: return text(advice, includeWhy: includeWhy)
        }
    }

    /// The scenario line: `Scenario S3 — Van eigen criteria naar landelijk`, or that none applies.
    func scenarioLine(_ advice: Advice) -> String {
        guard let scenario = advice.scenario else { return voice == .ouders ? "" : Messages.noScenario }
        return "Scenario \(scenario.id) — \(scenario.naam)"
    }

    public func text(_ advice: Advice, includeWhy: Bool = false) -> String {
        var explainer = GlossaryExplainer(terms: voice == .ouders ? content.glossary : [])
        var lines: [String] = []
        lines.append(bold(Messages.adviceHeading(advice.outcome.titel)))
        lines.append(scenarioLine(advice))
        lines.append("")
        lines.append(explainer.explain(summary(advice)))
        lines.append("")
        lines.append(bold(Messages.whatToDo))
        for (index, step) in advice.outcome.stappen.enumerated() {
            let body = explainer.explain(stepText(step))
            lines.append("\(index + 1). \(step.wie.label): \(body)")
            if let deadline = step.termijn { lines.append("   " + Messages.deadline(deadline)) }
            lines.append("   " + Messages.sources(step.bronnen) + (step.interpretatie == true ? " " + Messages.interpretationMark : ""))
        }
        if advice.interpretatie {
            lines.append("")
            lines.append(
                voice == .ouders
                    ? bold("Let op:") + " " + interpretation(advice) : bold(Messages.interpretationHeading) + " " + interpretation(advice))
        }
        if !advice.warnings.isEmpty {
            lines.append("")
            lines.append(bold(Messages.warningsHeading))
            lines += advice.warnings.map { "- " + $0 }
        }
        if includeWhy {
            lines.append("")
            lines.append(why(advice))
        }
        lines.append("")
        lines.append(Messages.allSources(advice.sources))
        lines.append(Messages.footer(advice.peildatum, outcome: advice.outcome.id))
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the interpretation is: in full for school staff, in one plain sentence for parents.
    func interpretation(_ advice: Advice) -> String {
        voice == .ouders ? Messages.interpretationForParents : (advice.outcome.interpretatieUitleg ?? Messages.interpretationDefault)
    }

    func summary(_ advice: Advice) -> String {
        voice == .ouders ? (advice.outcome.ouders ?? advice.outcome.samenvatting) : advice.outcome.samenvatting
    }

    func stepText(_ step: Step) -> String { voice == .ouders ? (step.ouders ?? step.wat) : step.wat }

    public func markdown(_ advice: Advice, includeWhy: Bool = false) -> String {
        var explainer = GlossaryExplainer(terms: voice == .ouders ? content.glossary : [])
        var lines = ["# " + Messages.adviceHeading(advice.outcome.titel), "", "**" + scenarioLine(advice) + "**", ""]
        lines.append(explainer.explain(summary(advice)))
        lines += ["", "## " + Messages.whatToDo, ""]
        for (index, step) in advice.outcome.stappen.enumerated() {
            var line = "\(index + 1). **\(step.wie.label):** \(explainer.explain(stepText(step)))"
            if let deadline = step.termijn { line += " " + Messages.deadline(deadline) }
            line += " _(" + Messages.sources(step.bronnen) + ")_"
            if step.interpretatie == true { line += " " + Messages.interpretationMark }
            lines.append(line)
        }
        if advice.interpretatie {
            lines += ["", "> **" + Messages.interpretationHeading + "** " + interpretation(advice)]
        }
        if !advice.warnings.isEmpty {
            lines += ["", "## " + Messages.warningsHeading, ""] + advice.warnings.map { "- " + $0 }
        }
        if includeWhy {
            lines += ["", "## " + Messages.whyHeading, ""] + whyLines(advice)
        }
        lines += ["", Messages.allSources(advice.sources), "", "_" + Messages.footer(advice.peildatum, outcome: advice.outcome.id) + "_"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The chain of facts, rules and sources that led to the advice.
    public func why(_ advice: Advice) -> String {
        ([bold(Messages.whyHeading)] + whyLines(advice)).joined(separator: "\n")
    }

    func whyLines(_ advice: Advice) -> [String] {
        var lines: [String] = []
        // Answers carry the numbers of `overzicht` and `wijzig N`; derived facts none.
        for (step, number) in zip(advice.trail, AnswerNumbering.numbers(advice.trail)) {
            let fact = content.fact(step.fact)
            let value = content.display(step.value, of: step.fact, model: model)
            let label = AnswerNumbering.margin(number) + (fact?.kort ?? step.fact)
            switch step.origin {
            case .answered:
                lines.append("\(label): \(value) — \(Messages.yourAnswer)")
            case .answeredInstead(let reason):
                lines.append("\(label): \(value) — \(Messages.yourAnswerBecause(reason))")
            case .derived(let derivation, let provenance):
                lines.append("\(label): \(value) — \(Messages.derived)")
                lines.append("     " + Messages.rule(derivation.regel) + (derivation.interpretatie == true ? " " + Messages.interpretationMark : ""))
                lines.append("     " + Messages.sources(derivation.bronnen))
                for item in provenance {
                    lines.append("     " + Messages.data(item.record, item.bron, item.laatstGecontroleerd))
                }
            }
        }
        lines.append("→ " + Messages.outcomeLine(advice.outcome.id, advice.outcome.titel))
        return lines
    }

    public func json(_ advice: Advice) -> String {
        let document = AdviceDocument(
            peildatum: advice.peildatum.description,
            scenario: advice.scenario?.id,
            scenarioNaam: advice.scenario?.naam,
            uitkomst: advice.outcome.id,
            titel: advice.outcome.titel,
            samenvatting: summary(advice),
            stappen: advice.outcome.stappen.map {
                .init(wie: $0.wie.rawValue, wat: stepText($0), termijn: $0.termijn, bronnen: $0.bronnen, interpretatie: $0.interpretatie == true)
            },
            bronnen: advice.sources,
            interpretatie: advice.interpretatie,
            interpretatieUitleg: advice.interpretatie ? interpretation(advice) : nil,
            waarschuwingen: advice.warnings,
            pad: advice.trail.map { step in
                var entry = AdviceDocument.PathEntry(
                    knoop: step.node, feit: step.fact, vraag: content.fact(step.fact)?.kort ?? step.fact,
                    waarde: step.value, tekst: content.display(step.value, of: step.fact, model: model),
                    herkomst: "antwoord", regel: nil, bronnen: [], reden: nil)
                switch step.origin {
                case .answered: break
                case .answeredInstead(let reason):
                    entry.reden = reason
                case .derived(let derivation, let provenance):
                    entry.herkomst = "afgeleid"
                    entry.regel = derivation.regel
                    entry.bronnen = derivation.bronnen + provenance.map(\.bron)
                }
                return entry
            })
        return Self.encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    enum Messages {
        static let noScenario = "Geen van de zes scenario's van de routekaart is hier van toepassing."
        static let whatToDo = "Wat te doen"
        static let interpretationHeading = "Let op: dit advies rust deels op een interpretatie."
        static let interpretationDefault = "Overleg bij twijfel met het samenwerkingsverband."
        static let interpretationForParents =
            "Een deel van dit advies is onze uitleg van de regels, geen letterlijke regel. Het samenwerkingsverband beslist; vraag het daar na als u twijfelt."
        static let interpretationMark = "[interpretatie]"
        static let warningsHeading = "Waarschuwingen"
        static let whyHeading = "Waarom dit advies"
        static let yourAnswer = "uw antwoord"
        static let derived = "afgeleid"
        static func adviceHeading(_ title: String) -> String { "Advies: \(title)" }
        static func deadline(_ text: String) -> String { "Termijn: \(text)." }
        static func sources(_ citations: [String]) -> String { "Bron: " + citations.joined(separator: "; ") }
        static func allSources(_ citations: [String]) -> String { "Alle bronnen: " + citations.joined(separator: "; ") }
        static func footer(_ day: Day, outcome: String) -> String {
            "Peildatum \(day.dutch); uitkomst \(outcome). Dit is een advies, geen besluit: het samenwerkingsverband beslist."
        }
        static func yourAnswerBecause(_ reason: String) -> String { "uw antwoord (\(reason))" }
        static func rule(_ text: String) -> String { "Regel: \(text)" }
        static func data(_ record: String, _ source: String, _ checked: Day) -> String {
            "Gegevens: \(record) (\(source); gecontroleerd \(checked))"
        }
        static func outcomeLine(_ id: String, _ title: String) -> String { "uitkomst \(id): \(title)" }
    }
}

/// Explains each glossary term once, the first time it appears (parents' voice).
struct GlossaryExplainer {
    var terms: [GlossaryTerm]
    var explained = Set<String>()

    init(terms: [GlossaryTerm]) { self.terms = terms }

    mutating func explain(_ text: String) -> String {
        var result = text
        for term in terms where !explained.contains(term.term) {
            guard let range = Self.wordRange(of: term.term, in: result) else { continue }
            explained.insert(term.term)
            result.replaceSubrange(range, with: "\(result[range]) (\(term.uitleg))")
        }
        return result
    }

    /// The first occurrence of `word` as a whole word (not inside another word).
    static func wordRange(of word: String, in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let range = text.range(of: word, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordChar: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isWordChar(before) && !isWordChar(after) { return range }
            searchStart = range.upperBound
        }
        return nil
    }
}

/// The JSON form of advice (`--formaat json`).
struct AdviceDocument: Encodable {
    struct StepEntry: Encodable {
        var wie: String
        var wat: String
        var termijn: String?
        var bronnen: [String]
        var interpretatie: Bool
    }
    struct PathEntry: Encodable {
        var knoop: String?
        var feit: String
        var vraag: String
        var waarde: String
        var tekst: String
        var herkomst: String
        var regel: String?
        var bronnen: [String]
        var reden: String?
    }
    var peildatum: String
    var scenario: String?
    var scenarioNaam: String?
    var uitkomst: String
    var titel: String
    var samenvatting: String
    var stappen: [StepEntry]
    var bronnen: [String]
    var interpretatie: Bool
    var interpretatieUitleg: String?
    var waarschuwingen: [String]
    var pad: [PathEntry]

    func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey {
            case peildatum, scenario, scenarioNaam, uitkomst, titel, samenvatting, stappen, bronnen, interpretatie,
                interpretatieUitleg, waarschuwingen, pad
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(peildatum, forKey: .peildatum)
        // scenario is always present: null where no scenario applies.
        try container.encode(scenario, forKey: .scenario)
        try container.encodeIfPresent(scenarioNaam, forKey: .scenarioNaam)
        try container.encode(uitkomst, forKey: .uitkomst)
        try container.encode(titel, forKey: .titel)
        try container.encode(samenvatting, forKey: .samenvatting)
        try container.encode(stappen, forKey: .stappen)
        try container.encode(bronnen, forKey: .bronnen)
        try container.encode(interpretatie, forKey: .interpretatie)
        try container.encodeIfPresent(interpretatieUitleg, forKey: .interpretatieUitleg)
        try container.encode(waarschuwingen, forKey: .waarschuwingen)
        try container.encode(pad, forKey: .pad)
    }
}
