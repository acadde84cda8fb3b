#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a knowledge file so that nothing is lost: every row as it was unless the program changed it, the user's
/// header (column order and extra columns), byte-order mark and line ends; atomically (a temporary file in the same
/// folder, flushed to disk, then renamed over the old one), and only if nobody changed the file since it was read.
public enum KnowledgeWriter {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            /// The folder or file cannot be created or written (EX_CANTCREAT).
            case cannotWrite
            /// The file changed between reading and writing (EX_TEMPFAIL: try again).
            case changedMeanwhile
        }

        public var reason: Reason
        public var path: String

        public var exitCode: Int32 { reason == .cannotWrite ? 73 : 75 }

        public var description: String {
            switch reason {
            case .cannotWrite: "\(Sanitized.path(path)): kan niet schrijven; er is niets veranderd (controleer de map en de rechten)"
            case .changedMeanwhile:
                "\(Sanitized.path(path)): het bestand is veranderd sinds het werd gelezen (door een ander programma of een collega?); "
                    + "er is niets geschreven: probeer het opnieuw"
            }
        }
    }

    /// The bytes of the table as a file.
    public static func bytes(of table: KnowledgeTable) -> [UInt8] {
        var out: [UInt8] = table.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for fields in [table.header] + table.rows.map(\.fields) {
            var line = Array(CSVTable.line(fields).utf8)
            if table.crlf, line.last == 0x0A { line.insert(0x0D, at: line.count - 1) }
            out += line
        }
        return out
    }

    /// Writes `bytes` to `path` atomically. `previous` is what the file held when it was read (nil: it did not exist);
    /// when the file now holds something else, nothing is written. A symbolic link is followed, so a link to a shared
    /// folder stays a link. The folder is created when it is missing (the default file's `routekaart` folder).
    public static func write(_ bytes: [UInt8], to path: String, previous: [UInt8]?) throws(Failure) {
        let target = resolved(path)
        let folder = parent(of: target)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: .cannotWrite, path: path)
        }
        let current = FileManager.default.contents(atPath: target).map { Array($0) }
        guard current == previous else { throw Failure(reason: .changedMeanwhile, path: path) }

        let temporary = Path.join(folder, ".\(Path.lastComponent(target)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        var mode: mode_t = 0o644
        var status = stat()
        if stat(target, &status) == 0 { mode = status.st_mode & 0o7777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(reason: .cannotWrite, path: path) }
        var written = 0
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while written < buffer.count {
                let count = Glibc.write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
        // The data on disk before the name points at it: a crash leaves the old file or the new one, never half.
        guard ok, fsync(descriptor) == 0, close(descriptor) == 0 else {
            unlink(temporary)
            throw Failure(reason: .cannotWrite, path: path)
        }
        let now = FileManager.default.contents(atPath: target).map { Array($0) }
        guard now == previous else {
            unlink(temporary)
            throw Failure(reason: .changedMeanwhile, path: path)
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw Failure(reason: .cannotWrite, path: path)
        }
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The path a symbolic link points to (followed to the end), or the path itself.
    static func resolved(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination : Path.join(parent(of: current), destination)
        }
        return current
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
