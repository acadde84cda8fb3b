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
    /// Where the JSON text starts: after a UTF-8 byte order mark, which editors on Windows write.
    private var start = 0

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONSyntaxError) in try parse(buffer) }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer in Result { () throws(JSONSyntaxError) in try parse(buffer) } }.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: byteOrderMark) {
            parser.start = byteOrderMark.count
            parser.index = parser.start
        }
        parser.skipWhitespace()
        if parser.index == bytes.count { throw parser.error("het bestand is leeg") }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("er staat nog tekst na het einde van de JSON") }
        return value
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

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw error("de JSON is dieper genest dan \(Self.maximumDepth) niveaus")
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("de JSON houdt onverwacht op") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString(limit: Self.maximumStringLength))
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("hier verwacht ik een waarde (tekst tussen aanhalingstekens, getal, true, false, null, { of [)")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + utf8.count <= bytes.count, UnsafeBufferPointer(rebasing: bytes[index..<index + utf8.count]).elementsEqual(utf8) else {
            throw error("onbekend woord; bedoelt u \(word)?")
        }
        index += utf8.count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(8)
        // Duplicate keys: a look along the few keys of an object, a set once it has many (no quadratic time on hostile files).
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("hier verwacht ik een sleutel tussen aanhalingstekens")
            }
            let keyStart = index
            let key = try parseString(limit: Self.maximumKeyLength)
            if seen == nil && members.count >= Self.keysLookedAlong { seen = Set(members.map(\.key)) }
            let duplicate = seen.map { $0.contains(key) } ?? members.contains { $0.key == key }
            if duplicate {
                index = keyStart
                throw error("de sleutel \"\(key)\" staat twee keer in hetzelfde object")
            }
            seen?.insert(key)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("na de sleutel \"\(key)\" verwacht ik een dubbele punt")
            }
            index += 1
            members.append((key, try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw error("de JSON houdt onverwacht op; er ontbreekt een }") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            throw error("hier verwacht ik een komma of }")
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("de JSON houdt onverwacht op; er ontbreekt een ]") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
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
