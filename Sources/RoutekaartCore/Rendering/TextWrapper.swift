/// Breaks prose into lines that fit a width, at spaces only: a word is never
/// split, and a word longer than the width keeps a line of its own. A line
/// that goes on keeps the indentation of its text (after a list number, a
/// dash, or in the description column of an option table). Colour codes take
/// no room. A pure function: the command line applies it for the terminal.
public enum TextWrapper {
    /// Narrower than this, wrapping helps nobody; it is used instead.
    public static let minimumWidth = 20

    public static func wrap(_ text: String, width: Int) -> String {
        let width = max(width, minimumWidth)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard visibleWidth(line) > width else { return line }
        let indent = String(repeating: " ", count: min(hangingIndent(line), width / 2))
        var rest = Substring(line)
        // The first line keeps its own leading spaces; later lines get the hanging indent.
        var current = String(rest.prefix { $0 == " " })
        rest = rest.dropFirst(current.count)
        var currentWidth = current.count
        var lineHasWord = false
        var lines: [String] = []
        var space = Substring("")
        while !rest.isEmpty {
            let word = rest.prefix { $0 != " " }
            rest = rest.dropFirst(word.count)
            let wordWidth = visibleWidth(String(word))
            if !lineHasWord {
                current += word
                currentWidth += wordWidth
                lineHasWord = true
            } else if currentWidth + space.count + wordWidth <= width {
                current += space + word
                currentWidth += space.count + wordWidth
            } else {
                lines.append(current)
                current = indent + word
                currentWidth = indent.count + wordWidth
            }
            space = rest.prefix { $0 == " " }
            rest = rest.dropFirst(space.count)
        }
        // Spaces at the end (the prompt "> ") stay.
        lines.append(current + space)
        return lines.joined(separator: "\n")
    }

    /// Where the text of a line starts, for the lines that continue it.
    static func hangingIndent(_ line: String) -> Int {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index] == " " { index += 1 }
        let leading = index
        // "12. text"
        var digits = index
        while digits < characters.count, characters[digits].isASCII, characters[digits].isNumber { digits += 1 }
        if digits > index, digits + 1 < characters.count, characters[digits] == ".", characters[digits + 1] == " " {
            return digits + 2
        }
        // "A. text": a case of conditional advice
        if index + 2 < characters.count, characters[index].isASCII, characters[index].isUppercase, characters[index + 1] == ".",
            characters[index + 2] == " "
        {
            return index + 3
        }
        // "- text", "• text", "→ text"
        if index + 1 < characters.count, ["-", "•", "*", "→"].contains(characters[index]), characters[index + 1] == " " {
            return index + 2
        }
        // "  --casus BESTAND        description": the column after the first gap of two or more spaces.
        var position = leading
        while position < characters.count {
            if characters[position] == " ", position + 1 < characters.count, characters[position + 1] == " " {
                var end = position
                while end < characters.count, characters[end] == " " { end += 1 }
                return end < characters.count ? end : leading
            }
            position += 1
        }
        return leading
    }

    /// The columns a text takes on a terminal: its characters, without ANSI escape sequences.
    public static func visibleWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        var sawBracket = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if !sawBracket {
                    sawBracket = true
                    if scalar != "[" { inEscape = false }
                    continue
                }
                if (0x40...0x7E).contains(scalar.value) { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                sawBracket = false
                continue
            }
            if scalar.properties.generalCategory.isMark || scalar.properties.generalCategory == .format { continue }
            width += 1
        }
        return width
    }
}
