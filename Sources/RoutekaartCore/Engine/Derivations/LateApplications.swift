/// `aanvragenNaLeerjaar1(swv, datum)`: whether an SWV with own criteria accepts applications
/// for an aanwijzing lwoo after the first leerjaar, as a `late-aanvragen` fact for the date says
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
        guard let known = context.model.knowledge.lateApplications(of: swv.code, on: date) else {
            return .unknown(Messages.notInSource(swv.displayName))
        }
        return .value(known.value ? "ja" : "nee", [.of(swv, known, what: Messages.what, lookupDate: date)])
    }

    enum Messages {
        static let what = "aanvragen na leerjaar 1"
        static func notInSource(_ name: String) -> String {
            "Of \(name) na het eerste leerjaar nog aanvragen aanneemt, staat niet in de gegevens."
        }
    }
}
