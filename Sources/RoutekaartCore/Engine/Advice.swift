/// The advice for a case: one outcome, or, when facts are unknown, branches
/// per value of an unknown fact, each ending in an outcome (or branching again).
public struct Advice: Sendable {
    public let root: AdviceNode
    /// The facts settled before the first branch: they hold in every branch.
    public let trail: [TrailStep]
    public let peildatum: Day

    /// The outcome, when the advice does not branch.
    public var single: OutcomeAdvice? {
        if case .outcome(let leaf) = root { return leaf }
        return nil
    }

    /// Every outcome reached, in branch order.
    public var leaves: [OutcomeAdvice] { root.leaves }

    /// Every fact settled on the way to any outcome of the advice.
    public var factsOnRoute: Set<String> { Set((trail + leaves.flatMap(\.trail)).map(\.fact)) }

    /// True when some step or rule of some branch is an interpretation.
    public var interpretatie: Bool { leaves.contains(where: \.interpretatie) }

    /// Every citation of every branch, in the order first used.
    public var sources: [String] { unique(leaves.flatMap(\.sources)) }

    /// The warnings about the data of every branch, said once for all branches.
    public var warnings: [String] {
        let used = leaves.flatMap(\.provenance)
        let cite = leaves.first.map { leaf in leaf.citeSource } ?? { $0 }
        return OutcomeAdvice.warnings(for: used, cite: cite) + OutcomeAdvice.policyChanges(used, before: leaves.flatMap(\.deadlines))
    }
}

/// A point of the advice: an outcome, or a split on a fact nobody knows.
public indirect enum AdviceNode: Sendable {
    case outcome(OutcomeAdvice)
    case fork(AdviceFork)

    public var leaves: [OutcomeAdvice] {
        switch self {
        case .outcome(let leaf): [leaf]
        case .fork(let fork): fork.branches.flatMap(\.node.leaves)
        }
    }

    /// What the advice says, as one string: branches that say the same are merged.
    var signature: String {
        switch self {
        case .outcome(let leaf): leaf.signature
        case .fork(let fork): fork.signature
        }
    }
}

/// A split of the advice on a fact nobody knows: one branch per value, values with the same advice together.
public struct AdviceFork: Sendable {
    public let fact: Fact
    public var branches: [AdviceBranch]
    let content: Content
    let model: Model
    /// The facts known where the advice splits, for the words of the condition and of whom to ask.
    let values: [String: String]
    let peildatum: Day
    /// What the split says, made once with it (the engine compares it with every other branch, at every level).
    let signature: String

    init(fact: Fact, branches: [AdviceBranch], content: Content, model: Model, values: [String: String], peildatum: Day) {
        self.fact = fact
        self.branches = branches
        self.content = content
        self.model = model
        self.values = values
        self.peildatum = peildatum
        signature = "{\(fact.id):" + branches.map { $0.values.joined(separator: ",") + "=" + $0.node.signature }.joined(separator: ";") + "}"
    }

    /// A text about the split (condition, whom to ask) with the facts known there filled in.
    public func fill(_ text: String) -> String { TextFiller(content: content, model: model, values: values, peildatum: peildatum).fill(text) }
}

/// Fills `{feit}` placeholders: a value in words, or, for a fact nobody knows (or
/// that was never needed), the fact's own wording for that case.
struct TextFiller {
    let content: Content
    let model: Model
    let values: [String: String]
    /// The date of the case: a deadline before it is said to have passed wherever it is named.
    let peildatum: Day

    func fill(_ text: String) -> String { fill(text, depth: 0) }

    private func fill(_ text: String, depth: Int) -> String {
        Template.fill(text) { (id: String) -> String in
            if let value = values[id], value != Derivations.unknownValue {
                let words = content.display(value, of: id, model: model)
                if content.isDeadline(id), let date = Day(value), date < peildatum { return words + OutcomeAdvice.Messages.passed }
                return words
            }
            guard let wording = content.fact(id)?.onbekendTekst, depth < 3 else { return OutcomeAdvice.Messages.unknownFallback }
            return fill(wording, depth: depth + 1)
        }
    }
}

/// The advice for some values of an unknown fact.
public struct AdviceBranch: Sendable {
    public var values: [String]
    public var node: AdviceNode
    /// The scenario of every outcome under these values (values merged because their advice is the same
    /// may still lie in different scenarios).
    public var scenarios: [String?] = []

    /// The one scenario of the branch, or nil when its values lie in different scenarios or none.
    public var scenario: String? {
        let distinct = Set(scenarios.map { $0 ?? "" })
        return distinct.count == 1 ? scenarios.first ?? nil : nil
    }
}

/// The advice of one outcome for one set of facts: the outcome reached, its
/// scenario, the steps that apply, and the trail of facts and rules that led
/// there. The texts with the case's values filled in, the sources and the
/// warnings are worked out when asked for, so that deciding stays cheap.
public struct OutcomeAdvice: Sendable {
    /// The outcome as written in the content, with `{feit}` placeholders and every step.
    public let template: Outcome
    /// The indices of the steps that apply (a step may hold only for some facts).
    public let stepIndices: [Int]
    public let scenario: Scenario?
    public let trail: [TrailStep]
    public let peildatum: Day
    let content: Content
    let model: Model
    /// The value of every fact on the trail.
    let values: [String: String]

    init(content: Content, model: Model, outcome: Outcome, steps: [Int], trail: [TrailStep], values: [String: String], peildatum: Day) {
        template = outcome
        stepIndices = steps
        self.trail = trail
        self.values = values
        self.peildatum = peildatum
        self.content = content
        self.model = model
        scenario = trail.last { content.isScenarioFact($0.fact) && !$0.isUnknown }.flatMap { content.scenario($0.value) }
    }

    /// The suppositions this outcome rests on, in the order they were made.
    public var assumptions: [Assumption] {
        trail.compactMap { step in step.origin == .assumed ? Assumption(fact: step.fact, value: step.value) : nil }
    }

    /// The steps that apply, as written.
    public var templateSteps: [Step] { stepIndices.map { template.stappen[$0] } }

    /// The outcome with the steps that apply and every `{feit}` placeholder replaced by the case's value in words.
    public var outcome: Outcome {
        var filled = template
        filled.titel = fill(template.titel)
        filled.samenvatting = fill(template.samenvatting)
        filled.ouders = template.ouders.map(fill)
        filled.interpretatieUitleg = template.interpretatieUitleg.map(fill)
        filled.stappen = templateSteps.map { step in
            var step = step
            step.wat = fill(step.wat)
            step.termijn = step.termijn.map(fill)
            step.naTermijn = step.naTermijn.map(fill)
            step.ouders = step.ouders.map(fill)
            return step
        }
        return filled
    }

    /// The date of a step's deadline, when it has one and it is known.
    public func deadline(of step: Step) -> Day? {
        step.termijnDatum.flatMap { values[$0] }.flatMap { Day($0) }
    }

    /// The value of a fact on the trail (`onbekend` when nobody knows it), or nil when it was not needed.
    public func value(of fact: String) -> String? { values[fact] }

    /// A text with every placeholder filled: a value in words, or, for a fact nobody knows, the fact's own wording.
    public func fill(_ text: String) -> String { TextFiller(content: content, model: model, values: values, peildatum: peildatum).fill(text) }

    /// What this outcome says, for merging branches that say the same.
    var signature: String {
        // The texts that make the advice (as `outcome` fills them), not the titles and the parents' words.
        ([template.id, fill(template.samenvatting)] + templateSteps.flatMap { [fill($0.wat), $0.termijn.map(fill) ?? ""] })
            .joined(separator: "\u{1F}")
    }

    /// True when a step that applies or a rule on the trail is an interpretation.
    public var interpretatie: Bool {
        templateSteps.contains { $0.interpretatie == true }
            || trail.contains { step in
                if case .derived(let derivation, _) = step.origin { return derivation.interpretatie == true }
                return false
            }
    }

    /// Every citation, in the order first used: rules on the trail, then steps.
    public var sources: [String] {
        var citations: [String] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += derivation.bronnen + provenance.map(\.bron)
            }
        }
        citations += templateSteps.flatMap(\.bronnen)
        return unique(citations)
    }

    /// Warnings about the data the advice used: invented example data, what the
    /// maintainer noted about a record, and data used for a date after it was last checked.
    public var warnings: [String] { Self.warnings(for: provenance, cite: citeSource) + Self.policyChanges(provenance, before: deadlines) }

    /// The source of a record as the reader sees it (`DUO, alle vestigingen vo (2026)`, not its id).
    func citeSource(_ bron: String) -> String { content.cite(bron, on: peildatum, peildatum: peildatum) }

    /// The known dates of the deadlines of the steps that apply.
    var deadlines: [Day] { templateSteps.compactMap(deadline(of:)) }

    /// A policy period that ends before a deadline of the advice: on that deadline another policy may hold
    /// (an SWV that turns to populatiebekostiging may stop registering aanwijzingen).
    static func policyChanges(_ used: [Provenance], before deadlines: [Day]) -> [String] {
        var warnings: [String] = []
        for item in used {
            guard case .policy(let swv, _, let end?) = item.subject, let deadline = deadlines.filter({ $0 > end }).min() else { continue }
            let warning = Messages.policyEnds(swv, end, deadline)
            if !warnings.contains(warning) { warnings.append(warning) }
        }
        return warnings
    }

    /// The records of the model this advice rests on.
    var provenance: [Provenance] {
        trail.flatMap { step -> [Provenance] in
            if case .derived(_, let provenance) = step.origin { return provenance }
            return []
        }
    }

    static func warnings(for used: [Provenance], cite: (String) -> String) -> [String] {
        var warnings: [String] = []
        let examples = unique(used.filter(\.voorbeeld).map { $0.subject.name })
        var seen = Set(examples)
        if !examples.isEmpty { warnings.append(Messages.exampleData(examples)) }
        for item in used {
            if let note = item.opmerking, seen.insert(note).inserted { warnings.append(Messages.note(item.subject.name, note)) }
        }
        // Real data: records nobody checked against their source, open-ended records checked before the date they
        // are used for, and dated data (DUO, the regio-indeling) more than a year away from that date.
        let real = used.filter { !$0.voorbeeld }
        let unchecked = real.filter { $0.gegevensDatum == nil && $0.laatstGecontroleerd == nil }
        if !unchecked.isEmpty { warnings.append(Messages.uncheckedData(unchecked, cite: cite)) }
        let stale = real.filter { item in
            guard item.gegevensDatum == nil, let checked = item.laatstGecontroleerd else { return false }
            return item.geldigTot == nil && checked < item.lookupDate
        }
        if !stale.isEmpty { warnings.append(Messages.staleData(stale, cite: cite)) }
        let dated = real.filter { item in
            guard let date = item.gegevensDatum else { return false }
            return Self.moreThanAYearApart(date, item.lookupDate)
        }
        if !dated.isEmpty { warnings.append(Messages.datedData(dated, cite: cite)) }
        return warnings
    }

    /// More than a year between the date of the data and the date it is used for (either way).
    static func moreThanAYearApart(_ a: Day, _ b: Day) -> Bool {
        let (early, late) = a < b ? (a, b) : (b, a)
        let yearLater = Day(year: early.year + 1, month: early.month, day: min(early.day, Day.daysIn(month: early.month, year: early.year + 1)))
        return yearLater.map { late > $0 } ?? false
    }

    enum Messages {
        static let unknownFallback = "(onbekend)"
        static let passed = " (al voorbij)"

        static func exampleData(_ names: [String]) -> String {
            "Dit advies gebruikt voorbeeldgegevens, geen echte: " + names.joined(separator: ", ")
                + ". Gebruik het om de routekaart te leren kennen, niet voor een echte leerling."
        }

        static func note(_ name: String, _ text: String) -> String { "Over \(name): \(text)" }

        static func policyEnds(_ swv: String, _ end: Day, _ deadline: Day) -> String {
            "Het beleid van \(swv) waarop dit advies rust, loopt volgens de gegevens tot en met \(end.dutch); op \(deadline.dutch), "
                + "een termijn in dit advies, kan een ander beleid gelden. Vraag het samenwerkingsverband wat er dan geldt, "
                + "bijvoorbeeld of een aanwijzing dan nog in BRON wordt geregistreerd."
        }

        /// One warning for every record checked before the date it was used for, while its period has no end.
        static func staleData(_ items: [Provenance], cite: (String) -> String) -> String {
            let records = unique(items, by: \.record)
                .map { "\($0.record) (gecontroleerd \($0.laatstGecontroleerd.map(\.dutch) ?? "nooit"), bron: \(cite($0.bron)))" }
            let latest = items.map(\.lookupDate).max() ?? Day.inpassing
            return "Deze gegevens zijn het laatst gecontroleerd vóór de datum waarvoor ze hier gelden (\(latest.dutch)): "
                + records.joined(separator: "; ") + ". Controleer bij het samenwerkingsverband of dit nog klopt."
        }

        /// One warning for every record that no person checked against the current state of its source.
        static func uncheckedData(_ items: [Provenance], cite: (String) -> String) -> String {
            let records = unique(items, by: \.record).map { "\($0.record) (bron: \(cite($0.bron)))" }
            return "Niemand heeft deze gegevens gecontroleerd tegen de huidige stand van hun bron: " + records.joined(separator: "; ")
                + ". Controleer ze bij het samenwerkingsverband of de school."
        }

        /// One warning for dated data used more than a year from its date.
        static func datedData(_ items: [Provenance], cite: (String) -> String) -> String {
            let records = unique(items, by: \.record)
                .map { "\($0.record) (gegevens van \($0.gegevensDatum.map(\.dutch) ?? "onbekende datum"), bron: \(cite($0.bron)))" }
            let latest = items.map(\.lookupDate).max() ?? Day.inpassing
            return "Deze gegevens zijn meer dan een jaar ouder of jonger dan de datum waarvoor ze hier gelden (\(latest.dutch)): "
                + records.joined(separator: "; ")
                + ". Scholen, hun aanbod en de indeling in samenwerkingsverbanden kunnen intussen veranderd zijn; controleer het bij de school of het samenwerkingsverband."
        }
    }
}
