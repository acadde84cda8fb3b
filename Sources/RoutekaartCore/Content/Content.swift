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
        // The placeholders of each text in the order `Outcome.allTexts` lists them; most texts have none.
        func names(_ texts: String?...) -> [String] {
            var found: [String] = []
            for case let text? in texts where Template.hasPlaceholder(text) { found += Template.placeholders(in: text) }
            return found
        }
        let own = names(outcome.titel, outcome.samenvatting, outcome.ouders, outcome.interpretatieUitleg)
        var steps: [[String]] = []
        steps.reserveCapacity(outcome.stappen.count)
        // The texts first, then per step its conditions, its deadline and the `datum` fact that picks the law the
        // step cites, each fact once.
        var read = own
        var extra: [String] = []
        for step in outcome.stappen {
            let texts = names(step.wat, step.termijn, step.naTermijn, step.ouders, step.kort)
            read += texts
            steps.append(texts + (step.termijnDatum.map { [$0] } ?? []))
            extra += (step.als ?? [:]).keys.sorted()
            if let date = step.termijnDatum { extra.append(date) }
            if let date = step.datum { extra.append(date) }
        }
        textFacts = (own, steps)
        factsRead = unique(read + extra)
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

// The content's files, each read by its own fields (`JSONFields`).

struct FactsFile {
    var feiten: [Fact]
    init(_ json: inout JSONFields) throws(InputError) { feiten = try json.objects("feiten", Fact.init) }
}

struct TreeFile {
    var start: String
    var knopen: [Node]
    init(_ json: inout JSONFields) throws(InputError) {
        start = try json.string("start")
        knopen = try json.objects("knopen", Node.init)
    }
}

struct OutcomesFile {
    var scenarios: [Scenario]
    var uitkomsten: [Outcome]
    init(_ json: inout JSONFields) throws(InputError) {
        scenarios = try json.objects("scenarios", Scenario.init)
        uitkomsten = try json.objects("uitkomsten", Outcome.init)
    }
}

struct GlossaryFile {
    var begrippen: [GlossaryTerm]
    init(_ json: inout JSONFields) throws(InputError) { begrippen = try json.objects("begrippen", GlossaryTerm.init) }
}

struct ControlsFile {
    var controles: [Control]
    init(_ json: inout JSONFields) throws(InputError) { controles = try json.objects("controles", Control.init) }
}

struct SourcesFile {
    var bronnen: [Source]
    init(_ json: inout JSONFields) throws(InputError) { bronnen = try json.objects("bronnen", Source.init) }
}
