/// What a vestiging offers, in the words of the lists: `vmbo (basis, kader), pro, havo/vwo`. Two vestigingen
/// of one school often share a name; their offer and postcode tell them apart.
public enum SchoolOffer {
    public static func text(_ school: School) -> String {
        var offer: [String] = []
        switch school.vmbo {
        case true?:
            offer.append("vmbo (" + (school.leerwegen.map { $0.map(\.rawValue).joined(separator: ", ") } ?? "leerwegen onbekend") + ")")
        case nil:
            offer.append("aanbod onbekend (brugjaarlocatie)")
        case false?:
            break
        }
        if school.pro == true { offer.append("pro") }
        if school.havoVwo == true { offer.append("havo/vwo") }
        return offer.joined(separator: ", ")
    }
}
