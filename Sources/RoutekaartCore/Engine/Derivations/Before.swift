/// `eerder(a, b)`: whether date a lies before date b.
struct Before: DerivationFunction {
    let name = "eerder"
    let arity: Int? = 2
    let isTotal = true
    let comparesOnlyOrder = true

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let first = Day(try input(0)), let second = Day(try input(1)) else { return .unknown(Derivations.Messages.noDate) }
        return .value(first < second ? "ja" : "nee", [])
    }
}
