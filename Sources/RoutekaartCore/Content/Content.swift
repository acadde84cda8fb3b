/// The routekaart as data: facts and their questions, the decision nodes,
/// the outcomes, the scenarios, the glossary and the source registry. A plain value: every file is
/// decoded when the data is loaded.
public struct Content: Sendable {
    /// Everything, with the indexes, shared by every copy: the engine and the renderers copy the content into many
    /// small values, and a copy is then one reference, not twenty.
    private let records: Records

    /// The national criteria for lwoo and pro as a rule (`criteria.json`), for `routekaart criteria` and the book.
    public var criteria: NationalCriteria? { records.criteria }

    public var start: String { records.start }
    public var facts: [Fact] { records.facts }
    public var nodes: [Node] { records.nodes }
    public var outcomes: [Outcome] { records.outcomes }
    public var scenarios: [Scenario] { records.scenarios }
    public var glossary: [GlossaryTerm] { records.glossary }
    public var sources: [Source] { records.sources }
    /// Contradictions between facts that are refused, never advised on.
    public var controls: [Control] { records.controls }
    /// Per control, the facts a person gives that it rests on (found once; every evaluation asks).
    var controlBasics: [Set<String>] { records.controlBasics }

    private final class Records: Sendable {
        let start: String
        let facts: [Fact]
        let nodes: [Node]
        let outcomes: [Outcome]
        let scenarios: [Scenario]
        let glossary: [GlossaryTerm]
        let sources: [Source]
        let controls: [Control]
        let criteria: NationalCriteria?
        /// Each fact by id, held by reference, so the engine reads a fact without copying all its texts.
        let factEntries: [String: FactEntry]
        let nodeIndex: KeyIndex
        let outcomeEntries: [String: OutcomeEntry]
        let sourceIndex: KeyIndex
        /// The facts whose value names the scenario.
        let scenarioFacts: Set<String>
        let controlBasics: [Set<String>]

        init(
            start: String, facts: [Fact], nodes: [Node], outcomes: [Outcome], scenarios: [Scenario], glossary: [GlossaryTerm],
            sources: [Source], controls: [Control], criteria: NationalCriteria?
        ) {
            self.start = start
            self.facts = facts
            self.nodes = nodes
            self.outcomes = outcomes
            self.scenarios = scenarios
            self.glossary = glossary
            self.sources = sources
            self.controls = controls
            self.criteria = criteria
            var factEntries: [String: FactEntry] = [:]
            for fact in facts where factEntries[fact.id] == nil { factEntries[fact.id] = FactEntry(fact) }
            self.factEntries = factEntries
            var outcomeEntries: [String: OutcomeEntry] = [:]
            for outcome in outcomes where outcomeEntries[outcome.id] == nil { outcomeEntries[outcome.id] = OutcomeEntry(outcome) }
            self.outcomeEntries = outcomeEntries
            nodeIndex = KeyIndex(count: nodes.count) { nodes[$0].id }
            sourceIndex = KeyIndex(count: sources.count) { sources[$0].id }
            scenarioFacts = Set(facts.filter { $0.scenario == true }.map(\.id))
            controlBasics = controls.map { Content.basicFacts(of: $0.afleiding.invoer) { factEntries[$0]?.fact } }
        }
    }

    public init(
        start: String, facts: [Fact], nodes: [Node], outcomes: [Outcome], scenarios: [Scenario],
        glossary: [GlossaryTerm], sources: [Source], controls: [Control] = [], criteria: NationalCriteria? = nil
    ) {
        records = Records(
            start: start, facts: facts, nodes: nodes, outcomes: outcomes, scenarios: scenarios, glossary: glossary, sources: sources,
            controls: controls, criteria: criteria)
    }

    public func isScenarioFact(_ id: String) -> Bool { records.scenarioFacts.contains(id) }

    /// True when a step has this fact as the date of its deadline.
    public func isDeadline(_ id: String) -> Bool { records.factEntries[id]?.fact.termijn == true }

    /// The facts an outcome reads: the placeholders of its texts, its steps' conditions, deadline dates and
    /// `datum` facts (the date a step's citations are read for), each once.
    public func factsRead(by outcome: Outcome) -> [String] { records.outcomeEntries[outcome.id]?.factsRead ?? [] }

    /// The facts an outcome's own texts name, and per step the facts its texts and deadline name.
    func textFacts(of outcome: Outcome) -> (outcome: [String], steps: [[String]])? { records.outcomeEntries[outcome.id]?.textFacts }

    public func fact(_ id: String) -> Fact? { records.factEntries[id]?.fact }
    func factEntry(_ id: String) -> FactEntry? { records.factEntries[id] }
    public func node(_ id: String) -> Node? { records.nodeIndex.position(of: id).map { records.nodes[$0] } }
    public func outcome(_ id: String) -> Outcome? { records.outcomeEntries[id]?.outcome }
    public func source(_ id: String) -> Source? { records.sourceIndex.position(of: id).map { records.sources[$0] } }
    public func scenario(_ id: String) -> Scenario? { records.scenarios.first { $0.id == id } }

    /// The source id of a citation: its first word (`rsv-breda-2015 §3` → `rsv-breda-2015`).
    public static func sourceID(of citation: String) -> String {
        String(citation.split(separator: " ", maxSplits: 1).first ?? "")
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
        let stepTexts = outcome.stappen.map { step in step.texts.flatMap { Template.placeholders(in: $0.text) } }
        let steps = zip(outcome.stappen, stepTexts).map { step, names in names + (step.termijnDatum.map { [$0] } ?? []) }
        textFacts = (own, steps)
        // The texts first (as `allTexts` lists them), then per step its conditions, its deadline and the `datum` fact
        // that picks the law the step cites.
        let read =
            own + stepTexts.joined()
            + outcome.stappen.flatMap { ($0.als ?? [:]).keys.sorted() + ($0.termijnDatum.map { [$0] } ?? []) + ($0.datum.map { [$0] } ?? []) }
        factsRead = unique(read)
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
