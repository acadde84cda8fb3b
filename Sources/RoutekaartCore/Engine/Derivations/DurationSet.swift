/// `duurVastgesteld(swv, datum)`: whether an SWV with own criteria set a duration for its aanwijzingen lwoo, as its
/// policy on the date says. Own criteria and own duration are separate powers (WVO 2020 art. 2.48 lid 1 onder a and b):
/// only an SWV that sets a duration gives an aanwijzing an end date (UB WVO 2020 art. 2.48 lid 1).
struct DurationSet: DerivationFunction {
    let name = "duurVastgesteld"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let code = try input(0)
        guard let swv = context.model.knownSWV(code) else { return .unknown(Derivations.Messages.swvNotInModel(code)) }
        guard let date = Day(try input(1)) else { return .unknown(Derivations.Messages.dateUnknown) }
        guard let period = swv.period(on: date) else { return .unknown(Derivations.Messages.noPeriod(swv.displayName, date.dutch)) }
        switch period.duurVastgesteld {
        case .ja?: return .value("ja", [.of(swv, period, lookupDate: date)])
        case .nee?: return .value("nee", [.of(swv, period, lookupDate: date)])
        default: return .unknown(Messages.notInSource(swv.displayName))
        }
    }

    enum Messages {
        static func notInSource(_ name: String) -> String {
            "Of \(name) voor zijn aanwijzingen een duur vaststelde, staat niet in de gegevens."
        }
    }
}
