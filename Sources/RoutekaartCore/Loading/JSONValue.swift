#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A parsed JSON document. Parsed by hand so that syntax errors, duplicate keys
/// and runaway nesting get a Dutch message with line and column, before
/// `JSONValueDecoder` decodes it.
public enum JSONValue: Equatable, Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    /// The value under `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }
}

/// A parsed JSON text as one list of nodes in document order: an object is its node, then per member a key node and
/// the member's value; an array is its node, then its elements. A container's node holds the index just past its last
/// descendant, so that a reader steps over a value at once. Texts are strings; a key stays bytes of the file when it
/// is plain ASCII (every key of the content is), compared with the key a reader asks for, never made into a string.
/// One list and one array of texts, instead of an array per object: parsing allocates little and freeing is quick.
final class JSONDocument: Sendable {
    enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null, key
    }

    struct Node: Sendable {
        var kind: Kind
        /// The index just past the node's last descendant (the next index for a node without any).
        var end: Int32
        /// An object's members or an array's elements: how many. A string or number: its index in `texts`. A key: the
        /// offset of its bytes in the file, or, for a key with escapes or other than ASCII, `-1 - i` with `i` its index
        /// in `texts`.
        var a: Int32
        /// A key in the file: its length in bytes.
        var b: Int32
    }

    let nodes: [Node]
    let texts: [String]
    /// The file's bytes, for the keys.
    let bytes: [UInt8]

    init(nodes: [Node], texts: [String], bytes: [UInt8]) {
        self.nodes = nodes
        self.texts = texts
        self.bytes = bytes
    }

    /// The text of a string or number node.
    func text(_ node: Int) -> String { texts[Int(nodes[node].a)] }

    /// The text of a key node.
    func key(_ node: Int) -> String { bytes.withUnsafeBufferPointer { Self.keyText(nodes[node], texts, $0) } }

    /// True when the key node is `key`: by bytes for a key in the file, as strings for another.
    func key(_ node: Int, is key: String) -> Bool {
        let found = nodes[node]
        guard found.a >= 0 else { return texts[Int(-1 - found.a)] == key }
        let count = Int(found.b)
        // Most keys that are not the one differ in length.
        guard count == key.utf8.count else { return false }
        let start = Int(found.a)
        let same = key.utf8.withContiguousStorageIfAvailable { wanted in
            wanted.count == count
                && bytes.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress, let other = wanted.baseAddress else { return count == 0 }
                    return memcmp(base + start, other, count) == 0
                }
        }
        return same ?? (self.key(node) == key)
    }

    static func keyText(_ node: Node, _ texts: [String], _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard node.a >= 0 else { return texts[Int(-1 - node.a)] }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.a)..<Int(node.a + node.b)]), as: UTF8.self)
    }

    /// Two keys of one object the same: by bytes when both are in the file (plain ASCII), else as strings.
    static func sameKey(_ x: Node, _ y: Node, _ texts: [String], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if x.a >= 0, y.a >= 0 {
            guard x.b == y.b, let base = bytes.baseAddress else { return x.b == y.b }
            return memcmp(base + Int(x.a), base + Int(y.a), Int(x.b)) == 0
        }
        return keyText(x, texts, bytes) == keyText(y, texts, bytes)
    }

    /// The children of a container node: for an object, its key nodes (the value follows each); for an array, its
    /// elements.
    func children(_ node: Int) -> Children { Children(document: self, node: node) }

    struct Children: Sequence {
        let document: JSONDocument
        let node: Int

        func makeIterator() -> Iterator {
            Iterator(nodes: document.nodes, following: node + 1, end: Int(document.nodes[node].end), object: document.nodes[node].kind == .object)
        }

        struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var following: Int
            let end: Int
            let object: Bool
            mutating func next() -> Int? {
                guard following < end else { return nil }
                let child = following
                // A member is its key and its value: the next member starts after the value.
                following = object ? Int(nodes[child + 1].end) : Int(nodes[child].end)
                return child
            }
        }
    }

    /// The value at a node as a tree (for `Codable` decoding of the files people write, and for tests).
    func value(at node: Int) -> JSONValue {
        switch nodes[node].kind {
        case .object: return .object(children(node).map { (key: key($0), value: value(at: $0 + 1)) })
        case .array: return .array(children(node).map { value(at: $0) })
        case .string: return .string(text(node))
        case .number: return .number(text(node))
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .null, .key: return .null
        }
    }
}

/// A syntax problem at a line and column (both from 1).
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var problem: String
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
public struct JSONParser {
    public static let maximumDepth = 64
    /// The longest text, in bytes: far above any help text, far below what makes hashing or comparing slow.
    public static let maximumStringLength = 100_000
    /// The longest key, in bytes: keys are ids and question names.
    public static let maximumKeyLength = 1_000
    /// Up to this many keys an object is searched along for a duplicate; beyond, with a set.
    static let keysLookedAlong = 16

    /// The bytes being parsed (valid only during `parse`).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The document as parsed so far.
    private var nodes: [JSONDocument.Node] = []
    private var texts: [String] = []
    /// Where the JSON text starts: after a UTF-8 byte order mark, which editors on Windows write.
    private var start = 0

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The parsed value of a JSON text (for `Codable` decoding and tests); made from the document.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        try document(Array(bytes)).value(at: 0)
    }

    /// The parsed document of a JSON text.
    static func document(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) -> JSONParser in
                var parser = JSONParser(bytes: buffer)
                try parser.parseDocument()
                return parser
            }
        }
        let parser = try parsed.get()
        return JSONDocument(nodes: parser.nodes, texts: parser.texts, bytes: bytes)
    }

    private mutating func parseDocument() throws(JSONSyntaxError) {
        if bytes.starts(with: Self.byteOrderMark) {
            start = Self.byteOrderMark.count
            index = start
        }
        skipWhitespace()
        if index == bytes.count { throw error("het bestand is leeg") }
        // A node per 16 bytes is about what content files have: sized once.
        nodes.reserveCapacity(bytes.count / 16 + 1)
        texts.reserveCapacity(bytes.count / 64 + 1)
        try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count { throw error("er staat nog tekst na het einde van de JSON") }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func error(_ problem: String) -> JSONSyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[min(start, index)..<min(index, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntaxError(line: line, column: column, problem: problem)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw error("de JSON is dieper genest dan \(Self.maximumDepth) niveaus")
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("de JSON houdt onverwacht op") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth)
        case UInt8(ascii: "["): try parseArray(depth: depth)
        case UInt8(ascii: "\""): leaf(.string, text: try parseString(limit: Self.maximumStringLength))
        case UInt8(ascii: "t"): try expectWord("true"); leaf(.true)
        case UInt8(ascii: "f"): try expectWord("false"); leaf(.false)
        case UInt8(ascii: "n"): try expectWord("null"); leaf(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): leaf(.number, text: try parseNumber())
        default: throw error("hier verwacht ik een waarde (tekst tussen aanhalingstekens, getal, true, false, null, { of [)")
        }
    }

    /// A node without descendants; a text or number kept in `texts`.
    private mutating func leaf(_ kind: JSONDocument.Kind, text: String? = nil) {
        var at: Int32 = 0
        if let text {
            at = Int32(texts.count)
            texts.append(text)
        }
        nodes.append(JSONDocument.Node(kind: kind, end: Int32(nodes.count + 1), a: at, b: 0))
    }

    /// Starts a container: its node, completed by `close` when its last descendant is in.
    private mutating func open(_ kind: JSONDocument.Kind) -> Int {
        nodes.append(JSONDocument.Node(kind: kind, end: 0, a: 0, b: 0))
        return nodes.count - 1
    }

    private mutating func close(_ container: Int, count: Int) {
        nodes[container].end = Int32(nodes.count)
        nodes[container].a = Int32(count)
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + utf8.count <= bytes.count, UnsafeBufferPointer(rebasing: bytes[index..<index + utf8.count]).elementsEqual(utf8) else {
            throw error("onbekend woord; bedoelt u \(word)?")
        }
        index += utf8.count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) {
        index += 1
        let object = open(.object)
        var count = 0
        // Duplicates: a look along the few keys of the object so far (each key node is followed by its value, complete
        // by then), a set once it has many (no quadratic time on hostile files).
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(object, count: 0)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("hier verwacht ik een sleutel tussen aanhalingstekens")
            }
            let keyStart = index
            let key = try parseKey()
            let keyNode = nodes.count
            nodes.append(key)
            if seen == nil && count >= Self.keysLookedAlong {
                seen = Set(keyNodes(object, before: keyNode).map { JSONDocument.keyText(nodes[$0], texts, bytes) })
            }
            let duplicate: Bool
            if seen != nil {
                duplicate = seen?.insert(JSONDocument.keyText(key, texts, bytes)).inserted == false
            } else {
                duplicate = isDuplicate(key, in: object, before: keyNode)
            }
            if duplicate {
                index = keyStart
                throw error("de sleutel \"\(JSONDocument.keyText(key, texts, bytes))\" staat twee keer in hetzelfde object")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("na de sleutel \"\(JSONDocument.keyText(key, texts, bytes))\" verwacht ik een dubbele punt")
            }
            index += 1
            try parseValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw error("de JSON houdt onverwacht op; er ontbreekt een }") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                close(object, count: count)
                return
            }
            throw error("hier verwacht ik een komma of }")
        }
    }

    /// The key nodes of an object being parsed, up to `limit` (each key's value is complete: the next key follows it).
    private func keyNodes(_ object: Int, before limit: Int) -> [Int] {
        var found: [Int] = []
        var node = object + 1
        while node < limit {
            found.append(node)
            node = Int(nodes[node + 1].end)
        }
        return found
    }

    /// True when an earlier key of the object being parsed is the same as `key`.
    private func isDuplicate(_ key: JSONDocument.Node, in object: Int, before limit: Int) -> Bool {
        var node = object + 1
        while node < limit {
            if JSONDocument.sameKey(nodes[node], key, texts, bytes) { return true }
            node = Int(nodes[node + 1].end)
        }
        return false
    }

    /// A key: its bytes in the file when it is ASCII without escapes (as every key of the content is), else its text.
    private mutating func parseKey() throws(JSONSyntaxError) -> JSONDocument.Node {
        let opening = index
        // Plain keys: up to the closing quote, printable ASCII only.
        var end = index + 1
        while end < bytes.count, end - opening - 1 <= Self.maximumKeyLength {
            let byte = bytes[end]
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { break }
            if byte == UInt8(ascii: "\"") {
                index = end + 1
                return JSONDocument.Node(kind: .key, end: Int32(nodes.count + 1), a: Int32(opening + 1), b: Int32(end - opening - 1))
            }
            end += 1
        }
        let text = try parseString(limit: Self.maximumKeyLength)
        texts.append(text)
        return JSONDocument.Node(kind: .key, end: Int32(nodes.count + 1), a: -Int32(texts.count), b: 0)
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) {
        index += 1
        let array = open(.array)
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(array, count: 0)
            return
        }
        while true {
            try parseValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw error("de JSON houdt onverwacht op; er ontbreekt een ]") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                close(array, count: count)
                return
            }
            throw error("hier verwacht ik een komma of ]")
        }
    }

    /// A string of at most `limit` bytes (UTF-8, after escapes); longer is refused before it is hashed or compared.
    private mutating func parseString(limit: Int) throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        // Fast path: no escapes before the closing quote; ASCII needs no validation. Eight bytes at a time while none
        // is a quote, a backslash or a control character (an accented letter of Dutch text is passed over, and noted:
        // such a text is validated as UTF-8 below); a word that may hold one is looked at byte by byte.
        var end = index
        var high: UInt8 = 0
        let count = bytes.count
        scan: while end < count {
            if let base = bytes.baseAddress {
                var words: UInt64 = 0
                while end + 8 <= count {
                    let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                    if Self.mayStop(word) { break }
                    words |= word
                    end += 8
                }
                if words & 0x8080_8080_8080_8080 != 0 { high = 0x80 }
            }
            let stop = min(end + 8, count)
            while end < stop {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break scan }
                // DEL and the C1 controls (U+0080–U+009F) act on a terminal like the C0 ones refused below.
                if byte == 0x7F || (byte == 0xC2 && end + 1 < count && (0x80...0x9F).contains(bytes[end + 1])) {
                    index = end
                    throw error(Messages.control(Unicode.Scalar(byte == 0x7F ? byte : bytes[end + 1])))
                }
                high |= byte
                end += 1
            }
        }
        if end - index > limit {
            index = start
            throw error(Messages.tooLong(limit))
        }
        if end < count, bytes[end] == UInt8(ascii: "\"") {
            let part = UnsafeBufferPointer(rebasing: bytes[index..<end])
            let text: String
            if high < 0x80 {
                text = String(decoding: part, as: UTF8.self)
            } else {
                guard let valid = String(validating: part, as: UTF8.self) else { throw error("de tekst bevat ongeldige UTF-8") }
                text = valid
            }
            index = end + 1
            return text
        }
        var scalars: [UInt8] = []
        while index < bytes.count {
            if scalars.count > limit {
                index = start
                throw error(Messages.tooLong(limit))
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: scalars, as: UTF8.self) else {
                    throw error("de tekst bevat ongeldige UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"):
                    index -= 2
                    throw error(Messages.control(Unicode.Scalar(escape == UInt8(ascii: "b") ? 0x08 : escape == UInt8(ascii: "f") ? 0x0C : 0x0D)))
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    let escapeStart = index - 2
                    var code = try parseHex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw error("ongeldig \\u-teken (losse surrogaat)") }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("ongeldig \\u-teken (losse surrogaat)") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        throw error("ongeldig \\u-teken (losse surrogaat)")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("ongeldig \\u-teken") }
                    if (code < 0x20 && code != 0x0A && code != 0x09) || (0x7F...0x9F).contains(code) {
                        index = escapeStart
                        throw error(Messages.control(scalar))
                    }
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error("onbekende escape \\\(Character(Unicode.Scalar(escape)))")
                }
            case 0x00..<0x20:
                throw error("een tekst mag geen stuurteken of regeleinde bevatten")
            case 0x7F:
                throw error(Messages.control(Unicode.Scalar(byte)))
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                throw error(Messages.control(Unicode.Scalar(bytes[index + 1])))
            default:
                scalars.append(byte)
                index += 1
            }
        }
        throw error("de tekst is niet afgesloten met een aanhalingsteken")
    }

    /// True when one of the eight bytes may be a quote, a backslash, below 0x20, DEL or 0xC2 (the lead byte of the C1
    /// controls), by the bit tricks of "Bit Twiddling Hacks": a byte that is zero after the XOR, or that borrows when
    /// 0x20 is subtracted. A byte above 0x7F has its high bit cleared by the `~word`, so only a byte above a true find
    /// can be a false one.
    private static func mayStop(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // One mask, no branch per kind: most words have none of them.
        func zeroBits(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        let found =
            zeroBits(word ^ (ones &* 0x22)) | zeroBits(word ^ (ones &* 0x5C)) | ((word &- ones &* 0x20) & ~word)
            | zeroBits(word ^ (ones &* 0x7F)) | zeroBits(word ^ (ones &* 0xC2))
        return found & highs != 0
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("onvolledig \\u-teken") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("ongeldig \\u-teken")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            var count = 0
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
                count += 1
            }
            return count
        }
        if digits(&self) == 0 { throw error("ongeldig getal") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error("ongeldig getal") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits(&self) == 0 { throw error("ongeldig getal") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
}

extension JSONParser {
    enum Messages {
        static func control(_ scalar: Unicode.Scalar) -> String {
            "een tekst mag geen stuurteken bevatten (\\u{\(String(scalar.value, radix: 16, uppercase: true))}): zo'n teken verandert wat een "
                + "terminal toont"
        }
        static func tooLong(_ limit: Int) -> String {
            "deze tekst is langer dan \(grouped(limit)) bytes; zo lang is geen sleutel of waarde van Routekaart"
        }
        /// `100000` as `100.000`.
        static func grouped(_ number: Int) -> String {
            var digits = Array(String(number))
            var index = digits.count - 3
            while index > 0 {
                digits.insert(".", at: index)
                index -= 3
            }
            return String(digits)
        }
    }
}
