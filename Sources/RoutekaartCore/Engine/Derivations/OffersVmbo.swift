/// `biedtVmbo(school)`: whether the school offers vmbo.
struct OffersVmbo: SchoolDerivation {
    let name = "biedtVmbo"
    let arity: Int? = 1

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ school: School, _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let vmbo = school.vmbo else { return .unknown(Derivations.Messages.offerNotInData(school.naam)) }
        return .value(vmbo ? "ja" : "nee", [.of(school, .offer(school: school.naam), lookupDate: context.peildatum)])
    }
}
