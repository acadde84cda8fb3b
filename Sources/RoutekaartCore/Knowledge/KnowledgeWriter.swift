#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes a knowledge file so that nothing is lost: every row as it was unless the program changed it, the user's
/// header (column order and extra columns), byte-order mark and line ends; as every file is written (`FileWriter`: a
/// temporary file in the same folder, flushed to disk, then renamed over the old one), and only if nobody changed the
/// file since it was read.
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

    /// Writes `bytes` to `path` as every file is written (`FileWriter`). `previous` is what the file held when it was
    /// read (nil: it did not exist); when the file now holds something else, nothing is written. A symbolic link is
    /// followed, so a link to a shared folder stays a link. The folder is created when it is missing (the default
    /// file's `routekaart` folder).
    public static func write(_ bytes: [UInt8], to path: String, previous: [UInt8]?) throws(Failure) {
        do {
            try FileWriter.write(bytes, to: path, existing: .replaceIfUnchanged(previous), createFolder: true)
        } catch {
            throw Failure(reason: error.reason == .changedMeanwhile ? .changedMeanwhile : .cannotWrite, path: path)
        }
    }
}
