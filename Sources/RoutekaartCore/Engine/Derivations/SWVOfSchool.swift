/// `swvVanSchool(school)`: the SWV in whose area the school's vestiging lies.
struct SWVOfSchool: DerivationFunction {
    let name = "swvVanSchool"
    let arity: Int? = 1

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let school = context.model.knownSchool(try input(0)) else { return .unknown(Derivations.Messages.schoolNotInModel) }
        return .value(
            school.swv, [.of(school, .school(naam: school.naam, plaats: school.plaats), lookupDate: context.peildatum)])
    }
}
