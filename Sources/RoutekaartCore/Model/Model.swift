#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything the advisor knows about the world: SWVs with their dated
/// policy, schools, the postcode areas of the Regeling regio-indeling, and
/// the national regime's dated parameters.
public struct Model: Sendable {
    /// The records and their indexes: built at once, or, for a data folder proven by its check stamp,
    /// on first use, so that starting the advisor does not read every vestiging of the country.
    private let storage: LazyValue<ModelRecords>
    /// For a proven data folder: one school, SWV or postcode read from the files' bytes while the whole
    /// model is not yet needed (`ModelLookup`).
    private let lookup: ModelLookup?

    public var swvs: [SWV] { storage.value.swvs }
    public var schools: [School] { storage.value.schools }
    public var parameters: [Parameter] { storage.value.parameters }
    /// PC4 → gemeente → SWV, sorted by PC4 (Regeling regio-indeling).
    public var regio: [RegioEntry] { storage.value.regio }
    /// Where the regio-indeling comes from and the date of its text.
    public var regioOrigin: DataOrigin? {
        if let pointLookup { return pointLookup.regioOrigin }
        return storage.value.regioOrigin
    }
    /// Common names of places, folded, to the spelling the data uses (`den bosch` → `'s-Hertogenbosch`).
    public var aliases: [PlaceAlias] { storage.value.aliases }
    /// Search keys, built on the first search (not at start-up).
    var searchIndex: Lazy<SearchIndex> { storage.value.searchIndex }

    public init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry] = [], regioOrigin: DataOrigin? = nil,
        aliases: [PlaceAlias] = []
    ) {
        let records = ModelRecords(
            swvs: swvs, schools: schools, parameters: parameters, regio: regio, regioOrigin: regioOrigin, aliases: aliases)
        storage = LazyValue(ready: records)
        lookup = nil
    }

    /// A model put together on first use by `make`; until then `lookup` answers about single records.
    init(lookup: ModelLookup, lazy make: @escaping @Sendable () -> Model) {
        storage = LazyValue { make().storage.value }
        self.lookup = lookup
    }

    /// True once every record of the model has been read and put together.
    public var isWhole: Bool { storage.isMade }

    /// The lookup, while the whole model has not been put together (after that, the indexes answer).
    var pointLookup: ModelLookup? {
        guard let lookup else { return nil }
        return storage.isMade ? nil : lookup
    }

    public func swv(_ code: String) -> SWV? {
        if let pointLookup { return pointLookup.swv(code) }
        return storage.value.swvIndex[code].map { swvs[$0] }
    }
    public func school(_ code: String) -> School? {
        if let pointLookup { return pointLookup.school(code) }
        return storage.value.schoolIndex[code].map { schools[$0] }
    }
    public func parameter(_ id: String) -> Parameter? {
        if let pointLookup { return pointLookup.parameters.first { $0.id == id } }
        return storage.value.parameterIndex[id].map { parameters[$0] }
    }
    public func schools(of swv: String) -> [School] { schools.filter { $0.swv == swv } }
    /// The regio-indeling's row for a 4-digit postcode.
    public func regio(pc4: String) -> RegioEntry? {
        if let pointLookup { return pointLookup.regio(pc4: pc4) }
        return storage.value.regioIndex[pc4].map { regio[$0] }
    }

    /// True when the model holds invented example SWVs or schools.
    public var hasExamples: Bool { swvs.contains(where: \.voorbeeld) || schools.contains(where: \.voorbeeld) }
}

/// The records of a model with their indexes.
struct ModelRecords: Sendable {
    var swvs: [SWV]
    var schools: [School]
    var parameters: [Parameter]
    var regio: [RegioEntry]
    var regioOrigin: DataOrigin?
    var aliases: [PlaceAlias]
    var swvIndex: [String: Int]
    var schoolIndex: [String: Int]
    var parameterIndex: [String: Int]
    var regioIndex: [String: Int]
    let searchIndex = Lazy<SearchIndex>()

    init(swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry], regioOrigin: DataOrigin?, aliases: [PlaceAlias]) {
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
    private let lock = Lock()
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

/// A value made at once, or by a closure on first use; shared by every copy of the struct that holds it.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case made(Value)
        case pending(@Sendable () -> Value)
    }
    private let lock = Lock()
    private var state: State

    init(ready value: Value) { state = .made(value) }
    init(_ make: @escaping @Sendable () -> Value) { state = .pending(make) }

    /// True once the value exists.
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        if case .made = state { return true }
        return false
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .made(let value):
            return value
        case .pending(let make):
            let value = make()
            state = .made(value)
            return value
        }
    }
}
