/// A vmbo leerweg; lwoo licences may cover some of them only
/// (KSE Etten-Leur: theoretische leerweg, `rsv-breda-2015` §1).
public enum Leerweg: String, ClosedSet {
    case basis, kader, gemengd, theoretisch
}

/// A dated lwoo licence of a school, for all leerwegen or the ones listed.
public struct Licence: Codable, Sendable, Equatable, DatedRange {
    public var vanaf: Day
    public var tot: Day?
    /// nil: all vmbo leerwegen of the school.
    public var leerwegen: [Leerweg]?
    public var bron: String
    public var laatstGecontroleerd: Day

    public init(vanaf: Day, tot: Day? = nil, leerwegen: [Leerweg]? = nil, bron: String, laatstGecontroleerd: Day) {
        self.vanaf = vanaf
        self.tot = tot
        self.leerwegen = leerwegen
        self.bron = bron
        self.laatstGecontroleerd = laatstGecontroleerd
    }

    public func covers(_ leerweg: Leerweg, on day: Day) -> Bool {
        contains(day) && (leerwegen?.contains(leerweg) ?? true)
    }
}

/// A school location (vestiging) in the model.
public struct School: Codable, Sendable, Equatable {
    /// BRIN plus vestiging, as `12AB00`.
    public var code: String
    public var naam: String
    public var plaats: String
    public var swv: String
    public var voorbeeld: Bool
    /// vmbo leerwegen offered; empty when the school has no vmbo.
    public var vmbo: [Leerweg]
    public var pro: Bool
    public var havoVwo: Bool
    public var licenties: [Licence]
    public var bron: String
    public var laatstGecontroleerd: Day
    public var opmerking: String?

    public init(
        code: String, naam: String, plaats: String, swv: String, voorbeeld: Bool, vmbo: [Leerweg], pro: Bool, havoVwo: Bool,
        licenties: [Licence], bron: String, laatstGecontroleerd: Day, opmerking: String? = nil
    ) {
        self.code = code
        self.naam = naam
        self.plaats = plaats
        self.swv = swv
        self.voorbeeld = voorbeeld
        self.vmbo = vmbo
        self.pro = pro
        self.havoVwo = havoVwo
        self.licenties = licenties
        self.bron = bron
        self.laatstGecontroleerd = laatstGecontroleerd
        self.opmerking = opmerking
    }

    public func hasLicence(for leerweg: Leerweg, on day: Day) -> Licence? {
        licenties.first { $0.covers(leerweg, on: day) }
    }
}

struct SchoolFile: Codable {
    var scholen: [School]
}
