/// `toewijzing(swv, datum)`: how the SWV assigned lwoo on the date (landelijk,
/// eigen-criteria, populatiebekostiging), from the dated `beleid` facts of the knowledge files (the bundled ones and
/// the user's alike).
/// Before 1 January 2016 the regional RVC's decided, on the national criteria:
/// then it is `landelijk` whatever the SWV (also one that is not known), and no policy is asked.
struct PolicyOnDate: DerivationFunction {
    let name = "toewijzing"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? {
        LwooToewijzing.allCases.filter { $0 != .onbekend }.map(\.rawValue)
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let code = try input(0)
        let dateText = try input(1)
        if let date = Day(dateText), date < Day.inpassing {
            return .value(
                LwooToewijzing.landelijk.rawValue,
                [
                    Provenance(
                        subject: .parameter(Messages.rvc), bron: Messages.rvcSource, laatstGecontroleerd: Day.inpassing, lookupDate: date)
                ])
        }
        guard let swv = context.model.knownSWV(code) else { return .unknown(Derivations.Messages.swvNotInModel(code)) }
        guard let date = Day(dateText) else { return .unknown(Derivations.Messages.dateUnknown) }
        guard let known = context.model.knowledge.policy(of: swv.code, on: date) else {
            return .unknown(Derivations.Messages.noPeriod(swv.displayName, date.dutch))
        }
        guard known.value != .onbekend else { return .unknown(Derivations.Messages.variantNotInSource(swv.displayName)) }
        return .value(known.value.rawValue, [.of(swv, known, lookupDate: date)])
    }

    enum Messages {
        static let rvc = "RVC-beschikking van vóór 1 januari 2016 (landelijke criteria)"
        static let rvcSource = "wvo art. 118y | -"
    }
}
