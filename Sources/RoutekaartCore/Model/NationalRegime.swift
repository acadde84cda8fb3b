/// One value of a national parameter, valid from `vanaf` up to and including `tot`,
/// with its source: a change of law is a new value here, not new code (e.g. the criteria of UB WVO 2020 art. 2.46).
public struct ParameterValue: Codable, Sendable, Equatable, DatedRange {
    public var vanaf: Day
    public var tot: Day?
    public var waarde: ParameterContent
    public var bron: String
    public var laatstGecontroleerd: Day

    public init(vanaf: Day, tot: Day? = nil, waarde: ParameterContent, bron: String, laatstGecontroleerd: Day) {
        self.vanaf = vanaf
        self.tot = tot
        self.waarde = waarde
        self.bron = bron
        self.laatstGecontroleerd = laatstGecontroleerd
    }
}

/// A parameter's value: a recurring date (`10-01`), a number range, or a number.
public struct ParameterContent: Codable, Sendable, Equatable {
    public var datum: MonthDay?
    public var van: Double?
    public var tot: Double?
    public var getal: Double?

    public init(datum: MonthDay? = nil, van: Double? = nil, tot: Double? = nil, getal: Double? = nil) {
        self.datum = datum
        self.van = van
        self.tot = tot
        self.getal = getal
    }
}

/// A named national parameter with its dated values.
public struct Parameter: Codable, Sendable, Equatable {
    public var id: String
    public var omschrijving: String
    public var waarden: [ParameterValue]

    public init(id: String, omschrijving: String, waarden: [ParameterValue]) {
        self.id = id
        self.omschrijving = omschrijving
        self.waarden = waarden
    }

    public func value(on day: Day) -> ParameterValue? { waarden.first { $0.contains(day) } }
}

struct NationalFile {
    var parameters: [Parameter]
}

// MARK: - Read from `landelijk.json` (`JSONFields`)

extension ParameterValue {
    init(_ json: inout JSONFields) throws(InputError) {
        vanaf = try json.day("vanaf")
        tot = try json.optionalDay("tot")
        waarde = try json.object("waarde", ParameterContent.init)
        bron = try json.string("bron")
        laatstGecontroleerd = try json.day("laatstGecontroleerd")
    }
}

extension ParameterContent {
    init(_ json: inout JSONFields) throws(InputError) {
        datum = try json.optionalMonthDay("datum")
        van = try json.optionalDouble("van")
        tot = try json.optionalDouble("tot")
        getal = try json.optionalDouble("getal")
    }
}

extension Parameter {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        omschrijving = try json.string("omschrijving")
        waarden = try json.objects("waarden", ParameterValue.init)
    }
}

extension NationalFile {
    init(_ json: inout JSONFields) throws(InputError) { parameters = try json.objects("parameters", Parameter.init) }
}
