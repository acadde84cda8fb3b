/// `licentie(school, leerweg, datum)`: whether the school holds an lwoo licence
/// for the leerweg on the date.
struct LicenceOnDate: DerivationFunction {
    let name = "licentie"
    let arity: Int? = 3

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let school = context.model.knownSchool(try input(0)) else { return .unknown(Derivations.Messages.schoolNotInModel) }
        guard let leerweg = Leerweg(rawValue: try input(1)), let date = Day(try input(2)) else {
            return .unknown(Derivations.Messages.schoolNotInModel)
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
