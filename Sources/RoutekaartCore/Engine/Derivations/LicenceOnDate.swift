/// `licentie(school, leerweg, datum)`: whether the school holds an lwoo licence
/// for the leerweg on the date.
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
        guard let school = context.model.knownSchool(code) else { return .unknown(Derivations.Messages.schoolNotInModel) }
        guard let leerweg = Leerweg(rawValue: leerwegText), let date = Day(dateText) else {
            return .unknown(Derivations.Messages.unknownInput)
        }
        if let licence = school.hasLicence(for: leerweg, on: date) {
            var provenance = Provenance.of(school, .licence(school: school.naam, held: true), lookupDate: date)
            provenance.bron = licence.bron
            provenance.laatstGecontroleerd = licence.laatstGecontroleerd
            return .value("ja", [provenance])
        }
        return .value("nee", [.of(school, .licence(school: school.naam, held: false), lookupDate: date)])
    }
}
