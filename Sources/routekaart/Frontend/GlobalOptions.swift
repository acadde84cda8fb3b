/// The options every command takes, anywhere on the line (before a `--`):
/// the data folder, help and the version. They are taken out first; the
/// rest names the command and its own options. To add a general option,
/// add it here (and to `Usage.generalOptions`).
struct GlobalOptions {
    /// General options with a value; handed on to the command as its own option (every command reads `--data`).
    static let valued = ["--data"]
    /// General options with a value that may be given more than once, each value kept in order (`--kennis A --kennis B`).
    static let repeatable = ["--kennis"]
    static let help = ["--help", "-h"]
    static let version = ["--versie", "--version"]
    /// General flags without a value, handed on like `--data` (none yet; a teaching mode would go here).
    static let flags: [String] = []
    static var all: [String] { valued + repeatable + flags + help + version }

    private(set) var values: [String: String] = [:]
    private(set) var lists: [String: [String]] = [:]
    private(set) var setFlags: [String] = []
    private(set) var wantsHelp = false
    private(set) var wantsVersion = false
    /// Everything else, in order.
    private(set) var rest: [String] = []

    init(_ words: [String]) throws(ExitError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                rest += words[(index - 1)...]
                break
            }
            if Self.help.contains(word) {
                wantsHelp = true
                continue
            }
            if Self.version.contains(word) {
                wantsVersion = true
                continue
            }
            if Self.flags.contains(word) {
                guard !setFlags.contains(word) else { throw Usage.error(Usage.Messages.givenTwice(word), command: "") }
                setFlags.append(word)
                continue
            }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            let isRepeatable = Self.repeatable.contains(name)
            guard Self.valued.contains(name) || isRepeatable else {
                rest.append(word)
                continue
            }
            guard isRepeatable || values[name] == nil else { throw Usage.error(Usage.Messages.givenTwice(name), command: "") }
            let value: String
            if word.count > name.count {
                value = String(word.dropFirst(name.count + 1))
            } else if index < words.count {
                value = words[index]
                index += 1
            } else {
                throw Usage.error(Usage.Messages.missingValue(name), command: "")
            }
            guard !value.trimmingBlanks().isEmpty else {
                throw Usage.error(Usage.Messages.emptyValue(name), command: "")
            }
            if isRepeatable {
                lists[name, default: []].append(value)
            } else {
                values[name] = value
            }
        }
    }

    /// The command's own words followed by the general options (every command accepts them, see `Arguments`).
    func forwarded(_ words: [String]) -> [String] {
        let options =
            values.keys.sorted().flatMap { [$0, values[$0] ?? ""] }
            + lists.keys.sorted().flatMap { name in (lists[name] ?? []).flatMap { [name, $0] } }
            + setFlags
        guard let separator = words.firstIndex(of: "--") else { return words + options }
        return Array(words[..<separator]) + options + Array(words[separator...])
    }
}
