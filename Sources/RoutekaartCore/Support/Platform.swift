#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The few things the advisor needs beyond the standard library and FoundationEssentials: the whole
// Foundation (with ICU) costs more to load than the advisor spends on a case, so it is not linked.

/// A value guarded by a lock: it is read and changed only inside `withLock` (as swift-argument-parser's `Mutex`).
/// A pthread mutex underneath: the toolchain's `Synchronization.Mutex` needs macOS 15, and the package supports 13.
public final class Mutex<State>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var state: State

    public init(_ state: State) {
        self.state = state
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }
}

/// Runs `side` on a second thread while this thread runs `main`, and returns both results: two independent pieces of
/// work then take as long as the longer one. When no thread can be started, `side` runs here, before `main`.
func alongside<Main, Side: Sendable>(_ side: @escaping @Sendable () -> Side, do main: () -> Main) -> (Main, Side) {
    let job = SideJob(side)
    #if canImport(Darwin)
        var thread: pthread_t? = nil
    #else
        var thread = pthread_t()
    #endif
    let context = Unmanaged.passRetained(job).toOpaque()
    let started = pthread_create(
        &thread, nil,
        { raw in
            guard let raw else { return nil }
            Unmanaged<AnyJob>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context)
    if started != 0 {
        Unmanaged<AnyJob>.fromOpaque(context).release()
        job.run()
    }
    let mine = main()
    #if canImport(Darwin)
        if started == 0, let thread { pthread_join(thread, nil) }
    #else
        if started == 0 { pthread_join(thread, nil) }
    #endif
    // pthread_join orders the thread's write of the result before this read.
    guard let theirs = job.result else { preconditionFailure("alongside: the side job did not run") }
    return (mine, theirs)
}

/// A piece of work for another thread (`alongside`): the thread sees only this non-generic type.
private class AnyJob: @unchecked Sendable {
    func run() {}
}

private final class SideJob<Result: Sendable>: AnyJob, @unchecked Sendable {
    private let work: @Sendable () -> Result
    /// Written once by the thread that runs the job, read after it was joined.
    private(set) var result: Result?

    init(_ work: @escaping @Sendable () -> Result) { self.work = work }

    override func run() { result = work() }
}

/// The items in first-seen order, each once.
func unique<Item: Hashable>(_ items: some Sequence<Item>) -> [Item] { unique(items, by: { $0 }) }

/// The items in first-seen order, each once by `key` (the first item with a key stays).
func unique<Item, Key: Hashable>(_ items: some Sequence<Item>, by key: (Item) -> Key) -> [Item] {
    var seen = Set<Key>()
    return items.filter { seen.insert(key($0)).inserted }
}

/// File paths as strings, `/`-separated.
public enum Path {
    /// `directory/name`, with one `/` between them (as `NSString.appendingPathComponent`).
    public static func join(_ directory: String, _ name: String) -> String {
        var base = Substring(directory)
        while base.count > 1, base.hasSuffix("/") { base = base.dropLast() }
        let tail = name.drop { $0 == "/" }
        if tail.isEmpty { return String(base) }
        if base.isEmpty { return String(tail) }
        return base == "/" ? "/" + tail : base + "/" + tail
    }

    /// The folder of a path: `data/model/regio.csv` → `data/model`, `regio.csv` → `.` (as `deletingLastPathComponent`).
    public static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The last part of a path: `data/model/regio.csv` → `regio.csv`.
    public static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed == "/" { return "/" }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    /// A file name without its extension: `casus.json` → `casus`.
    public static func deletingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// Text helpers that Foundation's `CharacterSet` and `folding` used to give.
public enum TextTools {
    /// Spaces and tabs (Unicode `Zs` and U+0009), as `CharacterSet.whitespaces`.
    public static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Line ends: U+000A–U+000D, U+0085, U+2028, U+2029, as `CharacterSet.newlines`.
    public static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// A letter without its accent (`é` → `e`, `Ç` → `C`; `ĳ`, `ø` and `ł` have none to lose): the canonical base letter for
    /// Latin-1 and Latin Extended-A, the letters of Dutch names and places; nil for a combining mark on its own (the
    /// accent of a decomposed letter).
    public static func withoutAccent(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.properties.generalCategory == .nonspacingMark { return nil }
        let value = scalar.value
        if value >= 0xC0 && value <= 0xFF, let base = latin1[Int(value - 0xC0)] { return base }
        if value >= 0x100 && value <= 0x17F, let base = extendedA[Int(value - 0x100)] { return base }
        return scalar
    }

    /// Letters, marks and digits (Unicode `L*`, `M*`, `N*`), as `CharacterSet.alphanumerics`.
    public static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark,
            .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// True when the bytes of `needle` occur in `haystack`.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOccurrence(of: needle, in: haystack, from: 0) != nil
    }

    /// Where the bytes of `needle` first occur in `haystack` from `start` (`needle`'s first byte found with `memchr`).
    static func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start <= haystack.count ? start : nil }
        var from = start
        while let hit = firstIndex(of: first, in: haystack, from: from) {
            guard hit + needle.count <= haystack.count else { return nil }
            var offset = 1
            while offset < needle.count && haystack[hit + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return hit }
            from = hit + 1
        }
        return nil
    }

    /// The first place from `start` where `word` stands in `text`, in any case (`range(of:options: .caseInsensitive)`).
    public static func caseInsensitiveRange(of word: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        let wanted = Array(word.lowercased())
        guard !wanted.isEmpty else { return nil }
        var candidate = start
        while candidate < text.endIndex {
            var index = candidate
            var matched = 0
            while matched < wanted.count, index < text.endIndex, text[index].lowercased() == String(wanted[matched]) {
                index = text.index(after: index)
                matched += 1
            }
            if matched == wanted.count { return candidate..<index }
            candidate = text.index(after: candidate)
        }
        return nil
    }

    /// Lower case, without accents, as `folding(options: [.caseInsensitive, .diacriticInsensitive])`.
    public static func folded(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let base = withoutAccent(scalar) else { continue }
            result.append(contentsOf: base.properties.lowercaseMapping.unicodeScalars)
        }
        return String(result)
    }

    /// U+00C0…U+00FF: the base letter of each accented one; nil where there is none (Æ, ×, Ð, Þ, ß…).
    private static let latin1: [Unicode.Scalar?] = Array(
        "AAAAAA\u{0}CEEEEIIII\u{0}NOOOOO\u{0}\u{0}UUUUY\u{0}\u{0}aaaaaa\u{0}ceeeeiiii\u{0}nooooo\u{0}\u{0}uuuuy\u{0}y".unicodeScalars
    ).map { $0 == "\u{0}" ? nil : $0 }

    /// U+0100…U+017F, in the same way.
    private static let extendedA: [Unicode.Scalar?] = Array(
        ("AaAaAaCcCcCcCcDd\u{0}\u{0}EeEeEeEeEeGgGgGgGgHh\u{0}\u{0}IiIiIiIiI\u{0}\u{0}\u{0}JjKk\u{0}LlLlLl\u{0}\u{0}\u{0}\u{0}"
            + "NnNnNn\u{0}\u{0}\u{0}OoOoOo\u{0}\u{0}RrRrRrSsSsSsSsTtTt\u{0}\u{0}UuUuUuUuUuUuWwYyYZzZzZz\u{0}").unicodeScalars
    ).map { $0 == "\u{0}" ? nil : $0 }
}

extension StringProtocol {
    /// Without spaces and tabs at either end (`trimmingCharacters(in: .whitespaces)`).
    public func trimmingBlanks() -> String { trimming(TextTools.isBlank) }

    /// Without spaces, tabs and line ends at either end (`.whitespacesAndNewlines`).
    public func trimmingBlanksAndNewlines() -> String { trimming { TextTools.isBlank($0) || TextTools.isNewline($0) } }

    /// Without line ends at either end (`.newlines`).
    public func trimmingNewlines() -> String { trimming(TextTools.isNewline) }

    /// Without white space at the end (as the pattern `\s+$`).
    public func droppingTrailingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[...last]))
    }

    /// Without the scalars that `drop` says to drop, at either end.
    public func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        // Nothing to cut, as for most texts: the text as it is, not rebuilt scalar by scalar.
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when `other` occurs in the text, compared byte for byte (UTF-8): a literal search, as Foundation's
    /// `contains` on folded search keys, without the Character-by-Character walk of the generic one.
    public func containsText(_ other: some StringProtocol) -> Bool {
        if other.isEmpty { return true }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            other.utf8.withContiguousStorageIfAvailable { needle in TextTools.occurs(needle, in: haystack) }
        }
        if let found, let result = found { return result }
        let haystack = Array(utf8)
        let needle = Array(other.utf8)
        return haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in TextTools.occurs(n, in: h) } }
    }

    /// Padded with spaces to `width` characters (or cut to it), as `padding(toLength:withPad:startingAt:)`.
    public func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : String(self) + String(repeating: " ", count: width - count)
    }
}

/// The first occurrence of a byte in a buffer, from `start`: `memchr`.
func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress, start < buffer.count else { return nil }
    guard let found = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
}
