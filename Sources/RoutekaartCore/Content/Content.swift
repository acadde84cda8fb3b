/// The routekaart as data: facts and their questions, the decision nodes,
/// the outcomes, the scenarios, the glossary and the source registry.
public struct Content: Sendable {
    public var start: String
    public var facts: [Fact]
    public var nodes: [Node]
    /// The outcomes and scenarios: decoded at once, or, for a data folder proven by its check stamp, when
    /// the first advice needs them (they are the largest part of the content).
    private var outcomeRecords: LazyValue<OutcomeRecords>
    /// For a proven folder: one outcome decoded when the advice reaches it, while not all are needed.
    private var outcomeLookup: OutcomeLookup?
    public var outcomes: [Outcome] { outcomeRecords.value.outcomes }
    public var scenarios: [Scenario] { outcomeRecords.value.scenarios }
    /// The glossary and the source registry: not needed to ask the first question, so read on first use
    /// for a folder proven by its check stamp.
    private var registry: LazyValue<RegistryRecords>
    public var glossary: [GlossaryTerm] { registry.value.glossary }
    public var sources: [Source] { registry.value.sources }
    /// Contradictions between facts that are refused, never advised on.
    public let controls: [Control]
    /// The national criteria for lwoo and pro as a rule (`criteria.json`), for `routekaart criteria` and the book;
    /// for a proven folder decoded on first use (the advice does not need them).
    public var criteria: NationalCriteria? {
        get { criteriaValue.value }
        set { criteriaValue = LazyValue(ready: newValue) }
    }
    var criteriaValue = LazyValue<NationalCriteria?>(ready: nil)

    private var factIndex: [String: Int]
    /// The same facts by reference, so the engine reads a fact without copying all its texts.
    private var factEntries: [String: FactEntry]
    private var nodeIndex: [String: Int]
    /// The facts whose value names the scenario.
    private var scenarioFacts: Set<String>
    /// Per control, the facts a person gives that it rests on (found once; every evaluation asks).
    private(set) var controlBasics: [Set<String>] = []

    public init(
        start: String, facts: [Fact], nodes: [Node], outcomes: [Outcome], scenarios: [Scenario],
        glossary: [GlossaryTerm], sources: [Source], controls: [Control] = []
    ) {
        self.init(
            start: start, facts: facts, nodes: nodes, outcomes: LazyValue(ready: OutcomeRecords(outcomes: outcomes, scenarios: scenarios)),
            registry: LazyValue(ready: RegistryRecords(sources: sources, glossary: glossary)), controls: controls)
    }

    /// Content whose outcomes and scenarios are decoded on first use: all of them when all are asked for,
    /// one at a time by `lookup` until then.
    init(
        start: String, facts: [Fact], nodes: [Node], outcomes: LazyValue<OutcomeRecords>, lookup: OutcomeLookup? = nil,
        registry: LazyValue<RegistryRecords>, controls: [Control]
    ) {
        self.controls = controls
        self.start = start
        self.facts = facts
        self.nodes = nodes
        outcomeRecords = outcomes
        outcomeLookup = lookup
        self.registry = registry
        func index<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            Dictionary(items.enumerated().map { (key($1), $0) }, uniquingKeysWith: { first, _ in first })
        }
        factIndex = index(facts, \.id)
        factEntries = Dictionary(facts.map { ($0.id, FactEntry($0)) }, uniquingKeysWith: { first, _ in first })
        nodeIndex = index(nodes, \.id)
        scenarioFacts = Set(facts.filter { $0.scenario == true }.map(\.id))
        controlBasics = controls.map { basicFacts(of: $0.afleiding.invoer) }
    }

    public func isScenarioFact(_ id: String) -> Bool { scenarioFacts.contains(id) }

    /// True when a step has this fact as the date of its deadline.
    public func isDeadline(_ id: String) -> Bool { factEntries[id]?.fact.termijn == true }

    /// The facts an outcome reads: the placeholders of its texts, its steps' conditions, deadline dates and
    /// `datum` facts (the date a step's citations are read for), each once.
    public func factsRead(by outcome: Outcome) -> [String] { entry(outcome.id)?.factsRead ?? [] }

    /// The facts an outcome's own texts name, and per step the facts its texts and deadline name.
    func textFacts(of outcome: Outcome) -> (outcome: [String], steps: [[String]])? { entry(outcome.id)?.textFacts }

    /// True while outcomes are decoded one at a time (a proven folder before anything needed all of them).
    var decodesOutcomesOneByOne: Bool { outcomeLookup != nil && !outcomeRecords.isMade }

    /// An outcome with what it reads: from the lookup while not all outcomes are decoded.
    private func entry(_ id: String) -> OutcomeEntry? {
        if let outcomeLookup, !outcomeRecords.isMade, let entry = outcomeLookup.entry(id) { return entry }
        return outcomeRecords.value.entries[id]
    }

    public func fact(_ id: String) -> Fact? { factIndex[id].map { facts[$0] } }
    func factEntry(_ id: String) -> FactEntry? { factEntries[id] }
    public func node(_ id: String) -> Node? { nodeIndex[id].map { nodes[$0] } }
    public func outcome(_ id: String) -> Outcome? { entry(id)?.outcome }
    public func source(_ id: String) -> Source? { registry.value.sourceIndex[id].map { sources[$0] } }
    public func scenario(_ id: String) -> Scenario? {
        if let outcomeLookup, !outcomeRecords.isMade, let scenarios = outcomeLookup.scenarios { return scenarios.first { $0.id == id } }
        return scenarios.first { $0.id == id }
    }

    /// The source id of a citation: its first word (`rsv-breda-2015 §3` → `rsv-breda-2015`).
    public static func sourceID(of citation: String) -> String {
        String(citation.split(separator: " ", maxSplits: 1).first ?? "")
    }
}

/// The source registry with its index, and the glossary.
struct RegistryRecords: Sendable {
    var sources: [Source]
    var glossary: [GlossaryTerm]
    var sourceIndex: [String: Int]

    init(sources: [Source], glossary: [GlossaryTerm]) {
        self.sources = sources
        self.glossary = glossary
        sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The outcomes and scenarios, each outcome with what it reads.
struct OutcomeRecords: Sendable {
    var outcomes: [Outcome]
    var scenarios: [Scenario]
    var entries: [String: OutcomeEntry]

    init(outcomes: [Outcome], scenarios: [Scenario]) {
        self.outcomes = outcomes
        self.scenarios = scenarios
        entries = Dictionary(outcomes.map { ($0.id, OutcomeEntry($0)) }, uniquingKeysWith: { first, _ in first })
    }
}

/// An outcome with the facts it reads, found once.
struct OutcomeEntry: Sendable {
    let outcome: Outcome
    /// Every fact the outcome reads, each once (`Content.factsRead`).
    let factsRead: [String]
    /// The facts its own texts name, and per step the facts the step's texts and deadline name.
    let textFacts: (outcome: [String], steps: [[String]])

    init(_ outcome: Outcome) {
        self.outcome = outcome
        let own = outcome.texts.flatMap { Template.placeholders(in: $0.text) }
        let steps = outcome.stappen.map { step in
            step.texts.flatMap { Template.placeholders(in: $0.text) } + (step.termijnDatum.map { [$0] } ?? [])
        }
        textFacts = (own, steps)
        var seen = Set<String>()
        // A step's `datum` fact is read too: it picks the law the step cites.
        let read =
            outcome.allTexts.flatMap { Template.placeholders(in: $0.text) }
            + outcome.stappen.flatMap { ($0.als ?? [:]).keys.sorted() + ($0.termijnDatum.map { [$0] } ?? []) + ($0.datum.map { [$0] } ?? []) }
        factsRead = read.filter { seen.insert($0).inserted }
    }
}

/// A fact held by reference (see `Content.factEntry`).
final class FactEntry: Sendable {
    let fact: Fact
    let isAsked: Bool
    init(_ fact: Fact) {
        self.fact = fact
        isAsked = fact.isAsked
    }
}

struct FactsFile: Codable {
    var feiten: [Fact]
}

struct TreeFile: Codable {
    var start: String
    var knopen: [Node]
}

struct OutcomesFile: Codable {
    var scenarios: [Scenario]
    var uitkomsten: [Outcome]
}

struct GlossaryFile: Codable {
    var begrippen: [GlossaryTerm]
}

struct ControlsFile: Codable {
    var controles: [Control]
}

struct SourcesFile: Codable {
    var bronnen: [Source]
}
