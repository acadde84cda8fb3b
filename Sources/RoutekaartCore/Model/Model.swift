/// Everything the advisor knows about the world: SWVs with their dated
/// policy, schools, the postcode areas of the Regeling regio-indeling, and
/// the national regime's dated parameters. A plain value: read whole when the data is loaded.
public struct Model: Sendable {
    public let swvs: [SWV]
    public let schools: [School]
    public let parameters: [Parameter]
    /// PC4 → gemeente → SWV, sorted by PC4 (Regeling regio-indeling).
    public let regio: [RegioEntry]
    /// Where the regio-indeling comes from and the date of its text.
    public let regioOrigin: DataOrigin?
    /// Common names of places, folded, to the spelling the data uses (`den bosch` → `'s-Hertogenbosch`).
    public let aliases: [PlaceAlias]

    private let swvIndex: KeyIndex
    private let schoolIndex: KeyIndex
    private let parameterIndex: KeyIndex
    private let regioIndex: KeyIndex

    public init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry] = [], regioOrigin: DataOrigin? = nil,
        aliases: [PlaceAlias] = []
    ) {
        self.init(
            swvs: swvs, schools: schools, parameters: parameters, regio: regio, regioIndex: KeyIndex(count: regio.count) { regio[$0].pc4 },
            regioOrigin: regioOrigin, aliases: aliases)
    }

    /// A model whose regio-indeling is already indexed (by the loader, which needed the index first).
    init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry], regioIndex: KeyIndex, regioOrigin: DataOrigin?,
        aliases: [PlaceAlias]
    ) {
        self.swvs = swvs
        self.schools = schools
        self.parameters = parameters
        self.regio = regio
        self.regioOrigin = regioOrigin
        self.aliases = aliases
        self.regioIndex = regioIndex
        swvIndex = KeyIndex(count: swvs.count) { swvs[$0].code }
        schoolIndex = KeyIndex(count: schools.count) { schools[$0].code }
        parameterIndex = KeyIndex(count: parameters.count) { parameters[$0].id }
    }

    public func swv(_ code: String) -> SWV? { swvIndex.position(of: code).map { swvs[$0] } }
    public func school(_ code: String) -> School? { schoolIndex.position(of: code).map { schools[$0] } }
    public func parameter(_ id: String) -> Parameter? { parameterIndex.position(of: id).map { parameters[$0] } }
    public func schools(of swv: String) -> [School] { schools.filter { $0.swv == swv } }
    /// The regio-indeling's row for a 4-digit postcode.
    public func regio(pc4: String) -> RegioEntry? { regioIndex.position(of: pc4).map { regio[$0] } }
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
