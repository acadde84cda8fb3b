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

        /// The SWV, school or parameter the record is about.
        public var name: String {
            switch self {
            case .school(let naam, _): naam
            case .policy(let swv, _, _): swv
            case .licence(let school, _): school
            case .offer(let school): school
            case .parameter(let description): description
            }
        }
    }

    public var subject: Record
    public var bron: String
    public var laatstGecontroleerd: Day
    public var lookupDate: Day
    /// True when the record is invented example data.
    public var voorbeeld = false
    /// What the data maintainer noted about the record (e.g. what the source leaves open).
    public var opmerking: String?

    /// The record in words: `RSV Breda eo, beleid vanaf 2016-01-01`.
    public var record: String {
        switch subject {
        case .school(let naam, let plaats): "\(naam) (\(plaats))"
        case .policy(let swv, let vanaf, let tot): "\(swv), beleid vanaf \(vanaf)" + (tot.map { " t/m \($0)" } ?? "")
        case .licence(let school, let held): (held ? "lwoo-licentie " : "lwoo-licenties ") + school
        case .offer(let school): "aanbod \(school)"
        case .parameter(let description): description
        }
    }

    static func of(_ school: School, _ subject: Record, lookupDate: Day) -> Provenance {
        Provenance(
            subject: subject, bron: school.bron, laatstGecontroleerd: school.laatstGecontroleerd, lookupDate: lookupDate,
            voorbeeld: school.voorbeeld)
    }

    static func of(_ swv: SWV, _ period: PolicyPeriod, lookupDate: Day) -> Provenance {
        Provenance(
            subject: .policy(swv: swv.naam, vanaf: period.vanaf, tot: period.tot), bron: period.bron,
            laatstGecontroleerd: period.laatstGecontroleerd, lookupDate: lookupDate, voorbeeld: swv.voorbeeld,
            opmerking: swv.voorbeeld ? nil : period.opmerking ?? swv.opmerking)
    }
}
