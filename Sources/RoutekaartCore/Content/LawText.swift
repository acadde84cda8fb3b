/// The verbatim text of the cited articles of one law, as kept in the data folder
/// (`wet/*.md`): a provenance header, then one `## Artikel <nr>` section per article.
/// Two layouts occur, both copied unchanged from their sources: the texts from
/// regelrecht-corpus (WVO 2020, UB WVO 2020, the old WVO of 2022-07-14) hold each article
/// in a ```` ```text ```` block, leden as paragraphs `1 …` or `2a …` with wrapped lines;
/// the laws-markdown texts of 2015 put each lid on one line as `1.  …` or `2a.  …`.
public struct LawDocument: Sendable {
    public var sourceID: String
    /// The header above the first article (where the text comes from, which version).
    public var provenance: [String]
    public var articles: [LawArticle]

    public func article(_ number: String) -> LawArticle? { articles.first { $0.number == number } }

    /// Reads the sections; never fails (a text without sections has no articles).
    public init(text: String, sourceID: String) {
        self.sourceID = sourceID
        var header: [String] = []
        var sections: [(number: String, lines: [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## Artikel ") {
                sections.append((String(line.dropFirst("## Artikel ".count)).trimmingBlanks(), []))
            } else if sections.isEmpty {
                header.append(line)
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        provenance = header
        articles = sections.map { LawArticle(number: $0.number, lines: $0.lines) }
    }
}

/// One article: its leden (numbered paragraphs) and their onderdelen (a., b., …).
public struct LawArticle: Sendable {
    public var number: String
    /// The heading the old texts give an article (`Toelating praktijkonderwijs; …`).
    public var heading: String?
    /// The official online version of the article (the `Source anchor`).
    public var anchor: String?
    /// Text before the first lid that is not a heading (`Treedt in werking per 01-01-2016`).
    public var preamble: [String]
    /// The leden in order; one lid with an empty number when the article has none.
    public var leden: [LawLid]
    /// The link targets of the `[refN]` labels the text uses.
    public var references: [(label: String, target: String)]

    init(number: String, lines: [String]) {
        self.number = number
        var anchor: String?
        var heading: String?
        var references: [(String, String)] = []
        var body: [String] = []
        var inBlock = false
        var blockFound = false
        for line in lines {
            let trimmed = line.trimmingBlanks()
            if trimmed.hasPrefix("```") {
                inBlock.toggle()
                blockFound = true
                continue
            }
            if !inBlock, trimmed.hasPrefix("Source anchor:") {
                anchor = trimmed.dropFirst("Source anchor:".count).trimming { $0 == " " || $0 == "<" || $0 == ">" }
                continue
            }
            if let reference = Self.reference(trimmed) {
                references.append(reference)
                continue
            }
            if blockFound && !inBlock { continue }
            if !blockFound {
                // The old layout: skip the copied `### Artikel` heading and the line-number note; keep `####Heading`.
                let started = body.contains { !$0.trimmingBlanks().isEmpty }
                if trimmed.hasPrefix("### ") || (trimmed.hasPrefix("(lines ") && !started) { continue }
                if trimmed.hasPrefix("####") {
                    heading = trimmed.drop { $0 == "#" }.trimmingBlanks()
                    continue
                }
            }
            body.append(line.droppingTrailingWhitespace())
        }
        self.anchor = anchor
        self.heading = heading
        self.references = references
        // Paragraphs: in a text block they are separated by blank lines; in the old layout every line is one.
        var paragraphs: [[String]] = []
        var current: [String] = []
        for line in body {
            if line.trimmingBlanks().isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else if !blockFound {
                if !current.isEmpty { paragraphs.append(current) }
                current = [line]
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        var preamble: [String] = []
        var leden: [LawLid] = []
        for paragraph in paragraphs {
            if let number = Self.lidNumber(paragraph[0]), Self.follows(number, leden.last?.number) {
                leden.append(LawLid(number: number, paragraphs: [paragraph]))
            } else if leden.isEmpty, paragraphs.allSatisfy({ Self.lidNumber($0[0]) == nil }) {
                leden.append(LawLid(number: "", paragraphs: [paragraph]))
            } else if leden.isEmpty {
                preamble += paragraph
            } else {
                leden[leden.count - 1].add(paragraph)
            }
        }
        self.preamble = preamble
        self.leden = leden
    }

    /// `[ref3]: https://…` → (`ref3`, the URL).
    static func reference(_ line: String) -> (String, String)? {
        guard line.hasPrefix("[ref"), let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]: ") else { return nil }
        let label = String(line[line.index(after: line.startIndex)..<close])
        return (label, String(line[line.index(close, offsetBy: 3)...]))
    }

    /// The number a lid paragraph starts with: `1 Het …` or `2a De …` (texts from regelrecht-corpus,
    /// such as the WVO 2020 and the old WVO of 2022) or `2a.  De …` (the laws-markdown texts of 2015).
    /// Whether it really opens a lid is decided by `follows`.
    static func lidNumber(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = line.dropFirst(digits.count)
        let letters = rest.prefix { $0.isASCII && $0.isLowercase }
        let after = rest.dropFirst(letters.count)
        if after.hasPrefix(". ") || after.hasPrefix(" ") { return String(digits) + letters }
        return nil
    }

    /// True when lid `number` can follow lid `previous` (`1` after nothing, `2` or `1a` after `1`).
    static func follows(_ number: String, _ previous: String?) -> Bool {
        guard let previous, !previous.isEmpty else { return number == "1" }
        func parts(_ text: String) -> (Int, String) {
            let digits = text.prefix { $0.isNumber }
            return (Int(digits) ?? 0, String(text.dropFirst(digits.count)))
        }
        let (n, suffix) = parts(number)
        let (p, previousSuffix) = parts(previous)
        return (n == p && suffix > previousSuffix) || (n == p + 1 && suffix.isEmpty)
    }

    public func lid(_ number: String) -> LawLid? { leden.first { $0.number == number } }

    /// The leden from `from` through `through`, in order; nil when either is missing or they are out of order.
    public func leden(from: String, through: String) -> [LawLid]? {
        guard let first = leden.firstIndex(where: { $0.number == from }),
            let last = leden.firstIndex(where: { $0.number == through }), first <= last
        else { return nil }
        return Array(leden[first...last])
    }
}

/// One lid, verbatim, with its onderdelen.
public struct LawLid: Sendable {
    /// `1`, `2a`; empty for an article without numbered leden.
    public var number: String
    /// The lid's lines, verbatim (trailing spaces dropped), paragraphs separated by an empty line.
    public var lines: [String]
    /// The lines before the first onderdeel.
    public var lead: [String]
    public var onderdelen: [(letter: String, lines: [String])]

    init(number: String, paragraphs: [[String]]) {
        self.number = number
        lines = []
        lead = []
        onderdelen = []
        for paragraph in paragraphs { add(paragraph) }
    }

    mutating func add(_ paragraph: [String]) {
        if !lines.isEmpty { lines.append("") }
        lines += paragraph
        if let letter = Self.letter(paragraph[0]), letter == Self.nextLetter(after: onderdelen.last?.letter) {
            onderdelen.append((letter, paragraph))
        } else if onderdelen.isEmpty {
            if !lead.isEmpty { lead.append("") }
            lead += paragraph
        } else {
            onderdelen[onderdelen.count - 1].lines += [""] + paragraph
        }
    }

    /// `a. de …` or `a.de …` → `a`.
    static func letter(_ line: String) -> String? {
        guard let first = line.first, first.isASCII, first.isLowercase, line.dropFirst().hasPrefix(".") else { return nil }
        return String(first)
    }

    static func nextLetter(after letter: String?) -> String {
        guard let scalar = letter?.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1) else { return "a" }
        return String(Character(next))
    }
}

/// The verbatim text that one citation points at: title, text, official link and version.
public struct LawExcerpt: Sendable, Equatable {
    /// The citation for readers: `WVO 2020 art. 2.30 lid 2`.
    public var title: String
    /// The verbatim lines; `[…]` stands where onderdelen not cited were left out.
    public var lines: [String]
    /// The link targets of the `[refN]` labels in these lines.
    public var references: [String]
    /// The official online version of the article.
    public var link: String?
    /// Which version of the law the text is.
    public var version: String?

    public var text: String { lines.joined(separator: "\n") }

    public static func == (lhs: LawExcerpt, rhs: LawExcerpt) -> Bool {
        lhs.title == rhs.title && lhs.lines == rhs.lines && lhs.link == rhs.link && lhs.version == rhs.version
    }
}

/// Why a place in a law has no text here, in Dutch, with a suggestion where one helps.
public enum LawTextError: Error, Sendable, Equatable {
    case notALaw(String)
    case noText(String)
    case fileMissing(String, String)
    case malformedPlace(String)
    case noArticle(String, String, suggestion: String?, available: [String])
    case noLid(String, String, available: [String])
    case noOnderdeel(String, String, available: [String])

    public var message: String {
        switch self {
        case .notALaw(let name): "\(name) is geen wet; van documenten staat geen tekst in het register."
        case .noText(let name): "van \(name) staat geen tekst in het register."
        case .fileMissing(let name, let file): "het tekstbestand van \(name) (\(file)) is niet gevonden."
        case .malformedPlace(let place):
            "'\(Sanitized.short(place))' is geen artikel; schrijf bijvoorbeeld 'art. 2.30 lid 2' of '2.30'."
        case .noArticle(let name, let article, let suggestion, let available):
            "artikel \(Sanitized.short(article)) van \(name) staat niet in de tekst van het register."
                + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "") + " Beschikbaar: \(available.joined(separator: ", "))."
        case .noLid(let title, let lid, let available):
            "\(title) heeft geen lid \(Sanitized.short(lid)). Leden: \(available.joined(separator: ", "))."
        case .noOnderdeel(let title, let letter, let available):
            "\(title) heeft geen onderdeel \(Sanitized.short(letter)). Onderdelen: \(available.joined(separator: ", "))."
        }
    }
}

/// The verbatim law texts of a data folder, as read with it. A text is parsed when asked for
/// (`document`), or all at once for rendering many citations (`loadingAll`).
public struct LawLibrary: Sendable {
    public let sources: [Source]
    /// The texts by their path in the data folder (`wet/wvo-2020.md`).
    private let texts: [String: String]
    private var loaded: [String: LawDocument] = [:]

    public init(sources: [Source], texts: [String: String]) {
        self.sources = sources
        self.texts = texts
    }

    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The same library with every law text parsed once, for rendering many citations.
    public func loadingAll() -> LawLibrary {
        var copy = self
        for source in sources where source.isLaw {
            if let document = try? document(source.id) { copy.loaded[source.id] = document }
        }
        return copy
    }

    /// The parsed text of a law.
    public func document(_ id: String) throws(LawTextError) -> LawDocument {
        if let document = loaded[id] { return document }
        guard let source = source(id) else { throw .noText(id) }
        guard source.isLaw else { throw .notALaw(source.displayName) }
        guard let file = source.tekst else { throw .noText(source.displayName) }
        guard let text = texts[file] else { throw .fileMissing(source.displayName, file) }
        return LawDocument(text: text, sourceID: id)
    }

    /// The verbatim text one alternative points at (`wvo-2020`, `art. 2.30 lid 2 onder c`).
    public func excerpt(source id: String, place: String) throws(LawTextError) -> LawExcerpt {
        let document = try document(id)
        let law = source(id)
        let name = law?.displayName ?? id
        guard let reference = ArticleReference(place: place) else { throw .malformedPlace(place) }
        guard let article = document.article(reference.article) else {
            let numbers = document.articles.map(\.number)
            throw .noArticle(name, reference.article, suggestion: Suggestion.nearest(to: reference.article, among: numbers), available: numbers)
        }
        let title = "\(name) art. \(article.number)" + placeSuffix(place)
        var leden: [LawLid] = []
        for range in reference.leden {
            guard let found = article.leden(from: range.from, through: range.through) else {
                let missing = article.lid(range.from) == nil ? range.from : range.through
                throw .noLid("\(name) art. \(article.number)", missing, available: article.leden.map(\.number))
            }
            leden += found
        }
        if leden.isEmpty { leden = article.leden }
        var lines: [String] = []
        for (index, lid) in leden.enumerated() {
            if index > 0 { lines.append("") }
            if reference.onderdelen.isEmpty || lid.onderdelen.isEmpty {
                lines += lid.lines
                continue
            }
            let letters = lid.onderdelen.map(\.letter)
            for letter in reference.onderdelen where !letters.contains(letter) {
                throw .noOnderdeel(title, letter, available: letters)
            }
            lines += lid.lead
            var skipped = false
            for onderdeel in lid.onderdelen {
                if reference.onderdelen.contains(onderdeel.letter) {
                    lines += [""] + onderdeel.lines
                    skipped = false
                } else if !skipped {
                    lines += ["", "[…]"]
                    skipped = true
                }
            }
        }
        if leden.count == article.leden.count, reference.leden.isEmpty, !article.preamble.isEmpty {
            lines = article.preamble + [""] + lines
        }
        let used = article.references.filter { reference in lines.contains { $0.contains("[\(reference.label)]") } }
        return LawExcerpt(
            title: title, lines: lines, references: used.map { "[\($0.label)]: \($0.target)" },
            link: article.anchor ?? law?.link, version: law?.tekstVersie)
    }

    /// ` lid 2 onder c` from a place that starts with `art. <nr>`.
    private func placeSuffix(_ place: String) -> String {
        var words = place.split(separator: " ")
        if words.first == "art." || words.first == "artikel" { words.removeFirst() }
        return words.dropFirst().isEmpty ? "" : " " + words.dropFirst().joined(separator: " ")
    }

    /// The verbatim text of a citation as written in the content, for the alternative in force
    /// on `day` (nil when that alternative is `-`, a document, or has no text here).
    public func lawText(for citation: String, on day: Day) -> LawExcerpt? {
        guard case .cite(let id, let place) = Citation(citation).alternative(on: day, source), source(id)?.isLaw == true else {
            return nil
        }
        return try? excerpt(source: id, place: place)
    }
}
