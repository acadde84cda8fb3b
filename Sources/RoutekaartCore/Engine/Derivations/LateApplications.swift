/// `aanvragenNaLeerjaar1(swv, datum)`: whether an SWV with own criteria accepts applications
/// for an aanwijzing lwoo after the first leerjaar, as its policy on the date says
/// (WVO 2020 art. 2.48 lid 1: its own procedure is not bound to the national window).
struct LateApplications: DerivationFunction {
    let name = "aanvragenNaLeerjaar1"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let code = try input(0)
        guard let swv = context.model.knownSWV(code) else { return .unknown(Derivations.Messages.swvNotInModel(code)) }
        guard let date = Day(try input(1)) else { return .unknown(Derivations.Messages.dateUnknown) }
        guard let period = swv.period(on: date) else { return .unknown(Derivations.Messages.noPeriod(swv.displayName, date.dutch)) }
        switch period.aanvragenNaLeerjaar1 {
        case .ja?: return .value("ja", [.of(swv, period, lookupDate: date)])
        case .nee?: return .value("nee", [.of(swv, period, lookupDate: date)])
        default: return .unknown(Messages.notInSource(swv.displayName))
        }
    }

    enum Messages {
        static func notInSource(_ name: String) -> String {
            "Of \(name) na het eerste leerjaar nog aanvragen aanneemt, staat niet in de gegevens."
        }
    }
}
