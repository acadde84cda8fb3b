/// Why a search gives no answer on purpose: what was typed is personal data, or names a place without an SWV.
public struct SearchRefusal: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// An SWV found by a search, and why it was found.
public struct SWVMatch: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Its code or name.
        case code, naam
        /// A gemeente of the regio-indeling it covers.
        case gemeente(String)
        /// A 4-digit postcode in its area, with its gemeente.
        case pc4(String, gemeente: String)
        /// A plaats or (present-day) gemeente where it has schools.
        case plaats(String)
        /// A school in its area.
        case school(School)
    }

    public var swv: SWV
    public var reason: Reason

    public init(swv: SWV, reason: Reason) {
        self.swv = swv
        self.reason = reason
    }

    /// `— gemeente Breda`, `— postcode 4942 (Geertruidenberg)`, `— via Dongemond College, Raamsdonksveer`.
    public var explanation: String? {
        switch reason {
        case .code, .naam: nil
        case .gemeente(let name): "gemeente \(name)"
        case .pc4(let pc4, let gemeente): "postcode \(pc4) (\(gemeente))"
        case .plaats(let name): "scholen in \(name)"
        case .school(let school): "school \(school.naam), \(school.plaats)"
        }
    }
}

/// Finds SWVs and schools as people search: by part of the name, the plaats, the gemeente, the BRIN or
/// vestigingscode, or the 4 digits of a postcode; without regard to case, accents, apostrophes, hyphens
/// and spaces (`'s-Hertogenbosch`, `s hertogenbosch`, and `den bosch` through the alias table); best
/// matches first. A full postcode or anything that looks like an address is refused: personal data.
public struct ModelSearch: Sendable {
    public let model: Model
    /// The search keys of the schools, folded once when the search is made.
    let index: SearchIndex

    public init(model: Model) {
        self.model = model
        index = SearchIndex(model)
    }

    /// How well a school matches; lower is better.
    public enum Rank: Int, Comparable, Sendable {
        case code, postcode, nameStartOrPlace, wholeWords, wordStarts, substring
        /// Found only with a typo allowed in a word.
        case typo
        public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }

    // MARK: - Schools

    /// The schools that match, best first (then by name, plaats and code).
    public func schools(matching query: String) throws(SearchRefusal) -> [School] {
        try rankedSchools(matching: query).map(\.school)
    }

    public func rankedSchools(matching query: String) throws(SearchRefusal) -> [(school: School, rank: Rank)] {
        if let refusal = Self.personalData(query) { throw refusal }
        let words = index.applyAliases(SearchText.words(query))
        guard !words.isEmpty else { return [] }
        let phrase = words.joined(separator: " ")
        let compact = words.joined()
        let wordBytes = words.map { Array($0.utf8) }
        // Only digits ("1.5", "12") that are no code or postcode name no school.
        let numeric = words.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        var found: [(index: Int, rank: Rank)] = []
        for (i, key) in index.schools.enumerated() {
            guard let rank = key.rank(words: words, bytes: wordBytes, phrase: phrase, compact: compact) else { continue }
            if numeric, rank != .code, rank != .postcode { continue }
            found.append((i, rank))
        }
        // Nothing found as typed: one typo per word of five letters or more is allowed ("schaersvorde winterswyk"),
        // in a query that looks like a name (a few words of reasonable length).
        if found.isEmpty, !numeric, words.count <= 6, words.allSatisfy({ $0.utf8.count <= 40 }) {
            let loose = words.map { SearchIndex.SchoolKey.loosened($0.utf8) }
            for (i, key) in index.schools.enumerated() where key.matchesWithTypos(loose) { found.append((i, .typo)) }
        }
        if found.contains(where: { $0.rank == .code }) { found = found.filter { $0.rank == .code } }
        let schools = model.schools
        found.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let x = schools[a.index]
            let y = schools[b.index]
            return (x.naam, x.plaats, x.code) < (y.naam, y.plaats, y.code)
        }
        return found.map { (schools[$0.index], $0.rank) }
    }

    /// The school a query nearly names, when nothing matches it: all its words but one fit the school's name and
    /// place ("Koning Willem I College" → Koning Willem II College). Offered as "Bedoelt u …?", never as a hit.
    /// Call it when `schools(matching:)` found nothing.
    public func nearestSchool(to query: String) -> School? {
        let words = index.applyAliases(SearchText.words(query))
        guard words.count >= 2, words.count <= 6, Self.personalData(query) == nil else { return nil }
        let bytes = words.map { Array($0.utf8) }
        var best: [(index: Int, fitting: Int)] = []
        for (i, key) in index.schools.enumerated() {
            let fitting = bytes.filter { key.fits($0) }.count
            guard fitting >= max(2, words.count - 1) else { continue }
            if let top = best.first?.fitting, fitting < top { continue }
            if let top = best.first?.fitting, fitting > top { best = [] }
            best.append((i, fitting))
        }
        // One school, or one name in one place: else it is no suggestion but a guess.
        let schools = best.map { model.schools[$0.index] }
        guard let first = schools.first, schools.allSatisfy({ $0.naam == first.naam && $0.plaats == first.plaats }) else { return nil }
        return first
    }

    // MARK: - SWVs

    /// The SWVs that match: by code or name, by a gemeente (of the regio-indeling) or a present-day plaats or
    /// gemeente with schools, by the 4 digits of a postcode, or through a school that matches. A postcode in
    /// Europoort is refused with the reason (no SWV there).
    public func swvs(matching query: String) throws(SearchRefusal) -> [SWVMatch] {
        if let refusal = Self.personalData(query) { throw refusal }
        let words = index.applyAliases(SearchText.words(query))
        guard !words.isEmpty else { return [] }
        let compact = words.joined()
        if let exact = model.swvs.first(where: { SearchText.compact($0.code) == compact }) { return [SWVMatch(swv: exact, reason: .code)] }

        var result: [SWVMatch] = []
        func add(_ code: String, _ reason: SWVMatch.Reason) {
            guard let swv = model.swv(code), !result.contains(where: { $0.swv.code == code }) else { return }
            result.append(SWVMatch(swv: swv, reason: reason))
        }

        if words.count == 1, DUOImport.isPC4(words[0]) {
            guard let area = model.regio(pc4: words[0]) else { throw SearchRefusal(Messages.pc4NotInRegio(words[0])) }
            guard let swv = area.swv else { throw SearchRefusal(Messages.europoort(words[0], area.gemeente)) }
            add(swv, .pc4(words[0], gemeente: area.gemeente))
            return result
        }

        for swv in model.swvs {
            let name = SearchText.words(swv.naam ?? "")
            if !name.isEmpty && words.allSatisfy({ word in name.contains { $0.hasPrefix(word) } }) { add(swv.code, .naam) }
        }
        var placeFound = false
        for place in SearchIndex.places(of: model) where place.matches(words: words, compact: compact) {
            placeFound = true
            for code in place.swvs { add(code, place.isRegioGemeente ? .gemeente(place.name) : .plaats(place.name)) }
        }
        if !placeFound {
            for school in try schools(matching: query) { add(school.swv, .school(school)) }
        }
        return result
    }

    // MARK: - Personal data

    /// A refusal when the text holds a full postcode (`1234 AB`) or looks like an address (`Dorpsstraat 12`).
    public static func personalData(_ text: String) -> SearchRefusal? {
        let words = SearchText.words(text)
        for (index, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            // 1234AB in one word, or 1234 followed by AB.
            if digits == 4, bytes.count == 6, bytes[4...].allSatisfy(isLetter) { return SearchRefusal(Messages.personalData) }
            if bytes.count == 4, digits == 4, index + 1 < words.count, words[index + 1].utf8.count == 2,
                words[index + 1].utf8.allSatisfy(isLetter)
            {
                return SearchRefusal(Messages.personalData)
            }
            // A street name followed by a house number.
            if index + 1 < words.count, streetSuffixes.contains(where: { word.hasSuffix($0) && word.count > $0.count + 1 || word == $0 }),
                let next = words[index + 1].utf8.first, next >= 0x30 && next <= 0x39
            {
                return SearchRefusal(Messages.personalData)
            }
        }
        return nil
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    static let streetSuffixes = [
        "straat", "weg", "laan", "plein", "singel", "kade", "gracht", "dijk", "dreef", "steeg", "pad", "ring", "baan", "markt", "allee",
        "boulevard", "plantsoen", "wal", "hof", "erf", "park", "oord", "veld", "haven", "burg", "rade",
    ]

    public enum Messages {
        public static let personalData =
            "Dat lijkt een volledige postcode of een adres: dat zijn persoonsgegevens, en die vraagt of bewaart Routekaart niet. "
            + "Geef alleen de gemeente of de 4 cijfers van de postcode (bijvoorbeeld 4942)."
        static func europoort(_ pc4: String, _ gemeente: String) -> String {
            "Postcode \(pc4) (\(gemeente)) ligt in het havengebied Europoort; volgens de Regeling regio-indeling hoort dat bij geen samenwerkingsverband."
        }
        static func pc4NotInRegio(_ pc4: String) -> String {
            "Postcode \(pc4) staat niet in de Regeling regio-indeling (de tabel van 2015 in de gegevens). Noem de gemeente, of een SWV-code uit 'routekaart swv lijst'."
        }
    }
}

/// Search keys of a model's schools, folded once when a search is made: per school its name, plaats and
/// gemeente folded (lower case, no accents, single spaces), which a query's words are looked for in, byte for byte.
struct SearchIndex: Sendable {
    struct SchoolKey: Sendable {
        /// The vestigingscode as it is (ASCII letters and digits: folding would only lower them).
        let code: String
        let pc4: String
        /// The name folded, and plaats and gemeente folded and without spaces.
        let name: String
        let places: [String]
        let compactPlaces: [String]

        /// How well the school matches the query's folded words (also as bytes), phrase and compact form; nil for no match.
        func rank(words: [String], bytes: [[UInt8]], phrase: String, compact: String) -> ModelSearch.Rank? {
            if isCode(compact) { return .code }
            if words.count == 1, words[0] == pc4 { return .postcode }
            if name.utf8.starts(with: phrase.utf8), name.utf8.count == phrase.utf8.count || name.utf8.dropFirst(phrase.utf8.count).first == 0x20 {
                return .nameStartOrPlace
            }
            if compactPlaces.contains(compact) { return .nameStartOrPlace }
            var best = ModelSearch.Rank.wholeWords
            for word in bytes {
                let found = occurrence(of: word)
                // A word of one or two letters ("I" in "Koning Willem I College") is a whole word, not the start of one ("II").
                if word.count <= 2, found != .wholeWord { return nil }
                switch found {
                case .none: return nil
                case .inside: best = .substring
                case .wordStart: if best == .wholeWords { best = .wordStarts }
                case .wholeWord: break
                }
            }
            return best
        }

        /// True when the folded query is the vestigingscode or its BRIN (the first four characters), in any case.
        func isCode(_ compact: String) -> Bool {
            let query = compact.utf8
            let raw = code.utf8
            guard query.count == raw.count || (query.count == 4 && raw.count > 4) else { return false }
            return zip(query, raw).allSatisfy { typed, byte in typed == (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        }

        /// The best way a folded word occurs in the name or a place.
        func occurrence(of word: [UInt8]) -> Occurrence {
            var found = SearchIndex.occurrence(of: word, in: name)
            for place in places where found != .wholeWord { found = max(found, SearchIndex.occurrence(of: word, in: place)) }
            return found
        }

        /// True when a query word fits a word of the name or place: whole, or (three letters or more) its start.
        func fits(_ word: [UInt8]) -> Bool {
            let found = occurrence(of: word)
            return word.count <= 2 ? found == .wholeWord : found >= .wordStart
        }

        /// Dutch "ij" and "y" are one letter to people who type them (Winterswijk, Winterswyk): the folded bytes with
        /// every "ij" as "y".
        static func loosened(_ bytes: some Sequence<UInt8>) -> [UInt8] {
            var result: [UInt8] = []
            for byte in bytes {
                if byte == UInt8(ascii: "j"), result.last == UInt8(ascii: "i") {
                    result[result.count - 1] = UInt8(ascii: "y")
                } else {
                    result.append(byte)
                }
            }
            return result
        }

        /// The words of the name and places, loosened: made only when a search allows a typo (nothing else found).
        var looseWords: [[UInt8]] {
            ([name] + places).flatMap { $0.utf8.split(separator: UInt8(ascii: " ")).map { Self.loosened($0) } }
        }

        /// Every query word (loosened, as bytes) fits a word of the name or place, a word of five letters or more also
        /// with one letter wrong, missing or extra.
        func matchesWithTypos(_ words: [[UInt8]]) -> Bool {
            let looseWords = looseWords
            return words.allSatisfy { typed in
                looseWords.contains { candidate in
                    if typed.count <= 2 { return candidate == typed }
                    if candidate.starts(with: typed) { return true }
                    guard typed.count >= 5 else { return false }
                    // The whole word, or as much of it as was typed (a word may be typed only in part).
                    return Self.withinOneEdit(typed, candidate[...])
                        || Self.withinOneEdit(typed, candidate.prefix(typed.count)) || Self.withinOneEdit(typed, candidate.prefix(typed.count + 1))
                }
            }
        }

        /// True when one byte changed, left out or added turns `a` into `b` (or they are equal).
        static func withinOneEdit(_ a: [UInt8], _ b: ArraySlice<UInt8>) -> Bool {
            let b = Array(b)
            guard abs(a.count - b.count) <= 1 else { return false }
            var i = 0
            var j = 0
            var edits = 0
            while i < a.count && j < b.count {
                if a[i] == b[j] {
                    i += 1
                    j += 1
                    continue
                }
                edits += 1
                if edits > 1 { return false }
                if a.count > b.count {
                    i += 1
                } else if a.count < b.count {
                    j += 1
                } else {
                    i += 1
                    j += 1
                }
            }
            return edits + (a.count - i) + (b.count - j) <= 1
        }
    }

    /// How a word occurs in a folded text: not, inside a word, at the start of a word, or as a whole word.
    enum Occurrence: Int, Comparable {
        case none, inside, wordStart, wholeWord
        static func < (a: Occurrence, b: Occurrence) -> Bool { a.rawValue < b.rawValue }
    }

    /// The best way a (folded, non-empty) word occurs in a folded text, its words separated by single spaces.
    static func occurrence(of word: [UInt8], in text: String) -> Occurrence {
        let space = UInt8(ascii: " ")
        func find(_ needle: UnsafeBufferPointer<UInt8>, _ haystack: UnsafeBufferPointer<UInt8>) -> Occurrence {
            guard let first = needle.first, needle.count <= haystack.count else { return .none }
            var best = Occurrence.none
            var from = 0
            while let hit = firstIndex(of: first, in: haystack, from: from), hit + needle.count <= haystack.count {
                var offset = 1
                while offset < needle.count && haystack[hit + offset] == needle[offset] { offset += 1 }
                if offset == needle.count {
                    let start = hit == 0 || haystack[hit - 1] == space
                    let end = hit + needle.count == haystack.count || haystack[hit + needle.count] == space
                    best = max(best, start ? (end ? .wholeWord : .wordStart) : .inside)
                    if best == .wholeWord { return best }
                }
                from = hit + 1
            }
            return best
        }
        return word.withUnsafeBufferPointer { needle in
            text.utf8.withContiguousStorageIfAvailable { haystack in find(needle, haystack) }
                ?? Array(text.utf8).withUnsafeBufferPointer { find(needle, $0) }
        }
    }

    /// A place people may name: a gemeente of the regio-indeling, or a plaats or present-day gemeente of DUO's schools.
    struct Place: Sendable {
        let name: String
        let words: [String]
        let compact: String
        let swvs: [String]
        let isRegioGemeente: Bool

        func matches(words query: [String], compact queryCompact: String) -> Bool {
            queryCompact == compact || (query.count > 0 && query == words)
        }
    }

    let schools: [SchoolKey]
    let aliases: [(from: [String], to: [String])]

    init(_ model: Model) {
        let records = model.schools
        var keys: [SchoolKey] = []
        keys.reserveCapacity(records.count)
        // Schools of one plaats often follow each other: a place folded for the school before is not folded again.
        var lastPlaces: (plaats: String, gemeente: String, folded: [String], compact: [String])?
        for index in records.indices {
            let plaats = records[index].plaats
            let gemeente = records[index].gemeente
            let folded: [String]
            let compact: [String]
            if let last = lastPlaces, last.plaats == plaats, last.gemeente == gemeente {
                (folded, compact) = (last.folded, last.compact)
            } else {
                folded = [SearchText.fold(plaats), SearchText.fold(gemeente)]
                compact = folded.map(SearchText.withoutSpaces)
                lastPlaces = (plaats, gemeente, folded, compact)
            }
            keys.append(
                SchoolKey(
                    code: records[index].code, pc4: records[index].pc4 ?? "",
                    name: SearchText.fold(records[index].naam), places: folded, compactPlaces: compact))
        }
        schools = keys
        aliases = model.aliases.map { (SearchText.words($0.naam), SearchText.words($0.wordt)) }
    }

    /// The places of a model that people may name, for a search of SWVs.
    static func places(of model: Model) -> [Place] {
        var regioSWVs: [String: (name: String, swvs: Set<String>)] = [:]
        for entry in model.regio {
            guard let swv = entry.swv else { continue }
            regioSWVs[entry.gemeente, default: (entry.gemeente, [])].swvs.insert(swv)
        }
        var places = regioSWVs.values.map { item in
            Place(
                name: item.name, words: SearchText.words(item.name), compact: SearchText.compact(item.name), swvs: item.swvs.sorted(),
                isRegioGemeente: true)
        }
        let regioCompact = Set(places.map(\.compact))
        var schoolPlaces: [String: (name: String, swvs: Set<String>)] = [:]
        for school in model.schools {
            for name in [school.plaats, school.gemeente] {
                let compact = SearchText.compact(name)
                guard !regioCompact.contains(compact) else { continue }
                schoolPlaces[compact, default: (name, [])].swvs.insert(school.swv)
            }
        }
        places += schoolPlaces.map { compact, item in
            Place(name: item.name, words: SearchText.words(item.name), compact: compact, swvs: item.swvs.sorted(), isRegioGemeente: false)
        }
        return places.sorted { $0.name < $1.name }
    }

    /// `den bosch` → `s hertogenbosch`, wherever the alias's words stand in the query.
    func applyAliases(_ words: [String]) -> [String] {
        var result = words
        for alias in aliases where !alias.from.isEmpty && alias.from.count <= result.count {
            var i = 0
            while i + alias.from.count <= result.count {
                if Array(result[i..<(i + alias.from.count)]) == alias.from {
                    result.replaceSubrange(i..<(i + alias.from.count), with: alias.to)
                    i += alias.to.count
                } else {
                    i += 1
                }
            }
        }
        return result
    }
}
