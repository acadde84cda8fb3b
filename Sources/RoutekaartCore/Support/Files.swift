#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Paths are strings everywhere (`Path`); FoundationEssentials wants a URL for this, made here only. Files are written by
// `FileWriter`.
extension Path {
    /// The path with `.` and `..` taken out and symbolic links followed, to tell whether two names are one file.
    public static func resolved(_ path: String) -> String {
        URL(filePath: path).standardized.resolvingSymlinksInPath().path(percentEncoded: false)
    }
}
