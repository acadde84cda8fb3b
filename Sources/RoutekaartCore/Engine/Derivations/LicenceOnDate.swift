/// `licentie(school, leerweg, datum)`: whether the school holds an lwoo licence
/// for the leerweg on the date, as a source states it; unknown when no source
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
        switch school.licence(for: leerweg, on: date) {
        case .unknown:
            return .unknown(Derivations.Messages.licenceNotInSources(school.naam))
        case .held(let licence), .notHeld(.some(let licence)):
            let held = licence.covers(leerweg, on: date)
            var provenance = Provenance.of(school, .licence(school: school.naam, held: held), lookupDate: date)
            provenance.bron = licence.bron
            provenance.laatstGecontroleerd = licence.laatstGecontroleerd
            provenance.gegevensDatum = nil
            provenance.geldigTot = licence.tot
            provenance.opmerking = school.voorbeeld ? nil : licence.opmerking
            return .value(held ? "ja" : "nee", [provenance])
        case .notHeld(nil):
            return .value("nee", [.of(school, .licence(school: school.naam, held: false), lookupDate: date)])
        }
    }
}
