/// Where a derived value came from in the model: the record, its source and
/// when that source was last checked, and the date the lookup was for.
public struct Provenance: Sendable, Equatable {
    /// The record in the model, kept in parts so that deciding builds no text.
    public enum Record: Sendable, Equatable {
        case school(naam: String, plaats: String)
        case policy(swv: String, vanaf: Day, tot: Day?)
        case licence(school: String, held: Bool)
        case offer(school: String)
        case parameter(String)
        /// The postcode area of a school in the regio-indeling, which gives its SWV.
        case regio(pc4: String, gemeente: String)

        /// The SWV, school or parameter the record is about.
        public var name: String {
            switch self {
            case .school(let naam, _): naam
            case .policy(let swv, _, _): swv
            case .licence(let school, _): school
            case .offer(let school): school
            case .parameter(let description): description
            case .regio(let pc4, _): pc4
            }
        }
    }

    public var subject: Record
    public var bron: String
    /// When a person last checked the record against its source; nil: never.
    public var laatstGecontroleerd: Day?
    public var lookupDate: Day
    /// True when the record is invented example data.
    public var voorbeeld = false
    /// What the data maintainer noted about the record (e.g. what the source leaves open).
    public var opmerking: String?
    /// For data taken from a dated file (DUO, the regio-indeling): the date of that data.
    public var gegevensDatum: Day? = nil
    /// The end of the record's own period; nil: open-ended (its source covers it only up to the last check).
    public var geldigTot: Day? = nil

    /// The record in words: `RSV Breda eo, beleid vanaf 2016-01-01`.
    public var record: String {
        switch subject {
        case .school(let naam, let plaats): "\(naam) (\(plaats))"
        case .policy(let swv, let vanaf, let tot): "\(swv), beleid vanaf \(vanaf)" + (tot.map { " t/m \($0)" } ?? "")
        case .licence(let school, let held): (held ? "lwoo-licentie " : "lwoo-licenties ") + school
        case .offer(let school): "aanbod \(school)"
        case .parameter(let description): description
        case .regio(let pc4, let gemeente): "regio-indeling, postcode \(pc4) (\(gemeente))"
        }
    }

    static func of(_ school: School, _ subject: Record, lookupDate: Day) -> Provenance {
        Provenance(
            subject: subject, bron: school.bron, laatstGecontroleerd: school.laatstGecontroleerd, lookupDate: lookupDate,
            voorbeeld: school.voorbeeld, gegevensDatum: school.gegevensDatum)
    }

    static func of(_ swv: SWV, _ period: PolicyPeriod, lookupDate: Day) -> Provenance {
        Provenance(
            subject: .policy(swv: swv.displayName, vanaf: period.vanaf, tot: period.tot), bron: period.bron,
            laatstGecontroleerd: period.laatstGecontroleerd, lookupDate: lookupDate, voorbeeld: swv.voorbeeld,
            opmerking: swv.voorbeeld ? nil : period.opmerking ?? swv.opmerking, geldigTot: period.tot)
    }
}
