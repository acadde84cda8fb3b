#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a knowledge file: semicolon CSV in UTF-8 (with or without byte-order mark), quoted as a spreadsheet quotes
/// (LibreOffice or Excel with `;` as separator), a header with the columns found by name, one fact per row. Every
/// row is checked by `KnowledgeValidator`; all problems are reported at once.
public enum KnowledgeReader {
    /// Larger files are refused before they are parsed (the RIO import of the whole country is far smaller).
    public static let maximumBytes = 20_000_000

    /// Reads and checks the file at `source`. A missing optional file (the default file, the RIO file) is an empty
    /// table; a missing `--kennis` file is an error (exit 66).
    public static func read(_ source: KnowledgeSource, reference: KnowledgeReference, today: Day) throws(InputError) -> KnowledgeReading {
        guard let bytes = try bytes(at: source.path, optional: source.isOptional) else {
            return KnowledgeReading(table: .empty(path: source.path, label: source.label, kind: source.kind), errors: [], warnings: [])
        }
        return parse(bytes, path: source.path, label: source.label, kind: source.kind, reference: reference, today: today)
    }

    /// The bytes of a file, read like every other file the program reads (`FileReader`: bounded, a folder or device
    /// refused); nil when it is not there and may be missing.
    public static func bytes(at path: String, optional: Bool) throws(InputError) -> [UInt8]? {
        do {
            return try FileReader.bytes(path, limit: maximumBytes)
        } catch {
            if optional, error.kind == .missingFile, !FileManager.default.fileExists(atPath: path) { return nil }
            throw error
        }
    }

    /// Parses and checks the bytes of a knowledge file.
    public static func parse(
        _ raw: [UInt8], path: String, label: String, kind: KnowledgeSource.Kind = .given, reference: KnowledgeReference, today: Day,
        checksPersonalData: Bool = true
    ) -> KnowledgeReading {
        var table = KnowledgeTable.empty(path: path, label: label, kind: kind)
        func failed(_ line: Int, _ place: String, _ message: String) -> KnowledgeReading {
            KnowledgeReading(table: table, errors: [InputError(.data, file: "\(path):\(line)", place: place, message)], warnings: [])
        }
        let bom = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let bytes = bom ? Array(raw[3...]) : raw
        table.byteOrderMark = bom
        if let bad = TextDecoding.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return failed(line, "", Messages.notUTF8)
        }
        if let firstLineEnd = bytes.firstIndex(of: 0x0A) { table.crlf = firstLineEnd > 0 && bytes[firstLineEnd - 1] == 0x0D }
        let records: [CSVTable.Row]
        do throws(InputError) {
            records = try CSVTable.records(bytes, file: path)
        } catch {
            // The CSV reader names the line and column in its own words; keep them.
            return KnowledgeReading(table: table, errors: [error], warnings: [])
        }
        guard let headerRecord = records.first else {
            // An empty file holds no facts; the first write gives it a header.
            return KnowledgeReading(table: table, errors: [], warnings: [])
        }
        table.header = headerRecord.fields
        let lowered = table.header.map { $0.lowercased() }
        let missing = KnowledgeTable.columns.filter { !lowered.contains($0) }
        if !missing.isEmpty {
            if table.header.count == 1, table.header[0].contains(",") { return failed(1, Messages.headerPlace, Messages.commaSeparated) }
            return failed(1, Messages.headerPlace, Messages.missingColumns(missing))
        }
        var seen = Set<String>()
        for name in lowered where !name.isEmpty && !seen.insert(name).inserted {
            return failed(1, Messages.headerPlace, Messages.duplicateColumn(name))
        }
        var errors: [InputError] = []
        for record in records.dropFirst() {
            var fields = record.fields
            if fields.count > table.header.count {
                let extra = fields[table.header.count...]
                guard extra.allSatisfy(\.isEmpty) else {
                    errors.append(
                        InputError(.data, file: "\(path):\(record.line)", place: "", Messages.fieldCount(fields.count, table.header.count)))
                    table.rows.append(KnowledgeRow(line: record.line, fields: fields, fact: nil))
                    continue
                }
                fields = Array(fields[..<table.header.count])
            }
            // A text editor or an older spreadsheet may leave the empty fields at the end of a line out.
            while fields.count < table.header.count { fields.append("") }
            table.rows.append(KnowledgeRow(line: record.line, fields: fields, fact: nil))
        }
        var validator = KnowledgeValidator(table: table, reference: reference, today: today)
        validator.checksPersonalData = checksPersonalData
        validator.interpretRows()
        validator.checkAcrossRows()
        return KnowledgeReading(
            table: validator.table, errors: byLine(errors + validator.errors, path: path), warnings: byLine(validator.warnings, path: path))
    }

    /// Problems in the order of the file's lines (stable within a line), as a reader goes through the file.
    static func byLine(_ problems: [InputError], path: String) -> [InputError] {
        func line(_ problem: InputError) -> Int {
            guard let file = problem.file, file.hasPrefix(path + ":") else { return 0 }
            return Int(file.dropFirst(path.count + 1)) ?? 0
        }
        return problems.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    }

    enum Messages {
        static let headerPlace = "kopregel"
        static let notUTF8 =
            "het bestand is geen UTF-8; sla het op als \"CSV UTF-8\" (Excel) of kies bij LibreOffice de tekenset Unicode (UTF-8), met ; als scheidingsteken"
        static let commaSeparated =
            "de kolommen worden gescheiden door komma's; een kennisbestand gebruikt puntkomma's (kies ; als scheidingsteken bij het opslaan als CSV)"
        static func missingColumns(_ names: [String]) -> String {
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            return (names.count == 1 ? "de kolom \(list) ontbreekt" : "de kolommen \(list) ontbreken")
                + "; een kennisbestand begint met de kopregel " + KnowledgeTable.columns.joined(separator: ";")
        }
        static func duplicateColumn(_ name: String) -> String { "de kolom \"\(Sanitized.short(name))\" staat twee keer in de kopregel" }
        static func fieldCount(_ found: Int, _ expected: Int) -> String {
            "deze regel heeft \(found) velden; de kopregel heeft er \(expected) (staat er een ; te veel, of hoort de tekst tussen aanhalingstekens?)"
        }
    }
}
