#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A large CSV export read one record at a time (DUO's RIO files: the licences alone are 83 MB and 583,721 rows):
/// UTF-8 with or without byte-order mark, `;` or `,` as separator (decided by the header), fields quoted as in
/// normal CSV, LF or CR LF. Columns are found by name, without regard to case. Only the fields asked for become strings.
struct DelimitedFile {
    let path: String
    /// The header's names, trimmed and in upper case.
    let header: [String]
    let separator: UInt8
    private let bytes: [UInt8]
    private let bodyStart: Int
    private let bodyLine: Int

    /// Reads the file and its header; a missing file is exit 66, anything but UTF-8 exit 65.
    init(path: String) throws(InputError) {
        self.path = path
        var isDirectory: Bool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory else {
            throw InputError(.missingFile, file: path, Messages.notFound)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(.missingFile, file: path, Messages.unreadable) }
        var all = Array(data)
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF { all.removeFirst(3) }
        if let bad = TextDecoding.firstInvalidUTF8(all) {
            let line = all[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw InputError(.data, file: path, place: "regel \(line)", Messages.notUTF8)
        }
        bytes = all
        // The separator is the one of `;` and `,` that occurs most in the header outside quotes.
        var semicolons = 0
        var commas = 0
        var quoted = false
        var end = 0
        while end < all.count, quoted || (all[end] != 0x0A && all[end] != 0x0D) {
            switch all[end] {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            case UInt8(ascii: ",") where !quoted: commas += 1
            default: break
            }
            end += 1
        }
        separator = semicolons >= commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
        if let control = all.withUnsafeBufferPointer(TextDecoding.firstControl) {
            throw InputError(
                .data, file: path, place: CSVTable.place(ofByte: control.offset, in: all, separator: separator),
                CSVTable.Messages.control(control.scalar))
        }
        var cursor = 0
        var line = 1
        var fields: [Range<Int>] = []
        var header: [String] = []
        if DelimitedFile.nextRecord(all, separator: separator, from: &cursor, line: &line, fields: &fields) {
            header = fields.map { DelimitedFile.text(all, $0).trimmingBlanks().uppercased() }
        }
        guard !header.isEmpty else { throw InputError(.data, file: path, Messages.empty) }
        self.header = header
        bodyStart = cursor
        bodyLine = line
    }

    /// The positions of the columns named; every missing one is named in one error with the file.
    func columns(_ names: [String]) throws(InputError) -> [Int] {
        let missing = names.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw InputError(.data, file: path, place: "regel 1", Messages.missingColumns(missing, found: header))
        }
        return names.compactMap { header.firstIndex(of: $0) }
    }

    /// The position of a column that may be missing.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Calls `body` for every record after the header with its line and a way to read a field; empty lines are skipped.
    func forEach(_ body: (_ line: Int, _ field: (Int) -> String) -> Void) {
        var cursor = bodyStart
        var line = bodyLine
        var fields: [Range<Int>] = []
        fields.reserveCapacity(header.count + 4)
        while true {
            let recordLine = line
            guard DelimitedFile.nextRecord(bytes, separator: separator, from: &cursor, line: &line, fields: &fields) else { return }
            if fields.count == 1 && fields[0].isEmpty { continue }
            body(recordLine) { index in
                guard fields.indices.contains(index) else { return "" }
                return DelimitedFile.text(bytes, fields[index]).trimmingBlanks()
            }
        }
    }

    /// The byte ranges of the next record's fields (a quoted field's range includes its quotes); false at the end.
    static func nextRecord(_ bytes: [UInt8], separator: UInt8, from cursor: inout Int, line: inout Int, fields: inout [Range<Int>]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard cursor < bytes.count else { return false }
        let quote = UInt8(ascii: "\"")
        var start = cursor
        var quoted = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quoted {
                if byte == quote {
                    if cursor + 1 < bytes.count, bytes[cursor + 1] == quote {
                        cursor += 2
                        continue
                    }
                    quoted = false
                } else if byte == 0x0A {
                    line += 1
                }
                cursor += 1
                continue
            }
            if byte == quote {
                quoted = true
                cursor += 1
            } else if byte == separator {
                fields.append(start..<cursor)
                cursor += 1
                start = cursor
            } else if byte == 0x0A || byte == 0x0D {
                fields.append(start..<cursor)
                if byte == 0x0D, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x0A { cursor += 1 }
                cursor += 1
                line += 1
                return true
            } else {
                cursor += 1
            }
        }
        fields.append(start..<cursor)
        return true
    }

    /// The text of a field: quotes around it removed and doubled quotes inside made single.
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        guard upper - lower >= 2, bytes[lower] == UInt8(ascii: "\""), bytes[upper - 1] == UInt8(ascii: "\"") else {
            return String(decoding: bytes[lower..<upper], as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(upper - lower)
        var index = lower + 1
        while index < upper - 1 {
            out.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") && index + 1 < upper - 1 && bytes[index + 1] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    enum Messages {
        static let notFound = "bestand niet gevonden"
        static let unreadable = "kan het bestand niet lezen (rechten?)"
        static let empty = "het bestand is leeg; verwacht een kopregel met kolomnamen"
        static let notUTF8 = "het bestand is geen UTF-8 (DUO levert RIO in UTF-8); is dit het goede bestand, of is het opnieuw opgeslagen?"
        static func missingColumns(_ names: [String], found: [String]) -> String {
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let present = found.prefix(12).map { Sanitized.short($0, limit: 30) }.joined(separator: "; ")
            return (names.count == 1 ? "de kolom \(list) ontbreekt" : "de kolommen \(list) ontbreken")
                + " (gevonden: \(present)\(found.count > 12 ? "; …" : "")); is dit het goede bestand, of heeft DUO de kolommen hernoemd?"
        }
    }
}
