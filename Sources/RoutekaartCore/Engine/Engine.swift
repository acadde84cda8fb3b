/// How a fact got its value in a case.
public enum FactOrigin: Sendable, Equatable {
    /// The user answered the question (the answer may be "weet ik niet").
    case answered
    /// The model or a rule derived it.
    case derived(Derivation, [Provenance])
    /// The model could not tell (the reason), so the user answered.
    case answeredInstead(String)
    /// Nobody knows it: the model cannot tell (the reason) and there is no question, or an input is unknown.
    case unknown(String)
    /// Supposed in one branch of conditional advice, because nobody knows it.
    case assumed
}

/// One fact settled on the way to the advice, in the order it was needed.
public struct TrailStep: Sendable, Equatable {
    public var fact: String
    public var value: String
    public var origin: FactOrigin
    /// The decision node that branched on this fact, if any.
    public var node: String?
    /// The case's own answer for a fact the data derives otherwise: not used, and said so in the advice.
    public var overruledAnswer: String? = nil

    /// True when the value is "weet ik niet" / not known.
    public var isUnknown: Bool { value == Derivations.unknownValue }
}

/// A value supposed for a fact that nobody knows, in one branch of conditional advice.
public struct Assumption: Sendable, Equatable, Hashable {
    public var fact: String
    public var value: String

    public init(fact: String, value: String) {
        self.fact = fact
        self.value = value
    }
}

/// A question the engine needs answered before it can go on.
public struct PendingQuestion: Sendable, Equatable {
    public var fact: Fact
    /// Why the model could not answer it itself, when it tried.
    public var reason: String?
    /// The suppositions under which the question matters (empty: it always does).
    public var assumptions: [Assumption] = []
}

/// Facts of a case that cannot all be true: Routekaart refuses to advise on them.
public struct Contradiction: Sendable, Equatable {
    public var control: Control
    /// What is wrong, with the case's values filled in.
    public var message: String
    /// The question to ask again.
    public var reask: Fact
}

/// The engine's answer: the next question, the advice, or a contradiction in the facts.
public enum EngineResult: Sendable {
    case question(PendingQuestion, trail: [TrailStep])
    case advice(Advice)
    case contradiction(Contradiction, trail: [TrailStep])
}

extension EngineResult {
    /// The id of the fact asked for, if the result is a question.
    public var pendingFact: String? {
        if case .question(let question, _) = self { return question.fact.id }
        return nil
    }
}

/// Content that the engine cannot run (the content check rules these out).
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The decision-tree engine: a pure function of (content, model, case) to
/// the next question or the advice, with the trail of facts, rules and
/// sources it used.
///
/// A fact nobody knows ("weet ik niet", a record the model lacks) does not stop
/// the advice: where the routekaart needs its value, the engine evaluates the
/// rest of the tree once for every value the fact can have and returns
/// conditional advice, branches that end alike merged into one.
public struct Engine: Sendable {
    public let content: Content
    public let model: Model

    public init(content: Content, model: Model) {
        self.content = content
        self.model = model
    }

    public func evaluate(_ situation: Case) throws(ContentError) -> EngineResult {
        let result = try evaluate(situation, assuming: [])
        // Only facts the route has read can contradict each other: an answer left over from another route cannot.
        let onRoute: (String) -> Bool
        switch result {
        case .question(_, let trail), .contradiction(_, let trail): onRoute = { fact in trail.contains { $0.fact == fact } }
        case .advice(let advice): onRoute = advice.settles
        }
        if let found = try contradiction(in: situation, assuming: [], onRoute: onRoute) { return .contradiction(found.0, trail: found.1) }
        return result
    }

    /// Evaluates with some facts supposed to have a value (as in one branch of conditional advice, or
    /// to walk one path of the tree in a test), whatever the case or the model says.
    public func evaluate(_ situation: Case, assuming assumptions: [Assumption]) throws(ContentError) -> EngineResult {
        var splits: Splits?
        return try evaluate(situation, assuming: assumptions, splits: &splits)
    }

    /// The same; `splits` is made at the first split and serves every split below it.
    private func evaluate(_ situation: Case, assuming assumptions: [Assumption], splits: inout Splits?) throws(ContentError)
        -> EngineResult
    {
        var run = Run(engine: self, situation: situation, assumptions: assumptions)
        do throws(Interruption) {
            let leaf = try run.reachOutcome()
            return .advice(Advice(root: .outcome(leaf), trail: leaf.trail, peildatum: situation.peildatum))
        } catch {
            switch error {
            case .needs(var question):
                question.assumptions = assumptions
                // What was derived from a supposition holds in one branch only: the trail stops before it.
                let trail = run.trail.prefix { $0.origin != .assumed }
                return .question(question, trail: Array(trail))
            case .content(let problem):
                throw problem
            case .fork(let factID):
                // The words about the split (whom to ask, the conditions) may name facts: settle what can be settled.
                if let fact = content.fact(factID) {
                    let texts = [fact.als, fact.navragen?.wat, fact.navragen?.ouders] + (fact.opties ?? []).map(\.als)
                    for id in texts.compactMap({ $0 }).flatMap(Template.placeholders(in:)) { _ = try? run.resolve(id) }
                }
                return try fork(on: factID, situation, assumptions, trail: run.trail, values: run.values, splits: &splits)
            }
        }
    }

    /// Evaluates the rest of the tree once for every value of a fact nobody knows, and merges branches that end alike.
    private func fork(
        on factID: String, _ situation: Case, _ assumptions: [Assumption], trail: [TrailStep], values known: [String: String],
        splits: inout Splits?
    ) throws(ContentError) -> EngineResult {
        guard let fact = content.fact(factID), let values = content.domain(of: fact), !values.isEmpty else {
            throw ContentError(description: "feit \"\(factID)\" is onbekend maar heeft geen vaste waarden om op te splitsen")
        }
        if splits == nil { splits = Splits(engine: self, situation: situation) }
        var branches: [AdviceBranch] = []
        var signatures: [String] = []
        var impossible: EngineResult?
        for value in values {
            let supposed = assumptions + [Assumption(fact: factID, value: value)]
            let result = try evaluate(situation, assuming: supposed, splits: &splits)
            switch result {
            case .question, .contradiction:
                return result
            case .advice(let advice):
                // A value that contradicts the known facts is no possible world: no branch for it
                // (a leerweg the school does not offer).
                // (Which checks apply and what they read decide it: the same question is not asked twice.)
                let consistency = splits?.consistency(of: supposed, onRoute: advice.settles)
                if !(consistency.map { splits?.consistent.contains($0) == true } ?? false) {
                    if let found = try contradiction(in: situation, assuming: supposed, onRoute: advice.settles) {
                        impossible = impossible ?? .contradiction(found.0, trail: found.1)
                        continue
                    }
                    if let consistency { splits?.consistent.insert(consistency) }
                }
                // So is a supposition that leads only to an outcome saying the facts contradict each other.
                if advice.leaves.allSatisfy({ $0.template.tegenstrijdig == true }) {
                    impossible = impossible ?? result
                    continue
                }
                // And so is one that dates rule out: an aanwijzing valid on 1 September that would end before 1 October.
                if try splits?.dates.allow(supposed) == false { continue }
                // Each branch's words are worked out once: filling every text of a subtree is the costly part.
                let signature = advice.root.signature
                if let index = signatures.firstIndex(of: signature) {
                    branches[index].values.append(value)
                    branches[index].scenarios.append(contentsOf: advice.leaves.map { $0.scenario?.id })
                } else {
                    signatures.append(signature)
                    var branch = AdviceBranch(values: [value], node: advice.root, scenarios: advice.leaves.map { $0.scenario?.id })
                    branch.signature = signature
                    branches.append(branch)
                }
            }
        }
        if branches.isEmpty, let impossible { return impossible }
        // Every possible value gives the same advice: then it does not matter that nobody knows the fact.
        if branches.count == 1, let only = branches.first {
            return .advice(Advice(root: only.node, trail: trail, peildatum: situation.peildatum))
        }
        var split = AdviceFork(fact: fact, branches: branches, content: content, model: model, values: known, peildatum: situation.peildatum)
        split.signature = AdviceNode.signature(of: fact.id, zip(branches, signatures).map { ($0.values, $1) })
        return .advice(Advice(root: .fork(split), trail: trail, peildatum: situation.peildatum))
    }

    /// What every split of one advice shares, made at the first split: the test of dates, and the suppositions under
    /// which the checks on contradictions found none.
    struct Splits {
        var dates: PossibleDates
        /// Every fact a check on contradictions reads, through every derivation.
        let checked: Set<String>
        /// The checks that applied and the suppositions about what they read, where they found no contradiction.
        var consistent = Set<Consistency>()

        init(engine: Engine, situation: Case) {
            dates = PossibleDates(engine: engine, situation: situation)
            checked = dates.controlReads.reduce(into: Set<String>()) { $0.formUnion($1) }
        }

        /// What decides whether the checks find a contradiction: which apply (those whose facts are all on the route)
        /// and the suppositions about the facts they read.
        func consistency(of supposed: [Assumption], onRoute: (String) -> Bool) -> Consistency {
            Consistency(
                applying: dates.content.controlBasics.map { $0.allSatisfy(onRoute) }, suppositions: supposed.filter { checked.contains($0.fact) })
        }

        struct Consistency: Hashable {
            var applying: [Bool]
            var suppositions: [Assumption]
        }
    }

    /// The first contradiction among the facts on the route (checks whose facts are not all on it are skipped).
    func contradiction(in situation: Case, assuming assumptions: [Assumption], onRoute: (String) -> Bool) throws(ContentError)
        -> (Contradiction, [TrailStep])?
    {
        // One run for every control: a fact settled for one is settled for the next.
        var run = Run(engine: self, situation: situation, assumptions: assumptions)
        for (control, basics) in zip(content.controls, content.controlBasics) where basics.allSatisfy(onRoute) {
            let value: String
            do throws(Interruption) {
                value = try run.derive(control.afleiding, for: "controle \(control.id)").value
            } catch {
                if case .content(let problem) = error { throw problem }
                continue
            }
            guard control.tegenstrijdig.contains(value) else { continue }
            // Re-ask what the user answered; an answer the data overrides (a derived fact) would change nothing.
            let settledByData = Set(
                run.trail.compactMap { step -> String? in
                    if case .derived = step.origin { return step.fact }
                    return nil
                })
            let answered =
                control.opnieuw.first { situation.answers[$0] != nil && !settledByData.contains($0) }
                ?? control.opnieuw.first { situation.answers[$0] != nil } ?? control.opnieuw.first ?? ""
            guard let reask = content.fact(answered) else { continue }
            let message = TextFiller(content: content, model: model, values: run.values, peildatum: situation.peildatum).fill(control.melding)
            return (Contradiction(control: control, message: message, reask: reask), run.trail)
        }
        return nil
    }
}

/// The state of one evaluation: the facts settled so far.
struct Run {
    let engine: Engine
    let situation: Case
    let assumed: [String: String]
    var values: [String: String] = [:]
    var trail: [TrailStep] = []
    /// How deep derivations are nested now; deeper than the number of facts means a cycle.
    var depth = 0

    init(engine: Engine, situation: Case, assumptions: [Assumption]) {
        self.engine = engine
        self.situation = situation
        assumed = Dictionary(assumptions.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last })
        // A route settles a few dozen facts; sizing once avoids regrowing on every case.
        values.reserveCapacity(engine.content.facts.count)
        trail.reserveCapacity(engine.content.facts.count)
    }

    var content: Content { engine.content }

    /// Walks the tree from the start to an outcome and settles every fact the outcome reads.
    mutating func reachOutcome() throws(Interruption) -> OutcomeAdvice {
        var nodeID = content.start
        var steps = 0
        while let node = content.node(nodeID) {
            steps += 1
            guard steps <= content.nodes.count else {
                throw .content(ContentError(description: "kringloop in de boom bij knoop \"\(nodeID)\""))
            }
            let value = try branchValue(node.feit, node: node.id)
            guard let next = node.takken[value] ?? node.takken["*"] else {
                throw .content(ContentError(description: "knoop \"\(node.id)\" heeft geen tak voor \"\(value)\""))
            }
            nodeID = next
        }
        guard let outcome = content.outcome(nodeID) else {
            throw .content(ContentError(description: "\"\(nodeID)\" is geen knoop en geen uitkomst"))
        }
        // Which steps apply, then every fact their texts and deadlines use, before the advice exists.
        var included: [Int] = []
        for (index, step) in outcome.stappen.enumerated() {
            var applies = true
            for (fact, accepted) in (step.als ?? [:]).sorted(by: { $0.key < $1.key }) where !accepted.contains(try branchValue(fact)) {
                applies = false
            }
            if applies { included.append(index) }
        }
        // The placeholders were found once, when the content was read.
        let named = content.textFacts(of: outcome)
        var read = named?.outcome ?? []
        for index in included {
            read += named?.steps[index] ?? []
        }
        var seen = Set<String>()
        for id in read where seen.insert(id).inserted { _ = try resolve(id) }
        for id in read.compactMap({ content.fact($0)?.onbekendTekst }).flatMap(Template.placeholders(in:)) where seen.insert(id).inserted {
            _ = try? resolve(id)
        }
        return OutcomeAdvice(
            content: content, model: engine.model, outcome: outcome, steps: included, trail: trail, values: values,
            peildatum: situation.peildatum)
    }

    /// The value of a fact the routekaart branches on; nobody knowing it splits the advice.
    mutating func branchValue(_ id: String, node: String? = nil) throws(Interruption) -> String {
        let value = try resolve(id, node: node)
        guard value == Derivations.unknownValue else { return value }
        guard let target = forkTarget(id) else {
            throw .content(ContentError(description: "feit \"\(id)\" is onbekend en heeft geen vaste waarden om op te splitsen"))
        }
        throw .fork(target)
    }

    /// The fact to split on when `id` is unknown: the earliest unknown fact it rests on that has a closed set of
    /// values (so the branches read as facts a person can check), else `id` itself.
    func forkTarget(_ id: String) -> String? {
        guard let fact = content.fact(id), values[id] == Derivations.unknownValue else { return nil }
        if let step = trail.last(where: { $0.fact == id }), case .unknown = step.origin, let derivation = fact.afleiding {
            for input in derivation.invoer where values[input] == Derivations.unknownValue {
                if let target = forkTarget(input) { return target }
            }
        }
        return content.domain(of: fact) == nil ? nil : id
    }

    mutating func resolve(_ id: String, node: String? = nil) throws(Interruption) -> String {
        if let value = values[id] {
            if let node, let index = trail.lastIndex(where: { $0.fact == id && $0.node == nil }) {
                trail[index].node = node
            }
            return value
        }
        if let value = assumed[id] { return record(id, value, .assumed, node) }
        guard let entry = content.factEntry(id) else {
            throw .content(ContentError(description: "onbekend feit \"\(id)\""))
        }
        depth += 1
        defer { depth -= 1 }
        guard depth <= content.facts.count else {
            throw .content(ContentError(description: "feit \"\(id)\" hangt van zichzelf af"))
        }
        if let derivation = entry.fact.afleiding {
            switch try derive(derivation, for: id) {
            case .value(let value, let provenance):
                let result = record(id, value, .derived(derivation, provenance), node)
                if let answer = situation.answers[id], answer != value, answer != Derivations.unknownValue {
                    trail[trail.count - 1].overruledAnswer = answer
                }
                return result
            case .unknown(let reason):
                guard entry.isAsked else { return record(id, Derivations.unknownValue, .unknown(reason), node) }
                if let answer = situation.answers[id] { return record(id, answer, .answeredInstead(reason), node) }
                // An input the user does not know, with values to try, is split on; the fallback question is
                // for what the model does not know, not for what follows from an unknown answer.
                for input in derivation.invoer where values[input] == Derivations.unknownValue {
                    if let target = forkTarget(input) { throw .fork(target) }
                }
                throw .needs(PendingQuestion(fact: entry.fact, reason: reason))
            }
        }
        if let answer = situation.answers[id] { return record(id, answer, .answered, node) }
        throw .needs(PendingQuestion(fact: entry.fact, reason: nil))
    }

    /// Applies a derivation, its inputs resolved as the function asks for them.
    mutating func derive(_ derivation: Derivation, for id: String) throws(Interruption) -> DerivedValue {
        guard let function = Derivations.function(named: derivation.functie) else {
            throw .content(ContentError(description: "onbekende functie \"\(derivation.functie)\" bij \(id)"))
        }
        let context = DerivationContext(model: engine.model, peildatum: situation.peildatum)
        let inputs = derivation.invoer
        return try function.derive(
            { (index: Int) throws(Interruption) -> String in
                guard inputs.indices.contains(index) else {
                    throw .content(ContentError(description: "\(id) leest invoer \(index + 1), maar heeft er \(inputs.count)"))
                }
                return try resolve(inputs[index])
            }, derivation, context)
    }

    private mutating func record(_ id: String, _ value: String, _ origin: FactOrigin, _ node: String?) -> String {
        values[id] = value
        trail.append(TrailStep(fact: id, value: value, origin: origin, node: node))
        return value
    }
}

extension DerivedValue {
    /// The value, or "onbekend".
    var value: String {
        if case .value(let value, _) = self { return value }
        return Derivations.unknownValue
    }
}

extension Content {
    /// The facts without a derivation that these facts rest on, through every derivation (the facts a person gives).
    func basicFacts(of ids: [String]) -> Set<String> { Self.basicFacts(of: ids, fact: fact) }

    static func basicFacts(of ids: [String], fact: (String) -> Fact?) -> Set<String> {
        var result = Set<String>()
        var seen = Set<String>()
        var stack = ids
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let fact = fact(id) else { continue }
            if let derivation = fact.afleiding { stack += derivation.invoer } else { result.insert(id) }
        }
        return result
    }

    /// The values a fact can take when they form a closed set: its options, or what its derivation can yield.
    public func domain(of fact: Fact) -> [String]? {
        if let options = fact.opties { return options.map(\.waarde) }
        if let derivation = fact.afleiding { return Derivations.possibleValues(of: derivation) }
        return nil
    }

    /// The value of a fact in words: a date as `1 oktober 2026`, an SWV or
    /// school by name, an option by its text; "weet ik niet" for an unknown value.
    public func display(_ value: String, of factID: String, model: Model) -> String {
        guard let fact = fact(factID) else { return value }
        if value == Derivations.unknownValue { return Messages.unknown }
        switch fact.soort {
        case .datum: return Day(value).map(\.dutch) ?? value
        case .swv: return model.swv(value)?.displayName ?? value
        case .school: return model.school(value).map { "\($0.naam) (\($0.plaats))" } ?? value
        case .keuze: return fact.option(value).map { $0.kort ?? $0.tekst } ?? value
        }
    }

    enum Messages {
        static let unknown = "weet ik niet"
    }
}
