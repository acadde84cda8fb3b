/// No case that cannot happen, no case said twice: over every combination of unknowns the routekaart can be asked
/// (every path of the tree with its decisions known and everything else "weet ik niet", and every skeleton of
/// answers nobody can leave open with everything else "weet ik niet"), on a move date in September (before the
/// teldatum) and one in November (after it), conditional advice
/// - says each advice once: no two cases have the same advice, also where the tree reaches it under different parents,
///   and no two lines of the brief advice read the same after their condition (outcome, deadline, what differs);
/// - splits only where it matters: every split has two or more branches, and no two of them say the same;
/// - gives no case that cannot happen: each alternative of each case is possible by the dates (an aanwijzing valid on
///   1 September is valid on 1 October) and, supposed, leads to that case's advice without a contradiction.
extension ContentCheck {
    static let caseRule = "EveryCaseCanHappenAndIsSaidOnce"
    static let caseRuleSummary =
        "bij elke combinatie van onbekende feiten noemt het advies elk geval één keer, splitst het alleen waar het advies verschilt, en geeft het geen geval dat niet kan (ook niet door de datums)"

    func everyCaseCanHappenAndIsSaidOnce(_ problems: inout [InputError]) {
        let engine = Engine(content: content, model: model)
        var seen = Set<String>()
        for combination in CaseCombinations(content: content, model: model).all() {
            // Skeletons shared by many paths are checked once.
            guard seen.insert(combination.key).inserted else { continue }
            do throws(ContentError) {
                guard let (advice, situation) = try combination.advice(engine) else { continue }
                for problem in try CaseProof(engine: engine, situation: situation, assumptions: combination.assumptions).problems(advice) {
                    problems.append(InputError(.data, file: treeFile, place: combination.description, problem))
                }
            } catch {
                problems.append(InputError(.data, file: treeFile, place: combination.description, error.description))
            }
        }
    }
}

/// The proof for one advice: what `EveryCaseCanHappenAndIsSaidOnce` asks of it, as Dutch findings.
struct CaseProof {
    let engine: Engine
    let situation: Case
    let assumptions: [Assumption]

    func problems(_ advice: Advice) throws(ContentError) -> [String] {
        var problems: [String] = []
        let cases = advice.cases
        var signatures: [String: Int] = [:]
        for (index, item) in cases.enumerated() {
            if let earlier = signatures[item.leaf.signature] {
                problems.append(Messages.saidTwice(item.leaf.template.id, earlier + 1, index + 1))
            }
            signatures[item.leaf.signature] = index
        }
        problems += splits(advice.root)
        guard cases.count > 1 else { return problems }
        problems += Self.sameLines(AdviceRenderer(content: engine.content, model: engine.model).document(advice))
        let signed = Signed(advice.root)
        for item in cases {
            for alternative in item.when {
                // Each value of each condition on its own is a world the case claims: every one must be possible
                // by the dates, and lead in the advice's own tree to this case's advice (for every value of a fact the
                // case does not name).
                for world in Self.worlds(alternative) {
                    var dates = PossibleDates(engine: engine, situation: situation)
                    if try !dates.allow(assumptions + world) {
                        problems.append(Messages.impossible(item.leaf.template.id, Self.describe(world)))
                    } else if !signed.reaches(Dictionary(world.map { ($0.fact, $0.value) }) { first, _ in first }, item.leaf.signature) {
                        problems.append(Messages.otherAdvice(item.leaf.template.id, Self.describe(world)))
                    }
                }
            }
        }
        return problems
    }

    /// The advice's tree with the words of each outcome worked out once.
    indirect enum Signed {
        case outcome(String)
        case fork(String, [(values: [String], node: Signed)])

        init(_ node: AdviceNode) {
            switch node {
            case .outcome(let leaf): self = .outcome(leaf.signature)
            case .fork(let fork): self = .fork(fork.fact.id, fork.branches.map { ($0.values, Signed($0.node)) })
            }
        }

        /// True when, supposing the world's values, every way through the tree ends in the advice with this signature
        /// (at a split on a fact the world does not name: every branch).
        func reaches(_ world: [String: String], _ signature: String) -> Bool {
            switch self {
            case .outcome(let own): return own == signature
            case .fork(let fact, let branches):
                if let value = world[fact] {
                    guard let branch = branches.first(where: { $0.values.contains(value) }) else { return false }
                    return branch.node.reaches(world, signature)
                }
                return branches.allSatisfy { $0.node.reaches(world, signature) }
            }
        }
    }

    /// No two lines of the brief advice say the same after their condition (outcome, deadline and what differs):
    /// a reader who sees two cases end alike cannot tell why the fact between them is worth finding out.
    static func sameLines(_ document: AdviceDocument) -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]
        for line in TextAdviceFormatter(styled: false).outline(document, referringBack: false) {
            let trimmed = line.drop { $0 == " " }
            guard let arrow = trimmed.firstRange(of: " → ") else { continue }
            let label = String(trimmed.prefix { $0 != "." })
            let said = String(trimmed[arrow.upperBound...])
            if let earlier = seen[said] { problems.append(Messages.sameLine(earlier, label, said)) } else { seen[said] = label }
        }
        return problems
    }

    /// Every split has two or more branches, and no two branches of one split say the same.
    func splits(_ node: AdviceNode) -> [String] {
        guard case .fork(let fork) = node else { return [] }
        var problems: [String] = []
        if fork.branches.count < 2 { problems.append(Messages.pointlessSplit(fork.fact.id)) }
        let signatures = fork.branches.map(\.node.signature)  // each split's own, worked out when it was made
        if Set(signatures).count < signatures.count { problems.append(Messages.sameBranches(fork.fact.id)) }
        for branch in fork.branches { problems += splits(branch.node) }
        return problems
    }

    /// The combinations of single values a conjunction of conditions stands for (each condition may name several).
    static func worlds(_ conditions: [AdviceCondition]) -> [[Assumption]] {
        var result: [[Assumption]] = [[]]
        for condition in conditions {
            result = result.flatMap { partial in condition.values.map { partial + [Assumption(fact: condition.fact.id, value: $0)] } }
            if result.count > 64 { break }
        }
        return result
    }

    static func describe(_ world: [Assumption]) -> String { world.map { "\($0.fact)=\($0.value)" }.joined(separator: ", ") }

    enum Messages {
        static func saidTwice(_ outcome: String, _ first: Int, _ second: Int) -> String {
            "geval \(first) en geval \(second) geven hetzelfde advies (\(outcome)); zeg het één keer"
        }
        static func sameLine(_ first: String, _ second: String, _ said: String) -> String {
            "de regels van geval \(first) en geval \(second) in het korte advies lezen hetzelfde („\(said)”); geef de eerste stap die verschilt een 'kort'"
        }
        static func pointlessSplit(_ fact: String) -> String { "het advies splitst op \"\(fact)\" met maar één tak" }
        static func sameBranches(_ fact: String) -> String { "twee takken van de splitsing op \"\(fact)\" geven hetzelfde advies" }
        static func impossible(_ outcome: String, _ world: String) -> String {
            "het geval \(outcome) bij \(world) kan niet: de datums sluiten het uit"
        }
        static func otherAdvice(_ outcome: String, _ world: String) -> String {
            "bij \(world) geeft de routekaart niet het advies van het geval \(outcome)"
        }
        static func contradiction(_ outcome: String, _ world: String, _ control: String) -> String {
            "het geval \(outcome) bij \(world) is tegenstrijdig (\(control))"
        }
    }
}

/// The combinations of unknowns the check goes through: for every path of the tree, its decisions known and every
/// other question "weet ik niet" where that is an answer; and the same with only the decisions nobody can leave open
/// (the situation, the status, the leerjaar) known. Each on two move dates.
struct CaseCombinations {
    let content: Content
    let model: Model

    /// The peildatum of the check and the two move dates: before and after the teldatum of 1 October.
    static let peildatum = Day(year: 2025, month: 11, day: 25) ?? Day.inpassing
    static let moveDates = ["2025-09-01", "2025-11-03"]

    struct Combination {
        var assumptions: [Assumption]
        var moveDate: String
        let content: Content
        let model: Model

        /// The answers the combination comes to (a decision the path leaves open is answered as `answer` does): two
        /// paths with the same answers are one combination.
        var key: String {
            var answers: [String: String] = [:]
            for fact in content.facts where fact.isAsked { answers[fact.id] = answer(fact, second: false) }
            for assumption in assumptions { answers[assumption.fact] = assumption.value }
            return answers.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ",") + "@" + moveDate
        }
        var description: String {
            "[" + assumptions.map { "\($0.fact)=\($0.value)" }.joined(separator: " → ") + "; overstap \(moveDate); de rest onbekend]"
        }

        /// The advice for the combination: every question answered "weet ik niet" where allowed, else a plain value.
        func advice(_ engine: Engine) throws(ContentError) -> (Advice, Case)? {
            // Every question answered at once (the engine reads only what its route needs): one evaluation, not one per question.
            var situation = Case(peildatum: CaseCombinations.peildatum)
            for fact in content.facts where fact.isAsked { situation.answers[fact.id] = answer(fact, second: false) }
            for _ in 0..<60 {
                switch try engine.evaluate(situation, assuming: assumptions) {
                case .advice(let advice): return (advice, situation)
                case .question(let question, _):
                    guard situation.answers[question.fact.id] == nil else { return nil }
                    situation.answers[question.fact.id] = answer(question.fact, second: false)
                case .contradiction(let contradiction, _):
                    let id = contradiction.reask.id
                    let second = answer(contradiction.reask, second: true)
                    guard situation.answers[id] != second else { return nil }
                    situation.answers[id] = second
                }
            }
            return nil
        }

        func answer(_ fact: Fact, second: Bool) -> String {
            if !second, AnswerMatcher.allowsUnknown(fact) { return Derivations.unknownValue }
            switch fact.soort {
            case .keuze: return (second ? fact.opties?.last : fact.opties?.first)?.waarde ?? Derivations.unknownValue
            case .datum:
                if fact.standaardPeildatum == true { return moveDate }
                return second ? "2016-02-01" : "2024-03-01"
            case .swv: return (second ? model.swvs.last : model.swvs.first)?.code ?? Derivations.unknownValue
            case .school: return (second ? model.schools.last : model.schools.first)?.code ?? Derivations.unknownValue
            }
        }
    }

    func all() -> [Combination] {
        var result: [Combination] = []
        for path in PathEnumerator(content: content).paths() where path.outcome != nil {
            let decisions = path.decisions.map { Assumption(fact: $0.fact, value: $0.value) }
            // Only what nobody can leave open: facts that are asked and cannot be "weet ik niet", and are not derived.
            let fixed = decisions.filter { decision in
                guard let fact = content.fact(decision.fact) else { return false }
                return fact.isAsked && !fact.isDerived && !AnswerMatcher.allowsUnknown(fact)
            }
            // The decisions on facts that may stay unknown are not fixed: the advice splits on them, and every
            // combination of their values is a branch of that advice (and is proven there).
            _ = decisions
            for moveDate in Self.moveDates {
                result.append(Combination(assumptions: fixed, moveDate: moveDate, content: content, model: model))
            }
        }
        return result
    }
}
