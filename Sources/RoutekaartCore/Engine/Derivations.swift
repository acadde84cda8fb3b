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
}

/// The result of a derivation.
public enum DerivedValue: Sendable, Equatable {
    case value(String, [Provenance])
    /// The model cannot tell; the reason is said to the user when the fact is asked instead.
    case unknown(String)
}

/// The small, fixed set of functions by which content derives facts from the
/// model and from other facts. Content names them; each is general (none
/// knows a scenario).
public enum Derivations {
    public static let unknownValue = "onbekend"

    /// Function name → number of inputs (nil: any number).
    public static let functions: [String: Int?] = [
        "peildatum": 0,
        "swvVanSchool": 1,
        "toewijzing": 2,
        "einddatumAanwijzing": 2,
        "licentie": 3,
        "biedtPro": 1,
        "biedtVmbo": 1,
        "eerder": 2,
        "volgendeDatum": 1,
        "tabel": nil,
    ]

    /// The values a function can yield, when it is a closed set (for branching checks).
    public static func possibleValues(of derivation: Derivation) -> [String]? {
        switch derivation.functie {
        case "toewijzing": return ["landelijk", "eigen-criteria", "populatiebekostiging"]
        case "licentie", "biedtPro", "biedtVmbo", "eerder": return ["ja", "nee"]
        case "tabel": return derivation.rijen.map { rows in Array(Set(rows.map(\.dan))).sorted() }
        default: return nil
        }
    }

    public static func apply(
        _ derivation: Derivation, to inputs: [String], model: Model, peildatum: Day
    ) -> DerivedValue {
        func day(_ index: Int) -> Day? { inputs.indices.contains(index) ? Day(inputs[index]) : nil }
        switch derivation.functie {
        case "peildatum":
            return .value(peildatum.description, [])
        case "swvVanSchool":
            guard let school = model.school(inputs[0]) else { return .unknown(Messages.schoolNotInModel) }
            var provenance = [
                Provenance(
                    subject: .school(naam: school.naam, plaats: school.plaats), bron: school.bron,
                    laatstGecontroleerd: school.laatstGecontroleerd, lookupDate: peildatum, voorbeeld: school.voorbeeld,
                    gegevensDatum: school.gegevensDatum)
            ]
            // A real school's SWV follows from its postcode in the regio-indeling.
            if let pc4 = school.pc4, let area = model.regio(pc4: pc4), let origin = model.regioOrigin {
                provenance.append(
                    Provenance(
                        subject: .regio(pc4: pc4, gemeente: area.gemeente), bron: origin.bron, laatstGecontroleerd: nil, lookupDate: peildatum,
                        gegevensDatum: origin.datum))
            }
            return .value(school.swv, provenance)
        case "toewijzing":
            guard let swv = model.swv(inputs[0]) else { return .unknown(Messages.swvNotInModel) }
            guard let date = day(1), let period = swv.period(on: date) else {
                return .unknown(Messages.noPeriod(swv.displayName, inputs[1]))
            }
            guard period.lwooToewijzing != .onbekend else { return .unknown(Messages.variantNotInSource(swv.displayName)) }
            return .value(period.lwooToewijzing.rawValue, [provenance(swv, period, date)])
        case "einddatumAanwijzing":
            guard let swv = model.swv(inputs[0]) else { return .unknown(Messages.swvNotInModel) }
            guard let date = day(1), let period = swv.period(on: date), let end = period.aanwijzingEnd(decidedOn: date) else {
                return .unknown(Messages.durationNotInModel(swv.displayName))
            }
            return .value(end.description, [provenance(swv, period, date)])
        case "licentie":
            guard let school = model.school(inputs[0]) else { return .unknown(Messages.schoolNotInModel) }
            guard let leerweg = Leerweg(rawValue: inputs[1]), let date = day(2) else { return .unknown(Messages.schoolNotInModel) }
            switch school.licence(for: leerweg, on: date) {
            case .unknown:
                return .unknown(Messages.licenceNotInSources(school.naam))
            case .held(let licence), .notHeld(.some(let licence)):
                let held = licence.covers(leerweg, on: date)
                return .value(
                    held ? "ja" : "nee",
                    [
                        Provenance(
                            subject: .licence(school: school.naam, held: held), bron: licence.bron,
                            laatstGecontroleerd: licence.laatstGecontroleerd, lookupDate: date, voorbeeld: school.voorbeeld,
                            opmerking: school.voorbeeld ? nil : licence.opmerking, geldigTot: licence.tot)
                    ])
            case .notHeld(nil):
                return .value(
                    "nee",
                    [
                        Provenance(
                            subject: .licence(school: school.naam, held: false), bron: school.bron,
                            laatstGecontroleerd: school.laatstGecontroleerd, lookupDate: date, voorbeeld: school.voorbeeld)
                    ])
            }
        case "biedtPro", "biedtVmbo":
            guard let school = model.school(inputs[0]) else { return .unknown(Messages.schoolNotInModel) }
            guard let offers = derivation.functie == "biedtPro" ? school.pro : school.vmbo else {
                return .unknown(Messages.offerNotInData(school.naam))
            }
            return .value(
                offers ? "ja" : "nee",
                [
                    Provenance(
                        subject: .offer(school: school.naam), bron: school.bron, laatstGecontroleerd: school.laatstGecontroleerd,
                        lookupDate: peildatum, voorbeeld: school.voorbeeld, gegevensDatum: school.gegevensDatum)
                ])
        case "eerder":
            guard let first = day(0), let second = day(1) else { return .unknown(Messages.noDate) }
            return .value(first < second ? "ja" : "nee", [])
        case "volgendeDatum":
            guard let date = day(0), let id = derivation.parameter, let parameter = model.parameter(id),
                let value = parameter.value(on: date), let monthDay = value.waarde.datum
            else { return .unknown(Messages.noDate) }
            return .value(
                date.nextOccurrence(ofMonthDay: monthDay).description,
                [
                    Provenance(
                        subject: .parameter(parameter.omschrijving), bron: value.bron, laatstGecontroleerd: value.laatstGecontroleerd,
                        lookupDate: date, geldigTot: value.tot)
                ])
        case "tabel":
            let row = derivation.rijen?.first { row in
                row.als.count == inputs.count && zip(row.als, inputs).allSatisfy { $0 == "*" || $0 == $1 }
            }
            guard let row else { return .unknown(Messages.noTableRow) }
            return .value(row.dan, [])
        default:
            return .unknown(Messages.noTableRow)
        }
    }

    static func provenance(_ swv: SWV, _ period: PolicyPeriod, _ date: Day) -> Provenance {
        Provenance(
            subject: .policy(swv: swv.displayName, vanaf: period.vanaf, tot: period.tot), bron: period.bron,
            laatstGecontroleerd: period.laatstGecontroleerd, lookupDate: date, voorbeeld: swv.voorbeeld,
            opmerking: swv.voorbeeld ? nil : period.opmerking ?? swv.opmerking, geldigTot: period.tot)
    }

    /// The Dutch reasons why the model could not tell, shown before a fallback question.
    enum Messages {
        static let schoolNotInModel = "Deze school staat niet in de gegevens."
        static let swvNotInModel = "Dit samenwerkingsverband staat niet in de gegevens."
        static func noPeriod(_ name: String, _ date: String) -> String {
            "Voor \(name) staat voor \(date) geen beleid in de gegevens."
        }
        static func variantNotInSource(_ name: String) -> String {
            "\(name) koos voor opting out, maar de bron zegt niet voor welke variant."
        }
        static func durationNotInModel(_ name: String) -> String {
            "De geldigheidsduur van aanwijzingen van \(name) staat niet in de gegevens."
        }
        static func licenceNotInSources(_ name: String) -> String {
            "Of \(name) voor deze leerweg een lwoo-licentie heeft, staat in geen bron van de gegevens."
        }
        static func offerNotInData(_ name: String) -> String {
            "Wat \(name) aanbiedt, staat niet in DUO's gegevens (de vestiging staat er alleen als brugjaarlocatie in)."
        }
        static let noDate = "Er ontbreekt een datum."
        static let noTableRow = "De inhoud geeft hier geen regel."
    }
}
