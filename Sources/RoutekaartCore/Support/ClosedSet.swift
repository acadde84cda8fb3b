/// A string-valued enumeration whose invalid values get a Dutch message that lists the valid ones.
public protocol ClosedSet: RawRepresentable<String>, CaseIterable, Codable, Sendable {}

extension ClosedSet {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.notAValue(raw))
        }
        self = value
    }

    /// Why a text is none of the values, with the values there are.
    static func notAValue(_ raw: String) -> String {
        let valid = allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        return "\"\(Sanitized.short(raw))\" is geen geldige waarde; kies uit \(valid)"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
