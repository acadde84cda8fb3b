/// Decodes `Decodable` values straight from a parsed `JSONValue`, and
/// records which keys each object was asked for, so that keys nobody asked
/// for (typos, or a pupil's name riding along) are found in the same pass.
final class JSONValueDecoder {
    /// One decoded object: where it is, its keys in document order, and the keys decoding asked for.
    final class ObjectRecord {
        let path: CodingPathNode?
        /// The object's members as parsed (shared with the parsed tree, not copied).
        let members: [(key: String, value: JSONValue)]
        /// Per key, in document order: whether decoding asked for it, one bit per key for the first 64 (objects are
        /// small: a bit beats hashing), then a flag per key.
        var read: UInt64 = 0
        var readBeyond: [Bool]
        init(path: CodingPathNode?, members: [(key: String, value: JSONValue)]) {
            self.path = path
            self.members = members
            readBeyond = members.count > 64 ? Array(repeating: false, count: members.count - 64) : []
        }

        /// Up to this many members a key is looked for along the members; beyond, in `positions`.
        static let membersLookedAlong = 16
        /// The position of every key, made the first time a large object is asked for a key: a dictionary decoded
        /// key by key would otherwise look along all its members for each (quadratic in a hostile file's keys).
        var positions: [String: Int]?
        /// Where the last key asked for was: a dictionary asks for its keys in document order.
        var last = -1

        /// The value of a key, marked as asked for; nil when the object does not have it.
        func ask(_ key: String) -> JSONValue? {
            guard let index = position(of: key) else { return nil }
            if index < 64 { read |= 1 << UInt64(index) } else { readBeyond[index - 64] = true }
            return members[index].value
        }

        /// The position of a key among the members (keys are unique: the parser refuses a duplicate).
        func position(of key: String) -> Int? {
            if members.count <= Self.membersLookedAlong { return members.firstIndex { $0.key == key } }
            if last + 1 < members.count, members[last + 1].key == key {
                last += 1
                return last
            }
            if positions == nil {
                var table: [String: Int] = [:]
                table.reserveCapacity(members.count)
                for (index, member) in members.enumerated() { table[member.key] = index }
                positions = table
            }
            guard let found = positions?[key] else { return nil }
            last = found
            return found
        }

        /// The first key nobody asked for.
        var firstUnread: Int? {
            for index in members.indices where index < 64 ? read & (1 << UInt64(index)) == 0 : !readBeyond[index - 64] { return index }
            return nil
        }
    }

    private var records: [ObjectRecord] = []

    func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try T(from: ValueDecoder(value: value, path: nil, owner: self))
    }

    func record(_ members: [(key: String, value: JSONValue)], at path: CodingPathNode?) -> ObjectRecord {
        let record = ObjectRecord(path: path, members: members)
        records.append(record)
        return record
    }

    /// A text, a list of texts, or an object of texts or of lists of texts, taken straight from the parsed value:
    /// most of the content is made of these, and the generic way (a container per value, a dynamic cast per key
    /// of a dictionary) costs many times more. Nil for any other type, or a value of another shape (the generic
    /// way then gives the error with its place).
    static func plain<T>(_ value: JSONValue) -> T? {
        func texts(_ elements: [JSONValue]) -> [String]? {
            var result: [String] = []
            result.reserveCapacity(elements.count)
            for element in elements {
                guard case .string(let text) = element else { return nil }
                result.append(text)
            }
            return result
        }
        if T.self == String.self {
            guard case .string(let text) = value else { return nil }
            return unsafeBitCast(text, to: T.self)
        }
        if T.self == [String].self {
            guard case .array(let elements) = value, let list = texts(elements) else { return nil }
            return unsafeBitCast(list, to: T.self)
        }
        if T.self == [String: String].self {
            guard case .object(let members) = value else { return nil }
            var result: [String: String] = [:]
            result.reserveCapacity(members.count)
            for member in members {
                guard case .string(let text) = member.value else { return nil }
                result[member.key] = text
            }
            return unsafeBitCast(result, to: T.self)
        }
        if T.self == [String: [String]].self {
            guard case .object(let members) = value else { return nil }
            var result: [String: [String]] = [:]
            result.reserveCapacity(members.count)
            for member in members {
                guard case .array(let elements) = member.value, let list = texts(elements) else { return nil }
                result[member.key] = list
            }
            return unsafeBitCast(result, to: T.self)
        }
        return nil
    }

    /// The first key, in decoding order, that decoding never asked for.
    func firstUnread() -> (place: String, key: String)? {
        for record in records {
            if let index = record.firstUnread {
                return (StrictDecoder.place(of: CodingPathNode.keys(record.path)), record.members[index].key)
            }
        }
        return nil
    }
}

struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) {
        stringValue = "\(index)"
        intValue = index
    }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.init(intValue) }
}

/// A coding path as a chain from the leaf to the root: one small object per level, made as decoding descends, and
/// turned into the array `Decoder` speaks of only when someone asks (an error, or an unknown key).
final class CodingPathNode {
    let parent: CodingPathNode?
    let key: any CodingKey

    init(_ parent: CodingPathNode?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = node
        while let node = current {
            keys.append(node.key)
            current = node.parent
        }
        return keys.reversed()
    }
}

private struct ValueDecoder: Decoder {
    let value: JSONValue
    let path: CodingPathNode?
    let owner: JSONValueDecoder
    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: ""))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(path: path, record: owner.record(members, at: path), owner: owner))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: ""))
        }
        return UnkeyedContainer(elements: elements, path: path, owner: owner)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(value: value, path: path, owner: owner)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }
    /// Notes which keys decoding asks for.
    let record: JSONValueDecoder.ObjectRecord
    let owner: JSONValueDecoder

    var allKeys: [Key] { record.members.compactMap { Key(stringValue: $0.key) } }

    /// The path one key deeper.
    func appending(_ key: Key) -> CodingPathNode { CodingPathNode(path, key) }

    func member(_ key: Key) -> JSONValue? { record.ask(key.stringValue) }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    func child(_ key: Key) throws -> JSONValue {
        guard let value = member(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: ""))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        member(key).map { $0 == .null } ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = try child(key)
        if let plain: T = JSONValueDecoder.plain(value) { return plain }
        if value == .null {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: CodingPathNode.keys(appending(key)), debugDescription: ""))
        }
        return try T(from: ValueDecoder(value: value, path: appending(key), owner: owner))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = member(key), value != .null else { return nil }
        if let plain: T = JSONValueDecoder.plain(value) { return plain }
        return try T(from: ValueDecoder(value: value, path: appending(key), owner: owner))
    }

    // Texts and flags straight from the parsed value: most members are one of these, and a single-value
    // container for each costs more than the value.

    func mismatch<T>(_ type: T.Type, _ key: Key) -> DecodingError {
        .typeMismatch(type, .init(codingPath: CodingPathNode.keys(appending(key)), debugDescription: ""))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let value = try child(key)
        if case .string(let text) = value { return text }
        if value == .null { throw DecodingError.valueNotFound(type, .init(codingPath: CodingPathNode.keys(appending(key)), debugDescription: "")) }
        throw mismatch(type, key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = member(key), value != .null else { return nil }
        if case .string(let text) = value { return text }
        throw mismatch(type, key)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        let value = try child(key)
        if case .bool(let flag) = value { return flag }
        if value == .null { throw DecodingError.valueNotFound(type, .init(codingPath: CodingPathNode.keys(appending(key)), debugDescription: "")) }
        throw mismatch(type, key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let value = member(key), value != .null else { return nil }
        if case .bool(let flag) = value { return flag }
        throw mismatch(type, key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: child(key), path: appending(key), owner: owner).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(value: child(key), path: appending(key), owner: owner).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "niet ondersteund"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(value: try child(key), path: appending(key), owner: owner)
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: CodingPathNode?
    let owner: JSONValueDecoder
    var currentIndex = 0
    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }

    init(elements: [JSONValue], path: CodingPathNode?, owner: JSONValueDecoder) {
        self.elements = elements
        self.path = path
        self.owner = owner
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func next() throws -> (JSONValue, CodingPathNode) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: ""))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], CodingPathNode(path, IndexKey(currentIndex)))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: String.Type) throws -> String {
        if !isAtEnd, case .string(let text) = elements[currentIndex] {
            currentIndex += 1
            return text
        }
        let (value, path) = try next()
        if value == .null { throw DecodingError.valueNotFound(type, .init(codingPath: CodingPathNode.keys(path), debugDescription: "")) }
        throw DecodingError.typeMismatch(type, .init(codingPath: CodingPathNode.keys(path), debugDescription: ""))
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if !isAtEnd, let plain: T = JSONValueDecoder.plain(elements[currentIndex]) {
            currentIndex += 1
            return plain
        }
        let (value, path) = try next()
        if value == .null { throw DecodingError.valueNotFound(T.self, .init(codingPath: CodingPathNode.keys(path), debugDescription: "")) }
        return try T(from: ValueDecoder(value: value, path: path, owner: owner))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next()
        return try ValueDecoder(value: value, path: path, owner: owner).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try ValueDecoder(value: value, path: path, owner: owner).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next()
        return ValueDecoder(value: value, path: path, owner: owner)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let path: CodingPathNode?
    let owner: JSONValueDecoder
    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }

    func mismatch<T>(_ type: T.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: ""))
    }

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(type) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw mismatch(type) }
        return text
    }

    func number<T>(_ type: T.Type, _ make: (String) -> T?) throws -> T {
        guard case .number(let text) = value else { throw mismatch(type) }
        guard let number = make(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) past niet als getal"))
        }
        return number
    }

    func decode(_ type: Double.Type) throws -> Double { try number(type) { Double($0) } }
    func decode(_ type: Float.Type) throws -> Float { try number(type) { Float($0) } }
    func decode(_ type: Int.Type) throws -> Int { try number(type) { Int($0) } }
    func decode(_ type: Int8.Type) throws -> Int8 { try number(type) { Int8($0) } }
    func decode(_ type: Int16.Type) throws -> Int16 { try number(type) { Int16($0) } }
    func decode(_ type: Int32.Type) throws -> Int32 { try number(type) { Int32($0) } }
    func decode(_ type: Int64.Type) throws -> Int64 { try number(type) { Int64($0) } }
    func decode(_ type: UInt.Type) throws -> UInt { try number(type) { UInt($0) } }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try number(type) { UInt8($0) } }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try number(type) { UInt16($0) } }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try number(type) { UInt32($0) } }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try number(type) { UInt64($0) } }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: ValueDecoder(value: value, path: path, owner: owner))
    }
}
