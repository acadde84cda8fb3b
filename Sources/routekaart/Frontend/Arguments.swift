import RoutekaartCore

/// The arguments of one subcommand: options with a value, flags, and
/// positional words. Parsed by hand against a list of known options, so that
/// a typo gets "bedoelt u …?". An option given twice or with an empty value
/// is refused: silently taking the last one hides a mistake.
struct Arguments {
    var values: [String: String] = [:]
    /// The values of options that may be given more than once (`GlobalOptions.repeatable`), in order.
    var lists: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    /// Options people type in their own words, for "Bedoelt u …?" where the spelling is nowhere near (`--gegevens` is
    /// the Dutch word for `--data`).
    static let synonyms = [
        "--gegevens": "--data", "--map": "--data", "--datum": "--peildatum", "--kennisbestand": "--kennis", "--format": "--formaat",
    ]

    /// Parses `words` given the options that take a value and the flags
    /// (each with its leading `--`). The general options (`GlobalOptions`) are always accepted.
    init(_ words: [String], options own: [String], flags ownFlags: [String], command: String) throws(ExitError) {
        let options = own + GlobalOptions.valued.filter { !own.contains($0) }
        let known = ownFlags + GlobalOptions.flags.filter { !ownFlags.contains($0) }
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                positionals += words[index...]
                break
            }
            guard word.hasPrefix("-"), word.count > 1 else {
                positionals.append(word)
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            let isRepeatable = GlobalOptions.repeatable.contains(name)
            if options.contains(name) || isRepeatable {
                guard isRepeatable || values[name] == nil else { throw Usage.error(Usage.Messages.givenTwice(name), command: command) }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count {
                    value = words[index]
                    index += 1
                } else {
                    throw Usage.error(Usage.Messages.missingValue(name), command: command)
                }
                guard !value.trimmingBlanks().isEmpty else {
                    throw Usage.error(Usage.Messages.emptyValue(name), command: command)
                }
                if isRepeatable {
                    lists[name, default: []].append(value)
                } else {
                    values[name] = value
                }
            } else if known.contains(name), inlineValue == nil {
                guard flags.insert(name).inserted else { throw Usage.error(Usage.Messages.givenTwice(name), command: command) }
            } else {
                let allowed = options + known + GlobalOptions.all
                let synonym = Self.synonyms[name.lowercased()].flatMap { allowed.contains($0) ? $0 : nil }
                let suggestion = synonym ?? Suggestion.nearest(to: name, among: allowed)
                throw Usage.error(Usage.Messages.unknownOption(name, suggestion), command: command)
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func values(_ name: String) -> [String] { lists[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}
