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
        default:
            out.append(UInt8(0xE0 | (scalar >> 12)))
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
        var records: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var column = 1
        var index = 0
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")

        func finishField() {
            fields.append(Self.trimmed(field))
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote && field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                // A quoted field: up to the closing quote; "" is one quote.
                field.removeAll(keepingCapacity: true)
                let openLine = line
                let openColumn = fields.count + 1
                index += 1
                var closed = false
                while index < bytes.count {
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == lf { line += 1 }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    throw InputError(.data, file: file, place: Self.place(openLine, openColumn, nil), Messages.unclosedQuote)
                }
                // After the closing quote only spaces, then a separator or the end of the line.
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                if index < bytes.count, bytes[index] != separator, bytes[index] != cr, bytes[index] != lf {
                    throw InputError(.data, file: file, place: Self.place(line, openColumn, nil), Messages.textAfterQuote)
                }
                continue
            }
            if byte == separator {
                finishField()
                column += 1
                index += 1
            } else if byte == lf || byte == cr {
                finishRecord()
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                index += 1
                line += 1
                recordLine = line
                column = 1
            } else {
                field.append(byte)
                index += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty { finishRecord() }
        _ = column

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
            guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
