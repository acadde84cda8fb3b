/// `biedtPro(school)`: whether the pupil goes to praktijkonderwijs at the school: `ja` for a school that offers
/// only pro, `nee` for a school without pro. A school with pro beside vmbo or havo/vwo (44 vestigingen) could be
/// either for this pupil: the model cannot tell, so it is asked.
struct OffersPro: SchoolDerivation {
    let name = "biedtPro"
    let arity: Int? = 1

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func derive(
        _ school: School, _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let pro = school.pro else { return .unknown(Derivations.Messages.offerNotInData(school.naam)) }
        guard !pro || (school.vmbo != true && school.havoVwo != true) else { return .unknown(Messages.proAndMore(school.naam)) }
        return .value(pro ? "ja" : "nee", [.of(school, .offer(school: school.naam), lookupDate: context.peildatum)])
    }

    enum Messages {
        static func proAndMore(_ name: String) -> String {
            "\(name) biedt praktijkonderwijs én vmbo of havo/vwo; of de leerling hier naar het praktijkonderwijs gaat, weet het model niet."
        }
    }
}
