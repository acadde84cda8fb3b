/// `tabel(a, b, …)`: a decision table. The first row whose values match the
/// inputs (`*` matches anything) gives the result. Inputs are read left to
/// right and only as far as needed: once the result cannot change any more
/// (the first fitting row matches anything further, or every fitting row gives
/// the same result), the remaining inputs are not asked.
struct DecisionTable: DerivationFunction {
    let name = "tabel"
    let arity: Int? = nil
    let isTotal = true

    func possibleValues(of derivation: Derivation) -> [String]? {
        derivation.rijen.map { rows in Array(Set(rows.map(\.dan))).sorted() }
    }

    func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem] {
        guard let rows = derivation.rijen, !rows.isEmpty else {
            return [DerivationProblem(place: "rijen", message: Derivations.Messages.tableNeedsRows)]
        }
        var problems: [DerivationProblem] = []
        for (j, row) in rows.enumerated() where row.als.count != derivation.invoer.count {
            problems.append(DerivationProblem(place: "rijen[\(j)].als", message: Derivations.Messages.rowWidth(derivation.invoer.count)))
        }
        let domains = derivation.invoer.map { content.fact($0).flatMap(content.domain(of:)) ?? [] }
        var combinations: [[String]] = [[]]
        for domain in domains { combinations = combinations.flatMap { prefix in domain.map { prefix + [$0] } } }
        for combination in combinations where !rows.contains(where: { $0.matches(combination) }) {
            problems.append(DerivationProblem(place: "rijen", message: Derivations.Messages.noRowFor(combination)))
        }
        return problems
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        var fitting = derivation.rijen ?? []
        var read: [String] = []
        for index in derivation.invoer.indices {
            // Decided when the first row that still fits matches any known value that follows, or every fitting row agrees.
            if let first = fitting.first, first.als.dropFirst(index).allSatisfy({ $0 == "*" }) || fitting.allSatisfy({ $0.dan == first.dan }) {
                return .value(first.dan, [])
            }
            read.append(try input(index))
            fitting = fitting.filter { $0.matches(prefix: read) }
        }
        guard let row = fitting.first else { return .unknown(Derivations.Messages.noTableRow) }
        return .value(row.dan, [])
    }
}

extension TableRow {
    /// True when the row's values match the inputs (`*` matches anything).
    public func matches(_ inputs: [String]) -> Bool { als.count == inputs.count && matches(prefix: inputs) }

    /// True when the row's first values match these inputs. `*` matches any known value, never "onbekend":
    /// a rule for "anything else" must not decide for a fact nobody knows.
    func matches(prefix inputs: [String]) -> Bool {
        inputs.count <= als.count && zip(als, inputs).allSatisfy { ($0 == "*" && $1 != Derivations.unknownValue) || $0 == $1 }
    }
}
