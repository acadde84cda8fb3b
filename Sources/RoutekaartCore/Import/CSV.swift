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
        let body = Array(bytes[start...])
        if isValidUTF8(body) { return (body, .utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        for byte in body {
            let scalar: UInt32 = byte < 0x80 ? UInt32(byte) : (byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)])
            appendUTF8(scalar, to: &out)
        }
        return (out, .windows1252)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
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
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The line in the file where the row starts (the header is line 1).
        public var line: Int
        public var fields: [String]
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]
    public let encoding: TextDecoding.Encoding

    /// Parses the bytes of a file; a broken row is an error with file, line and column.
    public init(bytes raw: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ";")) throws(InputError) {
        self.file = file
        let (bytes, encoding) = TextDecoding.utf8(raw)
        self.encoding = encoding
        let records = try Self.parse(bytes, file: file, separator: separator)
        guard let first = records.first else {
            throw InputError(.data, file: file, place: nil, Messages.empty)
        }
        header = first.fields
        var seen = Set<String>()
        for (position, name) in header.enumerated() where !seen.insert(name).inserted {
            throw InputError(.data, file: file, place: Self.place(1, position + 1, nil), Messages.duplicateColumn(name))
        }
        rows = Array(records.dropFirst())
        for row in rows where row.fields.count != header.count {
            throw InputError(
                .data, file: file, place: "regel \(row.line)", Messages.fieldCount(expected: header.count, found: row.fields.count))
        }
    }

    /// The rows of the bytes, each field trimmed. Unquoted fields become strings straight from the bytes;
    /// only quoted fields are copied to undo doubled quotes.
    static func parse(_ bytes: [UInt8], file: String, separator: UInt8) throws(InputError) -> [Row] {
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        var records: [Row] = []
        records.reserveCapacity(bytes.count / 64)
        let result: Result<[Row], InputError> = bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var fields: [String] = []
            var line = 1
            var recordLine = 1
            var index = 0
            func string(_ start: Int, _ end: Int) -> String {
                var a = start
                var b = end
                while a < b, buffer[a] == space || buffer[a] == tab { a += 1 }
                while b > a, buffer[b - 1] == space || buffer[b - 1] == tab { b -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[a..<b]), as: UTF8.self)
            }
            func finishRecord() {
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
                fields = []
                fields.reserveCapacity(records.last?.fields.count ?? 8)
            }
            while index < count {
                // One field: skip leading spaces to see whether it is quoted.
                var probe = index
                while probe < count, buffer[probe] == space || buffer[probe] == tab { probe += 1 }
                var atEndOfLine = false
                if probe < count, buffer[probe] == quote {
                    let openLine = line
                    let openColumn = fields.count + 1
                    var value: [UInt8] = []
                    var cursor = probe + 1
                    var closed = false
                    while cursor < count {
                        let byte = buffer[cursor]
                        if byte == quote {
                            if cursor + 1 < count, buffer[cursor + 1] == quote {
                                value.append(quote)
                                cursor += 2
                                continue
                            }
                            closed = true
                            cursor += 1
                            break
                        }
                        if byte == lf { line += 1 }
                        value.append(byte)
                        cursor += 1
                    }
                    guard closed else {
                        return .failure(InputError(.data, file: file, place: Self.place(openLine, openColumn, nil), Messages.unclosedQuote))
                    }
                    while cursor < count, buffer[cursor] == space || buffer[cursor] == tab { cursor += 1 }
                    if cursor < count, buffer[cursor] != separator, buffer[cursor] != cr, buffer[cursor] != lf {
                        return .failure(InputError(.data, file: file, place: Self.place(line, openColumn, nil), Messages.textAfterQuote))
                    }
                    fields.append(Self.trimmed(value))
                    index = cursor
                } else {
                    var cursor = index
                    while cursor < count, buffer[cursor] != separator, buffer[cursor] != cr, buffer[cursor] != lf { cursor += 1 }
                    fields.append(string(index, cursor))
                    index = cursor
                }
                // After the field: a separator, the end of the line, or the end of the file.
                if index < count, buffer[index] == separator {
                    index += 1
                    if index == count { fields.append("") }
                    continue
                }
                atEndOfLine = true
                if atEndOfLine {
                    if index < count, buffer[index] == cr { index += 1 }
                    if index < count, buffer[index] == lf { index += 1 }
                    finishRecord()
                    line += 1
                    recordLine = line
                }
            }
            return .success(records)
        }
        return try result.get()
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
