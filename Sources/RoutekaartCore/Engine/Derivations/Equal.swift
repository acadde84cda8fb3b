/// `gelijk(a, b)`: whether two facts have the same value (two SWVs, two schools);
/// unknown when either is.
struct Equal: DerivationFunction {
    let name = "gelijk"
    let arity: Int? = 2
    let isTotal = true
    let comparesOnlyOrder = true

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let first = try input(0)
        let second = try input(1)
        guard first != Derivations.unknownValue, second != Derivations.unknownValue else {
            return .unknown(Derivations.Messages.unknownInput)
        }
        return .value(first == second ? "ja" : "nee", [])
    }
}
