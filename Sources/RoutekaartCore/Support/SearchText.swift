/// Text folded for searching: lower case, no accents, apostrophes dropped, hyphens, dots, commas and
/// brackets as spaces, single spaces. `'s-Hertogenbosch`, `S HERTOGENBOSCH` and `s hertogenbosch` fold alike.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            // A separator becomes one space, written only before the next character that is kept.
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var kept: UInt8 = 0
                var scalarKept: Unicode.Scalar?
                if byte < 0x80 {
                    // ASCII, most of every name: by the byte.
                    index += 1
                    switch byte {
                    case 0x41...0x5A: kept = byte + 32
                    case 0x27, 0x60: continue  // apostrophes
                    case 0x20, 0x09, 0x2D, 0x2E, 0x2C, 0x2F, 0x28, 0x29, 0x5F, 0x3A, 0x3B, 0x22, 0x26:
                        pendingSpace = !out.isEmpty
                        continue
                    default: kept = byte
                    }
                } else {
                    var iterator = bytes[index...].makeIterator()
                    var decoder = UTF8()
                    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                        index += 1
                        continue
                    }
                    index += UTF8.width(scalar)
                    switch scalar.value {
                    case 0x2018, 0x2019, 0xB4: continue  // apostrophes
                    case 0x2013, 0x2014:
                        pendingSpace = !out.isEmpty
                        continue
                    default:
                        guard let base = baseLetter(scalar) else { continue }
                        scalarKept = base
                    }
                }
                if pendingSpace {
                    out.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                if let scalarKept {
                    TextDecoding.appendUTF8(scalarKept.value, to: &out)
                } else {
                    out.append(kept)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The folded text without spaces: `'s-Hertogenbosch` and `shertogenbosch` are equal.
    public static func compact(_ text: String) -> String { withoutSpaces(fold(text)) }

    /// A folded text without its spaces.
    static func withoutSpaces(_ folded: String) -> String {
        guard folded.utf8.contains(UInt8(ascii: " ")) else { return folded }
        return String(decoding: folded.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }

    /// The folded words.
    public static func words(_ text: String) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    /// A letter without its accent, in lower case (`É` → `e`, `ç` → `c`); other characters lower-cased.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = lowered.first else { return scalar }
        // The canonical base letter (é = e + ◌́); nil for an accent on its own.
        return TextTools.withoutAccent(first)
    }
}
