#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The byte ranges of the parts of a JSON document, found without building them: a proven file can then
/// be decoded one part at a time (`OutcomeLookup`). It trusts the bytes to be valid JSON (the check stamp
/// proves they are) and gives nil where they are not what it expects.
struct JSONSkim {
    let bytes: [UInt8]

    /// The members of the object at `start`: each key with the range of its value; with `until`, the
    /// members up to and including the first with that key.
    func members(at start: Int, until wanted: String? = nil) -> [(key: String, value: Range<Int>)]? {
        bytes.withUnsafeBufferPointer { buffer -> [(key: String, value: Range<Int>)]? in
            let scan = Scan(buffer: buffer)
            var index = scan.skipSpace(start)
            guard index < buffer.count, buffer[index] == UInt8(ascii: "{") else { return nil }
            index = scan.skipSpace(index + 1)
            var found: [(key: String, value: Range<Int>)] = []
            if index < buffer.count, buffer[index] == UInt8(ascii: "}") { return found }
            while index < buffer.count {
                guard buffer[index] == UInt8(ascii: "\""), let keyEnd = scan.skipString(index), let key = string(index..<keyEnd) else { return nil }
                index = scan.skipSpace(keyEnd)
                guard index < buffer.count, buffer[index] == UInt8(ascii: ":") else { return nil }
                let valueStart = scan.skipSpace(index + 1)
                guard let valueEnd = scan.skipValue(valueStart) else { return nil }
                found.append((key, valueStart..<valueEnd))
                if key == wanted { return found }
                index = scan.skipSpace(valueEnd)
                guard index < buffer.count else { return nil }
                if buffer[index] == UInt8(ascii: "}") { return found }
                guard buffer[index] == UInt8(ascii: ",") else { return nil }
                index = scan.skipSpace(index + 1)
            }
            return nil
        }
    }

    /// The ranges of the elements of the array in `range`.
    func elements(of range: Range<Int>) -> [Range<Int>]? {
        bytes.withUnsafeBufferPointer { buffer -> [Range<Int>]? in
            let scan = Scan(buffer: buffer)
            var index = scan.skipSpace(range.lowerBound)
            guard index < buffer.count, buffer[index] == UInt8(ascii: "[") else { return nil }
            index = scan.skipSpace(index + 1)
            var found: [Range<Int>] = []
            if index < buffer.count, buffer[index] == UInt8(ascii: "]") { return found }
            while index < buffer.count {
                guard let end = scan.skipValue(index) else { return nil }
                found.append(index..<end)
                index = scan.skipSpace(end)
                guard index < buffer.count else { return nil }
                if buffer[index] == UInt8(ascii: "]") { return found }
                guard buffer[index] == UInt8(ascii: ",") else { return nil }
                index = scan.skipSpace(index + 1)
            }
            return nil
        }
    }

    /// The text of the JSON string in `range` (quotes included), escapes undone.
    func string(_ range: Range<Int>) -> String? {
        guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\"") else { return nil }
        let inner = bytes[(range.lowerBound + 1)..<(range.upperBound - 1)]
        if !inner.contains(UInt8(ascii: "\\")) { return String(decoding: inner, as: UTF8.self) }
        guard case .string(let text) = try? JSONParser.parse(Array(bytes[range])) else { return nil }
        return text
    }

    /// The steps over the bytes.
    private struct Scan {
        let buffer: UnsafeBufferPointer<UInt8>

        func skipSpace(_ start: Int) -> Int {
            var index = start
            while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0x0A || buffer[index] == 0x0D || buffer[index] == 0x09 {
                index += 1
            }
            return index
        }

        /// The index after the string that starts at `start`: the next quote not escaped by a backslash.
        func skipString(_ start: Int) -> Int? {
            var index = start + 1
            while index < buffer.count {
                guard let quote = firstIndex(of: UInt8(ascii: "\""), in: buffer, from: index) else { return nil }
                var backslashes = 0
                while quote - backslashes - 1 > start && buffer[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 { return quote + 1 }
                index = quote + 1
            }
            return nil
        }

        /// The index after the value that starts at `start`.
        func skipValue(_ start: Int) -> Int? {
            guard start < buffer.count else { return nil }
            if buffer[start] == UInt8(ascii: "\"") { return skipString(start) }
            var depth = 0
            var index = start
            while index < buffer.count {
                switch buffer[index] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return index }
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: ","):
                    if depth == 0 { return index }
                default:
                    break
                }
                index += 1
            }
            return depth == 0 ? index : nil
        }
    }
}
