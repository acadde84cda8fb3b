/// Everything the advisor knows about the world: SWVs, schools, the postcode areas of the Regeling regio-indeling,
/// the national regime's dated parameters, and every sourced fact beyond DUO's base files (names, policies, licences,
/// contacts: `knowledge`, whatever file it comes from). A plain value: read whole when the data is loaded.
public struct Model: Sendable {
    /// The records with their indexes, shared by every copy: the engine copies the model into many small values,
    /// and a copy is then one reference, not fourteen.
    private let records: Records
    /// The knowledge, apart from the records: adding the user's files makes a new one and shares the records.
    private let known: Known

    /// The SWVs, each with its present name from the knowledge.
    public var swvs: [SWV] { records.swvs.map(named) }
    public var schools: [School] { records.schools }
    public var parameters: [Parameter] { records.parameters }
    /// PC4 → gemeente → SWV, sorted by PC4 (Regeling regio-indeling).
    public var regio: [RegioEntry] { records.regio }
    /// Where the regio-indeling comes from and the date of its text.
    public var regioOrigin: DataOrigin? { records.regioOrigin }
    /// Common names of places, folded, to the spelling the data uses (`den bosch` → `'s-Hertogenbosch`).
    public var aliases: [PlaceAlias] { records.aliases }
    /// Every sourced fact about SWVs and vestigingen: the user's files, then the data folder's.
    public var knowledge: KnowledgeBase { known.base }
    /// The codes of the invented example SWVs and schools of the data folder when they were not read: a user's row
    /// about one is kept but not used.
    public var exampleCodes: Set<String> { records.exampleCodes }

    /// The knowledge and the name it gives each SWV.
    private final class Known: Sendable {
        let base: KnowledgeBase
        let names: [String: KnowledgeFact]

        init(_ base: KnowledgeBase, names: [String: KnowledgeFact]) {
            self.base = base
            self.names = names
        }

        init(_ base: KnowledgeBase) {
            self.base = base
            var names: [String: KnowledgeFact] = [:]
            for fact in base.facts where fact.subject == .naam && names[fact.code] == nil {
                names[fact.code] = base.currentName(of: fact.code)
            }
            self.names = names
        }
    }

    private final class Records: Sendable {
        let swvs: [SWV]
        let schools: [School]
        let parameters: [Parameter]
        let regio: [RegioEntry]
        let regioOrigin: DataOrigin?
        let aliases: [PlaceAlias]
        let exampleCodes: Set<String>
        let swvIndex: KeyIndex
        let schoolIndex: KeyIndex
        let parameterIndex: KeyIndex
        let regioIndex: PostcodeIndex

        init(
            swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry], regioIndex: PostcodeIndex, regioOrigin: DataOrigin?,
            aliases: [PlaceAlias], exampleCodes: Set<String>
        ) {
            self.exampleCodes = exampleCodes
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
    }

    public init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry] = [], regioOrigin: DataOrigin? = nil,
        aliases: [PlaceAlias] = [], knowledge: KnowledgeBase = .empty, exampleCodes: Set<String> = []
    ) {
        self.init(
            swvs: swvs, schools: schools, parameters: parameters, regio: regio, regioIndex: PostcodeIndex(count: regio.count) { regio[$0].pc4 },
            regioOrigin: regioOrigin, aliases: aliases, knowledge: knowledge, exampleCodes: exampleCodes)
    }

    /// A model whose regio-indeling is already indexed (by the loader, which needed the index first).
    init(
        swvs: [SWV], schools: [School], parameters: [Parameter], regio: [RegioEntry], regioIndex: PostcodeIndex, regioOrigin: DataOrigin?,
        aliases: [PlaceAlias], knowledge: KnowledgeBase = .empty, exampleCodes: Set<String> = []
    ) {
        records = Records(
            swvs: swvs, schools: schools, parameters: parameters, regio: regio, regioIndex: regioIndex, regioOrigin: regioOrigin,
            aliases: aliases, exampleCodes: exampleCodes)
        known = Known(knowledge)
    }

    private init(records: Records, known: Known) {
        self.records = records
        self.known = known
    }

    private init(records: Records, knowledge: KnowledgeBase) {
        self.records = records
        known = Known(knowledge)
    }

    /// The same model with other knowledge (the records are shared, not copied).
    public func with(knowledge: KnowledgeBase) -> Model { Model(records: records, knowledge: knowledge) }

    /// The same model with the user's knowledge files before the data folder's.
    public func adding(knowledge tables: [KnowledgeTable]) -> Model {
        if tables.isEmpty { return self }
        // Files without a fact name nobody: the names found already hold.
        if tables.allSatisfy(\.facts.isEmpty) { return Model(records: records, known: Known(knowledge.adding(tables), names: known.names)) }
        return with(knowledge: knowledge.adding(tables))
    }

    /// The SWV with the name its knowledge gives it.
    private func named(_ swv: SWV) -> SWV {
        guard let fact = known.names[swv.code], case .name(let text) = fact.value else { return swv }
        var copy = swv
        copy.naam = text
        copy.naamFact = fact
        return copy
    }

    public func swv(_ code: String) -> SWV? { records.swvIndex.position(of: code).map { named(records.swvs[$0]) } }
    public func school(_ code: String) -> School? { records.schoolIndex.position(of: code).map { records.schools[$0] } }
    public func parameter(_ id: String) -> Parameter? { records.parameterIndex.position(of: id).map { records.parameters[$0] } }
    public func schools(of swv: String) -> [School] { records.schools.filter { $0.swv == swv } }
    /// The regio-indeling's row for a 4-digit postcode.
    public func regio(pc4: String) -> RegioEntry? { records.regioIndex.position(of: pc4).map { records.regio[$0] } }
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

// MARK: - Read from `model/aliassen.json` (`JSONFields`)

extension PlaceAlias {
    init(_ json: inout JSONFields) throws(InputError) {
        naam = try json.string("naam")
        wordt = try json.string("wordt")
    }
}
