import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error: written with `write(2)`, prose wrapped to the
/// terminal's width, and whether styling is allowed (only on a terminal,
/// never with `NO_COLOR` set or when piped).
///
/// Width: `COLUMNS` when it is set to a number, else the terminal's own
/// width; in a pipe without `COLUMNS` nothing is wrapped, so that other
/// programs read whole lines.
enum Terminal {
    /// Text as it is: JSON, Markdown, diagrams.
    static func out(_ text: String) {
        let failure = write(text, to: STDOUT_FILENO)
        // The reader went away (`routekaart boom | head`) or the terminal was closed: stop quietly, after the
        // interview saved its case.
        if failure != 0 { Signals.shared.outputFailed(failure) }
    }

    /// Sentences for people: wrapped to the width of standard output.
    static func prose(_ text: String) {
        out(width(of: STDOUT_FILENO).map { TextWrapper.wrap(text, width: $0) } ?? text)
    }

    /// A message on standard error, on a line of its own, wrapped like prose.
    static func err(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        // A message that cannot be shown is lost; the program goes on (or is ending already).
        _ = write(width(of: STDERR_FILENO).map { TextWrapper.wrap(line, width: $0) } ?? line, to: STDERR_FILENO)
    }

    static var styled: Bool {
        isatty(STDOUT_FILENO) == 1 && Environment.value("NO_COLOR") == nil
    }

    /// The width to wrap to, or nil for no wrapping.
    static func width(of descriptor: Int32) -> Int? {
        if let columns = Environment.value("COLUMNS").flatMap({ Int($0) }), columns > 0 { return columns }
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Writes all bytes; 0, or the error (`errno`) when the other end is closed or writing fails.
    static func write(_ text: String, to descriptor: Int32) -> Int32 {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

/// The exit codes of `routekaart` (also in the README).
enum ExitCode {
    static let success: Int32 = 0
    /// A fixture failed, or the interview ended without advice.
    static let failure: Int32 = 1
    static let usage = InputError.Kind.usage.rawValue
    static let data = InputError.Kind.data.rawValue
    static let missingFile = InputError.Kind.missingFile.rawValue
    /// An output file (the agenda) could not be written (EX_CANTCREAT).
    static let cannotCreate: Int32 = 73
    /// Standard output was closed before everything was written (EX_IOERR).
    static let outputClosed: Int32 = 74
    /// Ended by a signal: 128 + its number (Ctrl-C 130, Ctrl-\ 131, closed terminal 129, SIGTERM 143).
    static func signal(_ number: Int32) -> Int32 { 128 + number }
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
