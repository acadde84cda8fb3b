/// How an SWV assigns lwoo in a period (`po-opting-out`, `spo-opting-out`).
public enum LwooToewijzing: String, ClosedSet {
    /// National criteria, procedure and duration (`rsv-breda-2015` §3).
    case landelijk
    /// Own criteria and procedure; an aanwijzing for a duration of at least one year.
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

/// One dated choice of an SWV: from `vanaf` up to and including `tot` (open when nil).
public struct PolicyPeriod: Codable, Sendable, Equatable, DatedRange {
    public var vanaf: Day
    public var tot: Day?
    public var lwooToewijzing: LwooToewijzing
    /// Duration of an aanwijzing under `eigen-criteria`, in months (at least 12).
    public var duurMaanden: Int?
    public var lwooLicenties: LwooLicenties
    /// Where this choice is stated: a short source name plus section.
    public var bron: String
    /// When this period was last checked against its source.
    public var laatstGecontroleerd: Day
    public var opmerking: String?

    public init(
        vanaf: Day, tot: Day? = nil, lwooToewijzing: LwooToewijzing, duurMaanden: Int? = nil, lwooLicenties: LwooLicenties,
        bron: String, laatstGecontroleerd: Day, opmerking: String? = nil
    ) {
        self.vanaf = vanaf
        self.tot = tot
        self.lwooToewijzing = lwooToewijzing
        self.duurMaanden = duurMaanden
        self.lwooLicenties = lwooLicenties
        self.bron = bron
        self.laatstGecontroleerd = laatstGecontroleerd
        self.opmerking = opmerking
    }
}

/// A samenwerkingsverband passend onderwijs VO and its policy over time.
public struct SWV: Codable, Sendable, Equatable {
    public var code: String
    public var naam: String
    /// True for invented data that exists to make every variant and scenario tryable.
    public var voorbeeld: Bool
    public var perioden: [PolicyPeriod]
    public var opmerking: String?

    public init(code: String, naam: String, voorbeeld: Bool, perioden: [PolicyPeriod], opmerking: String? = nil) {
        self.code = code
        self.naam = naam
        self.voorbeeld = voorbeeld
        self.perioden = perioden
        self.opmerking = opmerking
    }

    public func period(on day: Day) -> PolicyPeriod? { perioden.first { $0.contains(day) } }
}

struct SWVFile: Codable {
    var swv: [SWV]
}
