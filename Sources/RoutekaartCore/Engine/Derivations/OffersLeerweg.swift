/// `biedtLeerweg(school, leerweg)`: whether a school with vmbo offers the leerweg (unknown for a school without vmbo).
struct OffersLeerweg: DerivationFunction {
    let name = "biedtLeerweg"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let school = context.model.knownSchool(try input(0)) else { return .unknown(Derivations.Messages.schoolNotInModel) }
        guard let leerweg = Leerweg(rawValue: try input(1)) else { return .unknown(Derivations.Messages.unknownInput) }
        // A school without vmbo offers no leerweg at all: that is not a wrong leerweg, and the tree says what follows.
        guard !school.vmbo.isEmpty else { return .unknown(Derivations.Messages.noVmbo) }
        return .value(
            school.vmbo.contains(leerweg) ? "ja" : "nee", [.of(school, .offer(school: school.naam), lookupDate: context.peildatum)])
    }
}
