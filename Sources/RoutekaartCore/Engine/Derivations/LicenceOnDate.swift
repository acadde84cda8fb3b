/// `licentie(school, leerweg, datum)`: whether the school holds an lwoo licence
/// for the leerweg on the date, as a `licentie` fact of the knowledge files states it; unknown when no fact
/// covers the school on that date (most real schools: unknown, not "no").
struct LicenceOnDate: DerivationFunction {
    let name = "licentie"
    let arity: Int? = 3

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        // All inputs first: the leerweg is asked before a fallback question about the licence for it.
        let code = try input(0)
        let leerwegText = try input(1)
        let dateText = try input(2)
        guard let school = context.model.knownSchool(code) else { return .unknown(Derivations.Messages.schoolNotInModel(code)) }
        guard let leerweg = Leerweg(rawValue: leerwegText), let date = Day(dateText) else {
            return .unknown(Derivations.Messages.unknownInput)
        }
        guard let known = context.model.knowledge.licence(of: school.code, for: leerweg, on: date) else {
            return .unknown(Derivations.Messages.licenceNotInSources(school.naam))
        }
        let held: Bool
        switch known.value {
        case .held: held = true
        case .notHeld: held = false
        case .heldLeerwegUnknown: return .unknown(Derivations.Messages.licenceLeerwegUnknown(school.naam))
        }
        return .value(
            held ? "ja" : "nee", [.of(known, .licence(school: school.naam, held: held), voorbeeld: school.voorbeeld, lookupDate: date)])
    }
}
