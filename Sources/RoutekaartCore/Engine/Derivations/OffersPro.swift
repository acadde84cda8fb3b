/// `biedtPro(school)`: whether the school offers praktijkonderwijs.
struct OffersPro: DerivationFunction {
    let name = "biedtPro"
    let arity: Int? = 1

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let school = context.model.knownSchool(try input(0)) else { return .unknown(Derivations.Messages.schoolNotInModel) }
        guard let pro = school.pro else { return .unknown(Derivations.Messages.offerNotInData(school.naam)) }
        return .value(pro ? "ja" : "nee", [.of(school, .offer(school: school.naam), lookupDate: context.peildatum)])
    }
}
