/// `routekaart bronnen ID`: one source of the registry with, for a law, its articles;
/// or, for a citation (`wvo-2020 art. 2.30 lid 2`, `wvo-2020 2.30`, `WVO 2020 art. 2.30`,
/// or a dated citation with alternatives), the verbatim text, its version and the official link,
/// and where the content cites that article.
public struct SourceDetailRenderer: Sendable {
    public let index: SourceIndex
    public let laws: LawLibrary

    public init(index: SourceIndex, laws: LawLibrary) {
        self.index = index
        self.laws = laws
    }

    /// Why a query shows nothing, in Dutch.
    public struct QueryError: Error, Sendable {
        public var message: String
        /// True when the data folder is at fault (a text file is missing), not the query.
        public var isDataProblem: Bool
    }

    /// What a query names: a whole source, or places in sources.
    enum Target {
        case source(SourceIndex.Entry)
        case places([(entry: SourceIndex.Entry, place: String)])
    }

    public func render(_ query: String, as format: ListFormat) throws(QueryError) -> String {
        switch try target(query) {
        case .source(let entry):
            return format == .json ? sourceJSON(entry) : sourceText(entry)
        case .places(let places):
            var excerpts: [(SourceIndex.Entry, String, LawExcerpt)] = []
            for (entry, place) in places {
                guard entry.source.isLaw else {
                    throw QueryError(message: Messages.noDocumentText(entry.source), isDataProblem: false)
                }
                do {
                    excerpts.append((entry, place, try laws.excerpt(source: entry.source.id, place: place)))
                } catch {
                    if case .fileMissing = error { throw QueryError(message: error.message, isDataProblem: true) }
                    throw QueryError(message: error.message, isDataProblem: false)
                }
            }
            return format == .json ? excerptsJSON(excerpts) : excerptsText(excerpts)
        }
    }

    func target(_ query: String) throws(QueryError) -> Target {
        let trimmed = query.trimmingBlanks()
        if let entry = index.entry(trimmed) { return .source(entry) }
        var places: [(SourceIndex.Entry, String)] = []
        for part in trimmed.components(separatedBy: Citation.separator) where part != Citation.noCounterpart {
            places.append(try place(part.trimmingBlanks()))
        }
        guard !places.isEmpty else { throw QueryError(message: Messages.empty, isDataProblem: false) }
        if places.count == 1, places[0].1.isEmpty { return .source(places[0].0) }
        return .places(places)
    }

    /// `wvo-2020 art. 2.30` or `WVO 2020 art. 2.30` → the entry and the place.
    func place(_ text: String) throws(QueryError) -> (SourceIndex.Entry, String) {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if let first = words.first, let entry = index.entry(first) { return (entry, words.count > 1 ? words[1] : "") }
        let lowered = text.lowercased()
        let byName = index.entries.filter { entry in
            let name = entry.source.displayName.lowercased()
            return lowered == name || lowered.hasPrefix(name + " ")
        }.max { $0.source.displayName.count < $1.source.displayName.count }
        if let entry = byName { return (entry, String(text.dropFirst(entry.source.displayName.count)).trimmingBlanks()) }
        let word = words.first ?? text
        let candidates = index.entries.map(\.source.id)
        throw QueryError(
            message: Messages.unknownSource(word, Suggestion.nearest(to: word, among: candidates), candidates), isDataProblem: false)
    }

    // MARK: Text

    func sourceText(_ entry: SourceIndex.Entry) -> String {
        let source = entry.source
        var lines = ["\(source.id) — \(source.titel)" + (source.naam.map { " (\($0))" } ?? ""), ""]
        if let validity = Messages.validity(source) { lines.append("  " + Messages.validityLabel + validity) }
        lines.append("  " + Messages.dateLabel + source.datum)
        lines.append("  " + Messages.locationLabel + source.vindplaats)
        if let link = source.link { lines.append("  " + Messages.linkLabel + link) }
        if let file = source.tekst { lines.append("  " + Messages.textLabel + "data/" + file + (source.tekstVersie.map { " (\($0))" } ?? "")) }
        lines.append("  " + Messages.citedLabel + Messages.cited(entry.count))
        if source.isLaw, let document = try? laws.document(source.id) {
            lines += ["", Messages.articlesHeading]
            let width = document.articles.map(\.number.count).max() ?? 0
            for article in document.articles {
                let number = "art. " + article.number.padded(to: width)
                lines.append("  \(number)  \(Messages.leden(article))  \(Messages.gist(article))")
            }
            lines += ["", Messages.showArticle(source.id, document.articles.first?.number ?? "1")]
        } else if source.isLaw {
            lines += ["", Messages.noLawText]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func excerptsText(_ excerpts: [(SourceIndex.Entry, String, LawExcerpt)]) -> String {
        var lines: [String] = []
        for (entry, place, excerpt) in excerpts {
            if !lines.isEmpty { lines += ["", String(repeating: "─", count: 40), ""] }
            lines.append(excerpt.title)
            lines.append(entry.source.titel + (Messages.validity(entry.source).map { ", " + $0 } ?? ""))
            if let version = excerpt.version { lines.append(Messages.versionLabel + version) }
            if let link = excerpt.link { lines.append(Messages.linkLabel + link) }
            lines.append("")
            lines += excerpt.lines
            if !excerpt.references.isEmpty { lines += [""] + excerpt.references }
            let cited = citedIn(entry, place)
            lines += [""] + (cited.isEmpty ? [Messages.notCited] : [Messages.citedInHeading] + cited.map { "  - " + $0 })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the content cites the same article of the source: `uitkomst S5, stap 4 (lid 2 onder a en b)`.
    func citedIn(_ entry: SourceIndex.Entry, _ place: String) -> [String] {
        guard let reference = ArticleReference(place: place) else { return [] }
        var seen = Set<String>()
        return entry.citations.compactMap { citation -> String? in
            guard let cited = citation.section(in: entry.source.id), ArticleReference(place: cited)?.article == reference.article else {
                return nil
            }
            let at: String
            switch citation.place {
            case .step(let outcome, let step): at = Messages.atStep(outcome, step)
            case .derivation(let fact): at = Messages.atRule(fact)
            case .question(let fact): at = Messages.atQuestion(fact)
            case .model(let record): at = Messages.atData(record)
            }
            let line = "\(at): \(cited)"
            return seen.insert(line).inserted ? line : nil
        }
    }

    // MARK: JSON

    struct SourceDocument: Encodable {
        struct Article: Encodable {
            var nummer: String
            var leden: [String]
            var kop: String?
        }
        var id: String
        var naam: String
        var titel: String
        var soort: String
        var geldigVanaf: String?
        var geldigTotEnMet: String?
        var link: String?
        var tekst: String?
        var tekstVersie: String?
        var genoemd: Int
        var artikelen: [Article]
    }

    struct ExcerptDocument: Encodable {
        var bron: String
        var plaats: String
        var titel: String
        var tekst: [String]
        var verwijzingen: [String]
        var link: String?
        var versie: String?
        var genoemdIn: [String]
    }

    func sourceJSON(_ entry: SourceIndex.Entry) -> String {
        let source = entry.source
        let articles = source.isLaw ? ((try? laws.document(source.id))?.articles ?? []) : []
        return AdviceRenderer.encode(
            SourceDocument(
                id: source.id, naam: source.displayName, titel: source.titel, soort: source.soort,
                geldigVanaf: source.geldigVanaf?.description, geldigTotEnMet: source.geldigTotEnMet?.description, link: source.link,
                tekst: source.tekst, tekstVersie: source.tekstVersie, genoemd: entry.count,
                artikelen: articles.map { .init(nummer: $0.number, leden: $0.leden.map(\.number), kop: $0.heading) }))
    }

    func excerptsJSON(_ excerpts: [(SourceIndex.Entry, String, LawExcerpt)]) -> String {
        AdviceRenderer.encode(
            excerpts.map { entry, place, excerpt in
                ExcerptDocument(
                    bron: entry.source.id, plaats: place, titel: excerpt.title, tekst: excerpt.lines, verwijzingen: excerpt.references,
                    link: excerpt.link, versie: excerpt.version, genoemdIn: citedIn(entry, place))
            })
    }

    enum Messages {
        static let validityLabel = "Geldig:      "
        static let dateLabel = "Datum:       "
        static let locationLabel = "Vindplaats:  "
        static let linkLabel = "Officieel:   "
        static let textLabel = "Tekst:       "
        static let versionLabel = "Tekstversie: "
        static let citedLabel = "Genoemd:     "
        static let articlesHeading = "Artikelen waarvan de tekst in het register staat:"
        static let noLawText = "Van deze wet staat geen tekst in het register."
        static let notCited = "De inhoud noemt dit artikel niet."
        static let empty = "geef een bron of een artikel, bijvoorbeeld 'wvo-2020' of 'wvo-2020 art. 2.30 lid 2'."
        static func cited(_ count: Int) -> String { "\(count) keer in de inhoud en de gegevens" }
        static func validity(_ source: Source) -> String? {
            switch (source.geldigVanaf, source.geldigTotEnMet) {
            case (let from?, let through?): "van \(Citation.short(from)) tot en met \(Citation.short(through))"
            case (let from?, nil): "vanaf \(Citation.short(from))"
            case (nil, let through?): "tot en met \(Citation.short(through))"
            case (nil, nil): nil
            }
        }
        static func leden(_ article: LawArticle) -> String {
            let numbers = article.leden.map(\.number).filter { !$0.isEmpty }
            guard let first = numbers.first, let last = numbers.last else { return "geen leden" }
            return numbers.count == 1 ? "lid \(first)" : "leden \(first)–\(last)"
        }
        static func gist(_ article: LawArticle) -> String {
            if let heading = article.heading { return heading }
            let first = article.leden.first?.lines.first ?? ""
            return first.count > 70 ? String(first.prefix(70)) + "…" : first
        }
        static func showArticle(_ id: String, _ number: String) -> String {
            "Toon de tekst van een artikel met: routekaart bronnen \"\(id) art. \(number)\" (of met een lid: \"\(id) art. \(number) lid 1\")."
        }
        static func noDocumentText(_ source: Source) -> String {
            "\(source.displayName) is een document, geen wet: van documenten staat geen tekst in het register. Vindplaats: \(source.vindplaats)."
        }
        static func unknownSource(_ word: String, _ suggestion: String?, _ known: [String]) -> String {
            "de bron '\(Sanitized.short(word))' staat niet in het register." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
                + " Kies uit \(known.joined(separator: ", "))."
        }
        static let citedInHeading = "Genoemd in:"
        static func atStep(_ outcome: String, _ step: Int) -> String { "uitkomst \(outcome), stap \(step)" }
        static func atRule(_ fact: String) -> String { "regel van \(fact)" }
        static func atQuestion(_ fact: String) -> String { "vraag \(fact)" }
        static func atData(_ record: String) -> String { "gegevens \(record)" }
    }
}
