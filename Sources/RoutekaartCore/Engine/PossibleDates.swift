/// Which suppositions about facts derived from a date nobody knows can hold at all.
///
/// When the end date of an aanwijzing is unknown, the advice splits on what follows from it ("verlopen op de dag
/// van de overstap?", "geldig op de teldatum?"). Some combinations cannot happen: an aanwijzing on own criteria runs
/// in whole school years and ends on a 31 July, so one that is still valid on 1 September is valid on the next
/// 1 October. Such a branch is no possible world and is not given.
///
/// The test is sound, not a guess: a supposition is ruled out only when every candidate date contradicts it, and the
/// candidates are complete for what they are tested by. Only facts derived from the unknown date through functions
/// that compare dates (`DerivationFunction.comparesOnlyOrder`) are tested; for those, the outcome depends only on where
/// the date lies among the dates they are compared with, so one candidate per interval suffices. The dates the
/// fact's own derivation can yield (`possibleDates`: a 31 July) narrow the candidates further.
struct PossibleDates {
    let engine: Engine
    let situation: Case
    /// Per control, every fact its check reads, through every derivation.
    let controlReads: [Set<String>]
    /// Per fact derived from dates through date comparisons only, those dates (`orderDates(of:)`).
    private let factOrderDates: [String: Set<String>]
    /// Per such fact, every fact testing it reads: the fact and what its derivation reads, and every check on
    /// contradictions that reads one of its dates, with everything those rest on.
    private let factRelevant: [String: Set<String>]
    /// The answers given so far, by the suppositions they rest on (`allow`).
    private var answers: [[Assumption]: Bool] = [:]

    /// What the content says about dates is worked out once, here: every supposition of an advice asks it.
    init(engine: Engine, situation: Case) {
        self.engine = engine
        self.situation = situation
        let content = engine.content
        controlReads = content.controls.map { Self.closure(ofInputs: $0.afleiding.invoer, in: content) }
        var orderDates: [String: Set<String>] = [:]
        // Only a fact with values to split on is ever supposed.
        for fact in content.facts where orderDates[fact.id] == nil && content.domain(of: fact) != nil {
            if let dates = Self.orderDates(of: fact.id, in: content) { orderDates[fact.id] = dates }
        }
        factOrderDates = orderDates
        var relevant: [String: Set<String>] = [:]
        for (id, dates) in orderDates {
            var reads = Self.closure(ofInputs: [id], in: content)
            for control in controlReads where !control.isDisjoint(with: dates) { reads.formUnion(control) }
            relevant[id] = reads
        }
        factRelevant = relevant
    }

    var content: Content { engine.content }

    /// False when no value of the unknown dates makes every supposition hold (and the known facts consistent).
    mutating func allow(_ supposed: [Assumption]) throws(ContentError) -> Bool {
        // The suppositions about facts derived from dates: those are what a date may rule out.
        var tested: [(fact: String, value: String, dates: Set<String>)] = []
        for assumption in supposed {
            guard let dates = factOrderDates[assumption.fact], !dates.isEmpty else { continue }
            tested.append((assumption.fact, assumption.value, dates))
        }
        guard let first = tested.first else { return true }
        // Every fact the test reads: the tested facts and the checks on contradictions that read their dates, with
        // everything those rest on.
        var relevant = factRelevant[first.fact] ?? []
        for item in tested.dropFirst() { relevant.formUnion(factRelevant[item.fact] ?? []) }
        // The answer rests only on the suppositions about those facts: a split further down, on another fact, asks
        // the same question again.
        let key = supposed.filter { relevant.contains($0.fact) }
        if let known = answers[key] { return known }
        let answer = try decide(supposed, tested: tested, relevant: relevant)
        answers[key] = answer
        return answer
    }

    /// `allow`, worked out: every candidate combination of the unknown dates tried.
    private func decide(_ supposed: [Assumption], tested: [(fact: String, value: String, dates: Set<String>)], relevant: Set<String>)
        throws(ContentError) -> Bool
    {
        let assumed = Dictionary(supposed.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last })
        // What is known, with every other supposition in place (the tested ones are what we compute).
        let testedFacts = Set(tested.map(\.fact))
        let others = supposed.filter { !testedFacts.contains($0.fact) }
        var probe = Run(engine: engine, situation: situation, assumptions: others)
        var unknownDates: [String] = []
        var knownDates: [Day] = []
        for id in relevant.sorted() where !testedFacts.contains(id) && content.fact(id)?.soort == .datum {
            do throws(Interruption) {
                let value = try probe.resolve(id)
                if let day = Day(value) {
                    knownDates.append(day)
                } else if value == Derivations.unknownValue, tested.contains(where: { $0.dates.contains(id) }) {
                    unknownDates.append(id)
                }
            } catch {
                if case .content(let problem) = error { throw problem }
                // A question still open: nothing can be ruled out yet.
                return true
            }
        }
        guard !unknownDates.isEmpty else { return true }
        let candidates = unknownDates.map { self.candidates(for: $0, around: knownDates) }
        // Every combination of candidates, up to a bound far above what any case needs (one or two unknown dates).
        var combinations: [[String: String]] = [[:]]
        for (id, days) in zip(unknownDates, candidates) {
            combinations = combinations.flatMap { partial in days.map { partial.merging([id: $0.description]) { _, new in new } } }
            if combinations.count > 10_000 { return true }
        }
        for combination in combinations {
            let dated = others + combination.map { Assumption(fact: $0.key, value: $0.value) }
            var run = Run(engine: engine, situation: situation, assumptions: dated)
            var holds = true
            do throws(Interruption) {
                for item in tested {
                    let value = try run.resolve(item.fact)
                    // Still unknown with this date: the date does not decide it, so it does not rule it out.
                    if value != Derivations.unknownValue && value != assumed[item.fact] {
                        holds = false
                        break
                    }
                }
            } catch {
                if case .content(let problem) = error { throw problem }
                return true
            }
            guard holds else { continue }
            if try !contradicts(dated, unknownDates: Set(unknownDates)) { return true }
        }
        return false
    }

    /// True when a check on contradictions that reads one of the unknown dates finds these dates contradictory.
    private func contradicts(_ dated: [Assumption], unknownDates: Set<String>) throws(ContentError) -> Bool {
        var run = Run(engine: engine, situation: situation, assumptions: dated)
        for (control, reads) in zip(content.controls, controlReads) where !reads.isDisjoint(with: unknownDates) {
            guard Self.orderOnly(control.afleiding) else { continue }
            do throws(Interruption) {
                let value = try run.derive(control.afleiding, for: "controle \(control.id)").value
                if control.tegenstrijdig.contains(value) { return true }
            } catch {
                if case .content(let problem) = error { throw problem }
            }
        }
        return false
    }

    /// The date facts a fact is derived from through date comparisons only; nil when it is not such a fact.
    static func orderDates(of id: String, in content: Content) -> Set<String>? {
        guard let fact = content.fact(id), let derivation = fact.afleiding, orderOnly(derivation) else { return nil }
        var dates = Set<String>()
        for input in derivation.invoer {
            guard let inputFact = content.fact(input) else { continue }
            if inputFact.soort == .datum {
                dates.insert(input)
            } else if let deeper = orderDates(of: input, in: content) {
                dates.formUnion(deeper)
            }
        }
        return dates
    }

    private static func orderOnly(_ derivation: Derivation) -> Bool {
        Derivations.function(named: derivation.functie)?.comparesOnlyOrder == true
    }

    /// The facts and every fact their derivations read, through every derivation.
    private static func closure(ofInputs ids: [String], in content: Content) -> Set<String> {
        var seen = Set<String>()
        var stack = ids
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            stack += content.fact(next)?.afleiding?.invoer ?? []
        }
        return seen
    }

    /// One candidate in every interval the known dates make (each known date, the days around it, and dates
    /// beyond both ends), or the dates the fact's own derivation can yield within that span.
    func candidates(for id: String, around known: [Day]) -> [Day] {
        let sorted = Array(Set(known)).sorted()
        guard let first = sorted.first, let last = sorted.last else { return [] }
        let from = Day(year: first.year - 2, month: 1, day: 1) ?? first
        let through = Day(year: last.year + 2, month: 12, day: 31) ?? last
        if let derivation = content.fact(id)?.afleiding, let function = Derivations.function(named: derivation.functie),
            let days = function.possibleDates(from: from, through: through)
        {
            return days
        }
        var result: [Day] = [from, through]
        for day in sorted { result += [day.shifted(by: -1), day, day.shifted(by: 1)] }
        return Array(Set(result)).sorted()
    }
}

extension Day {
    /// The day `days` days later (or earlier, when negative; at most a few days: for candidate dates).
    func shifted(by days: Int) -> Day {
        var result = self
        for _ in 0..<abs(days) {
            if days > 0 {
                result =
                    Day(year: result.year, month: result.month, day: result.day + 1) ?? Day(year: result.year, month: result.month + 1, day: 1)
                    ?? Day(year: result.year + 1, month: 1, day: 1) ?? result
            } else if result.day > 1 {
                result = Day(year: result.year, month: result.month, day: result.day - 1) ?? result
            } else if result.month > 1 {
                result = Day(year: result.year, month: result.month - 1, day: Day.daysIn(month: result.month - 1, year: result.year)) ?? result
            } else {
                result = Day(year: result.year - 1, month: 12, day: 31) ?? result
            }
        }
        return result
    }
}
