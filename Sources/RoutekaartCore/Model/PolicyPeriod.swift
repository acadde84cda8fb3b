/// How an SWV assigns lwoo in a period (`po-opting-out`, `spo-opting-out`).
public enum LwooToewijzing: String, ClosedSet {
    /// National criteria, procedure and duration (`rsv-breda-2015` §3).
    case landelijk
    /// Own criteria and procedure (WVO 2020 art. 2.48 lid 1 onder a); whether the SWV also sets a duration is a
    /// separate choice (onder b, `DuurVastgesteld`).
    case eigenCriteria = "eigen-criteria"
    /// No aanwijzing lwoo at all; support from the population budget.
    case populatiebekostiging
    /// The SWV opted out but the source does not say which variant (e.g. Eindhoven Kempenland):
    /// the advisor asks.
    case onbekend
}

/// Which schools may get lwoo funding (`po-opting-out`, "Opting out van de lwoo-licenties").
public enum LwooLicenties: String, ClosedSet {
    case landelijk
    case eigen
    case onbekend
}

/// Whether an SWV with own criteria accepts applications after leerjaar 1 (UB WVO 2020 art. 2.48 lid 1).
public enum AanvragenNaLeerjaar1: String, ClosedSet {
    case ja, nee, onbekend
}

/// Whether an SWV with own criteria also sets the duration of an aanwijzing (WVO 2020 art. 2.48 lid 1 onder b).
/// Own criteria (onder a) and own duration (onder b) are separate powers: an SWV may use one without the other.
public enum DuurVastgesteld: String, ClosedSet {
    case ja, nee, onbekend
}

/// One dated choice of an SWV: from `vanaf` up to and including `tot` (open when nil). A period
/// ends where its source stops covering it (a 2015–2018 plan says nothing about 2024).
public struct PolicyPeriod: Codable, Sendable, Equatable, DatedRange {
    public var vanaf: Day
    public var tot: Day?
    public var lwooToewijzing: LwooToewijzing
    /// Under `eigen-criteria`: whether the SWV sets a duration for an aanwijzing (`ja`, `nee`, `onbekend`).
    public var duurVastgesteld: DuurVastgesteld?
    /// Duration of an aanwijzing under `eigen-criteria` when the SWV sets one, in whole school years (at least 1).
    public var duurSchooljaren: Int?
    /// Under `eigen-criteria`: whether the SWV accepts applications after leerjaar 1.
    public var aanvragenNaLeerjaar1: AanvragenNaLeerjaar1?
    public var lwooLicenties: LwooLicenties
    /// Where this choice is stated: a short source name plus section.
    public var bron: String
    /// When a person last checked this period against the current state of its source; nil: never.
    public var laatstGecontroleerd: Day?
    public var opmerking: String?

    public init(
        vanaf: Day, tot: Day? = nil, lwooToewijzing: LwooToewijzing, duurVastgesteld: DuurVastgesteld? = nil, duurSchooljaren: Int? = nil,
        aanvragenNaLeerjaar1: AanvragenNaLeerjaar1? = nil, lwooLicenties: LwooLicenties, bron: String, laatstGecontroleerd: Day? = nil,
        opmerking: String? = nil
    ) {
        self.vanaf = vanaf
        self.tot = tot
        self.lwooToewijzing = lwooToewijzing
        self.duurVastgesteld = duurVastgesteld
        self.duurSchooljaren = duurSchooljaren
        self.aanvragenNaLeerjaar1 = aanvragenNaLeerjaar1
        self.lwooLicenties = lwooLicenties
        self.bron = bron
        self.laatstGecontroleerd = laatstGecontroleerd
        self.opmerking = opmerking
    }

    /// The last day of an aanwijzing decided on `day` under this period's own criteria: the rest of the
    /// school year in which it was decided plus `duurSchooljaren` school years, so always a 31 July
    /// (UB WVO 2020 art. 2.48 lid 1). nil when the period sets no duration, or the data does not say it.
    public func aanwijzingEnd(decidedOn day: Day) -> Day? {
        guard duurVastgesteld == .ja, let years = duurSchooljaren, years >= 1 else { return nil }
        return Day.endOfSchoolYears(years, decidedOn: day)
    }
}

extension Day {
    /// 31 July after `years` whole school years counted from the first 1 August on or after `day`
    /// (a decision during a school year also covers the rest of that year).
    public static func endOfSchoolYears(_ years: Int, decidedOn day: Day) -> Day? {
        let firstSchoolYearStart = day.month > 8 || (day.month == 8 && day.day > 1) ? day.year + 1 : day.year
        return Day(year: firstSchoolYearStart + years, month: 7, day: 31)
    }
}

/// A samenwerkingsverband passend onderwijs VO: its code (VO2001…VO3106 in the Regeling
/// regio-indeling), a name only where a source gives one, the gemeenten it covers, and its policy over time.
public struct SWV: Codable, Sendable, Equatable {
    public var code: String
    /// nil: no source gives the name; the SWV is shown by its code and gemeenten.
    public var naam: String?
    /// The source that gives the name.
    public var naamBron: String?
    /// True for invented data that exists to make every variant and scenario tryable.
    public var voorbeeld: Bool
    /// The gemeenten (spelling of the regio-indeling) of its postcodes, the ones with most schools first.
    public var gemeenten: [String]
    /// Sourced policy periods; empty: the policy is unknown.
    public var perioden: [PolicyPeriod]
    public var opmerking: String?

    public init(
        code: String, naam: String?, naamBron: String? = nil, voorbeeld: Bool, gemeenten: [String] = [], perioden: [PolicyPeriod],
        opmerking: String? = nil
    ) {
        self.code = code
        self.naam = naam
        self.naamBron = naamBron
        self.voorbeeld = voorbeeld
        self.gemeenten = gemeenten
        self.perioden = perioden
        self.opmerking = opmerking
    }

    public func period(on day: Day) -> PolicyPeriod? { perioden.first { $0.contains(day) } }

    /// How the SWV is named everywhere: `RSV Breda eo (VO3003)` when a source gives the name,
    /// else `SWV VO3003 (Breda, Oosterhout, Etten-Leur, …)`.
    public var displayName: String {
        if let naam { return "\(naam) (\(code))" }
        guard !gemeenten.isEmpty else { return "SWV \(code)" }
        let shown = gemeenten.prefix(3).joined(separator: ", ")
        return "SWV \(code) (\(shown)\(gemeenten.count > 3 ? ", …" : ""))"
    }
}

/// The hand-entered facts about real SWVs (`model/swv.json`), or the example SWVs (`voorbeeld/swv.json`).
struct SWVFile: Codable {
    var swv: [SWV]
}

extension SWV {
    enum CodingKeys: String, CodingKey {
        case code, naam, naamBron, voorbeeld, gemeenten, perioden, opmerking
    }

    /// In a file `voorbeeld` may be left out (false) and `gemeenten` too (the real ones come from the regio-indeling).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        naam = try container.decodeIfPresent(String.self, forKey: .naam)
        naamBron = try container.decodeIfPresent(String.self, forKey: .naamBron)
        voorbeeld = try container.decodeIfPresent(Bool.self, forKey: .voorbeeld) ?? false
        gemeenten = try container.decodeIfPresent([String].self, forKey: .gemeenten) ?? []
        perioden = try container.decode([PolicyPeriod].self, forKey: .perioden)
        opmerking = try container.decodeIfPresent(String.self, forKey: .opmerking)
    }
}
