/// Where a derived value came from in the model: the record, its source and
/// when that source was last checked, and the date the lookup was for. A fact of a knowledge file (bundled or the
/// user's) also carries the fact itself: its file, line and check date, and the facts of other files that said
/// something else that day.
public struct Provenance: Sendable, Equatable {
    /// The record in the model, kept in parts so that deciding builds no text.
    public enum Record: Sendable, Equatable {
        case school(naam: String, plaats: String)
        case policy(swv: String, vanaf: Day, tot: Day?)
        /// Another fact about an SWV's policy: the duration it set, whether it takes applications after leerjaar 1.
        case swvFact(swv: String, what: String, vanaf: Day, tot: Day?)
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
            case .swvFact(let swv, _, _, _): swv
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
    /// The fact of a knowledge file the value comes from (nil for DUO's data and the national parameters).
    public var knowledge: KnowledgeFact? = nil
    /// Facts of other knowledge files that said something else for the same day; `knowledge` was used because it was
    /// checked more recently (or, on the same day, its file comes first).
    public var disagreeing: [KnowledgeFact] = []

    /// True when `bron` is a citation of the source registry (`rsv-breda-2015 §1`); false for the free text of a
    /// user's knowledge file or the RIO import ("navraag bij het loket van het SWV, telefonisch").
    public var bronIsCitation: Bool {
        guard let knowledge else { return true }
        return knowledge.origin.kind == .bundled || knowledge.origin.kind == .examples
    }

    /// Where the record comes from, as the reader sees it: the source of the registry (`RSV Breda eo §1`), or, for a
    /// fact of a user's knowledge file, the file and its own words (`uw kennisbestand: navraag bij het loket`).
    public func source(_ cite: (String) -> String) -> String {
        guard let knowledge, !bronIsCitation else { return cite(bron) }
        return "\(knowledge.origin.label): \(bron)"
    }

    /// The source as written: the citation of the registry, or for a user's knowledge file its label and words.
    public var rawSource: String {
        guard let knowledge, !bronIsCitation else { return bron }
        return "\(knowledge.origin.label): \(bron)"
    }

    /// True when the knowledge fact's own note marks it as the project's reading of its source, not a quote.
    public var isInterpretation: Bool { knowledge?.opmerking?.contains(Self.interpretationMark) == true }

    static let interpretationMark = "[interpretatie]"

    /// The record in words: `RSV Breda eo, beleid vanaf 1 januari 2016`.
    public var record: String {
        switch subject {
        case .school(let naam, let plaats): "\(naam) (\(plaats))"
        case .policy(let swv, let vanaf, let tot): "\(swv), beleid vanaf \(vanaf.dutch)" + (tot.map { " t/m \($0.dutch)" } ?? "")
        case .swvFact(let swv, let what, let vanaf, let tot): "\(swv), \(what) vanaf \(vanaf.dutch)" + (tot.map { " t/m \($0.dutch)" } ?? "")
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

    /// A fact of a knowledge file about a record of the model (an SWV or a school).
    static func of<Value>(_ known: KnownFact<Value>, _ subject: Record, voorbeeld: Bool, lookupDate: Day) -> Provenance {
        Provenance(
            subject: subject, bron: known.bron, laatstGecontroleerd: known.gecontroleerd, lookupDate: lookupDate, voorbeeld: voorbeeld,
            opmerking: voorbeeld ? nil : known.fact.opmerking, geldigTot: known.period.tot, knowledge: known.fact,
            disagreeing: known.disagreeing)
    }

    /// The SWV's policy (or another fact of it, `what`) as a knowledge file gives it.
    static func of<Value>(_ swv: SWV, _ known: KnownFact<Value>, what: String? = nil, lookupDate: Day) -> Provenance {
        let subject: Record =
            what.map { .swvFact(swv: swv.displayName, what: $0, vanaf: known.period.vanaf, tot: known.period.tot) }
            ?? .policy(swv: swv.displayName, vanaf: known.period.vanaf, tot: known.period.tot)
        return of(known, subject, voorbeeld: swv.voorbeeld, lookupDate: lookupDate)
    }
}
