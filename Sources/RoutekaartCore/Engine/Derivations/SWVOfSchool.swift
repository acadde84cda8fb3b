/// `swvVanSchool(school)`: the SWV in whose area the school's vestiging lies.
struct SWVOfSchool: SchoolDerivation {
    let name = "swvVanSchool"
    let arity: Int? = 1

    func derive(
        _ school: School, _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        var provenance: [Provenance] = [.of(school, .school(naam: school.naam, plaats: school.plaats), lookupDate: context.peildatum)]
        // A real school's SWV follows from its postcode in the regio-indeling, which has a date of its own.
        if let pc4 = school.pc4, let area = context.model.regio(pc4: pc4), let origin = context.model.regioOrigin {
            provenance.append(
                Provenance(
                    subject: .regio(pc4: pc4, gemeente: area.gemeente), bron: origin.bron, laatstGecontroleerd: nil,
                    lookupDate: context.peildatum, gegevensDatum: origin.datum))
        }
        return .value(school.swv, provenance)
    }
}
