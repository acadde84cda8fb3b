/// What the validator of a knowledge file needs to know of the model, as plain values: which SWV codes and which
/// vestigingen exist, and what a vestiging offers. Made from a `Model` (one lookup per code, so a knowledge file
/// of ten rows does not make the advisor read the whole country) or from lists (tests, the RIO import).
public struct KnowledgeReference: Sendable {
    public struct SWVEntry: Sendable, Equatable {
        public var code: String
        /// The name a source gives; nil when none does.
        public var naam: String?
        public var gemeenten: [String]
        /// The name listings use, when it is given rather than made as the model makes it.
        var givenDisplayName: String?

        public init(code: String, displayName: String? = nil, naam: String? = nil, gemeenten: [String] = []) {
            self.code = code
            givenDisplayName = displayName
            self.naam = naam
            self.gemeenten = gemeenten
        }

        /// `RSV Breda eo (VO3003)` or `SWV VO3003 (Breda, Oosterhout, …)`: made when a message needs it, not at every
        /// row that names the SWV.
        public var displayName: String { givenDisplayName ?? SWV.displayName(code: code, naam: naam, gemeenten: gemeenten) }
    }

    public struct SchoolEntry: Sendable, Equatable {
        public var code: String
        public var naam: String
        public var plaats: String
        public var gemeente: String
        public var swv: String
        /// Whether the vestiging offers vmbo; nil: unknown (a brugjaar location).
        public var vmbo: Bool?

        public init(code: String, naam: String, plaats: String, gemeente: String? = nil, swv: String, vmbo: Bool?) {
            self.code = code
            self.naam = naam
            self.plaats = plaats
            self.gemeente = gemeente ?? plaats
            self.swv = swv
            self.vmbo = vmbo
        }

        /// `Dongemond College (Raamsdonksveer)`.
        public var displayName: String { "\(naam) (\(plaats))" }
    }

    private let swvLookup: @Sendable (String) -> SWVEntry?
    private let schoolLookup: @Sendable (String) -> SchoolEntry?
    private let exampleLookup: @Sendable (String) -> Bool

    public init(swvs: [SWVEntry], schools: [SchoolEntry], examples: Set<String> = []) {
        let swvIndex = Dictionary(swvs.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let schoolIndex = Dictionary(schools.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        swvLookup = { swvIndex[$0] }
        schoolLookup = { schoolIndex[$0] }
        exampleLookup = { examples.contains($0) }
    }

    /// The model's SWVs and vestigingen; the invented example ones only with `examples` (a row about an example code
    /// without them is kept but not used, see `isExample`).
    public init(model: Model, examples: Bool = false) {
        swvLookup = { code in
            guard let swv = model.swv(code), examples || !swv.voorbeeld else { return nil }
            return SWVEntry(code: swv.code, naam: swv.naam, gemeenten: swv.gemeenten)
        }
        schoolLookup = { code in
            guard let school = model.school(code), examples || !school.voorbeeld else { return nil }
            return SchoolEntry(
                code: school.code, naam: school.naam, plaats: school.plaats, gemeente: school.gemeente, swv: school.swv, vmbo: school.vmbo)
        }
        exampleLookup = { code in
            guard !examples else { return false }
            if model.exampleCodes.contains(code) { return true }
            return model.swv(code)?.voorbeeld == true || model.school(code)?.voorbeeld == true
        }
    }

    public func swv(_ code: String) -> SWVEntry? { swvLookup(code) }
    public func school(_ code: String) -> SchoolEntry? { schoolLookup(code) }
    /// True for the code of an invented example SWV or school while the example data is not read: a row about it is
    /// kept, but not used and no error (a file kept while practising with `--voorbeeld`).
    public func isExample(_ code: String) -> Bool { exampleLookup(code) }

    /// `RSV Breda eo (VO3003)` or `Dongemond College (Raamsdonksveer), 01IW00`: how listings name a code.
    public func displayName(of code: String) -> String {
        if let swv = swv(code) { return swv.displayName }
        if let school = school(code) { return "\(school.displayName), \(school.code)" }
        return code
    }
}
