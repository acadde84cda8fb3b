/// A citation as the content writes it: one or more alternatives separated by
/// `" | "`, each `<bron-id> <plaats>` (`wvo-2020 art. 2.30 lid 2`), or `-` for
/// "this law has no counterpart". Each alternative applies while its law is in
/// force (`Source.geldigVanaf`, `Source.geldigTotEnMet`); `-` applies after the last
/// of them. One string thus names the article in force on any date, and a reviewer
/// reads both numberings side by side: `"wvo-2020 art. 2.30 lid 2 | wvo art. 10g lid 3"`,
/// `"wvo art. 118y | -"`. Documents (`rsv-breda-2015 §3`) are single citations.
public struct Citation: Sendable, Equatable {
    public enum Alternative: Sendable, Equatable {
        /// A source of the registry and the place in it (`art. 2.30 lid 2`, `§3`); the place may be empty.
        case cite(source: String, place: String)
        /// `-`: no counterpart in the law in force at that time.
        case noCounterpart
    }

    public static let separator = " | "
    public static let noCounterpart = "-"

    /// The citation as written in the content.
    public let raw: String
    public let alternatives: [Alternative]

    public init(_ raw: String) {
        self.raw = raw
        alternatives = Self.parts(of: raw).map { part in
            if part == Self.noCounterpart { return .noCounterpart }
            // The source id up to the first space, the place after it (found by the byte: a citation is read often).
            guard let space = part.utf8.firstIndex(of: UInt8(ascii: " ")) else { return .cite(source: part, place: "") }
            return .cite(source: String(part[..<space]), place: String(part[part.utf8.index(after: space)...]))
        }
    }

    /// The text between separators. Split on the bytes: citations are read on every start.
    static func parts(of raw: String) -> [String] {
        let utf8 = raw.utf8
        guard utf8.contains(UInt8(ascii: "|")) else { return [raw] }
        var parts: [String] = []
        var start = utf8.startIndex
        var index = start
        // `" | "` found by its bytes: `firstRange(of:)` on a Substring costs more than the rest of rendering a citation.
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: " "), next < utf8.endIndex, utf8[next] == UInt8(ascii: "|") {
                let after = utf8.index(after: next)
                if after < utf8.endIndex, utf8[after] == UInt8(ascii: " ") {
                    parts.append(String(raw[start..<index]))
                    start = utf8.index(after: after)
                    index = start
                    continue
                }
            }
            index = next
        }
        parts.append(String(raw[start...]))
        return parts
    }

    /// The source ids the citation names, in order.
    public var sourceIDs: [String] {
        alternatives.compactMap { if case .cite(let source, _) = $0 { source } else { nil } }
    }

    /// The ids that name no source of the registry.
    public func unknownSources(_ source: (String) -> Source?) -> [String] {
        sourceIDs.filter { source($0) == nil }
    }

    /// What is wrong with the form of the citation, in Dutch; empty when it is well formed.
    /// Unknown source ids are not reported here (see `unknownSources`).
    public func formProblems(_ source: (String) -> Source?) -> [String] {
        var problems: [String] = []
        let parts = Self.parts(of: raw)
        for part in parts where part.isEmpty || part.first?.isWhitespace == true || part.last?.isWhitespace == true || part.contains("|") {
            problems.append(Messages.malformedPart(part))
        }
        guard problems.isEmpty else { return problems }
        let real = alternatives.compactMap { alternative -> (String, String)? in
            if case .cite(let id, let place) = alternative { return (id, place) }
            return nil
        }
        let noneCount = alternatives.count - real.count
        if real.isEmpty { problems.append(Messages.onlyNoCounterpart) }
        if noneCount > 1 { problems.append(Messages.twoNoCounterparts) }
        for (id, place) in real {
            guard let known = source(id) else { continue }
            if known.isLaw, ArticleReference(place: place) == nil { problems.append(Messages.badArticle(id, place)) }
            if !known.isLaw, alternatives.count > 1 { problems.append(Messages.documentInAlternatives(id)) }
        }
        if Set(real.map(\.0)).count < real.count { problems.append(Messages.sameSourceTwice) }
        let laws = real.compactMap { source($0.0) }
        for (i, first) in laws.enumerated() {
            for second in laws.dropFirst(i + 1) where first.id != second.id && Self.overlap(first, second) {
                problems.append(Messages.overlapping(first.displayName, second.displayName))
            }
        }
        return problems
    }

    static func overlap(_ a: Source, _ b: Source) -> Bool {
        let aStartsBeforeBEnds = b.geldigTotEnMet.map { end in a.geldigVanaf.map { $0 <= end } ?? true } ?? true
        let bStartsBeforeAEnds = a.geldigTotEnMet.map { end in b.geldigVanaf.map { $0 <= end } ?? true } ?? true
        return aStartsBeforeBEnds && bStartsBeforeAEnds
    }

    /// The periods in which each alternative applies (`nil` bounds are open).
    func windows(_ source: (String) -> Source?) -> [(from: Day?, through: Day?)] {
        var windows: [(from: Day?, through: Day?)] = []
        var ends: [Day?] = []
        for alternative in alternatives {
            guard case .cite(let id, _) = alternative else { continue }
            let known = source(id)
            windows.append((known?.geldigVanaf, known?.geldigTotEnMet))
            ends.append(known?.geldigTotEnMet)
        }
        if alternatives.contains(.noCounterpart), !ends.isEmpty, !ends.contains(where: { $0 == nil }) {
            let last = ends.compactMap { $0 }.max().map(\.next)
            windows.append((last, nil))
        }
        return windows
    }

    /// The first period from `earliest` through `latest` (each open when nil) that no alternative
    /// covers; nil when the citation holds on every such date.
    public func gap(from earliest: Day?, through latest: Day? = nil, _ source: (String) -> Source?) -> (from: Day?, through: Day?)? {
        let windows = windows(source)
        var cursor = earliest
        func contains(_ window: (from: Day?, through: Day?), _ day: Day?) -> Bool {
            guard let day else { return window.from == nil }
            return (window.from.map { $0 <= day } ?? true) && (window.through.map { day <= $0 } ?? true)
        }
        for _ in 0...windows.count {
            guard let window = windows.first(where: { contains($0, cursor) }) else {
                let nextStart = windows.compactMap(\.from).filter { start in cursor.map { start > $0 } ?? true }.min()
                let gapEnd = [nextStart.map(\.previous), latest].compactMap { $0 }.min()
                return (cursor, gapEnd)
            }
            guard let end = window.through else { return nil }
            if let latest, end >= latest { return nil }
            cursor = end.next
        }
        return (cursor, nil)
    }

    /// The alternative that applies on `day`.
    public func alternative(on day: Day, _ source: (String) -> Source?) -> Alternative? {
        for alternative in alternatives {
            if case .cite(let id, _) = alternative, source(id)?.isInForce(on: day) ?? true { return alternative }
        }
        guard alternatives.contains(.noCounterpart) else { return nil }
        let ends = sourceIDs.compactMap { source($0)?.geldigTotEnMet }
        guard ends.count == sourceIDs.count, let last = ends.max(), day > last else { return nil }
        return .noCounterpart
    }

    /// The citation for readers: the article in force on `day` (the date that matters for the
    /// step), and, where the peildatum falls under another law, that law's counterpart:
    /// `WVO 2020 art. 2.30 lid 2`; `WVO art. 10g lid 3 (sinds 1-8-2022: WVO 2020 art. 2.30 lid 2)`;
    /// `WVO art. 118y (vervallen per 1-8-2022; de WVO 2020 kent geen opvolger)`.
    /// Source ids become display names.
    public func rendered(on day: Day, peildatum: Day, _ source: (String) -> Source?) -> String {
        func text(_ alternative: Alternative?) -> String? {
            guard case .cite(let id, let place) = alternative else { return nil }
            let name = source(id)?.displayName ?? id
            return place.isEmpty ? name : "\(name) \(place)"
        }
        func repealed(_ alternative: Alternative?) -> String? {
            guard case .cite(let id, _) = alternative, let text = text(alternative), let law = source(id),
                let end = law.geldigTotEnMet
            else { return nil }
            let successor = law.opvolger.flatMap(source)?.displayName
            return text + " " + Messages.repealed(end.next, successor)
        }
        let onDay = alternative(on: day, source)
        let onPeildatum = alternative(on: peildatum, source)
        let lastReal = alternatives.last { if case .cite = $0 { true } else { false } }
        switch (onDay, onPeildatum) {
        case (.noCounterpart, _), (nil, .noCounterpart):
            return repealed(lastReal) ?? text(lastReal) ?? raw
        case (.cite, .noCounterpart):
            return repealed(onDay) ?? text(onDay) ?? raw
        case (.cite(let dayID, _), .cite(let peilID, _)) where dayID != peilID:
            guard let main = text(onDay), let other = text(onPeildatum) else { return raw }
            let otherStart = source(peilID)?.geldigVanaf
            let mainStart = source(dayID)?.geldigVanaf
            if day < peildatum, let otherStart { return main + " " + Messages.since(otherStart, other) }
            if let mainStart { return main + " " + Messages.until(mainStart, other) }
            return main
        case (.cite, _):
            return text(onDay) ?? raw
        case (nil, _):
            return text(onPeildatum) ?? text(alternatives.first) ?? raw
        }
    }

    /// `1-8-2022`, as dates stand in citations.
    static func short(_ day: Day) -> String { "\(day.day)-\(day.month)-\(day.year)" }

    enum Messages {
        static func since(_ day: Day, _ other: String) -> String { "(sinds \(short(day)): \(other))" }
        static func until(_ day: Day, _ other: String) -> String { "(tot \(short(day)): \(other))" }
        static func repealed(_ day: Day, _ successor: String?) -> String {
            "(vervallen per \(short(day)); " + (successor.map { "de \($0) kent geen opvolger)" } ?? "zonder opvolger)")
        }
        static func malformedPart(_ part: String) -> String {
            "\"\(Sanitized.short(part))\" is geen bronvermelding; schrijf '<bron-id> <plaats>', alternatieven gescheiden door ' | '"
        }
        static let onlyNoCounterpart = "'-' (geen opvolger) staat alleen naast minstens één wetsartikel"
        static let twoNoCounterparts = "'-' (geen opvolger) staat hoogstens één keer in een bronvermelding"
        static let sameSourceTwice = "twee alternatieven uit dezelfde wet; noem die als aparte bronvermeldingen"
        static func badArticle(_ id: String, _ place: String) -> String {
            "\"\(id) \(Sanitized.short(place))\": een wet wordt geciteerd als 'art. <nummer>', eventueel met 'lid <n>' (of 'lid 1–2', 'lid 2 en 5') en 'onder <letter>'"
        }
        static func documentInAlternatives(_ id: String) -> String {
            "\"\(id)\" is geen wet: alleen wetten hebben gedateerde alternatieven; noem een document als aparte bronvermelding"
        }
        static func overlapping(_ first: String, _ second: String) -> String {
            "\(first) en \(second) gelden (deels) tegelijk; de alternatieven van één bronvermelding horen bij elkaar opvolgende wetten"
        }
    }
}

/// A place in a law, as citations write it: `art. 2.30 lid 2 onder a en b`,
/// `art. 27 lid 2a–2f`, `art. 8.8 lid 1–2`, `art. 2.30 lid 2 en 5`, `art. 15e`.
public struct ArticleReference: Sendable, Equatable {
    /// The article number: `2.30`, `10g`, `17a1`.
    public var article: String
    /// The leden named, each a single lid (`from == through`) or a range; empty for the whole article.
    public var leden: [(from: String, through: String)]
    /// The onderdelen named (`a`, `b`), ranges expanded; empty for the whole lid.
    public var onderdelen: [String]

    public static func == (lhs: ArticleReference, rhs: ArticleReference) -> Bool {
        lhs.article == rhs.article && lhs.onderdelen == rhs.onderdelen
            && lhs.leden.map { [$0.from, $0.through] } == rhs.leden.map { [$0.from, $0.through] }
    }

    /// Parses a place; `art.` may be left out (`2.30 lid 2`), as people type it.
    public init?(place: String) {
        var words = place.split(separator: " ").map(String.init)
        if words.first == "art." || words.first == "artikel" { words.removeFirst() }
        guard let number = words.first, Self.isArticleNumber(number) else { return nil }
        article = number
        words.removeFirst()
        leden = []
        onderdelen = []
        var section = ""
        var expectItem = false
        for word in words {
            switch word {
            case "lid", "leden":
                guard section.isEmpty, !expectItem else { return nil }
                section = "lid"
                expectItem = true
                continue
            case "onder":
                guard section != "onder", !expectItem else { return nil }
                section = "onder"
                expectItem = true
                continue
            case "en":
                guard !section.isEmpty, !expectItem else { return nil }
                expectItem = true
                continue
            default:
                break
            }
            guard expectItem else { return nil }
            let trailingComma = word.hasSuffix(",")
            let item = trailingComma ? String(word.dropLast()) : word
            let bounds = item.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "–" || $0 == "-" }).map(String.init)
            guard (1...2).contains(bounds.count) else { return nil }
            if section == "lid" {
                guard bounds.allSatisfy(Self.isLidNumber) else { return nil }
                leden.append((bounds[0], bounds[bounds.count - 1]))
            } else {
                guard bounds.allSatisfy(Self.isLetter), let first = bounds[0].unicodeScalars.first?.value,
                    let last = bounds[bounds.count - 1].unicodeScalars.first?.value, first <= last
                else { return nil }
                onderdelen += (first...last).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
            }
            expectItem = trailingComma
        }
        guard !expectItem else { return nil }
    }

    static func isArticleNumber(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber, text.last != "." else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLowercase || $0 == ".") }
    }

    static func isLidNumber(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLowercase) }
    }

    static func isLetter(_ text: String) -> Bool { text.count == 1 && text.allSatisfy { $0.isASCII && $0.isLowercase } }
}

extension Content {
    /// The citation for readers on the date that matters (`on`) and the peildatum (see `Citation.rendered`).
    public func cite(_ citation: String, on day: Day, peildatum: Day) -> String {
        Citation(citation).rendered(on: day, peildatum: peildatum, source)
    }
}

extension Day {
    /// The day after.
    var next: Day {
        if let same = Day(year: year, month: month, day: day + 1) { return same }
        if let first = Day(year: year, month: month + 1, day: 1) { return first }
        return Day(year: year + 1, month: 1, day: 1) ?? self
    }

    /// The day before.
    var previous: Day {
        if let same = Day(year: year, month: month, day: day - 1) { return same }
        if month > 1, let last = Day(year: year, month: month - 1, day: Day.daysIn(month: month - 1, year: year)) { return last }
        return Day(year: year - 1, month: 12, day: 31) ?? self
    }
}
