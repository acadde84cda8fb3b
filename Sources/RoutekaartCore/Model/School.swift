/// A vmbo leerweg; lwoo licences may cover some of them only
/// (KSE Etten-Leur: theoretische leerweg, `rsv-breda-2015` §1).
public enum Leerweg: String, ClosedSet {
    case basis, kader, gemengd, theoretisch
}

/// A school location (vestiging) in the model: from DUO's file of vo vestigingen, or invented example data.
public struct School: Encodable, Sendable, Equatable {
    /// BRIN plus vestigingsnummer, as `01IW00` (DUO's VESTIGINGSCODE).
    public var code: String
    public var naam: String
    public var plaats: String
    public var gemeente: String
    /// The 4 digits of the vestiging's postcode (no letters: a PC4 is no personal data). nil for example data.
    public var pc4: String?
    public var swv: String
    public var voorbeeld: Bool
    /// Whether the school offers pro, vmbo, havo/vwo; nil: unknown (DUO lists the vestiging as a brugjaar location only).
    public var pro: Bool?
    public var vmbo: Bool?
    /// The vmbo leerwegen the school examines; nil: unknown (vmbo without exam data), or no vmbo.
    public var leerwegen: [Leerweg]?
    public var havoVwo: Bool?
    /// DUO's official name contains the word "lwoo": evidence of a licence, not proof. (A licence itself is knowledge:
    /// `KnowledgeBase.licence(of:for:on:)`.)
    public var lwooInNaam: Bool
    public var bron: String
    /// The date of the data the record comes from (DUO's file); nil for hand-entered records.
    public var gegevensDatum: Day?
    /// Where the leerwegen come from (DUO's exam data), when they differ from `bron`.
    public var leerwegenBron: String?
    /// When a person last checked the record against its source; nil: never.
    public var laatstGecontroleerd: Day?
    public var opmerking: String?

    public init(
        code: String, naam: String, plaats: String, gemeente: String, pc4: String? = nil, swv: String, voorbeeld: Bool,
        pro: Bool?, vmbo: Bool?, leerwegen: [Leerweg]?, havoVwo: Bool?, lwooInNaam: Bool = false,
        bron: String, gegevensDatum: Day? = nil, leerwegenBron: String? = nil, laatstGecontroleerd: Day? = nil, opmerking: String? = nil
    ) {
        self.code = code
        self.naam = naam
        self.plaats = plaats
        self.gemeente = gemeente
        self.pc4 = pc4
        self.swv = swv
        self.voorbeeld = voorbeeld
        self.pro = pro
        self.vmbo = vmbo
        self.leerwegen = leerwegen
        self.havoVwo = havoVwo
        self.lwooInNaam = lwooInNaam
        self.bron = bron
        self.gegevensDatum = gegevensDatum
        self.leerwegenBron = leerwegenBron
        self.laatstGecontroleerd = laatstGecontroleerd
        self.opmerking = opmerking
    }

    /// The BRIN (DUO's INSTELLINGSCODE): the first four characters of the code (a code is ASCII: taken by its bytes).
    public var brin: String { String(decoding: code.utf8.prefix(4), as: UTF8.self) }
}

struct SchoolFile {
    var scholen: [School]
}

extension School {
    enum CodingKeys: String, CodingKey {
        case code, naam, plaats, gemeente, pc4, swv, voorbeeld, pro, vmbo, leerwegen, havoVwo, lwooInNaam, bron
        case gegevensDatum, leerwegenBron, laatstGecontroleerd, opmerking
    }
}

// MARK: - Read from `voorbeeld/scholen.json` (`JSONFields`)

extension School {
    /// In an example file `gemeente` may be left out (the plaats) and `lwooInNaam` too (false);
    /// `pro`, `vmbo` and `havoVwo` are required there, so that an example school says what it offers.
    init(_ json: inout JSONFields) throws(InputError) {
        code = try json.string("code")
        naam = try json.string("naam")
        plaats = try json.string("plaats")
        gemeente = try json.optionalString("gemeente") ?? plaats
        pc4 = try json.optionalString("pc4")
        swv = try json.string("swv")
        voorbeeld = try json.optionalBool("voorbeeld") ?? false
        pro = try json.bool("pro")
        vmbo = try json.bool("vmbo")
        leerwegen = try json.optionalChoices("leerwegen")
        havoVwo = try json.bool("havoVwo")
        lwooInNaam = try json.optionalBool("lwooInNaam") ?? false
        bron = try json.string("bron")
        gegevensDatum = try json.optionalDay("gegevensDatum")
        leerwegenBron = try json.optionalString("leerwegenBron")
        laatstGecontroleerd = try json.optionalDay("laatstGecontroleerd")
        opmerking = try json.optionalString("opmerking")
    }
}

extension SchoolFile {
    init(_ json: inout JSONFields) throws(InputError) { scholen = try json.objects("scholen", School.init) }
}
