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

    /// The sentences of a text, each with its closing mark, without the spaces between them.
    public static func split(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if character == "." || character == "?" || character == "!", index + 1 < characters.count, characters[index + 1] == " " {
                // The next word: a sentence starts with a capital, a digit or an opening quote or bracket.
                var next = index + 1
                while next < characters.count, characters[next] == " " { next += 1 }
                let starts =
                    next < characters.count && (characters[next].isUppercase || characters[next].isNumber || "('\"„‘“".contains(characters[next]))
                if starts && !(character == "." && endsInAbbreviation(current)) {
                    result.append(current.trimmingBlanks())
                    current = ""
                    index = next
                    continue
                }
            }
            index += 1
        }
        let rest = current.trimmingBlanks()
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// True when the text ends in an abbreviation and its period (`… art.`), or a single letter and a period (`a.`).
    static func endsInAbbreviation(_ text: String) -> Bool {
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
        guard let first = parts.first, parts.count > 1 else { return (text, "") }
        var taken = 1
        if parts.count > 1, wordCount(first) + wordCount(parts[1]) <= maxWords { taken = 2 }
        return (parts.prefix(taken).joined(separator: " "), parts.dropFirst(taken).joined(separator: " "))
    }

    /// Words as `wc -w` counts them: runs of non-blank characters.
    public static func wordCount(_ text: String) -> Int {
        text.split { $0 == " " || $0 == "\n" || $0 == "\t" }.count
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
