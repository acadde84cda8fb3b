/// How an SWV assigns lwoo in a period (`po-opting-out`, `spo-opting-out`).
public enum LwooToewijzing: String, ClosedSet {
    /// National criteria, procedure and duration (`rsv-breda-2015` §3).
    case landelijk
    /// Own criteria and procedure (WVO 2020 art. 2.48 lid 1 onder a); whether the SWV also sets a duration is a
    /// separate choice (onder b): the knowledge's `duur`.
    case eigenCriteria = "eigen-criteria"
    /// No aanwijzing lwoo at all; support from the population budget.
    case populatiebekostiging
    /// The SWV opted out but the source does not say which variant (e.g. Eindhoven Kempenland; in a knowledge file
    /// `opting-out`): the advisor asks.
    case onbekend
}

/// Which schools may get lwoo funding (`po-opting-out`, "Opting out van de lwoo-licenties").
public enum LwooLicenties: String, ClosedSet {
    case landelijk
    case eigen
    case onbekend
}

extension Day {
    /// 31 July after `years` whole school years counted from the first 1 August on or after `day`
    /// (a decision during a school year also covers the rest of that year).
    public static func endOfSchoolYears(_ years: Int, decidedOn day: Day) -> Day? {
        let firstSchoolYearStart = day.month > 8 || (day.month == 8 && day.day > 1) ? day.year + 1 : day.year
        return Day(year: firstSchoolYearStart + years, month: 7, day: 31)
    }
}

/// A samenwerkingsverband passend onderwijs VO: its code (VO2001…VO3106 in the Regeling regio-indeling), the gemeenten
/// it covers, and the name a source gives it (from the knowledge: `Model.swv` fills it in). Its policy over time is
/// knowledge too (`KnowledgeBase.policy(of:on:)`).
public struct SWV: Sendable, Equatable {
    public var code: String
    /// nil: no source gives the name; the SWV is shown by its code and gemeenten.
    public var naam: String?
    /// The fact that gives the name, with its source.
    public var naamFact: KnowledgeFact?
    /// True for invented data that exists to make every variant and scenario tryable.
    public var voorbeeld: Bool
    /// The gemeenten (spelling of the regio-indeling) of its postcodes, the ones with most schools first.
    public var gemeenten: [String]
    public var opmerking: String?

    public init(code: String, naam: String? = nil, voorbeeld: Bool, gemeenten: [String] = [], opmerking: String? = nil) {
        self.code = code
        self.naam = naam
        self.voorbeeld = voorbeeld
        self.gemeenten = gemeenten
        self.opmerking = opmerking
    }

    /// How the SWV is named everywhere: `RSV Breda eo (VO3003)` when a source gives the name,
    /// else `SWV VO3003 (Breda, Oosterhout, Etten-Leur, …)`.
    public var displayName: String { Self.displayName(code: code, naam: naam, gemeenten: gemeenten) }

    static func displayName(code: String, naam: String?, gemeenten: [String]) -> String {
        if let naam { return "\(naam) (\(code))" }
        guard !gemeenten.isEmpty else { return "SWV \(code)" }
        let shown = gemeenten.prefix(3).joined(separator: ", ")
        return "SWV \(code) (\(shown)\(gemeenten.count > 3 ? ", …" : ""))"
    }
}

/// An invented example SWV (`voorbeeld/swv.json`): its code and what it is for. Its name and policy are in
/// `voorbeeld/kennis.csv`, as the real SWVs' are in `model/kennis.csv`.
struct ExampleSWVEntry {
    var code: String
    var voorbeeld: Bool
    var opmerking: String?
}

/// The example SWVs (`voorbeeld/swv.json`).
struct ExampleSWVFile {
    var swv: [ExampleSWVEntry]
}

// MARK: - Read from `voorbeeld/swv.json` (`JSONFields`)

extension ExampleSWVEntry {
    init(_ json: inout JSONFields) throws(InputError) {
        code = try json.string("code")
        voorbeeld = try json.bool("voorbeeld")
        opmerking = try json.optionalString("opmerking")
    }
}

extension ExampleSWVFile {
    init(_ json: inout JSONFields) throws(InputError) { swv = try json.objects("swv", ExampleSWVEntry.init) }
}
