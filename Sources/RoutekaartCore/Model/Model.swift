import Foundation

/// Everything the advisor knows about the world: SWVs with their dated
/// policy, schools, the postcode areas of the Regeling regio-indeling, and
/// the national regime's dated parameters.
public struct Model: Sendable {
    public var swvs: [SWV]
    public var schools: [School]
    public var parameters: [Parameter]
    /// PC4 → gemeente → SWV, sorted by PC4 (Regeling regio-indeling).
    public var regio: [RegioEntry]
    /// Where the regio-indeling comes from and the date of its text.
    public var regioOrigin: DataOrigin?
    /// Common names of places, folded, to the spelling the data uses (`den bosch` → `'s-Hertogenbosch`).
    public var aliases: [PlaceAlias]

    private var swvIndex: [String: Int]
    private var schoolIndex: [String: Int]
    private var parameterIndex: [String: Int]
    private var regioIndex: [String: Int]
    /// Search keys, built on the first search (not at start-up).
    let searchIndex = Lazy<SearchIndex>()

    public init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry] = [], regioOrigin: DataOrigin? = nil,
        aliases: [PlaceAlias] = []
    ) {
        self.swvs = swvs
        self.schools = schools
        self.parameters = parameters
        self.regio = regio
        self.regioOrigin = regioOrigin
        self.aliases = aliases
        swvIndex = Dictionary(swvs.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        schoolIndex = Dictionary(schools.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        parameterIndex = Dictionary(parameters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        regioIndex = Dictionary(regio.enumerated().map { ($1.pc4, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func swv(_ code: String) -> SWV? { swvIndex[code].map { swvs[$0] } }
    public func school(_ code: String) -> School? { schoolIndex[code].map { schools[$0] } }
    public func parameter(_ id: String) -> Parameter? { parameterIndex[id].map { parameters[$0] } }
    public func schools(of swv: String) -> [School] { schools.filter { $0.swv == swv } }
    /// The regio-indeling's row for a 4-digit postcode.
    public func regio(pc4: String) -> RegioEntry? { regioIndex[pc4].map { regio[$0] } }

    /// True when the model holds invented example SWVs or schools.
    public var hasExamples: Bool { swvs.contains(where: \.voorbeeld) || schools.contains(where: \.voorbeeld) }
}

/// One row of the Regeling regio-indeling: a 4-digit postcode, its gemeente (spelling of the
/// regeling) and its SWV VO; `swv` is nil for the port area Europoort, which belongs to no SWV.
public struct RegioEntry: Sendable, Equatable {
    public var pc4: String
    public var gemeente: String
    public var swv: String?

    public init(pc4: String, gemeente: String, swv: String?) {
        self.pc4 = pc4
        self.gemeente = gemeente
        self.swv = swv
    }

    /// The value the regeling has instead of an SWV code for the port area.
    public static let europoort = "Europoort"
}

/// A source id from the registry and the date of the data it gave.
public struct DataOrigin: Sendable, Equatable {
    public var bron: String
    public var datum: Day

    public init(bron: String, datum: Day) {
        self.bron = bron
        self.datum = datum
    }
}

/// Another name people use for a place: `den bosch` for `'s-Hertogenbosch` (as the data spells it).
public struct PlaceAlias: Codable, Sendable, Equatable {
    public var naam: String
    public var wordt: String

    public init(naam: String, wordt: String) {
        self.naam = naam
        self.wordt = wordt
    }
}

/// A value computed once, on first use, and shared by the copies of the struct that holds it.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func get(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
