/// `duurVastgesteld(swv, datum)`: whether an SWV with own criteria set a duration for its aanwijzingen lwoo, as a `duur`
/// fact for the date says (a number of school years: yes; `geen`: no). Own criteria and own duration are separate powers (WVO 2020 art. 2.48 lid 1 onder a and b):
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
        guard let known = context.model.knowledge.duration(of: swv.code, on: date) else {
            return .unknown(Messages.notInSource(swv.displayName))
        }
        let set: Bool
        switch known.value {
        case .schoolYears: set = true
        case .notSet: set = false
        }
        return .value(set ? "ja" : "nee", [.of(swv, known, what: Derivations.Messages.durationFact, lookupDate: date)])
    }

    enum Messages {
        static func notInSource(_ name: String) -> String {
            "Of \(name) voor zijn aanwijzingen een duur vaststelde, staat niet in de gegevens."
        }
    }
}
