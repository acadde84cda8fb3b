/// The advice as one document, decided once for a voice: everything any
/// format prints (text, Markdown, JSON, iCalendar) and nothing about how.
/// Formatters are small functions over this document.
public struct AdviceDocument: Sendable {
    public var voice: Voice
    public var peildatum: Day
    /// "Eerst uitzoeken": whom to ask what, for every fact nobody knows that the advice branches on.
    public var inquiries: [StepView]
    /// The advice: one outcome, or branches.
    public var body: Body
    /// Steps that every branch has, said once (empty when the advice does not branch).
    public var common: [StepView]
    /// What the interpretation is, when a step or rule of the advice is one.
    public var interpretation: String?
    public var warnings: [String]
    /// Every citation, rendered, in the order first used.
    public var sources: [String]
    /// The same, as written in the content (`wvo-2020 art. 2.30 lid 2`).
    public var rawSources: [String]
    /// The chain of facts, rules and sources that led to the advice (shared part, before any branch).
    public var why: [WhyLine]
    /// The same facts for machines: value, where it came from, rule and sources.
    public var path: [PathEntry]
    /// The verbatim law text the steps rest on, as lines for `waarom` (empty without a law library).
    public var stepLawTexts: [String] = []

    public var isConditional: Bool {
        if case .branches = body { return true }
        return false
    }

    /// The advice proper: one outcome, or a split on a fact nobody knows.
    public indirect enum Body: Sendable {
        case outcome(OutcomeView)
        case branches(fact: String, [BranchView])
    }

    /// The advice of one outcome.
    public struct OutcomeView: Sendable {
        public var id: String
        public var title: String
        public var scenario: Scenario?
        public var summary: String
        public var steps: [StepView]
    }

    /// The advice for some values of an unknown fact.
    public struct BranchView: Sendable {
        /// The condition in words, as a question ("Werkt het samenwerkingsverband … met de landelijke criteria?").
        public var condition: String
        public var fact: String
        public var values: [String]
        /// Steps every outcome under this branch has (when it branches again), said once for the branch.
        public var shared: [StepView] = []
        public var body: Body
    }

    /// One thing to do.
    public struct StepView: Sendable, Equatable {
        public var actor: Actor
        public var text: String
        public var deadline: DeadlineView?
        /// Rendered citations, for this voice (empty for parents).
        public var citations: [String]
        /// Citations as written in the content.
        public var rawCitations: [String]
        public var interpretation: Bool
    }

    /// A deadline of a step, set against the peildatum.
    public struct DeadlineView: Sendable, Equatable {
        /// The deadline in words (`uiterlijk 1 oktober 2026`).
        public var text: String
        /// Its date, when known.
        public var date: Day?
        /// True when the date lies before the peildatum.
        public var passed: Bool
        /// What follows now it has passed.
        public var afterwards: String?
    }

    /// One fact on the way to the advice, for machines (`pad` in JSON).
    public struct PathEntry: Sendable {
        public var node: String?
        public var fact: String
        public var label: String
        public var value: String
        public var text: String
        /// `antwoord`, `afgeleid`, `onbekend` or `aangenomen`.
        public var origin: String
        public var rule: String?
        public var sources: [String]
        public var reason: String?
    }

    /// One line of "waarom": a fact, its value and where it came from.
    public struct WhyLine: Sendable {
        /// The number of an answer, as `overzicht` and `wijzig N` use it; nil for derived facts.
        public var number: Int?
        public var label: String
        public var value: String
        public var origin: String
        /// Rule, sources and data records under the line.
        public var details: [String]
    }
}

extension AdviceDocument {
    /// Every step with a known deadline date, with the conditions of the branch it belongs to.
    public var datedSteps: [(step: StepView, conditions: [String])] {
        func collect(_ body: Body, _ conditions: [String]) -> [(StepView, [String])] {
            switch body {
            case .outcome(let view): return view.steps.filter { $0.deadline?.date != nil }.map { ($0, conditions) }
            case .branches(_, let branches):
                return branches.flatMap { branch in
                    branch.shared.filter { $0.deadline?.date != nil }.map { ($0, conditions + [branch.condition]) }
                        + collect(branch.body, conditions + [branch.condition])
                }
            }
        }
        return (inquiries + common).filter { $0.deadline?.date != nil }.map { ($0, []) } + collect(body, [])
    }

    /// The outcome views in branch order.
    public var outcomes: [OutcomeView] { body.outcomes }
}

extension AdviceDocument.Body {
    /// The outcome views in branch order.
    public var outcomes: [AdviceDocument.OutcomeView] {
        switch self {
        case .outcome(let view): [view]
        case .branches(_, let branches): branches.flatMap(\.body.outcomes)
        }
    }
}

/// Builds the advice document for a voice.
struct AdviceDocumentBuilder {
    let content: Content
    let model: Model
    let voice: Voice
    let advice: Advice
    var explainer: GlossaryExplainer
    /// The verbatim law texts, for `waarom`; nil: the chain names the articles only.
    var laws: LawLibrary?
    /// The facts settled before the first branch, for the dates citations are read for.
    let sharedValues: [String: String]

    init(content: Content, model: Model, voice: Voice, advice: Advice, laws: LawLibrary? = nil, includeWhy: Bool = true) {
        self.content = content
        self.model = model
        self.voice = voice
        self.advice = advice
        // The verbatim law texts are read only for "waarom": they are long, and most advice is read without.
        self.laws = includeWhy ? laws : nil
        explainer = GlossaryExplainer(terms: voice == .ouders ? content.glossary : [])
        sharedValues = Dictionary(advice.trail.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    mutating func build() -> AdviceDocument {
        let inquiries = inquiries(advice.root)
        var body = body(advice.root)
        let common = commonSteps(body)
        if !common.isEmpty { body = removing(common, from: body) }
        body = sharingPerBranch(body)
        let rawSources = advice.sources
        var document = AdviceDocument(
            voice: voice, peildatum: advice.peildatum, inquiries: inquiries, body: body, common: common,
            interpretation: advice.interpretatie ? interpretation() : nil, warnings: warnings(),
            sources: voice == .ouders ? [] : advice.citedSources, rawSources: rawSources, why: why(advice.trail), path: path(advice.trail))
        if let laws, voice == .school { document.stepLawTexts = LawTextLines(laws: laws).stepLines(advice, indent: "   ") }
        return document
    }

    // MARK: - Outcomes and branches

    mutating func body(_ node: AdviceNode) -> AdviceDocument.Body {
        switch node {
        case .outcome(let leaf):
            let filled = leaf.outcome
            let summary = explainer.explain(voice == .ouders ? (filled.ouders ?? filled.samenvatting) : filled.samenvatting)
            let steps = zip(leaf.templateSteps, filled.stappen).map { template, step in stepView(step, template: template, leaf: leaf) }
            // Parents hear what happens, not which of the routekaart's scenarios the case is.
            let scenario = voice == .ouders ? nil : leaf.scenario
            return .outcome(.init(id: filled.id, title: filled.titel, scenario: scenario, summary: summary, steps: steps))
        case .fork(let fork):
            let branches = fork.branches.map { branch in
                var view = AdviceDocument.BranchView(
                    condition: condition(fork, branch.values), fact: fork.fact.id, values: branch.values, body: body(branch.node))
                // Values merged because their advice is the same may lie in different scenarios: then name none.
                if branch.scenario == nil, case .outcome(var outcome) = view.body {
                    outcome.scenario = nil
                    view.body = .outcome(outcome)
                }
                return view
            }
            return .branches(fact: fork.fact.id, branches)
        }
    }

    mutating func stepView(_ step: Step, template: Step, leaf: OutcomeAdvice) -> AdviceDocument.StepView {
        let text = voice == .ouders ? (step.ouders ?? step.wat) : step.wat
        var deadline: AdviceDocument.DeadlineView?
        if let words = step.termijn {
            let date = leaf.deadline(of: template)
            let passed = date.map { $0 < advice.peildatum } ?? false
            deadline = .init(text: words, date: date, passed: passed, afterwards: passed ? step.naTermijn : nil)
        }
        return .init(
            actor: step.wie, text: explainer.explain(text), deadline: deadline,
            citations: voice == .ouders ? [] : leaf.citations(of: step), rawCitations: step.bronnen,
            interpretation: step.interpretatie == true)
    }

    /// "Werkt het samenwerkingsverband van de nieuwe school met de landelijke criteria of met eigen criteria?"
    func condition(_ fork: AdviceFork, _ values: [String]) -> String {
        let condition = fork.fact.condition(values, or: Messages.or)
        return fork.fill(condition.template) + (condition.isQuestion ? "?" : "")
    }

    // MARK: - Whom to ask what

    /// One inquiry per fact the advice branches on, in the order of the branches.
    func inquiries(_ node: AdviceNode) -> [AdviceDocument.StepView] {
        var forks: [AdviceFork] = []
        func collect(_ node: AdviceNode) {
            guard case .fork(let fork) = node else { return }
            if !forks.contains(where: { $0.fact.id == fork.fact.id }) { forks.append(fork) }
            fork.branches.forEach { collect($0.node) }
        }
        collect(node)
        let steps = forks.map { fork in
            let inquiry = fork.fact.navragen
            let raw = (voice == .ouders ? inquiry?.ouders : nil) ?? inquiry?.wat ?? Messages.findOut(fork.fact.kort)
            return AdviceDocument.StepView(
                actor: inquiry?.wie ?? .school, text: fork.fill(raw), deadline: nil, citations: [], rawCitations: fork.fact.bronnen ?? [],
                interpretation: false)
        }
        // Two unknowns answered by one look at the same paper are one thing to find out.
        return unique(steps, by: \.text)
    }

    // MARK: - Steps every branch shares

    func commonSteps(_ body: AdviceDocument.Body) -> [AdviceDocument.StepView] {
        guard case .branches = body else { return [] }
        let outcomes = body.outcomes
        guard let first = outcomes.first else { return [] }
        return first.steps.filter { step in outcomes.allSatisfy { $0.steps.contains(step) } }
    }

    /// Under every branch that splits again, the steps all its outcomes have are said once, at the branch.
    func sharingPerBranch(_ body: AdviceDocument.Body) -> AdviceDocument.Body {
        guard case .branches(let fact, let branches) = body else { return body }
        return .branches(
            fact: fact,
            branches.map { branch in
                var branch = branch
                let shared = commonSteps(branch.body)
                if !shared.isEmpty {
                    branch.shared = shared
                    branch.body = removing(shared, from: branch.body)
                }
                branch.body = sharingPerBranch(branch.body)
                return branch
            })
    }

    func removing(_ steps: [AdviceDocument.StepView], from body: AdviceDocument.Body) -> AdviceDocument.Body {
        switch body {
        case .outcome(var view):
            view.steps.removeAll { steps.contains($0) }
            return .outcome(view)
        case .branches(let fact, let branches):
            return .branches(
                fact: fact,
                branches.map { branch in
                    var branch = branch
                    branch.body = removing(steps, from: branch.body)
                    return branch
                })
        }
    }

    // MARK: - Why

    func why(_ trail: [TrailStep]) -> [AdviceDocument.WhyLine] {
        var number = 0
        return trail.map { step in
            let fact = content.fact(step.fact)
            let value = content.display(step.value, of: step.fact, model: model)
            let label = fact?.kort ?? step.fact
            switch step.origin {
            case .answered:
                number += 1
                return .init(number: number, label: label, value: value, origin: Messages.yourAnswer, details: [])
            case .answeredInstead(let reason):
                number += 1
                return .init(number: number, label: label, value: value, origin: Messages.yourAnswerBecause(reason), details: [])
            case .unknown(let reason):
                return .init(number: nil, label: label, value: value, origin: Messages.unknownBecause(reason), details: [])
            case .assumed:
                return .init(number: nil, label: label, value: value, origin: Messages.assumed, details: [])
            case .derived(let derivation, let provenance):
                var details = [Messages.rule(derivation.regel) + (derivation.interpretatie == true ? " " + Messages.interpretationMark : "")]
                let day = content.day(of: derivation.datum, values: sharedValues, peildatum: advice.peildatum)
                details.append(Messages.sources(derivation.bronnen.map { cite($0, on: day) }))
                details += provenance.map {
                    Messages.data($0.record, cite($0.bron, on: $0.lookupDate), $0.laatstGecontroleerd, dated: $0.gegevensDatum)
                }
                if let laws {
                    let texts = LawTextLines(laws: laws)
                    details += texts.excerpts(derivation.bronnen, on: day).flatMap { texts.lines($0, indent: "") }
                }
                return .init(number: nil, label: label, value: value, origin: Messages.derived, details: details)
            }
        }
    }

    func path(_ trail: [TrailStep]) -> [AdviceDocument.PathEntry] {
        trail.map { step in
            var entry = AdviceDocument.PathEntry(
                node: step.node, fact: step.fact, label: content.fact(step.fact)?.kort ?? step.fact, value: step.value,
                text: content.display(step.value, of: step.fact, model: model), origin: "antwoord", rule: nil, sources: [], reason: nil)
            switch step.origin {
            case .answered: break
            case .answeredInstead(let reason): entry.reason = reason
            case .unknown(let reason):
                entry.origin = "onbekend"
                entry.reason = reason
            case .assumed: entry.origin = "aangenomen"
            case .derived(let derivation, let provenance):
                entry.origin = "afgeleid"
                entry.rule = derivation.regel
                entry.sources = derivation.bronnen + provenance.map(\.bron)
            }
            return entry
        }
    }

    // MARK: - Words

    /// The warnings about the data: in full for the school; for parents only that an example is no real advice.
    func warnings() -> [String] {
        guard voice == .ouders else { return advice.warnings }
        let example = advice.leaves.contains { leaf in
            leaf.trail.contains { step in
                if case .derived(_, let provenance) = step.origin { return provenance.contains(where: \.voorbeeld) }
                return false
            }
        }
        return example ? [Messages.exampleDataForParents] : []
    }

    func interpretation() -> String {
        if voice == .ouders { return Messages.interpretationForParents }
        // Branches share most of their explanation: each sentence once.
        // Only the explanation is filled in, not every text of every outcome.
        let sentences = advice.leaves.compactMap { leaf in leaf.interpretatie ? leaf.template.interpretatieUitleg.map(leaf.fill) : nil }
            .flatMap(Self.sentences)
        let explanation = unique(sentences).joined(separator: " ")
        return explanation.isEmpty ? Messages.interpretationDefault : explanation
    }

    /// The sentences of a text (ending in ". ", with the final one).
    static func sentences(_ text: String) -> [String] {
        // By the bytes: the marks and the space are ASCII, so a sentence never ends inside a letter.
        var result: [String] = []
        var current: [UInt8] = []
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            current.append(byte)
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                if let next = bytes.next() {
                    if next == UInt8(ascii: " ") {
                        result.append(String(decoding: current, as: UTF8.self))
                        current = []
                    } else {
                        current.append(next)
                    }
                }
            }
        }
        let rest = String(decoding: current, as: UTF8.self).trimmingBlanks()
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// A citation as the reader sees it, read on `day` (default: the peildatum; see `Citation.rendered`).
    func cite(_ citation: String, on day: Day? = nil) -> String {
        content.cite(citation, on: day ?? advice.peildatum, peildatum: advice.peildatum)
    }

    typealias Messages = AdviceRenderer.Messages
}
