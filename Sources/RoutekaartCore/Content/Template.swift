/// A text with `{feit}` placeholders, as outcomes use them. Scanned as UTF-8
/// bytes: the braces are ASCII, so no grapheme work is needed.
public enum Template {
    /// A placeholder that ends in this mark (`{aanwijzing_einddatum!}`) asks for its fact's plain value: a deadline
    /// that has passed is not said to have passed, for a sentence that says so itself ("liep af op …").
    public static let plainMark: Character = "!"

    /// The fact a placeholder names: its name without the plain mark.
    public static func factID(_ placeholder: String) -> String {
        // By its last byte: the mark is ASCII, and a placeholder is a fact id.
        guard placeholder.utf8.last == UInt8(ascii: "!") else { return placeholder }
        return String(decoding: placeholder.utf8.dropLast(), as: UTF8.self)
    }

    /// The names of the facts the placeholders in a text name, in order.
    public static func placeholders(in text: String) -> [String] {
        guard hasPlaceholder(text) else { return [] }
        // Only the names are made, not the text around them.
        let utf8 = text.utf8
        return braces(in: text).map { open, close in
            factID(String(text[utf8.index(utf8.startIndex, offsetBy: open + 1)..<utf8.index(utf8.startIndex, offsetBy: close)]))
        }
    }

    /// The text with each placeholder replaced; stops at the first replacement that throws.
    /// A replacement that starts a sentence starts with a capital ("de nieuwe school" → "De nieuwe school").
    public static func fill<E: Error>(_ text: String, _ value: (String) throws(E) -> String) throws(E) -> String {
        guard hasPlaceholder(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 64)
        var failure: E?
        scan(
            text, literal: { result += $0 },
            placeholder: { name in
                guard failure == nil else { return }
                do throws(E) {
                    let replacement = try value(name)
                    result += startsSentence(after: result) ? capitalized(replacement) : replacement
                } catch {
                    failure = error
                }
            })
        if let failure { throw failure }
        return result
    }

    /// True when the text has a `{`: most texts have no placeholder, and this is asked of every text.
    static func hasPlaceholder(_ text: String) -> Bool {
        let brace = UInt8(ascii: "{")
        return text.utf8.withContiguousStorageIfAvailable { firstIndex(of: brace, in: $0, from: 0) != nil } ?? text.utf8.contains(brace)
    }

    /// True when text placed after `prefix` begins a sentence: nothing but spaces before it, or a sentence mark.
    static func startsSentence(after prefix: String) -> Bool {
        guard let last = prefix.utf8.last(where: { $0 != UInt8(ascii: " ") }) else { return true }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Where each `{` and the `}` after it stand, as UTF-8 offsets, found by their bytes (memchr).
    static func braces(in text: String) -> [(open: Int, close: Int)] {
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> [(open: Int, close: Int)] {
            var found: [(open: Int, close: Int)] = []
            var from = 0
            while let open = firstIndex(of: UInt8(ascii: "{"), in: bytes, from: from),
                let close = firstIndex(of: UInt8(ascii: "}"), in: bytes, from: open)
            {
                found.append((open, close))
                from = close + 1
            }
            return found
        }
        return text.utf8.withContiguousStorageIfAvailable(find) ?? Array(text.utf8).withUnsafeBufferPointer(find)
    }

    /// Calls `literal` for the text between placeholders (always one more than placeholders) and `placeholder` for each
    /// name. A `{` without a `}` after it is text.
    static func scan(_ text: String, literal: (Substring) -> Void, placeholder: (String) -> Void) {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var start = utf8.startIndex
        for (open, close) in braces(in: text) {
            literal(text[start..<index(open)])
            placeholder(String(text[index(open + 1)..<index(close)]))
            start = index(close + 1)
        }
        literal(text[start...])
    }
}
