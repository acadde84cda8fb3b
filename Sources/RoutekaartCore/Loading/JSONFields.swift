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
    private let document: JSONDocument
    /// The object's node in the document.
    private let object: Int
    /// The number of members.
    private let count: Int
    /// Per member, in document order: whether a field asked for it, a bit each (content objects have a few members;
    /// beyond 64, in `askedBeyond`).
    private var asked: UInt64 = 0
    private var askedBeyond: [Bool]
    /// Where the last member asked for was (its key node and position): fields are mostly asked for in the order of
    /// the file, so the look for the next starts after it.
    private var last: (node: Int, position: Int)?

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

    private init(_ document: JSONDocument, _ node: Int, file: String, at: Place) throws(InputError) {
        guard document.nodes[node].kind == .object else {
            throw InputError(.data, file: file, place: at.text, Messages.expected(Messages.object))
        }
        self.file = file
        self.at = at
        self.document = document
        object = node
        count = Int(document.nodes[node].a)
        askedBeyond = count > 64 ? Array(repeating: false, count: count - 64) : []
    }

    /// A JSON file of the content, parsed and read by `make`; every member of every object must have been asked for.
    static func read<T>(_ data: [UInt8], file: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> T {
        try object(try StrictDecoder.document(data, file: file), 0, file: file, at: .top, make)
    }

    /// A value read from an object, with the check that no member was left unread.
    private static func object<T>(
        _ document: JSONDocument, _ node: Int, file: String, at: Place, _ make: (inout JSONFields) throws(InputError) -> T
    ) throws(InputError) -> T {
        var fields = try JSONFields(document, node, file: file, at: at)
        let result = try make(&fields)
        try fields.finish()
        return result
    }

    // MARK: - Members

    /// The place of a member: `stappen` under `uitkomsten[3]`.
    private func place(of key: String) -> String { at.text(of: key) }

    /// The key node and position of a member, or nil: a look along the keys, from the one after the last found. A
    /// key of another length is passed over without a closer look (an absent optional field looks along them all).
    private func find(_ key: String) -> (node: Int, position: Int)? {
        guard count > 0 else { return nil }
        let length = Int32(truncatingIfNeeded: key.utf8.count)
        let object = object
        let count = count
        let last = last
        let document = document
        return document.nodes.withUnsafeBufferPointer { nodes -> (node: Int, position: Int)? in
            var node = last.map { Int(nodes[$0.node + 1].end) } ?? object + 1
            var position = last.map { $0.position + 1 } ?? 0
            for _ in 0..<count {
                if position == count {
                    node = object + 1
                    position = 0
                }
                let found = nodes[node]
                if (found.a < 0 || found.b == length) && document.key(node, is: key) { return (node, position) }
                node = Int(nodes[node + 1].end)
                position += 1
            }
            return nil
        }
    }

    /// The value node of a member, marked as asked for; nil when it is absent or `null` (as `decodeIfPresent` has it).
    private mutating func member(_ key: String) -> Int? {
        guard let found = find(key) else { return nil }
        last = found
        if found.position < 64 { asked |= 1 << UInt64(found.position) } else { askedBeyond[found.position - 64] = true }
        let value = found.node + 1
        return document.nodes[value].kind == .null ? nil : value
    }

    /// The value node of a member that must be there.
    private mutating func required(_ key: String, _ expected: String) throws(InputError) -> Int {
        if let value = member(key) { return value }
        if find(key) != nil {
            throw InputError(.data, file: file, place: place(of: key), Messages.null(expected))
        }
        throw InputError(.data, file: file, place: at.text, Messages.missing(key))
    }

    private func kind(_ node: Int) -> JSONDocument.Kind { document.nodes[node].kind }

    private func mismatch(_ key: String, _ expected: String) -> InputError {
        InputError(.data, file: file, place: place(of: key), Messages.expected(expected))
    }

    private func text(_ value: Int, _ key: String) throws(InputError) -> String {
        guard kind(value) == .string else { throw mismatch(key, Messages.text) }
        return document.text(value)
    }

    private func texts(_ value: Int, _ key: String) throws(InputError) -> [String] {
        guard kind(value) == .array else { throw mismatch(key, Messages.list) }
        var result: [String] = []
        result.reserveCapacity(Int(document.nodes[value].a))
        for (index, element) in document.children(value).enumerated() {
            guard kind(element) == .string else {
                if kind(element) == .null { throw InputError(.data, file: file, place: place(of: key) + "[\(index)]", Messages.null(Messages.text)) }
                throw InputError(.data, file: file, place: place(of: key) + "[\(index)]", Messages.expected(Messages.text))
            }
            result.append(document.text(element))
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
        return try flag(value, key)
    }

    mutating func strings(_ key: String) throws(InputError) -> [String] { try texts(try required(key, Messages.list), key) }

    mutating func optionalStrings(_ key: String) throws(InputError) -> [String]? {
        guard let value = member(key) else { return nil }
        return try texts(value, key)
    }

    /// An object of texts (`{"ja": "n2", …}`), its keys in any order.
    mutating func stringMap(_ key: String) throws(InputError) -> [String: String] {
        let value = try required(key, Messages.object)
        guard kind(value) == .object else { throw mismatch(key, Messages.object) }
        var result: [String: String] = [:]
        result.reserveCapacity(Int(document.nodes[value].a))
        for entry in document.children(value) {
            guard kind(entry + 1) == .string else {
                throw InputError(
                    .data, file: file, place: place(of: key) + "." + Sanitized.short(document.key(entry)), Messages.expected(Messages.text))
            }
            result[document.key(entry)] = document.text(entry + 1)
        }
        return result
    }

    /// An object of lists of texts (`{"situatie": ["verhuizing"]}`).
    mutating func optionalListMap(_ key: String) throws(InputError) -> [String: [String]]? {
        guard let value = member(key) else { return nil }
        guard kind(value) == .object else { throw mismatch(key, Messages.object) }
        var result: [String: [String]] = [:]
        result.reserveCapacity(Int(document.nodes[value].a))
        for entry in document.children(value) {
            let name = document.key(entry)
            guard kind(entry + 1) == .array else {
                throw InputError(.data, file: file, place: place(of: key) + "." + Sanitized.short(name), Messages.expected(Messages.list))
            }
            result[name] = try texts(entry + 1, key + "." + name)
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

    mutating func bool(_ key: String) throws(InputError) -> Bool { try flag(try required(key, Messages.flag), key) }

    private func flag(_ value: Int, _ key: String) throws(InputError) -> Bool {
        switch kind(value) {
        case .true: return true
        case .false: return false
        default: throw mismatch(key, Messages.flag)
        }
    }

    func number<T>(_ value: Int, _ key: String, _ make: (String) -> T?) throws(InputError) -> T {
        guard kind(value) == .number else { throw mismatch(key, Messages.number) }
        let text = document.text(value)
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
        try Self.object(document, try required(key, Messages.object), file: file, at: .member(at, key), make)
    }

    mutating func optionalObject<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> T? {
        guard let value = member(key) else { return nil }
        return try Self.object(document, value, file: file, at: .member(at, key), make)
    }

    /// A member that is a list of objects, each read by `make`.
    mutating func objects<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T] {
        try list(try required(key, Messages.list), key, make)
    }

    mutating func optionalObjects<T>(_ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T]? {
        guard let value = member(key) else { return nil }
        return try list(value, key, make)
    }

    private func list<T>(_ value: Int, _ key: String, _ make: (inout JSONFields) throws(InputError) -> T) throws(InputError) -> [T] {
        guard kind(value) == .array else { throw mismatch(key, Messages.list) }
        var result: [T] = []
        result.reserveCapacity(Int(document.nodes[value].a))
        for (index, element) in document.children(value).enumerated() {
            if kind(element) == .null {
                throw InputError(.data, file: file, place: Place.element(at, key, index).text, Messages.null(Messages.object))
            }
            result.append(try Self.object(document, element, file: file, at: .element(at, key, index), make))
        }
        return result
    }

    /// Every member must have been asked for: an unknown key is a typo, or something (a pupil's name) riding along.
    func finish() throws(InputError) {
        if count < 64, asked == (1 << UInt64(count)) - 1 { return }
        for (position, key) in document.children(object).enumerated()
        where position < 64 ? asked & (1 << UInt64(position)) == 0 : !askedBeyond[position - 64] {
            throw InputError(.data, file: file, place: at.text, "onbekende sleutel \"\(Sanitized.short(document.key(key)))\"")
        }
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
