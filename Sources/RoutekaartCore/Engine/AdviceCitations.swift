/// Citations of an advice for readers: each read on the date that matters for it (a
/// step's or rule's `datum` fact, a data record's lookup date, else the peildatum),
/// with display names instead of source ids (see `Citation.rendered`). `sources` keeps
/// the raw citations for JSON.
extension OutcomeAdvice {
    /// The date a citation is read for: the case's value of `dateFact`, else the peildatum
    /// (also when nobody knows that date).
    public func day(of dateFact: String?) -> Day {
        content.day(of: dateFact, values: values, peildatum: peildatum)
    }

    /// One citation for readers, read on the date of `dateFact` (default: the peildatum).
    public func cite(_ citation: String, dateFact: String? = nil) -> String {
        content.cite(citation, on: day(of: dateFact), peildatum: peildatum)
    }

    /// A step's citations for readers.
    public func citations(of step: Step) -> [String] { step.bronnen.map { cite($0, dateFact: step.datum) } }

    /// A rule's citations for readers.
    public func citations(of derivation: Derivation) -> [String] { derivation.bronnen.map { cite($0, dateFact: derivation.datum) } }

    /// A data record's citation for readers, read on the date the record was looked up for.
    public func citation(of provenance: Provenance) -> String {
        provenance.source { content.cite($0, on: provenance.lookupDate, peildatum: peildatum) }
    }

    /// Every citation for readers, in the order of `sources`: rules on the trail and their data, then steps; each once.
    public var citedSources: [String] { Self.rendered(datedCitations, content: content, peildatum: peildatum) }

    /// Every citation with the date it is read on, in the order of `sources`.
    var datedCitations: [DatedCitation] {
        var citations: [DatedCitation] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                let day = day(of: derivation.datum)
                citations += derivation.bronnen.map { DatedCitation(raw: $0, day: day) }
                citations += provenance.map { DatedCitation(raw: $0.rawSource, day: $0.lookupDate, verbatim: !$0.bronIsCitation) }
            }
        }
        for step in templateSteps {
            let day = day(of: step.datum)
            citations += step.bronnen.map { DatedCitation(raw: $0, day: day) }
        }
        return citations
    }

    /// Citations for readers, each distinct citation and date rendered once, each text once.
    static func rendered(_ citations: [DatedCitation], content: Content, peildatum: Day) -> [String] {
        unique(unique(citations).map { $0.verbatim ? $0.raw : content.cite($0.raw, on: $0.day, peildatum: peildatum) })
    }
}

/// A citation as written in the content and the date it is read on.
struct DatedCitation: Hashable {
    let raw: String
    let day: Day
    /// True for the words of a user's knowledge file (`uw kennisbestand: navraag bij het loket`): no citation to render.
    var verbatim = false
}

extension Advice {
    /// Every citation of every branch for readers, in the order first used: the branches share most of them, and each
    /// is rendered once.
    public var citedSources: [String] {
        guard let first = leaves.first else { return [] }
        return OutcomeAdvice.rendered(leaves.flatMap(\.datedCitations), content: first.content, peildatum: first.peildatum)
    }
}

extension Content {
    /// The date a citation is read for: the value of `dateFact` among `values`, else the peildatum.
    public func day(of dateFact: String?, values: [String: String], peildatum: Day) -> Day {
        guard let dateFact, let value = values[dateFact], let day = Day(value) else { return peildatum }
        return day
    }
}
