/// `toewijzing(swv, datum)`: how the SWV assigned lwoo on the date (landelijk,
/// eigen-criteria, populatiebekostiging), from its dated policy periods.
struct PolicyOnDate: DerivationFunction {
    let name = "toewijzing"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? {
        LwooToewijzing.allCases.filter { $0 != .onbekend }.map(\.rawValue)
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let swv = context.model.knownSWV(try input(0)) else { return .unknown(Derivations.Messages.swvNotInModel) }
        let dateText = try input(1)
        guard let date = Day(dateText), let period = swv.period(on: date) else {
            return .unknown(Derivations.Messages.noPeriod(swv.naam, Day(dateText)?.dutch ?? dateText))
        }
        guard period.lwooToewijzing != .onbekend else { return .unknown(Derivations.Messages.variantNotInSource(swv.naam)) }
        return .value(period.lwooToewijzing.rawValue, [.of(swv, period, lookupDate: date)])
    }
}
