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

    /// Why the bytes of a file are not text Routekaart reads: at `offset` in the bytes as given.
    public struct Problem: Error, Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A byte that is not UTF-8 in a file that is UTF-8 elsewhere (its byte-order mark, or the first
            /// character of more than one byte at `evidence`): a mixture of two encodings.
            case mixture(byte: UInt8, evidence: Int?)
            /// A byte that Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D).
            case notWindows1252(UInt8)
            /// A control character (C0 but tab and line ends, DEL, C1): it would act on the terminal.
            case control(Unicode.Scalar)
        }

        public var offset: Int
        public var kind: Kind
    }

    /// The bytes as UTF-8, without a byte-order mark, decided for the whole file: valid UTF-8 is UTF-8; a file with
    /// no UTF-8 character of more than one byte and no byte-order mark, but with bytes that are not UTF-8, is
    /// Windows-1252. A file that is both (one stray byte in a UTF-8 file) is refused at the first byte that does not
    /// fit, never re-read in the other encoding: that would garble every other accented letter.
    public static func utf8(_ bytes: [UInt8]) throws(Problem) -> (bytes: [UInt8], encoding: Encoding) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = start == 0 ? bytes : Array(bytes[start...])
        let scan = body.withUnsafeBufferPointer(scanUTF8)
        guard let invalid = scan.firstInvalid else { return (body, .utf8) }
        if start > 0 || scan.firstMultibyte != nil {
            throw Problem(offset: start + invalid, kind: .mixture(byte: body[invalid], evidence: scan.firstMultibyte.map { $0 + start }))
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        for (offset, byte) in body.enumerated() {
            let scalar: UInt32 = byte < 0x80 ? UInt32(byte) : (byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)])
            if byte >= 0x80 && byte < 0xA0 && scalar < 0xA0 { throw Problem(offset: offset, kind: .notWindows1252(byte)) }
            appendUTF8(scalar, to: &out)
        }
        return (out, .windows1252)
    }

    /// The first control character in UTF-8 bytes (C0 but tab, line feed and carriage return; DEL; C1), or nil.
    /// ASCII text is passed over eight bytes at a time.
    public static func firstControl(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Exact per byte (no borrow from one byte into the next): the high bit of each byte that is zero.
        func zeros(_ word: UInt64) -> UInt64 { ~(((word & lows) &+ lows) | word) & highs }
        while index < count {
            // No byte below 0x20 but tab and line ends, none 0x7F, none 0xC2 (the lead byte of C1): skip the eight.
            // Text files have a line end every few dozen bytes, so line ends do not leave the fast path.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // The high bit of each byte below 0x20: (b & 0x7F) + 0x60 reaches 0x80 only from 0x20 up.
                let below = ~(((word & lows) &+ (ones &* 0x60)) | word) & highs
                if below != 0 {
                    let allowed = zeros(word ^ (ones &* 0x0A)) | zeros(word ^ (ones &* 0x0D)) | zeros(word ^ (ones &* 0x09))
                    if below & ~allowed != 0 { break }
                }
                // DEL or 0xC2 (a byte above a find may be a false one: the bytes are then looked at one by one).
                let del = word ^ (ones &* 0x7F)
                let c2 = word ^ (ones &* 0xC2)
                if ((del &- ones) & ~del | (c2 &- ones) & ~c2) & highs != 0 { break }
                index += 8
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                    return (index, Unicode.Scalar(byte))
                }
                if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                    return (index, Unicode.Scalar(bytes[index + 1]))
                }
                index += 1
            }
        }
        return nil
    }

    /// The offset of the first byte that is not part of valid UTF-8 (RFC 3629), or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            while index < buffer.count {
                while index + 8 <= buffer.count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < buffer.count else { break }
                if buffer[index] < 0x80 {
                    index += 1
                } else if let length = sequenceLength(buffer, at: index) {
                    index += length
                } else {
                    return index
                }
            }
            return nil
        }
    }

    /// Where the first byte that is not UTF-8 is, and the first character of more than one byte.
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalid: Int?, firstMultibyte: Int?) {
        guard let base = bytes.baseAddress else { return (nil, nil) }
        let count = bytes.count
        var index = 0
        var firstInvalid: Int?
        var firstMultibyte: Int?
        while index < count {
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            if let length = sequenceLength(bytes, at: index) {
                if firstMultibyte == nil { firstMultibyte = index }
                index += length
            } else {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            }
            if firstInvalid != nil && firstMultibyte != nil { break }
        }
        return (firstInvalid, firstMultibyte)
    }

    /// The length of the valid UTF-8 sequence (RFC 3629) that starts at `index`, or nil.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, scalar) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3: if scalar < 0x800 || (0xD800...0xDFFF).contains(scalar) { return nil }
        case 4: if scalar < 0x10000 || scalar > 0x10FFFF { return nil }
        default: break
        }
        return length
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
    /// Per field of every row, the header first, in order: where its bytes start and end (blanks around it left
    /// out), or, for a quoted field, `-1 - i` and the index `i` in `quoted`.
    private let cells: [(start: Int32, end: Int32)]
    /// Quoted fields, their doubled quotes undone.
    private let quoted: [String]
    /// The line of each row, the header first.
    private let lines: [Int]

    /// The number of rows after the header.
    public var rowCount: Int { lines.count - 1 }

    /// Every row after the header with all its fields as strings.
    public var rows: [Row] { (0..<rowCount).map { row in Row(line: line(of: row), fields: (0..<header.count).map { field(row, $0) }) } }

    /// The line in the file of a row after the header (from 0).
    public func line(of row: Int) -> Int { lines[row + 1] }

    /// The cell of a field of a row after the header (both from 0).
    private func cell(_ row: Int, _ column: Int) -> (start: Int32, end: Int32) { cells[(row + 1) * header.count + column] }

    /// Parses the bytes of a file; a broken row is an error with file, line and column.
    public init(bytes raw: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ";")) throws(InputError) {
        self.file = file
        let decided: (bytes: [UInt8], encoding: TextDecoding.Encoding)
        do {
            decided = try TextDecoding.utf8(raw)
        } catch {
            throw InputError(.data, file: file, place: Self.place(ofByte: error.offset, in: raw, separator: separator), Messages.encoding(error, raw))
        }
        let (bytes, encoding) = decided
        if let control = bytes.withUnsafeBufferPointer(TextDecoding.firstControl) {
            throw InputError(
                .data, file: file, place: Self.place(ofByte: control.offset, in: bytes, separator: separator), Messages.control(control.scalar))
        }
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
        cells = parser.cells
        quoted = parser.quoted
        lines = parser.lines
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
    public func field(_ row: Int, _ column: Int) -> String { Self.string(cell(row, column), bytes, quoted) }

    /// True when the field holds exactly this text.
    public func field(_ row: Int, _ column: Int, is text: StaticString) -> Bool {
        let cell = self.cell(row, column)
        guard cell.start >= 0 else { return quoted[Int(-1 - cell.start)] == text.description }
        let count = Int(cell.end - cell.start)
        guard count == text.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return count == 0 }
            return memcmp(base + Int(cell.start), text.utf8Start, count) == 0
        }
    }

    /// True when two fields (of any rows) hold the same text.
    public func field(_ row: Int, _ column: Int, equals other: Int, _ otherColumn: Int) -> Bool {
        let a = cell(row, column)
        let b = cell(other, otherColumn)
        guard a.start >= 0, b.start >= 0 else { return field(row, column) == field(other, otherColumn) }
        let count = Int(a.end - a.start)
        guard count == Int(b.end - b.start) else { return false }
        return count == 0
            || bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return false }
                return memcmp(base + Int(a.start), base + Int(b.start), count) == 0
            }
    }

    /// True when the field is empty.
    public func fieldIsEmpty(_ row: Int, _ column: Int) -> Bool {
        let cell = self.cell(row, column)
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
        /// The first `\n` at or after the line being read (or the end of the buffer).
        var nextLF = -1

        /// Where the unquoted field that starts at `start` ends: the next separator or line end (found with
        /// `memchr`, which looks at many bytes at once).
        mutating func fieldEnd(from start: Int) -> Int {
            guard let base = buffer.baseAddress else { return start }
            if start > lineEnd {
                // The next `\n` is looked for once, not once per line: in a file whose lines end in a lone `\r` it
                // may lie far ahead (or nowhere), and looking from every line again would be quadratic.
                if start > nextLF { nextLF = firstIndex(of: Self.lf, in: buffer, from: start) ?? buffer.count }
                let prefix = UnsafeBufferPointer(rebasing: buffer[..<nextLF])
                lineEnd = firstIndex(of: Self.cr, in: prefix, from: start) ?? nextLF
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
                    guard index == count else { continue }
                    // A separator at the very end of the file (no line end after it): the row ends in an empty field.
                    cells.append((0, 0))
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
                // The text up to the next quote at once (memchr), its line ends counted.
                let quote = firstIndex(of: Self.quote, in: buffer, from: cursor) ?? count
                var lineEnd = cursor
                while let found = firstIndex(of: Self.lf, in: UnsafeBufferPointer(rebasing: buffer[..<quote]), from: lineEnd) {
                    line += 1
                    lineEnd = found + 1
                }
                value.append(contentsOf: buffer[cursor..<quote])
                cursor = quote
                guard cursor < count else { break }
                if cursor + 1 < count, buffer[cursor + 1] == Self.quote {
                    value.append(Self.quote)
                    cursor += 2
                    continue
                }
                closed = true
                cursor += 1
                break
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
        InputError(.data, file: file, place: Self.place(line(of: row), column + 1, header.indices.contains(column) ? header[column] : nil), message)
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

    /// The place of one byte of a file, for a message about that byte (a stray encoding, a control character):
    /// `regel 3, kolom 4 (VESTIGINGSNAAM), teken 9`: its line, its field (counted as the reader counts them, the
    /// header's name with it) and its character in that field.
    static func place(ofByte offset: Int, in bytes: [UInt8], separator: UInt8) -> String {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var lineStart = bom
        var index = bom
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        /// The fields of the line from `start` up to `end`: where each starts.
        func fieldStarts(from start: Int, to end: Int) -> [Int] {
            var starts = [start]
            var quoted = false
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { quoted.toggle() }
                if byte == separator && !quoted { starts.append(index + 1) }
                if !quoted && (byte == 0x0A || byte == 0x0D) { break }
                index += 1
            }
            return starts
        }
        let starts = fieldStarts(from: lineStart, to: offset)
        let fieldStart = starts.last ?? lineStart
        let character = 1 + bytes[fieldStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
        // The header's name of that field, read loosely (it is only a label in a message).
        let headerStarts = fieldStarts(from: bom, to: bytes.count)
        var name: String?
        if starts.count <= headerStarts.count {
            let from = headerStarts[starts.count - 1]
            var to = from
            while to < bytes.count, bytes[to] != separator, bytes[to] != 0x0A, bytes[to] != 0x0D { to += 1 }
            let text = String(decoding: bytes[from..<to], as: UTF8.self).trimming { $0 == " " || $0 == "\"" || $0 == "\t" }
            if !text.isEmpty { name = Sanitized.short(text, limit: 40) }
        }
        return place(line, starts.count, name) + ", teken \(character)"
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
        static func encoding(_ problem: TextDecoding.Problem, _ bytes: [UInt8]) -> String {
            switch problem.kind {
            case .mixture(let byte, let evidence):
                let elsewhere: String
                if let evidence {
                    var end = evidence + 1
                    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                    let line = 1 + bytes[..<evidence].filter { $0 == 0x0A }.count
                    elsewhere = "elders UTF-8 is (regel \(line): \"\(Sanitized.short(String(decoding: bytes[evidence..<end], as: UTF8.self)))\")"
                } else {
                    elsewhere = "met een UTF-8-BOM begint"
                }
                return "de byte \(hex(byte)) is geen UTF-8, terwijl het bestand \(elsewhere): een mengsel van twee tekensets wordt niet "
                    + "gelezen (de andere letters zouden verminkt raken); sla het bestand als geheel op als UTF-8 (of als Windows-1252)"
            case .notWindows1252(let byte):
                return "de byte \(hex(byte)) is geen UTF-8 en bestaat niet in Windows-1252; is dit het goede bestand?"
            case .control(let scalar):
                return control(scalar)
            }
        }
        static func control(_ scalar: Unicode.Scalar) -> String {
            "bevat een stuurteken (\\u{\(String(scalar.value, radix: 16, uppercase: true))}); zo'n teken verandert wat een terminal toont "
                + "en hoort in geen naam of gegeven: verwijder het"
        }
        static func hex(_ byte: UInt8) -> String { "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
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
