/// `biedtLeerweg(school, leerweg)`: whether a school with vmbo offers the leerweg (unknown for a school without vmbo).
/// A hand-entered list of leerwegen (example data) is complete: a leerweg not in it is "nee". A list from DUO's exam
/// candidates is evidence only: a leerweg in it is "ja", one not in it is unknown (the school may teach it without recent
/// exam candidates), as are the leerwegen of a school without exam data.
struct OffersLeerweg: SchoolDerivation {
    let name = "biedtLeerweg"
    let arity: Int? = 2

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ school: School, _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let leerweg = Leerweg(rawValue: try input(1)) else { return .unknown(Derivations.Messages.unknownInput) }
        // A school without vmbo offers no leerweg at all: that is not a wrong leerweg, and the tree says what follows.
        guard let vmbo = school.vmbo else { return .unknown(Derivations.Messages.offerNotInData(school.naam)) }
        guard vmbo else { return .unknown(Derivations.Messages.noVmbo) }
        guard let leerwegen = school.leerwegen else { return .unknown(Derivations.Messages.leerwegenNotInData(school.naam)) }
        let offered = leerwegen.contains(leerweg)
        guard offered || school.leerwegenBron == nil else { return .unknown(Derivations.Messages.leerwegenNotInData(school.naam)) }
        var provenance = Provenance.of(school, .offer(school: school.naam), lookupDate: context.peildatum)
        if let examSource = school.leerwegenBron { provenance.bron = examSource }
        return .value(offered ? "ja" : "nee", [provenance])
    }
}
