/// Bad input of any kind, with what the user needs to fix it: the file, the
/// place in it, and what is wrong. Each kind has its Unix exit code.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Int32, Sendable {
        /// A wrong command line (EX_USAGE).
        case usage = 64
        /// Wrong content of a file or answer (EX_DATAERR).
        case data = 65
        /// A file or folder that is not there (EX_NOINPUT).
        case missingFile = 66
    }

    public var kind: Kind
    public var file: String?
    public var place: String?
    public var message: String

    public init(_ kind: Kind, file: String? = nil, place: String? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String {
        var prefix = ""
        // A file name can come from the command line: shown escaped, like every echo of input.
        if let file { prefix += Sanitized.path(file) + ": " }
        if let place, !place.isEmpty { prefix += place + ": " }
        return prefix + message
    }
}

/// Several problems found at once (a data folder is checked completely, so
/// its maintainer sees every problem in one run).
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]
    public init(_ errors: [InputError]) { self.errors = errors }
    public var kind: InputError.Kind { errors.first?.kind ?? .data }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
