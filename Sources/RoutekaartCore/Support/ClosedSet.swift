/// A string-valued enumeration whose invalid values get a Dutch message that lists the valid ones.
public protocol ClosedSet: RawRepresentable<String>, CaseIterable, Codable, Sendable {}

extension ClosedSet {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let valid = Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(Sanitized.short(raw))\" is geen geldige waarde; kies uit \(valid)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
