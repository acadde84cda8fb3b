#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The environment variables the program reads, each read by name: `ProcessInfo`'s environment copies every variable
/// into a dictionary first, which costs more than what the program does with the few it needs.
enum Environment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// The variables that place the user's own knowledge file (`KnowledgeLocation.defaultFile`).
    static var knowledgeLocation: [String: String] {
        var values: [String: String] = [:]
        for name in ["XDG_DATA_HOME", "HOME"] { values[name] = value(name) }
        return values
    }
}
