#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text of a data file as DUO publishes it: UTF-8 with or without a byte-order mark, or Windows-1252.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    /// The bytes as UTF-8, without a byte-order mark: valid UTF-8 stays as it is, anything else is read as Windows-1252.
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: Encoding) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = start == 0 ? bytes : Array(bytes[start...])
        if body.withUnsafeBufferPointer(isValidUTF8) { return (body, .utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        for byte in body {
            let scalar: UInt32 = byte < 0x80 ? UInt32(byte) : (byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)])
            appendUTF8(scalar, to: &out)
        }
        return (out, .windows1252)
    }

    /// True when the bytes are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). ASCII, most
    /// of every file, is passed over eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, scalar) = (4, UInt32(lead & 0x07))
            default: return false
            }
            guard index + length <= count else { return false }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            switch length {
            case 3: if scalar < 0x800 || (0xD800...0xDFFF).contains(scalar) { return false }
            case 4: if scalar < 0x10000 || scalar > 0x10FFFF { return false }
            default: break
            }
            index += length
        }
        return true
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Windows-1252 0x80…0x9F; the five undefined bytes are read as their C1 control (as Windows does).
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

/// A semicolon-separated table with a header, as DUO and the model files write it: fields may be quoted
/// (`"VMBO ""De Jutter"" Vlieland"`), lines end in LF or CRLF, and an empty field may be a single space.
/// Fields are trimmed. Columns are found by their header name, never by position.
///
/// The table keeps the file's bytes and where each field lies in them; a field becomes a string when it is
/// asked for (`field`, or every field of every row through `rows`), so that reading the country makes a string
/// only for what the model keeps.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The line in the file where the row starts (the header is line 1).
        public var line: Int
        public var fields: [String]
    }

    public let file: String
    public let header: [String]
    public let encoding: TextDecoding.Encoding
    /// The bytes, as UTF-8.
    private let bytes: [UInt8]
    /// Per field of every row after the header, in order: where its bytes start and end (blanks around it left
    /// out), or, for a quoted field, `-1 - i` and the index `i` in `quoted`.
    private let cells: [(start: Int32, end: Int32)]
    /// Quoted fields, their doubled quotes undone.
    private let quoted: [String]
    /// The line of each row after the header.
    private let lines: [Int]

    /// The number of rows after the header.
    public var rowCount: Int { lines.count }

    /// Every row after the header with all its fields as strings.
    public var rows: [Row] { (0..<rowCount).map { row in Row(line: lines[row], fields: (0..<header.count).map { field(row, $0) }) } }

    /// The line in the file of a row after the header (from 0).
    public func line(of row: Int) -> Int { lines[row] }

    /// Parses the bytes of a file; a broken row is an error with file, line and column.
    public init(bytes raw: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ";")) throws(InputError) {
        self.file = file
        let (bytes, encoding) = TextDecoding.utf8(raw)
        self.encoding = encoding
        self.bytes = bytes
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<Parser, InputError> in
            var parser = Parser(buffer: buffer, separator: separator, file: file)
            return Result { () throws(InputError) in
                try parser.parse()
                return parser
            }
        }
        let parser = try parsed.get()
        guard let width = parser.widths.first else {
            throw InputError(.data, file: file, place: nil, Messages.empty)
        }
        let headerCells = parser.cells.prefix(width)
        var header: [String] = []
        for cell in headerCells { header.append(Self.string(cell, bytes, parser.quoted)) }
        self.header = header
        var seen = Set<String>()
        for (position, name) in header.enumerated() where !seen.insert(name).inserted {
            throw InputError(.data, file: file, place: Self.place(1, position + 1, nil), Messages.duplicateColumn(name))
        }
        for (row, count) in parser.widths.enumerated().dropFirst() where count != width {
            throw InputError(.data, file: file, place: "regel \(parser.lines[row])", Messages.fieldCount(expected: width, found: count))
        }
        cells = Array(parser.cells.dropFirst(width))
        quoted = parser.quoted
        lines = Array(parser.lines.dropFirst())
    }

    /// Every record of UTF-8 bytes with its fields as strings, the header first, without asking that every row has
    /// the header's width: for a file that people edit, where a short or long row is reported, not refused whole
    /// (the knowledge file). A broken quote is an error with file, line and column; empty bytes give no records.
    public static func records(_ bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ";")) throws(InputError) -> [Row] {
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<Parser, InputError> in
            var parser = Parser(buffer: buffer, separator: separator, file: file)
            return Result { () throws(InputError) in
                try parser.parse()
                return parser
            }
        }
        let parser = try parsed.get()
        var records: [Row] = []
        records.reserveCapacity(parser.widths.count)
        var start = 0
        for (width, line) in zip(parser.widths, parser.lines) {
            let fields = parser.cells[start..<(start + width)].map { string($0, bytes, parser.quoted) }
            records.append(Row(line: line, fields: fields))
            start += width
        }
        return records
    }

    private static func string(_ cell: (start: Int32, end: Int32), _ bytes: [UInt8], _ quoted: [String]) -> String {
        if cell.start < 0 { return quoted[Int(-1 - cell.start)] }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(cell.start)..<Int(cell.end)]), as: UTF8.self)
        }
    }

    /// A field of a row after the header (both from 0), as a string.
    public func field(_ row: Int, _ column: Int) -> String { Self.string(cells[row * header.count + column], bytes, quoted) }

    /// True when the field holds exactly this text.
    public func field(_ row: Int, _ column: Int, is text: StaticString) -> Bool {
        let cell = cells[row * header.count + column]
        guard cell.start >= 0 else { return quoted[Int(-1 - cell.start)] == text.description }
        let count = Int(cell.end - cell.start)
        guard count == text.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(cell.start), text.utf8Start, count) == 0 }
    }

    /// True when two fields (of any rows) hold the same text.
    public func field(_ row: Int, _ column: Int, equals other: Int, _ otherColumn: Int) -> Bool {
        let a = cells[row * header.count + column]
        let b = cells[other * header.count + otherColumn]
        guard a.start >= 0, b.start >= 0 else { return field(row, column) == field(other, otherColumn) }
        let count = Int(a.end - a.start)
        guard count == Int(b.end - b.start) else { return false }
        return count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(a.start), $0.baseAddress! + Int(b.start), count) == 0 }
    }

    /// True when the field is empty.
    public func fieldIsEmpty(_ row: Int, _ column: Int) -> Bool {
        let cell = cells[row * header.count + column]
        return cell.start >= 0 ? cell.start == cell.end : quoted[Int(-1 - cell.start)].isEmpty
    }

    /// One pass over the bytes of a table: where every field lies, and the width and line of every row.
    private struct Parser {
        let buffer: UnsafeBufferPointer<UInt8>
        let separator: UInt8
        let file: String
        var cells: [(start: Int32, end: Int32)] = []
        var quoted: [String] = []
        var widths: [Int] = []
        var lines: [Int] = []
        var line = 1
        var index = 0
        /// Where the fields of the row being read start in `cells`.
        var rowStart = 0

        static let quote = UInt8(ascii: "\"")
        static let cr = UInt8(ascii: "\r")
        static let lf = UInt8(ascii: "\n")

        init(buffer: UnsafeBufferPointer<UInt8>, separator: UInt8, file: String) {
            self.buffer = buffer
            self.separator = separator
            self.file = file
            cells.reserveCapacity(buffer.count / 6)
            widths.reserveCapacity(buffer.count / 64)
            lines.reserveCapacity(buffer.count / 64)
        }

        static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        /// Where the line being read ends (its `\n` or `\r`), found once per line.
        var lineEnd = -1

        /// Where the unquoted field that starts at `start` ends: the next separator or line end (found with
        /// `memchr`, which looks at many bytes at once).
        mutating func fieldEnd(from start: Int) -> Int {
            guard let base = buffer.baseAddress else { return start }
            if start > lineEnd {
                let newline = firstIndex(of: Self.lf, in: buffer, from: start) ?? buffer.count
                let prefix = UnsafeBufferPointer(rebasing: buffer[..<newline])
                lineEnd = firstIndex(of: Self.cr, in: prefix, from: start) ?? newline
            }
            guard start < lineEnd, let found = memchr(base + start, Int32(separator), lineEnd - start) else { return lineEnd }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }

        mutating func parse() throws(InputError) {
            let count = buffer.count
            var recordLine = 1
            while index < count {
                // One field: skip leading spaces to see whether it is quoted.
                var probe = index
                while probe < count, Self.isBlank(buffer[probe]) { probe += 1 }
                if probe < count, buffer[probe] == Self.quote {
                    try quotedField(from: probe)
                } else {
                    var end = fieldEnd(from: index)
                    var start = index
                    index = end
                    while start < end, Self.isBlank(buffer[start]) { start += 1 }
                    while end > start, Self.isBlank(buffer[end - 1]) { end -= 1 }
                    cells.append((Int32(start), Int32(end)))
                }
                // After the field: a separator, the end of the line, or the end of the file.
                if index < count, buffer[index] == separator {
                    index += 1
                    if index == count { cells.append((0, 0)) }
                    continue
                }
                if index < count, buffer[index] == Self.cr { index += 1 }
                if index < count, buffer[index] == Self.lf { index += 1 }
                // A line with one empty field is no row.
                let width = cells.count - rowStart
                if width == 1, isEmpty(cells[rowStart]) {
                    cells.removeLast()
                } else {
                    widths.append(width)
                    lines.append(recordLine)
                    rowStart = cells.count
                }
                line += 1
                recordLine = line
            }
        }

        func isEmpty(_ cell: (start: Int32, end: Int32)) -> Bool {
            cell.start >= 0 ? cell.start == cell.end : quoted[Int(-1 - cell.start)].isEmpty
        }

        /// A field between quotes, a doubled quote standing for one.
        mutating func quotedField(from probe: Int) throws(InputError) {
            let count = buffer.count
            let openLine = line
            let openColumn = cells.count - rowStart + 1
            var value: [UInt8] = []
            var cursor = probe + 1
            var closed = false
            while cursor < count {
                let byte = buffer[cursor]
                if byte == Self.quote {
                    if cursor + 1 < count, buffer[cursor + 1] == Self.quote {
                        value.append(Self.quote)
                        cursor += 2
                        continue
                    }
                    closed = true
                    cursor += 1
                    break
                }
                if byte == Self.lf { line += 1 }
                value.append(byte)
                cursor += 1
            }
            guard closed else {
                throw InputError(.data, file: file, place: CSVTable.place(openLine, openColumn, nil), Messages.unclosedQuote)
            }
            while cursor < count, Self.isBlank(buffer[cursor]) { cursor += 1 }
            if cursor < count, buffer[cursor] != separator, buffer[cursor] != Self.cr, buffer[cursor] != Self.lf {
                throw InputError(.data, file: file, place: CSVTable.place(line, openColumn, nil), Messages.textAfterQuote)
            }
            quoted.append(CSVTable.trimmed(value))
            cells.append((Int32(-quoted.count), 0))
            index = cursor
        }
    }

    /// The position of each named column; every missing one is named in one message.
    public func columns(_ names: [String]) throws(InputError) -> [Int] {
        let missing = names.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw InputError(.data, file: file, place: "regel 1", Messages.missingColumns(missing, found: header))
        }
        return names.compactMap { name in header.firstIndex(of: name) }
    }

    /// `regel 12, kolom 8 (POSTCODE)`.
    public func place(_ row: Row, _ column: Int) -> String {
        Self.place(row.line, column + 1, header.indices.contains(column) ? header[column] : nil)
    }

    /// An error about one field.
    public func error(_ row: Row, _ column: Int, _ message: String) -> InputError {
        InputError(.data, file: file, place: place(row, column), message)
    }

    /// An error about one field of a row after the header (from 0).
    public func error(at row: Int, _ column: Int, _ message: String) -> InputError {
        InputError(.data, file: file, place: Self.place(lines[row], column + 1, header.indices.contains(column) ? header[column] : nil), message)
    }

    /// The strings of one column, read row by row: a value the same as the one of the row before (a source, a date,
    /// a gemeente) is that same string, not a new one.
    public struct Column {
        let table: CSVTable
        let column: Int
        private var last: (row: Int, text: String)?

        public init(_ table: CSVTable, _ column: Int) {
            self.table = table
            self.column = column
        }

        public mutating func string(_ row: Int) -> String {
            if let last, table.field(row, column, equals: last.row, column) {
                self.last = (row, last.text)
                return last.text
            }
            let text = table.field(row, column)
            last = (row, text)
            return text
        }
    }

    static func place(_ line: Int, _ column: Int, _ name: String?) -> String {
        "regel \(line), kolom \(column)" + (name.map { " (\($0))" } ?? "")
    }

    static func trimmed(_ bytes: [UInt8]) -> String {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// One line of a semicolon file: fields quoted only when they must be (a `;`, a quote or a line break).
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            // By the bytes: a Character walk costs more than writing the whole file.
            guard field.utf8.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ";") + "\n"
    }

    enum Messages {
        static let empty = "het bestand is leeg; verwacht een kopregel met kolomnamen"
        static let unclosedQuote = "een veld tussen aanhalingstekens wordt niet afgesloten"
        static let textAfterQuote = "na het afsluitende aanhalingsteken hoort een ; of het einde van de regel"
        static func duplicateColumn(_ name: String) -> String { "de kolom \"\(Sanitized.short(name))\" staat twee keer in de kopregel" }
        static func fieldCount(expected: Int, found: Int) -> String {
            "deze regel heeft \(found) velden; de kopregel heeft er \(expected) (staat er een ; te veel of te weinig?)"
        }
        static func missingColumns(_ names: [String], found: [String]) -> String {
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let present = found.prefix(12).map { Sanitized.short($0, limit: 30) }.joined(separator: "; ")
            return (names.count == 1 ? "de kolom \(list) ontbreekt" : "de kolommen \(list) ontbreken")
                + " (gevonden: \(present)\(found.count > 12 ? "; …" : "")); is dit het goede bestand?"
        }
    }
}
