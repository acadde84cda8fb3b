/// What a row of a knowledge file is about (its column `onderwerp`). There is no subject for pro: an SWV
/// cannot opt out of pro (`po-opting-out`), so there is no pro policy to know.
public enum KnowledgeSubject: String, CaseIterable, Sendable, Comparable {
    /// The SWV's lwoo-toewijzing: landelijk, eigen-criteria or populatiebekostiging.
    case beleid
    /// Under own criteria: the duration of an aanwijzing in whole school years, or none set (DOMAIN §2).
    case duur
    /// Under own criteria: whether the SWV accepts applications after leerjaar 1 (UB WVO 2020 art. 2.48 lid 1).
    case lateAanvragen = "late-aanvragen"
    /// The SWV's choice about lwoo licences: the national licences, or its own (it proposes which vmbo schools get one;
    /// `po-opting-out`, "Opting out van de lwoo-licenties").
    case licentiebeleid
    /// A vestiging's lwoo licence, for all or some vmbo leerwegen.
    case licentie
    /// The SWV's name.
    case naam
    /// The public contact of an SWV or vestiging: its loket, a general telephone number or web address.
    case contact

    /// Which kind of code the row names.
    public enum Holder: Sendable {
        case swv, school, either
    }

    public var holder: Holder {
        switch self {
        case .licentie: .school
        case .contact: .either
        case .beleid, .duur, .lateAanvragen, .licentiebeleid, .naam: .swv
        }
    }

    /// The order of subjects in listings and in a file written from scratch.
    public static func < (lhs: KnowledgeSubject, rhs: KnowledgeSubject) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// The leerwegen a licence row covers (column `leerwegen`).
public enum LeerwegScope: Hashable, Sendable, Comparable {
    /// Empty column: all vmbo leerwegen of the vestiging (and every row that is not a licence).
    case all
    /// Some leerwegen, sorted in the order basis, kader, gemengd, theoretisch, each once, never empty.
    case some([Leerweg])
    /// `onbekend`: a licence for at least one leerweg, but which is not known (DUO's RIO data without the link
    /// from the opleiding to its niveau).
    case unknown

    /// The scope of a list, sorted and without doubles; an empty list is no scope.
    public static func of(_ leerwegen: some Sequence<Leerweg>) -> LeerwegScope? {
        let set = Set(leerwegen)
        let sorted = Leerweg.allCases.filter { set.contains($0) }
        return sorted.isEmpty ? nil : .some(sorted)
    }

    /// The leerwegen named, all four for `.all`; nil for `.unknown`.
    public var leerwegen: [Leerweg]? {
        switch self {
        case .all: Leerweg.allCases
        case .some(let list): list
        case .unknown: nil
        }
    }

    /// True when two rows can speak about the same leerweg (an unknown leerweg may be any of them).
    public func intersects(_ other: LeerwegScope) -> Bool {
        guard let mine = leerwegen, let theirs = other.leerwegen else { return true }
        return mine.contains { theirs.contains($0) }
    }

    /// True when the row speaks about `leerweg`; nil when it does not say which leerweg (`.unknown`).
    public func covers(_ leerweg: Leerweg) -> Bool? {
        leerwegen.map { $0.contains(leerweg) }
    }

    /// What is left of this scope without `other`: nil when nothing is (or when `other` is unknown, which may be any).
    func subtracting(_ other: LeerwegScope) -> LeerwegScope? {
        guard let mine = leerwegen else { return other == .unknown ? nil : self }
        guard let theirs = other.leerwegen else { return nil }
        return LeerwegScope.of(mine.filter { !theirs.contains($0) })
    }

    /// The text of the column: empty, `basis,kader` or `onbekend`.
    public var text: String {
        switch self {
        case .all: ""
        case .some(let list): list.map(\.rawValue).joined(separator: ",")
        case .unknown: "onbekend"
        }
    }

    public static func < (lhs: LeerwegScope, rhs: LeerwegScope) -> Bool {
        func rank(_ scope: LeerwegScope) -> (Int, String) {
            switch scope {
            case .all: (0, "")
            case .some(let list): (1, list.map { String(Leerweg.allCases.firstIndex(of: $0) ?? 0) }.joined())
            case .unknown: (2, "")
            }
        }
        return rank(lhs) < rank(rhs)
    }
}

/// The duration an SWV with own criteria sets for an aanwijzing lwoo (DOMAIN §2: own criteria and own
/// duration are separate choices).
public enum OwnDuration: Hashable, Sendable {
    /// Whole school years, at least 1: the aanwijzing ends on a 31 July (UB WVO 2020 art. 2.48 lid 1).
    case schoolYears(Int)
    /// The SWV sets no duration (`geen`).
    case notSet
}

/// What a knowledge row says, typed by its subject.
public enum KnowledgeValue: Hashable, Sendable {
    /// `.onbekend` is `opting-out`: the SWV opted out, but the source does not say for which variant (the advisor
    /// still asks which). Not knowing at all is no knowledge, so such a row is not written.
    case policy(LwooToewijzing)
    /// The licence policy: `landelijk` or `eigen`, never `.onbekend`.
    case licencePolicy(LwooLicenties)
    case duration(OwnDuration)
    case lateApplications(Bool)
    /// A licence held (`ja`) or not held (`nee`) for the row's leerwegen.
    case licence(Bool)
    case name(String)
    case contact(String)

    /// The column text as a file written from scratch has it.
    public var text: String {
        switch self {
        case .policy(.onbekend): KnowledgeValue.optingOut
        case .policy(let variant): variant.rawValue
        case .licencePolicy(let choice): choice.rawValue
        case .duration(.schoolYears(let years)): String(years)
        case .duration(.notSet): "geen"
        case .lateApplications(let yes), .licence(let yes): yes ? "ja" : "nee"
        case .name(let text), .contact(let text): text
        }
    }

    /// The value in words, for listings (`eigen criteria`, `2 schooljaren`).
    public var dutch: String {
        switch self {
        case .policy(let variant): KnowledgeValue.policyWords[variant.rawValue] ?? variant.rawValue
        case .licencePolicy(.eigen): "eigen licentiebeleid"
        case .licencePolicy(_): "landelijke licenties"
        case .duration(.schoolYears(let years)): years == 1 ? "1 schooljaar" : "\(years) schooljaren"
        case .duration(.notSet): "geen duur"
        case .lateApplications(let yes), .licence(let yes): yes ? "ja" : "nee"
        case .name(let text), .contact(let text): text
        }
    }

    static let policyWords = [
        "landelijk": "landelijke criteria", "eigen-criteria": "eigen criteria", "onbekend": "opting out (welke variant, zegt de bron niet)",
    ]
    /// The value of a policy row whose source says only that the SWV opted out.
    public static let optingOut = "opting-out"

    /// Two values that say the same: names and contacts compared without case, accents or extra spaces.
    public func says(same other: KnowledgeValue) -> Bool {
        switch (self, other) {
        case (.name(let a), .name(let b)), (.contact(let a), .contact(let b)):
            KnowledgeValue.comparable(a) == KnowledgeValue.comparable(b)
        default:
            self == other
        }
    }

    static func comparable(_ text: String) -> String {
        TextTools.folded(text).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// The days a fact holds: from `vanaf` up to and including `tot` (open when nil).
public struct FactPeriod: Hashable, Sendable, DatedRange, Comparable {
    public var vanaf: Day
    public var tot: Day?

    public init(vanaf: Day, tot: Day? = nil) {
        self.vanaf = vanaf
        self.tot = tot
    }

    /// The days both periods share, or nil.
    public func intersection(_ other: FactPeriod) -> FactPeriod? {
        guard overlaps(other) else { return nil }
        let end: Day?
        switch (tot, other.tot) {
        case (nil, nil): end = nil
        case (let a?, nil): end = a
        case (nil, let b?): end = b
        case (let a?, let b?): end = min(a, b)
        }
        return FactPeriod(vanaf: max(vanaf, other.vanaf), tot: end)
    }

    /// The parts of this period outside `other` (none, one or two).
    public func subtracting(_ other: FactPeriod) -> [FactPeriod] {
        guard overlaps(other) else { return [self] }
        var parts: [FactPeriod] = []
        if vanaf < other.vanaf, let before = FactPeriod.day(before: other.vanaf) {
            parts.append(FactPeriod(vanaf: vanaf, tot: before))
        }
        if let otherEnd = other.tot, let after = FactPeriod.day(after: otherEnd), tot.map({ $0 > otherEnd }) ?? true {
            parts.append(FactPeriod(vanaf: after, tot: tot))
        }
        return parts
    }

    /// True when the two periods touch without a day between them or overlap.
    func meets(_ other: FactPeriod) -> Bool {
        if overlaps(other) { return true }
        if let end = tot, let next = FactPeriod.day(after: end), next == other.vanaf { return true }
        if let end = other.tot, let next = FactPeriod.day(after: end), next == vanaf { return true }
        return false
    }

    /// `1 augustus 2024 t/m 31 juli 2028`, or `vanaf 1 augustus 2024`.
    public var dutch: String {
        guard let tot else { return "vanaf \(vanaf.dutch)" }
        return "\(vanaf.dutch) t/m \(tot.dutch)"
    }

    public static func < (lhs: FactPeriod, rhs: FactPeriod) -> Bool {
        if lhs.vanaf != rhs.vanaf { return lhs.vanaf < rhs.vanaf }
        switch (lhs.tot, rhs.tot) {
        case (let a?, let b?): return a < b
        case (_?, nil): return true
        default: return false
        }
    }

    /// The next calendar day.
    static func day(after day: Day) -> Day? {
        if let next = Day(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = Day(year: day.year, month: day.month + 1, day: 1) { return next }
        return Day(year: day.year + 1, month: 1, day: 1)
    }

    /// The previous calendar day.
    static func day(before day: Day) -> Day? {
        if day.day > 1 { return Day(year: day.year, month: day.month, day: day.day - 1) }
        if day.month > 1 { return Day(year: day.year, month: day.month - 1, day: Day.daysIn(month: day.month - 1, year: day.year)) }
        return Day(year: day.year - 1, month: 12, day: 31)
    }
}

/// Where a fact was read: the file, how the advice names that file, and the line (the header is line 1).
public struct KnowledgeOrigin: Hashable, Sendable {
    public var file: String
    /// `uw kennisbestand` (the default file), `kennisbestand regio.csv` (a `--kennis` file), `DUO RIO` (the import),
    /// `meegeleverde gegevens` (the data folder's own file).
    public var label: String
    public var line: Int
    /// What kind of file: the user's, one given on the command line, or one of the data folder.
    public var kind: KnowledgeSource.Kind

    public init(file: String, label: String, line: Int, kind: KnowledgeSource.Kind = .given) {
        self.file = file
        self.label = label
        self.line = line
        self.kind = kind
    }

    /// `regio.csv:4`, as messages name a row.
    public var place: String { "\(Sanitized.path(file)):\(line)" }
}

/// One fact of a knowledge file: about what and whom, what it says, when it holds, where it is stated and when a
/// person last checked it.
public struct KnowledgeFact: Hashable, Sendable {
    public var subject: KnowledgeSubject
    /// An SWV VO code (`VO3003`) or a vestigingscode (`01IW00`), upper case.
    public var code: String
    public var scope: LeerwegScope
    public var value: KnowledgeValue
    public var period: FactPeriod
    /// The document and section, or how it was found out ("navraag bij het loket van het SWV, telefonisch").
    public var bron: String
    /// The date a person checked the fact against its source.
    public var gecontroleerd: Day
    public var origin: KnowledgeOrigin
    /// The row's `opmerking` column, when the file has one: what the source literally says, and what it leaves open.
    public var opmerking: String?

    public init(
        subject: KnowledgeSubject, code: String, scope: LeerwegScope = .all, value: KnowledgeValue, period: FactPeriod, bron: String,
        gecontroleerd: Day, origin: KnowledgeOrigin, opmerking: String? = nil
    ) {
        self.subject = subject
        self.code = code
        self.scope = scope
        self.value = value
        self.period = period
        self.bron = bron
        self.gecontroleerd = gecontroleerd
        self.origin = origin
        self.opmerking = opmerking
    }

    /// True when the fact comes with the data folder (its own file, the RIO import or the example data) rather than
    /// from the user or her region.
    public var isBundled: Bool { origin.kind.isDataFolder }

    /// True when the two facts can speak about the same thing: same subject and code, and (for licences) a leerweg in common.
    public func sharesSubject(with other: KnowledgeFact) -> Bool {
        subject == other.subject && code == other.code && scope.intersects(other.scope)
    }

    /// True when the two facts are about the same thing on some day and say something different.
    public func contradicts(_ other: KnowledgeFact) -> Bool {
        sharesSubject(with: other) && period.overlaps(other.period) && !value.says(same: other.value)
    }

    /// True when the fact was checked more than a year before `day` (the date it is used for).
    public func isOld(on day: Day) -> Bool {
        guard
            let yearLater = Day(
                year: gecontroleerd.year + 1, month: gecontroleerd.month,
                day: min(gecontroleerd.day, Day.daysIn(month: gecontroleerd.month, year: gecontroleerd.year + 1)))
        else { return false }
        return day > yearLater
    }

    /// How the advice names where a fact comes from: `uw kennisbestand: ondersteuningsplan 2024–2028 §3, gecontroleerd 7 december 2026`.
    public var provenance: String { "\(origin.label): \(bron), gecontroleerd \(gecontroleerd.dutch)" }

    /// The order of a file written from scratch: by code, subject, leerwegen and period.
    static func fileOrder(_ a: KnowledgeFact, _ b: KnowledgeFact) -> Bool {
        if a.code != b.code { return a.code < b.code }
        if a.subject != b.subject { return a.subject < b.subject }
        if a.scope != b.scope { return a.scope < b.scope }
        return a.period < b.period
    }
}

/// A fact the knowledge files give for one question on one day, typed, with the row it comes from and the facts of
/// other files that say something else that day (which the advice must mention, never silently drop).
public struct KnownFact<Value: Sendable & Hashable>: Sendable {
    public var value: Value
    public var fact: KnowledgeFact
    /// Facts from other rows or files for the same subject and day with another value; `fact` was preferred because
    /// it was checked more recently (or, checked on the same day, comes from a file named earlier).
    public var disagreeing: [KnowledgeFact]

    public init(value: Value, fact: KnowledgeFact, disagreeing: [KnowledgeFact] = []) {
        self.value = value
        self.fact = fact
        self.disagreeing = disagreeing
    }

    public var period: FactPeriod { fact.period }
    public var bron: String { fact.bron }
    public var gecontroleerd: Day { fact.gecontroleerd }
    public var origin: KnowledgeOrigin { fact.origin }
    public var provenance: String { fact.provenance }
    public func isOld(on day: Day) -> Bool { fact.isOld(on: day) }
}

/// What the knowledge files say about a licence for one leerweg.
public enum LicenceKnowledge: Hashable, Sendable {
    case held
    case notHeld
    /// A licence for some leerweg, not known which (DUO's RIO data without the niveau): no answer for one leerweg.
    case heldLeerwegUnknown
}
