/// A text with `{feit}` placeholders, as outcomes use them. Scanned as UTF-8
/// bytes: the braces are ASCII, so no grapheme work is needed.
public enum Template {
    /// A placeholder that ends in this mark (`{aanwijzing_einddatum!}`) asks for its fact's plain value: a deadline
    /// that has passed is not said to have passed, for a sentence that says so itself ("liep af op …").
    public static let plainMark: Character = "!"

    /// The fact a placeholder names: its name without the plain mark.
    public static func factID(_ placeholder: String) -> String {
        placeholder.last == plainMark ? String(placeholder.dropLast()) : placeholder
    }

    /// The names of the facts the placeholders in a text name, in order.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        scan(text, literal: { _ in }, placeholder: { names.append(factID($0)) })
        return names
    }

    /// The text with each placeholder replaced; stops at the first replacement that throws.
    /// A replacement that starts a sentence starts with a capital ("de nieuwe school" → "De nieuwe school").
    public static func fill<E: Error>(_ text: String, _ value: (String) throws(E) -> String) throws(E) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var names: [String] = []
        var literals: [Substring] = []
        scan(text, literal: { literals.append($0) }, placeholder: { names.append($0) })
        for (index, literal) in literals.enumerated() {
            result += literal
            guard index < names.count else { continue }
            let replacement = try value(names[index])
            result += startsSentence(after: result) ? capitalized(replacement) : replacement
        }
        return result
    }

    /// True when text placed after `prefix` begins a sentence.
    static func startsSentence(after prefix: String) -> Bool {
        let trimmed = prefix.reversed().drop { $0 == " " }
        guard let last = trimmed.first else { return true }
        return last == "." || last == "!" || last == "?"
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Calls `literal` for the text between placeholders (always one more than placeholders) and `placeholder` for each name.
    static func scan(_ text: String, literal: (Substring) -> Void, placeholder: (String) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "{"), let close = utf8[index...].firstIndex(of: UInt8(ascii: "}")) {
                literal(Substring(text.utf8[start..<index]))
                placeholder(String(Substring(text.utf8[utf8.index(after: index)..<close])))
                index = utf8.index(after: close)
                start = index
            } else {
                index = utf8.index(after: index)
            }
        }
        literal(Substring(text.utf8[start..<utf8.endIndex]))
    }
}
