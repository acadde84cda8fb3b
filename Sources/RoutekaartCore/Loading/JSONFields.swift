#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One JSON object of the data folder, read field by field into a value: each type of the content and the model reads
/// itself with it (`init(_ json: inout JSONFields)`), so the list of its fields is the file's schema as a reviewer reads it.
/// A missing member, a wrong type or a member nobody asked for is an `InputError` naming the file and the place
/// (`uitkomsten[3].stappen[1].wie`), in the words `StrictDecoder` uses. No `Codable` containers: the content is most of
/// what every start reads, and a container per value cost more than the reading.
struct JSONFields {
    let file: String
    /// Where the object is: `uitkomsten[3].stappen[1]`, made into text only when a message needs it.
    private let at: Place
    private let members: [(key: String, value: JSONValue)]
    /// Per member, in document order: whether a field asked for it, a bit each (content objects have a few members;
    /// beyond 64, in `askedBeyond`).
    private var asked: UInt64 = 0
    private var askedBeyond: [Bool]

    /// Where a value is in its file: the path of keys and list positions down to it. Text is made from it only for a
    /// message, so reading a correct file builds no place names.
    indirect enum Place {
        case top
        case member(Place, String)
        case element(Place, String, Int)

        /// `uitkomsten[3].stappen[1]`; nil at the top.
        var text: String? {
            switch self {
            case .top: return nil
            case .member(let parent, let key): return parent.text(of: key)
            case .element(let parent, let key, let index): return parent.text(of: key) + "[\(index)]"
            }
        }

        /// The place of a member: `stappen` under `uitkomsten[3]`.
        func text(of key: String) -> String { text.map { $0 + "." + Sanitized.short(key) } ?? Sanitized.short(key) }
    }

    private init(_ value: JSONValue, file: String, at: Place) throws(InputError) {
        guard case .object(let members) = value else {
            throw InputError(.data, file: file, place: at.text, Messages.expected(Messages.object))
        }
        self.file = file
        self.at = at
        self.members = members
        askedBeyond = members.count > 64 ? Array(repeating: false, count: members.count - 64) : []
    }

    /// A JSON file of the content, parsed and read by `make`; every member of every object must have been asked for.
    static func read<T>(_ data: some Collection<UInt8>, file: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> T {
        try object(try StrictDecoder.parse(data, file: file), file: file, at: .top, make)
    }

    /// A value read from an object, with the check that no member was left unread.
    private static func object<T>(
        _ value: JSONValue, file: String, at: Place, _ make: (inout JSONFields) throws(InputError) -> T
    ) throws(InputError) -> T {
        var fields = try JSONFields(value, file: file, at: at)
        let result = try make(&fields)
        try fields.finish()
        return result
    }

    // MARK: - Members

    /// The place of a member: `stappen` under `uitkomsten[3]`.
    private func place(of key: String) -> String { at.text(of: key) }

    /// The value of a member, marked as asked for; nil when it is absent or `null` (as `decodeIfPresent` has it).
    private mutating func member(_ key: String) -> JSONValue? {
        // Objects are small and read in document order: a look along the keys.
        for index in members.indices where members[index].key == key {
            if index < 64 { asked |= 1 << UInt64(index) } else { askedBeyond[index - 64] = true }
            if case .null = members[index].value { return nil }
            return members[index].value
        }
        return nil
    }

    /// The value of a member that must be there.
    private mutating func required(_ key: String, _ expected: String) throws(InputError) -> JSONValue {
        if let value = member(key) { return value }
        if members.contains(where: { $0.key == key }) {
            throw InputError(.data, file: file, place: place(of: key), Messages.null(expected))
        }
        throw InputError(.data, file: file, place: at.text, Messages.missing(key))
    }

    private func mismatch(_ key: String, _ expected: String) -> InputError {
        InputError(.data, file: file, place: place(of: key), Messages.expected(expected))
    }

    private func text(_ value: JSONValue, _ key: String) throws(InputError) -> String {
        guard case .string(let text) = value else { throw mismatch(key, Messages.text) }
        return text
    }

    private func texts(_ value: JSONValue, _ key: String) throws(InputError) -> [String] {
        guard case .array(let elements) = value else { throw mismatch(key, Messages.list) }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                if case .null = element { throw InputError(.data, file: file, place: place(of: key) + "[\(index)]", Messages.null(Messages.text)) }
                throw InputError(.data, file: file, place: place(of: key) + "[\(index)]", Messages.expected(Messages.text))
            }
            result.append(text)
        }
        return result
    }

    mutating func string(_ key: String) throws(InputError) -> String { try text(try required(key, Messages.text), key) }

    mutating func optionalString(_ key: String) throws(InputError) -> String? {
        guard let value = member(key) else { return nil }
        return try text(value, key)
    }

    mutating func optionalBool(_ key: String) throws(InputError) -> Bool? {
        guard let value = member(key) else { return nil }
        guard case .bool(let flag) = value else { throw mismatch(key, Messages.flag) }
        return flag
    }

    mutating func strings(_ key: String) throws(InputError) -> [String] { try texts(try required(key, Messages.list), key) }

    mutating func optionalStrings(_ key: String) throws(InputError) -> [String]? {
        guard let value = member(key) else { return nil }
        return try texts(value, key)
    }

    /// An object of texts (`{"ja": "n2", …}`), its keys in any order.
    mutating func stringMap(_ key: String) throws(InputError) -> [String: String] {
        guard case .object(let entries) = try required(key, Messages.object) else { throw mismatch(key, Messages.object) }
        var result: [String: String] = [:]
        result.reserveCapacity(entries.count)
        for entry in entries {
            guard case .string(let text) = entry.value else {
                throw InputError(.data, file: file, place: place(of: key) + "." + Sanitized.short(entry.key), Messages.expected(Messages.text))
            }
            result[entry.key] = text
        }
        return result
    }

    /// An object of lists of texts (`{"situatie": ["verhuizing"]}`).
    mutating func optionalListMap(_ key: String) throws(InputError) -> [String: [String]]? {
        guard let value = member(key) else { return nil }
        guard case .object(let entries) = value else { throw mismatch(key, Messages.object) }
        var result: [String: [String]] = [:]
        result.reserveCapacity(entries.count)
        for entry in entries {
            guard case .array = entry.value else {
                throw InputError(.data, file: file, place: place(of: key) + "." + Sanitized.short(entry.key), Messages.expected(Messages.list))
            }
            result[entry.key] = try texts(entry.value, key + "." + entry.key)
        }
        return result
    }

    /// A value of a closed set (`"wie": "school"`); another text names the values there are.
    mutating func choice<T: ClosedSet>(_ key: String, _ type: T.Type = T.self) throws(InputError) -> T {
        let raw = try string(key)
        guard let value = T(rawValue: raw) else { throw InputError(.data, file: file, place: place(of: key), T.notAValue(raw)) }
        return value
    }

    mutating func optionalDay(_ key: String) throws(InputError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        return try day(text, key)
    }

    mutating func day(_ key: String) throws(InputError) -> Day { try day(try string(key), key) }

    private func day(_ text: String, _ key: String) throws(InputError) -> Day {
        guard let day = Day(text) else { throw InputError(.data, file: file, place: place(of: key), Day.notADay(text)) }
        return day
    }

    mutating func bool(_ key: String) throws(InputError) -> Bool {
        guard case .bool(let flag) = try required(key, Messages.flag) else { throw mismatch(key, Messages.flag) }
        return flag
    }

    func number<T>(_ value: JSONValue, _ key: String, _ make: (String) -> T?) throws(InputError) -> T {
        guard case .number(let text) = value else { throw mismatch(key, Messages.number) }
        guard let number = make(text) else { throw InputError(.data, file: file, place: place(of: key), "\(text) past niet als getal") }
        return number
    }

    mutating func int(_ key: String) throws(InputError) -> Int { try number(try required(key, Messages.number), key) { Int($0) } }

    mutating func optionalDouble(_ key: String) throws(InputError) -> Double? {
        guard let value = member(key) else { return nil }
        return try number(value, key) { Double($0) }
    }

    /// A day in the year (`10-01`).
    mutating func optionalMonthDay(_ key: String) throws(InputError) -> MonthDay? {
        guard let text = try optionalString(key) else { return nil }
        guard let value = MonthDay(text) else { throw InputError(.data, file: file, place: place(of: key), MonthDay.notADay(text)) }
        return value
    }

    /// A list of values of a closed set (`["basis", "kader"]`).
    mutating func optionalChoices<T: ClosedSet>(_ key: String, _ type: T.Type = T.self) throws(InputError) -> [T]? {
        guard let texts = try optionalStrings(key) else { return nil }
        var result: [T] = []
        for (index, raw) in texts.enumerated() {
            guard let value = T(rawValue: raw) else {
                throw InputError(.data, file: file, place: place(of: key) + "[\(index)]", T.notAValue(raw))
            }
            result.append(value)
        }
        return result
    }

    /// A member that is an object, read by `make`.
    mutating func object<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> T {
        try Self.object(try required(key, Messages.object), file: file, at: .member(at, key), make)
    }

    mutating func optionalObject<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> T? {
        guard let value = member(key) else { return nil }
        return try Self.object(value, file: file, at: .member(at, key), make)
    }

    /// A member that is a list of objects, each read by `make`.
    mutating func objects<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T] {
        try list(try required(key, Messages.list), key, make)
    }

    mutating func optionalObjects<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T]? {
        guard let value = member(key) else { return nil }
        return try list(value, key, make)
    }

    private func list<T>(_ value: JSONValue, _ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T] {
        guard case .array(let elements) = value else { throw mismatch(key, Messages.list) }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if case .null = element { throw InputError(.data, file: file, place: Place.element(at, key, index).text, Messages.null(Messages.object)) }
            result.append(try Self.object(element, file: file, at: .element(at, key, index), make))
        }
        return result
    }

    /// Every member must have been asked for: an unknown key is a typo, or something (a pupil's name) riding along.
    func finish() throws(InputError) {
        let unread = members.indices.first { $0 < 64 ? asked & (1 << UInt64($0)) == 0 : !askedBeyond[$0 - 64] }
        guard let index = unread else { return }
        throw InputError(.data, file: file, place: at.text, "onbekende sleutel \"\(Sanitized.short(members[index].key))\"")
    }

    enum Messages {
        static let text = "een tekst tussen aanhalingstekens"
        static let list = "een lijst ([...])"
        static let object = "een object ({...})"
        static let flag = "true of false"
        static let number = "een getal"
        static func expected(_ what: String) -> String { "verwacht \(what)" }
        static func null(_ what: String) -> String { "mag niet leeg (null) zijn; verwacht \(what)" }
        static func missing(_ key: String) -> String { "de verplichte sleutel \"\(key)\" ontbreekt" }
    }
}
