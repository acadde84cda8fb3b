/// The advice for a case: one outcome, or, when facts are unknown, branches
/// per value of an unknown fact, each ending in an outcome (or branching again).
public struct Advice: Sendable {
    public let root: AdviceNode
    /// The facts settled before the first branch: they hold in every branch.
    public let trail: [TrailStep]
    public let peildatum: Day
    /// Every outcome reached, in branch order (gathered once: the engine and every part of the document ask).
    public let leaves: [OutcomeAdvice]

    init(root: AdviceNode, trail: [TrailStep], peildatum: Day) {
        self.root = root
        self.trail = trail
        self.peildatum = peildatum
        leaves = root.leaves
    }

    /// The outcome, when the advice does not branch.
    public var single: OutcomeAdvice? {
        if case .outcome(let leaf) = root { return leaf }
        return nil
    }

    /// Every fact settled on the way to any outcome of the advice.
    public var factsOnRoute: Set<String> {
        var facts = Set(trail.map(\.fact))
        for leaf in leaves { facts.formUnion(leaf.values.keys) }
        return facts
    }

    /// True when the fact is settled on the way to some outcome of the advice (`factsOnRoute` holds it).
    func settles(_ fact: String) -> Bool {
        trail.contains { $0.fact == fact } || leaves.contains { $0.values[fact] != nil }
    }

    /// True when some step or rule of some branch is an interpretation.
    public var interpretatie: Bool { leaves.contains(where: \.interpretatie) }

    /// Every citation of every branch, in the order first used.
    public var sources: [String] {
        // One pass over every branch's citations: the branches share most of them.
        var seen = Set<String>()
        var result: [String] = []
        for leaf in leaves {
            for citation in leaf.allCitations where seen.insert(citation).inserted { result.append(citation) }
        }
        return result
    }

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
        var result: [OutcomeAdvice] = []
        collectLeaves(into: &result)
        return result
    }

    /// Appends the outcomes in branch order (one array for the whole tree, not one per level).
    private func collectLeaves(into result: inout [OutcomeAdvice]) {
        switch self {
        case .outcome(let leaf): result.append(leaf)
        case .fork(let fork): for branch in fork.branches { branch.node.collectLeaves(into: &result) }
        }
    }

    /// What the advice says, as one string: branches that say the same are merged.
    var signature: String {
        switch self {
        case .outcome(let leaf): leaf.signature
        case .fork(let fork): fork.signature ?? Self.signature(of: fork.fact.id, fork.branches.map { ($0.values, $0.node.signature) })
        }
    }

    /// What the advice says that one can act on, for telling whether a different value of `facts` changes it: the
    /// cases, their outcomes and steps, the dates of their deadlines and the sources they cite, with the texts' mere
    /// mention of `facts` left out ("De leerling is op 1 november 2026 begonnen" and "… op 30 november 2026 …" are
    /// the same advice; a deadline that moves with the date is not).
    func substance(ignoring facts: Set<String>) -> String {
        switch self {
        case .outcome(let leaf): leaf.substance(ignoring: facts)
        case .fork(let fork): Self.signature(of: fork.fact.id, fork.branches.map { ($0.values, $0.node.substance(ignoring: facts)) })
        }
    }

    /// The words of a split from the words of its branches.
    static func signature(of fact: String, _ branches: [(values: [String], signature: String)]) -> String {
        "{\(fact):" + branches.map { $0.values.joined(separator: ",") + "=" + $0.signature }.joined(separator: ";") + "}"
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
    /// What the split says, worked out once when it is made (filling every text of a subtree is costly).
    var signature: String? = nil

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
        Template.fill(text) { (name: String) -> String in
            let id = Template.factID(name)
            if let value = values[id], value != Derivations.unknownValue {
                let words = content.display(value, of: id, model: model)
                if name == id, content.isDeadline(id), let date = Day(value), date < peildatum { return words + OutcomeAdvice.Messages.passed }
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
    /// What the branch says (`AdviceNode.signature`), when the engine worked it out to merge the branches.
    var signature: String? = nil

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
            step.kort = step.kort.map(fill)
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

    /// What this outcome says, for merging branches that say the same: the outcome, the steps that apply, and the
    /// value of every fact their texts name (a fact nobody knows is named in its own words, which may name others).
    /// The same parts give the same words, without filling every text (the costly part of advice with many branches).
    var signature: String { signature(ignoring: []) }

    /// The same, with the value of each of `facts` left out where the texts name it.
    func signature(ignoring facts: Set<String>) -> String {
        guard let named = content.textFacts(of: template) else {
            let filled = outcome
            return ([filled.id, filled.samenvatting] + filled.stappen.flatMap { [$0.wat, $0.termijn ?? ""] }).joined(separator: "\u{1F}")
        }
        var parts = [template.id, stepIndices.map(String.init).joined(separator: ",")]
        var queue = named.outcome
        for index in stepIndices where named.steps.indices.contains(index) { queue += named.steps[index] }
        var seen = Set<String>()
        var position = 0
        while position < queue.count {
            let id = queue[position]
            position += 1
            guard seen.insert(id).inserted else { continue }
            let value = values[id]
            parts.append(id + "=" + (facts.contains(id) ? "*" : value ?? "-"))
            if value == nil || value == Derivations.unknownValue, let words = content.fact(id)?.onbekendTekst, seen.count < 64 {
                queue += Template.placeholders(in: words)
            }
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// What this outcome says that one can act on (see `AdviceNode.substance`): the signature without the values of
    /// `facts`, the dates of the deadlines and every citation as the reader sees it.
    func substance(ignoring facts: Set<String>) -> String {
        let dates = deadlines.map(\.description).joined(separator: ",")
        let cited = (sources + templateSteps.flatMap(citations(of:))).joined(separator: ";")
        return [signature(ignoring: facts), dates, cited].joined(separator: "\u{1E}")
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
    public var sources: [String] { unique(allCitations) }

    /// Every citation as often as it is used, in order: rules on the trail (and their data), then steps.
    var allCitations: [String] {
        var citations: [String] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += derivation.bronnen
                for item in provenance { citations.append(item.rawSource) }
            }
        }
        for index in stepIndices { citations += template.stappen[index].bronnen }
        return citations
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
        if !examples.isEmpty { warnings.append(Messages.exampleData(examples)) }
        // Real data: a fact that is the project's reading of its source, knowledge files that disagree, records nobody
        // checked against their source, open-ended records checked before the date they are used for, and dated data
        // (DUO, the regio-indeling) more than a year away from that date. (What a fact's source literally says, its
        // note, is in 'waarom'.)
        let real = used.filter { !$0.voorbeeld }
        for item in unique(real.filter(\.isInterpretation), by: \.record) { warnings.append(Messages.interpretedSource(item, cite: cite)) }
        for item in unique(used.filter { !$0.disagreeing.isEmpty }, by: \.record) { warnings.append(Messages.disagreement(item, cite: cite)) }
        let unchecked = real.filter { $0.gegevensDatum == nil && $0.laatstGecontroleerd == nil }
        if !unchecked.isEmpty { warnings.append(Messages.uncheckedData(unchecked, cite: cite)) }
        // Checked, but more than a school year before the date it is used for: the source may say otherwise by then.
        // (Checked twelve days before is not worth a warning.)
        let stale = real.filter { item in
            guard item.gegevensDatum == nil, let checked = item.laatstGecontroleerd else { return false }
            return item.geldigTot == nil && checked < item.lookupDate && Self.moreThanAYearApart(checked, item.lookupDate)
        }
        if !stale.isEmpty { warnings.append(Messages.staleData(stale, cite: cite)) }
        // The regio-indeling's date is the version of a regulation that is in force until it is changed, not the date
        // someone looked: it is no reason to warn.
        let dated = real.filter { item in
            guard let date = item.gegevensDatum else { return false }
            if case .regio = item.subject { return false }
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

        /// A fact whose source had to be read: say so where the advice rests on it (interpretations are marked).
        static func interpretedSource(_ item: Provenance, cite: (String) -> String) -> String {
            "\(item.record): dit is een interpretatie van de bron (\(item.source(cite))), geen letterlijke tekst; wat de bron zegt, "
                + "staat bij 'waarom'. Controleer het bij het samenwerkingsverband."
        }

        /// Knowledge files that say something else for the same day: which one the advice used, and why.
        static func disagreement(_ item: Provenance, cite: (String) -> String) -> String {
            guard let used = item.knowledge else { return "" }
            func describe(_ fact: KnowledgeFact) -> String {
                let source =
                    fact.origin.kind == .bundled || fact.origin.kind == .examples
                    ? "\(fact.origin.label): \(cite(fact.bron))" : "\(fact.origin.label), \(fact.origin.place): \(fact.bron)"
                return "„\(fact.value.dutch)” (\(source); gecontroleerd \(fact.gecontroleerd.dutch))"
            }
            let others = item.disagreeing.map(describe).joined(separator: " en ")
            let why =
                item.disagreeing.allSatisfy { $0.gecontroleerd < used.gecontroleerd }
                ? "dat is het recentst gecontroleerd" : "bij dezelfde controledatum telt het eerstgenoemde bestand"
            return "Voor \(item.record) op \(item.lookupDate.dutch) zeggen de bronnen iets anders: gebruikt is \(describe(used)), "
                + "want \(why); niet \(others). Zoek uit wat klopt en pas het kennisbestand aan ('routekaart kennis' toont het verschil)."
        }

        static func policyEnds(_ swv: String, _ end: Day, _ deadline: Day) -> String {
            "Het beleid van \(swv) waarop dit advies rust, loopt volgens de gegevens tot en met \(end.dutch); op \(deadline.dutch), "
                + "een termijn in dit advies, kan een ander beleid gelden. Vraag het samenwerkingsverband wat er dan geldt, "
                + "bijvoorbeeld of een aanwijzing dan nog in BRON wordt geregistreerd."
        }

        /// One warning for every record checked before the date it was used for, while its period has no end.
        static func staleData(_ items: [Provenance], cite: (String) -> String) -> String {
            let records = unique(items, by: \.record)
                .map { "\($0.record) (gecontroleerd \($0.laatstGecontroleerd.map(\.dutch) ?? "nooit"), bron: \($0.source(cite)))" }
            let latest = items.map(\.lookupDate).max() ?? Day.inpassing
            return "Deze gegevens zijn het laatst gecontroleerd vóór de datum waarvoor ze hier gelden (\(latest.dutch)): "
                + records.joined(separator: "; ") + ". Controleer bij het samenwerkingsverband of dit nog klopt."
        }

        /// One warning for every record that no person checked against the current state of its source.
        static func uncheckedData(_ items: [Provenance], cite: (String) -> String) -> String {
            let records = unique(items, by: \.record).map { "\($0.record) (bron: \($0.source(cite)))" }
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

// MARK: - The advice as cases: one per distinct advice

/// One thing the advice can come to when facts are unknown: an outcome, and the values of the unknown facts under
/// which it holds. Branches that say the same are one case, also when they sit under different parents in the tree
/// ("geen licentie" under "landelijke criteria" and under "eigen criteria"), and a condition that every value of its
/// fact would meet is left out: the case does not depend on it.
public struct AdviceCase: Sendable {
    /// When the case holds: any of these alternatives, each a conjunction of conditions in the order of the tree.
    public var when: [[AdviceCondition]]
    /// The outcome (the first leaf that says this; the others say the same).
    public var leaf: OutcomeAdvice
    /// Where that leaf stands in `Advice.leaves`.
    var leafIndex: Int
    /// The scenario of every leaf merged into this case (nil where none applies).
    public var scenarios: [String?]

    /// The one scenario of the case, or nil when its leaves lie in different scenarios or none.
    public var scenario: String? {
        let distinct = Set(scenarios.map { $0 ?? "" })
        return distinct.count == 1 ? scenarios.first ?? nil : nil
    }

    /// The facts the case's conditions name, each once, in order.
    public var facts: [String] { unique(when.flatMap { $0.map(\.fact.id) }) }
}

/// One condition of a case: a fact nobody knows has one of these values.
public struct AdviceCondition: Sendable {
    /// The split where the condition was made (its words are filled with the facts known there).
    public let fork: AdviceFork
    public var values: [String]
    /// Every value the fact could have at that split (values no world allows are not among them).
    public let possible: [String]

    public var fact: Fact { fork.fact }

    /// True when the condition holds for every possible value: it says nothing.
    var isVacuous: Bool { Set(possible).isSubset(of: values) }
}

extension Advice {
    /// The advice as cases, in the order of the tree: one per distinct advice, with the simplest conditions that
    /// tell them apart. Advice without a split is one case without conditions.
    public var cases: [AdviceCase] {
        var result: [AdviceCase] = []
        var signatures: [String] = []
        var leafIndex = 0
        func walk(_ node: AdviceNode, _ conditions: [AdviceCondition], _ scenarios: [String?]?, _ known: String?) {
            switch node {
            case .outcome(let leaf):
                defer { leafIndex += 1 }
                let signature = known ?? leaf.signature
                let found = scenarios ?? [leaf.scenario?.id]
                if let index = signatures.firstIndex(of: signature) {
                    result[index].when.append(conditions)
                    result[index].scenarios += found
                } else {
                    signatures.append(signature)
                    result.append(AdviceCase(when: [conditions], leaf: leaf, leafIndex: leafIndex, scenarios: found))
                }
            case .fork(let fork):
                let possible = fork.branches.flatMap(\.values)
                for branch in fork.branches {
                    let condition = AdviceCondition(fork: fork, values: branch.values, possible: possible)
                    walk(branch.node, conditions + [condition], branch.scenarios.isEmpty ? nil : branch.scenarios, branch.signature)
                }
            }
        }
        walk(root, [], nil, nil)
        return result.map { item in
            var item = item
            item.when = Self.simplified(item.when)
            return item
        }
    }

    /// Alternatives made as simple as they can be without changing when they hold: two alternatives that differ in
    /// the values of one fact only become one; a condition every possible value meets is dropped.
    static func simplified(_ alternatives: [[AdviceCondition]]) -> [[AdviceCondition]] {
        var items = alternatives.map { $0.filter { !$0.isVacuous } }
        var changed = true
        while changed {
            changed = false
            search: for i in items.indices {
                for j in items.indices where j > i {
                    guard let merged = merge(items[i], items[j]) else { continue }
                    items[i] = merged.filter { !$0.isVacuous }
                    items.remove(at: j)
                    changed = true
                    break search
                }
            }
        }
        // An alternative without conditions holds always: the others add nothing.
        if items.contains(where: \.isEmpty) { return [[]] }
        return items
    }

    /// One alternative for two that name the same facts and differ in the values of one of them; nil otherwise.
    static func merge(_ a: [AdviceCondition], _ b: [AdviceCondition]) -> [AdviceCondition]? {
        guard a.count == b.count, Set(a.map(\.fact.id)) == Set(b.map(\.fact.id)) else { return nil }
        var differing: Int?
        for (index, condition) in a.enumerated() {
            guard let other = b.first(where: { $0.fact.id == condition.fact.id }) else { return nil }
            if Set(other.values) != Set(condition.values) {
                guard differing == nil else { return nil }
                differing = index
            }
        }
        guard let index = differing, let other = b.first(where: { $0.fact.id == a[index].fact.id }) else { return a == b ? a : nil }
        var result = a
        let union = Set(a[index].values + other.values)
        let order = unique(a[index].possible + other.possible)
        result[index] = AdviceCondition(fork: a[index].fork, values: order.filter(union.contains), possible: order)
        return result
    }
}

extension [AdviceCondition] {
    static func == (a: [AdviceCondition], b: [AdviceCondition]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.fact.id == $1.fact.id && $0.values == $1.values }
    }
}
