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
        content.cite(provenance.bron, on: provenance.lookupDate, peildatum: peildatum)
    }

    /// Every citation for readers, in the order of `sources`: rules on the trail and their data, then steps; each once.
    public var citedSources: [String] {
        var citations: [String] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += self.citations(of: derivation) + provenance.map(citation(of:))
            }
        }
        citations += templateSteps.flatMap(citations(of:))
        return unique(citations)
    }
}

extension Advice {
    /// Every citation of every branch for readers, in the order first used.
    public var citedSources: [String] { unique(leaves.flatMap(\.citedSources)) }
}

extension Content {
    /// The date a citation is read for: the value of `dateFact` among `values`, else the peildatum.
    public func day(of dateFact: String?, values: [String: String], peildatum: Day) -> Day {
        guard let dateFact, let value = values[dateFact], let day = Day(value) else { return peildatum }
        return day
    }
}
