import Foundation
import RoutekaartCore

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error, and whether styling is allowed: only on a
/// terminal, never with `NO_COLOR` set or when piped.
struct Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var styled: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

/// Ends the program with a message on stderr and the error's exit code.
struct ExitError: Error {
    var code: Int32
    var message: String?

    init(_ error: InputError) {
        code = error.kind.rawValue
        message = error.description
    }

    init(_ errors: InputErrors) {
        code = errors.kind.rawValue
        message = errors.description
    }

    init(code: Int32, message: String? = nil) {
        self.code = code
        self.message = message
    }
}
