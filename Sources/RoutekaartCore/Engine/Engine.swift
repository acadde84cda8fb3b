/// How a fact got its value in a case.
public enum FactOrigin: Sendable, Equatable {
    /// The user answered the question.
    case answered
    /// The model or a rule derived it.
    case derived(Derivation, [Provenance])
    /// The model could not tell (the reason), so the user answered.
    case answeredInstead(String)
}

/// One fact settled on the way to the advice, in the order it was needed.
public struct TrailStep: Sendable, Equatable {
    public var fact: String
    public var value: String
    public var origin: FactOrigin
    /// The decision node that branched on this fact, if any.
    public var node: String?
}

/// A question the engine needs answered before it can go on.
public struct PendingQuestion: Sendable, Equatable {
    public var fact: Fact
    /// Why the model could not answer it itself, when it tried.
    public var reason: String?
}

/// The engine's answer: the next question, or the advice.
public enum EngineResult: Sendable {
    case question(PendingQuestion, trail: [TrailStep])
    case advice(Advice)
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
public struct Engine: Sendable {
    public let content: Content
    public let model: Model

    public init(content: Content, model: Model) {
        self.content = content
        self.model = model
    }

    public func evaluate(_ situation: Case) throws(ContentError) -> EngineResult {
        var run = Run(engine: self, situation: situation)
        var nodeID = content.start
        var steps = 0
        do throws(Interruption) {
            while let node = content.node(nodeID) {
                steps += 1
                guard steps <= content.nodes.count else {
                    throw .content(ContentError(description: "kringloop in de boom bij knoop \"\(nodeID)\""))
                }
                let value = try run.resolve(node.feit, node: node.id)
                guard let next = node.takken[value] ?? node.takken["*"] else {
                    throw .content(ContentError(description: "knoop \"\(node.id)\" heeft geen tak voor \"\(value)\""))
                }
                nodeID = next
            }
            guard let outcome = content.outcome(nodeID) else {
                throw .content(ContentError(description: "\"\(nodeID)\" is geen knoop en geen uitkomst"))
            }
            // Facts the texts use are settled (and asked, if need be) before the advice exists.
            for id in content.placeholders(of: outcome) { _ = try run.resolve(id) }
            return .advice(Advice(engine: self, outcome: outcome, trail: run.trail, values: run.values, peildatum: situation.peildatum))
        } catch {
            switch error {
            case .needs(let question): return .question(question, trail: run.trail)
            case .content(let problem): throw problem
            }
        }
    }
}

/// The state of one evaluation: the facts settled so far.
struct Run {
    let engine: Engine
    let situation: Case
    var values: [String: String] = [:]
    var trail: [TrailStep] = []
    /// How deep derivations are nested now; deeper than the number of facts means a cycle.
    var depth = 0

    init(engine: Engine, situation: Case) {
        self.engine = engine
        self.situation = situation
        // A route settles a few dozen facts; sizing once avoids regrowing on every case.
        values.reserveCapacity(engine.content.facts.count)
        trail.reserveCapacity(engine.content.facts.count)
    }

    mutating func resolve(_ id: String, node: String? = nil) throws(Interruption) -> String {
        if let value = values[id] {
            if let node, let index = trail.lastIndex(where: { $0.fact == id && $0.node == nil }) {
                trail[index].node = node
            }
            return value
        }
        guard let entry = engine.content.factEntry(id) else {
            throw .content(ContentError(description: "onbekend feit \"\(id)\""))
        }
        depth += 1
        defer { depth -= 1 }
        guard depth <= engine.content.facts.count else {
            throw .content(ContentError(description: "feit \"\(id)\" hangt van zichzelf af"))
        }
        if let derivation = entry.fact.afleiding {
            guard let function = Derivations.function(named: derivation.functie) else {
                throw .content(ContentError(description: "onbekende functie \"\(derivation.functie)\" bij feit \"\(id)\""))
            }
            let context = DerivationContext(model: engine.model, peildatum: situation.peildatum)
            let inputs = derivation.invoer
            let derived = try function.derive(
                { (index: Int) throws(Interruption) -> String in
                    guard inputs.indices.contains(index) else {
                        throw .content(ContentError(description: "feit \"\(id)\" leest invoer \(index + 1), maar heeft er \(inputs.count)"))
                    }
                    return try resolve(inputs[index])
                }, derivation, context)
            switch derived {
            case .value(let value, let provenance):
                return record(id, value, .derived(derivation, provenance), node)
            case .unknown(let reason):
                guard entry.isAsked else {
                    throw .content(
                        ContentError(
                            description: "feit \"\(id)\" kan niet worden afgeleid (\(reason.hasSuffix(".") ? String(reason.dropLast()) : reason))"))
                }
                if let answer = situation.answers[id] { return record(id, answer, .answeredInstead(reason), node) }
                throw .needs(PendingQuestion(fact: entry.fact, reason: reason))
            }
        }
        if let answer = situation.answers[id] { return record(id, answer, .answered, node) }
        throw .needs(PendingQuestion(fact: entry.fact, reason: nil))
    }

    private mutating func record(_ id: String, _ value: String, _ origin: FactOrigin, _ node: String?) -> String {
        values[id] = value
        trail.append(TrailStep(fact: id, value: value, origin: origin, node: node))
        return value
    }
}

extension Content {
    /// The value of a fact in words: a date as `1 oktober 2026`, an SWV or
    /// school by name, an option by its text.
    public func display(_ value: String, of factID: String, model: Model) -> String {
        guard let fact = fact(factID) else { return value }
        if value == Derivations.unknownValue, fact.soort == .swv || fact.soort == .school { return "onbekend" }
        switch fact.soort {
        case .datum: return Day(value).map(\.dutch) ?? value
        case .swv: return model.swv(value)?.naam ?? value
        case .school: return model.school(value).map { "\($0.naam) (\($0.plaats))" } ?? value
        case .keuze: return fact.option(value).map { $0.kort ?? $0.tekst } ?? value
        }
    }
}
