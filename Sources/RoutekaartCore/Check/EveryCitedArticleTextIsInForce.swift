extension ContentCheck {
    /// A citation shows the reader the verbatim text of the article it names (`waarom`, the reviewer's book,
    /// `routekaart bronnen`). That text must be in the registry, and it must be in force: a text that reads
    /// "nog niet in werking getreden" (as the Inrichtingsbesluit WVO of 24 November 2015 does for art. 15f lid 1)
    /// is no source for a rule. Checked for every alternative of every citation that a reader can meet on the dates
    /// the place is read for: the step's, rule's or question's date fact, else the peildatum (from 1 January 2016),
    /// or the period of a national parameter's value.
    func everyCitedArticleTextIsInForce(_ problems: inout [InputError]) {
        // Without a data folder there are no texts to read (a check over content built in memory).
        guard let laws = laws?.loadingAll() else { return }
        for site in citationSites {
            for (k, raw) in site.citations.enumerated() {
                let citation = Citation(raw)
                guard citation.formProblems(content.source).isEmpty, citation.unknownSources(content.source).isEmpty else { continue }
                for alternative in citation.alternatives {
                    guard case .cite(let id, let place) = alternative, let source = content.source(id), source.isLaw,
                        Self.overlaps(source, from: site.from, through: site.through)
                    else { continue }
                    let excerpt: LawExcerpt
                    do throws(LawTextError) {
                        excerpt = try laws.excerpt(source: id, place: place)
                    } catch {
                        problems.append(
                            InputError(.data, file: site.file, place: site.place(of: k), ArticleTextMessages.missing(raw, error.message)))
                        continue
                    }
                    if excerpt.text.lowercased().contains(ArticleTextMessages.notInForceWords) {
                        problems.append(
                            InputError(
                                .data, file: site.file, place: site.place(of: k),
                                ArticleTextMessages.notInForce(raw, excerpt.title, source.tekstVersie)))
                    }
                }
            }
        }
    }

    /// True when the law was in force on some day from `from` through `through` (each open when nil).
    static func overlaps(_ source: Source, from: Day?, through: Day?) -> Bool {
        let startsBeforeEnd = through.map { end in source.geldigVanaf.map { $0 <= end } ?? true } ?? true
        let endsAfterStart = from.map { start in source.geldigTotEnMet.map { start <= $0 } ?? true } ?? true
        return startsBeforeEnd && endsAfterStart
    }

    enum ArticleTextMessages {
        static let notInForceWords = "nog niet in werking getreden"

        static func missing(_ citation: String, _ reason: String) -> String {
            "\"\(citation)\": de lezer krijgt de tekst van het artikel te zien, maar \(reason)"
                + " Registreer de tekst (wet/*.md en 'tekst' in bronnen.json) of citeer een artikel waarvan de tekst er is."
        }

        static func notInForce(_ citation: String, _ title: String, _ version: String?) -> String {
            "\"\(citation)\": de geregistreerde tekst van \(title)" + (version.map { " (\($0))" } ?? "")
                + " zegt 'nog niet in werking getreden'. Citeer de tekst die gold op de datum die ertoe doet, of een bron die de regel wel draagt."
        }
    }
}
