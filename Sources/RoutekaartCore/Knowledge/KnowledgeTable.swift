/// A knowledge file as it is on disk: its header in the user's own order (with any extra columns), every row with
/// its fields exactly as read, the fact a row states when the program understands it, and the file's byte-order mark
/// and line ends, so that writing it back changes nothing the program did not change.
public struct KnowledgeTable: Sendable {
    /// The columns every knowledge file has, in the order a new file gets them.
    public static let columns = ["onderwerp", "code", "leerwegen", "waarde", "vanaf", "tot", "bron", "gecontroleerd"]

    public var path: String
    /// How the advice names facts from this file (`uw kennisbestand`, `kennisbestand regio.csv`, `DUO RIO`).
    public var label: String
    /// Whose file it is: the user's, one given on the command line, or one of the data folder.
    public var kind: KnowledgeSource.Kind = .given
    public var header: [String] {
        didSet { keys = header.map { $0.trimmingBlanks().lowercased() } }
    }
    /// The header's names trimmed and in lower case, as columns are found.
    private(set) var keys: [String]
    public var rows: [KnowledgeRow]
    public var byteOrderMark: Bool
    /// True when the file's lines end in CR LF (a spreadsheet on Windows).
    public var crlf: Bool

    public init(path: String, label: String, header: [String], rows: [KnowledgeRow], byteOrderMark: Bool, crlf: Bool) {
        self.path = path
        self.label = label
        self.header = header
        self.keys = header.map { $0.trimmingBlanks().lowercased() }
        self.rows = rows
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
    }

    /// A file that does not exist yet: the standard header, a byte-order mark (so that Excel reads the accents as
    /// UTF-8) and LF line ends.
    public static func empty(path: String, label: String, kind: KnowledgeSource.Kind = .given) -> KnowledgeTable {
        var table = KnowledgeTable(path: path, label: label, header: columns, rows: [], byteOrderMark: true, crlf: false)
        table.kind = kind
        return table
    }

    /// The facts of the rows the program understands, in file order.
    public var facts: [KnowledgeFact] { rows.compactMap(\.fact) }

    /// The position of a column (one of `columns`, or an extra one) in the header, found by name without regard to case.
    public func position(of column: String) -> Int? {
        // The program names its columns in lower case already; another caller's name is lowered first.
        keys.firstIndex(of: column) ?? keys.firstIndex(of: column.lowercased())
    }

    /// The field of `column` in `row`, empty when the column is not there.
    public func field(_ row: KnowledgeRow, _ column: String) -> String {
        guard let position = position(of: column), row.fields.indices.contains(position) else { return "" }
        return row.fields[position]
    }

    /// The fields of a new row for `fact` in this file's column order, extra columns from `extra` (by name) or empty.
    public func fields(for fact: KnowledgeFact, extra: [String: String] = [:]) -> [String] {
        let standard: [String: String] = [
            "onderwerp": fact.subject.rawValue, "code": fact.code, "leerwegen": fact.scope.text, "waarde": fact.value.text,
            "vanaf": fact.period.vanaf.description, "tot": fact.period.tot?.description ?? "", "bron": fact.bron,
            "gecontroleerd": fact.gecontroleerd.description,
        ]
        let extraByName = Dictionary(extra.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        return keys.map { key in standard[key] ?? extraByName[key] ?? "" }
    }

    /// The extra columns of a row (not one of `columns`) that hold something, by header name.
    public func extraFields(of row: KnowledgeRow) -> [String: String] {
        var result: [String: String] = [:]
        for (position, name) in header.enumerated() where !Self.columns.contains(keys[position]) {
            if row.fields.indices.contains(position), !row.fields[position].isEmpty { result[name.trimmingBlanks()] = row.fields[position] }
        }
        return result
    }
}

/// One row of a knowledge file.
public struct KnowledgeRow: Sendable, Equatable {
    /// The line where the row starts in the file as read (the header is line 1); 0 for a row not yet written.
    public var line: Int
    /// One field per header column, as read (trimmed).
    public var fields: [String]
    /// What the row states; nil for a row the program does not understand (an empty row, or an onderwerp this
    /// version does not know). Such a row is kept as it is.
    public var fact: KnowledgeFact?

    public init(line: Int, fields: [String], fact: KnowledgeFact?) {
        self.line = line
        self.fields = fields
        self.fact = fact
    }
}

/// A knowledge file read and checked: the table, and every problem found (errors make the file unusable as a whole;
/// warnings do not).
public struct KnowledgeReading: Sendable {
    public var table: KnowledgeTable
    public var errors: [InputError]
    public var warnings: [InputError]

    public init(table: KnowledgeTable, errors: [InputError] = [], warnings: [InputError] = []) {
        self.table = table
        self.errors = errors
        self.warnings = warnings
    }

    /// The table, or every error at once (exit 65): a file with one bad row is not applied at all.
    public func checked() throws(InputErrors) -> KnowledgeTable {
        guard errors.isEmpty else { throw InputErrors(errors) }
        return table
    }
}

/// Where knowledge files are and how the advice names them.
public struct KnowledgeSource: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The user's own file in her data folder (`KnowledgeLocation.defaultFile`); it need not exist.
        case own
        /// A file named with `--kennis`.
        case given
        /// The facts of the RIO import that came with the data folder (`model/rio-kennis.csv`); it need not exist.
        case rio
        /// The sourced facts that come with the data folder (`model/kennis.csv`): every bron is in the source registry.
        case bundled
        /// The invented example facts (`voorbeeld/kennis.csv`), read with the example data only.
        case examples

        /// True for the files of the data folder (checked by `controleer`), false for the user's and her region's.
        public var isDataFolder: Bool {
            switch self {
            case .own, .given: false
            case .rio, .bundled, .examples: true
            }
        }
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// How the advice names a fact from this file.
    public var label: String {
        switch kind {
        case .own: "uw kennisbestand"
        case .given: "kennisbestand \(Sanitized.short(Path.lastComponent(path)))"
        case .rio: "DUO RIO"
        case .bundled: "meegeleverde gegevens"
        case .examples: "voorbeeldgegevens"
        }
    }

    /// True when a missing file is no error.
    public var isOptional: Bool { kind != .given }
}

/// The default place of the user's own knowledge file.
public enum KnowledgeLocation {
    /// `$XDG_DATA_HOME/routekaart/kennis.csv` (when that is an absolute path), else `$HOME/.local/share/routekaart/kennis.csv`;
    /// nil when neither is set. Nothing is created here: the file appears when something is first written to it.
    public static func defaultFile(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return Path.join(Path.join(data, "routekaart"), "kennis.csv")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return Path.join(home, ".local/share/routekaart/kennis.csv")
    }

    /// The RIO import's file in a data folder.
    public static func rioFile(dataDirectory: String) -> String { Path.join(dataDirectory, rio) }

    /// The data folder's files, relative to it.
    public static let rio = "model/rio-kennis.csv"
    public static let bundled = "model/kennis.csv"
    public static let examples = "voorbeeld/kennis.csv"
}
