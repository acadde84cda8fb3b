import RoutekaartCore

/// Gives random but valid answers to the content's questions: an option's
/// value, a real date, a code from the model, or `onbekend` where allowed.
/// With it a test walks random routes through the routekaart on any model.
public struct RandomAnswers: Sendable {
    public let content: Content
    public let model: Model
    /// The years random dates fall in.
    public var years: ClosedRange<Int>
    /// How often `onbekend` is answered where it is allowed.
    public var unknownRate: Double

    public init(content: Content, model: Model, years: ClosedRange<Int> = 2016...2028, unknownRate: Double = 0.1) {
        self.content = content
        self.model = model
        self.years = years
        self.unknownRate = unknownRate
    }

    /// A valid answer to `fact` (which must be asked).
    public func answer(_ fact: Fact, using rng: inout SplitMix64) -> String {
        if fact.onbekendToegestaan == true, rng.chance(unknownRate) { return Derivations.unknownValue }
        switch fact.soort {
        case .keuze:
            return rng.pick(fact.opties ?? [])?.waarde ?? Derivations.unknownValue
        case .datum:
            let day = randomDay(using: &rng)
            // A valid answer respects the earliest date the content allows.
            if let earliest = fact.vroegsteDatum, day < earliest {
                return earliest.adding(months: Int.random(in: 0...120, using: &rng)).description
            }
            return day.description
        case .swv:
            return rng.pick(model.swvs)?.code ?? Derivations.unknownValue
        case .school:
            return rng.pick(model.schools)?.code ?? Derivations.unknownValue
        }
    }

    public func randomDay(using rng: inout SplitMix64) -> Day {
        let year = Int.random(in: years, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        let day = Int.random(in: 1...Day.daysIn(month: month, year: year), using: &rng)
        return Day(year: year, month: month, day: day) ?? Day.inpassing
    }

    /// Answers to a random selection of the asked facts: a case that may be
    /// incomplete and may hold answers the route never reads.
    public func randomCase(peildatum: Day, using rng: inout SplitMix64) -> Case {
        var answers: [String: String] = [:]
        for fact in content.facts where fact.isAsked && rng.chance(0.5) {
            answers[fact.id] = answer(fact, using: &rng)
        }
        return Case(peildatum: peildatum, answers: answers)
    }

    /// Answers every question the engine asks, at random, until it gives advice
    /// or `limit` questions were answered; a contradiction is answered again, as
    /// the interview does. Returns the case and the last result.
    public func complete(
        _ start: Case, engine: Engine, limit: Int = 100, using rng: inout SplitMix64
    ) throws(ContentError) -> (Case, EngineResult) {
        var situation = start
        var result = try engine.evaluate(situation)
        var asked = 0
        while asked < limit {
            switch result {
            case .question(let question, _):
                situation.answers[question.fact.id] = answer(question.fact, using: &rng)
            case .contradiction(let contradiction, _):
                situation.answers[contradiction.reask.id] = answer(contradiction.reask, using: &rng)
            case .advice:
                return (situation, result)
            }
            asked += 1
            result = try engine.evaluate(situation)
        }
        return (situation, result)
    }
}
