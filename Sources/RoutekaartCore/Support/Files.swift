#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Paths are strings everywhere (`Path`); FoundationEssentials wants a URL for two things, made here only.
extension Path {
    /// Writes the bytes to a temporary file beside `path`, then renames it: a reader never sees half a file.
    public static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(filePath: path), options: .atomic)
    }

    /// The path with `.` and `..` taken out and symbolic links followed, to tell whether two names are one file.
    public static func resolved(_ path: String) -> String {
        URL(filePath: path).standardized.resolvingSymlinksInPath().path(percentEncoded: false)
    }
}
