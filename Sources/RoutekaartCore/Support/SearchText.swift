/// Text folded for searching: lower case, no accents, apostrophes dropped, hyphens, dots, commas and
/// brackets as spaces, single spaces. `'s-Hertogenbosch`, `S HERTOGENBOSCH` and `s hertogenbosch` fold alike.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.utf8.withContiguousStorageIfAvailable(fold) ?? Array(text.utf8).withUnsafeBufferPointer(fold)
    }

    /// What each ASCII byte becomes: itself, lower case, a separator (one space between words), or nothing.
    private static let ascii: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x41...0x5A: UInt8(byte + 32)
        case 0x27, 0x60: drop  // apostrophes
        case 0x20, 0x09, 0x2D, 0x2E, 0x2C, 0x2F, 0x28, 0x29, 0x5F, 0x3A, 0x3B, 0x22, 0x26: separator
        default: UInt8(byte)
        }
    }
    private static let drop: UInt8 = 0xFF
    private static let separator: UInt8 = 0xFE

    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Never longer than twice the input (a letter of two bytes may keep a base letter of up to four).
        // Folded into a buffer on the stack, then made a string once: a string made with uninitialized capacity costs
        // more than the folding (it allocates even for a short name, and checks the bytes again).
        ascii.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 4) { out in
                var count = 0
                // A separator becomes one space, written only before the next character that is kept.
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    var kept: Unicode.Scalar?
                    if byte < 0x80 {
                        // ASCII, most of every name: by the table.
                        index += 1
                        let folded = table[Int(byte)]
                        if folded == separator {
                            pendingSpace = count > 0
                            continue
                        }
                        if folded == drop { continue }
                        if pendingSpace {
                            out[count] = UInt8(ascii: " ")
                            count += 1
                            pendingSpace = false
                        }
                        out[count] = folded
                        count += 1
                        continue
                    }
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
                        pendingSpace = count > 0
                        continue
                    default: kept = baseLetter(scalar)
                    }
                    guard let kept else { continue }
                    if pendingSpace {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                        pendingSpace = false
                    }
                    for byte in String(kept).utf8 {
                        out[count] = byte
                        count += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
            }
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
