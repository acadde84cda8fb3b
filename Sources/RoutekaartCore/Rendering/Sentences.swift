/// Sentences of Dutch prose, and the short form of a text: its first sentence or two, the rest for whoever
/// asks for it (`--volledig`, `waarom`). Abbreviations (`art.`, `bijv.`), a period inside a number (`2.30`) and a
/// period followed by a lower-case word do not end a sentence.
public enum Sentences {
    /// Words that end in a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "art", "artt", "bijv", "bv", "o.a", "oa", "enz", "etc", "vgl", "nr", "nrs", "jo", "e.d", "m.b.t", "t.a.v", "i.p.v", "z.g", "ca",
        "stb", "stcrt", "pag", "blz", "mr", "dr", "drs", "ir", "ing", "jl", "a.s", "resp", "incl", "excl", "evt", "d.w.z",
        "m.a.w", "t/m", "o.b.v", "n.a.v",
    ]

    /// The sentences of a text, each with its closing mark, without the spaces between them. With a `limit`, the
    /// text is split no further than that many sentences: what follows them is the last element, as it stands.
    public static func split(_ text: String, limit: Int = .max) -> [String] {
        var result: [String] = []
        // Each sentence is a slice of the text, from `start` to its closing mark. The marks and the space after them
        // are found in the bytes; only there are characters looked at: a mark that is part of a larger character
        // (after a prepended sign) or a space with an accent on it is none. A character always ends before a space,
        // so the character before the space is the mark alone exactly when it starts at the mark.
        let bytes = text.utf8
        var start = text.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let after = bytes.index(after: index)
            if Self.marks.contains(byte), after < bytes.endIndex, bytes[after] == Self.space, text.index(before: after) == index,
                text[after] == " "
            {
                // The next word: a sentence starts with a capital, a digit or an opening quote or bracket.
                var next = after
                while next < text.endIndex, text[next] == " " { next = text.index(after: next) }
                let starts = next < text.endIndex && opensSentence(text[next])
                if starts && !(byte == Self.period && endsInAbbreviation(text[start..<after])) {
                    result.append(trimmed(text[start..<after]))
                    start = next
                    index = next
                    if result.count == limit { break }
                    continue
                }
            }
            index = after
        }
        let rest = trimmed(text[start...])
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// The bytes of the marks that end a sentence (`.`, `?`, `!`), and of the space that must follow.
    private static let period = UInt8(ascii: ".")
    private static let marks: [UInt8] = [period, UInt8(ascii: "?"), UInt8(ascii: "!")]
    private static let space = UInt8(ascii: " ")

    /// True for a character a sentence can start with: a capital, a digit or an opening quote or bracket.
    private static func opensSentence(_ character: Character) -> Bool {
        switch character {
        case "(", "'", "\"", "„", "‘", "“": true
        default: character.isUppercase || character.isNumber
        }
    }

    /// A sentence without blanks at either end (`trimmingBlanks`), copied as it is when it has none.
    private static func trimmed(_ sentence: Substring) -> String {
        let scalars = sentence.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, !TextTools.isBlank(first), !TextTools.isBlank(last) else {
            return sentence.trimmingBlanks()
        }
        return String(sentence)
    }

    /// True when the text ends in an abbreviation and its period (`… art.`), or a single letter and a period (`a.`).
    static func endsInAbbreviation(_ text: Substring) -> Bool {
        // The last word only: from the last space before the period (not a split of the whole sentence at every period).
        let body = text.dropLast()
        let lastWord = String(body[(body.lastIndex(of: " ").map { body.index(after: $0) } ?? body.startIndex)...])
        let bare = lastWord.trimmingCharacters(in: "(")
        if bare.count == 1, bare.first?.isLetter == true { return true }
        return abbreviations.contains(bare.lowercased())
    }

    /// The first sentence, and the second as well when both together stay within `maxWords` words; the rest apart.
    public static func brief(_ text: String, maxWords: Int = 30) -> (brief: String, rest: String) {
        let parts = split(text)
        let taken = taken(parts, maxWords: maxWords)
        guard taken > 0 else { return (text, "") }
        return (parts.prefix(taken).joined(separator: " "), parts.dropFirst(taken).joined(separator: " "))
    }

    /// The brief form alone (`brief(text).brief`): the text is split no further than its first two sentences.
    public static func short(_ text: String, maxWords: Int = 30) -> String {
        let parts = split(text, limit: 2)
        let taken = taken(parts, maxWords: maxWords)
        return taken > 0 ? parts.prefix(taken).joined(separator: " ") : text
    }

    /// How many of the first sentences make the brief form: one, or two when they stay within `maxWords` words; none
    /// when the text is one sentence (the brief form is the text).
    private static func taken(_ parts: [String], maxWords: Int) -> Int {
        guard parts.count > 1 else { return 0 }
        return wordCount(parts[0]) + wordCount(parts[1]) <= maxWords ? 2 : 1
    }

    /// Words as `wc -w` counts them: runs of non-blank characters.
    public static func wordCount(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(wordCount) ?? nil { return count }
        var count = 0
        var inWord = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The same on the bytes, where that counts alike: a blank is one byte, and it is a character by itself unless a
    /// `\r` stands before a `\n` or a byte of a larger character stands next to it (an accent on a space); then nil.
    private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inWord = false
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                if previous >= 0x80 || previous == 0x0D || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) { return nil }
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
            previous = byte
        }
        return count
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
