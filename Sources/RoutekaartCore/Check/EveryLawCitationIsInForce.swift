extension ContentCheck {
    /// Every citation is well formed (alternatives separated by `" | "`, a law cited by article),
    /// and a law is cited only where it is in force: for each citation, the alternatives'
    /// periods of validity (with `-` after the last of them) cover every date that the date
    /// the citation is read for can have, from its earliest value with no end. That date is the
    /// step's, rule's or question's `datum` fact (from the earliest date its derivation function can yield, else its
    /// `vroegsteDatum`, open when it has none),
    /// else the peildatum (from 1 January 2016). A national parameter's citation must cover
    /// the period of its value.
    func everyLawCitationIsInForce(_ problems: inout [InputError]) {
        func check(_ citations: [String], dateFact: String?, _ file: String, _ place: String) {
            var from: Day? = Day.inpassing
            var label = LawCitationMessages.dateOf(LawCitationMessages.peildatum)
            if let dateFact {
                guard let fact = content.fact(dateFact), fact.soort == .datum else {
                    problems.append(InputError(.data, file: file, place: place, LawCitationMessages.notADateFact(dateFact)))
                    return
                }
                from = fact.afleiding.flatMap { Derivations.function(named: $0.functie)?.earliestDate } ?? fact.vroegsteDatum
                label = LawCitationMessages.dateOf(fact.kort.prefix(1).lowercased() + fact.kort.dropFirst())
            }
            check(citations, from: from, through: nil, label: label, file, place)
        }
        func check(_ citations: [String], from: Day?, through: Day?, label: String, _ file: String, _ place: String, indexed: Bool = true) {
            for (k, raw) in citations.enumerated() {
                let at = indexed ? "\(place)[\(k)]" : place
                let citation = Citation(raw)
                let form = citation.formProblems(content.source)
                for problem in form { problems.append(InputError(.data, file: file, place: at, problem)) }
                guard form.isEmpty, citation.unknownSources(content.source).isEmpty else { continue }
                if let gap = citation.gap(from: from, through: through, content.source) {
                    problems.append(InputError(.data, file: file, place: at, LawCitationMessages.notInForce(raw, label, from, gap)))
                }
            }
        }
        for (i, fact) in content.facts.enumerated() {
            check(fact.bronnen ?? [], dateFact: fact.bronnenDatum, factsFile, "feiten[\(i)].bronnen")
            if let derivation = fact.afleiding {
                check(derivation.bronnen, dateFact: derivation.datum, factsFile, "feiten[\(i)].afleiding.bronnen")
            }
        }
        for (i, outcome) in content.outcomes.enumerated() {
            for (j, step) in outcome.stappen.enumerated() {
                check(step.bronnen, dateFact: step.datum, outcomesFile, "uitkomsten[\(i)].stappen[\(j)].bronnen")
            }
        }
        let nationalFile = path(DataSet.FileName.national)
        for (i, parameter) in model.parameters.enumerated() {
            for (j, value) in parameter.waarden.enumerated() {
                check(
                    [value.bron], from: value.vanaf, through: value.tot, label: LawCitationMessages.valueOf(parameter.id), nationalFile,
                    "parameters[\(i)].waarden[\(j)].bron", indexed: false)
            }
        }
        problems += criteriaLawCitationProblems()
    }
}

extension ContentCheck {
    enum LawCitationMessages {
        static let peildatum = "de peildatum"
        static func dateOf(_ fact: String) -> String { "die \(fact) kan hebben" }
        static func valueOf(_ parameter: String) -> String { "waarop deze waarde van \(parameter) geldt" }

        static func notADateFact(_ id: String) -> String {
            "\"\(id)\" is geen datumfeit; 'datum' noemt het feit met de datum waarop de bronnen slaan"
        }

        static func notInForce(_ citation: String, _ label: String, _ from: Day?, _ gap: (from: Day?, through: Day?)) -> String {
            let range = from.map { "vanaf \(Citation.short($0))" } ?? "elke datum"
            let period =
                switch (gap.from, gap.through) {
                case (let start?, let end?): "van \(Citation.short(start)) tot en met \(Citation.short(end))"
                case (let start?, nil): "vanaf \(Citation.short(start))"
                case (nil, let end?): "tot en met \(Citation.short(end))"
                case (nil, nil): "op geen enkele datum"
                }
            return "\"\(citation)\" geldt niet op elke datum \(label) (\(range)): \(period) is geen van de genoemde wetten van kracht."
                + " Noem ook het artikel dat dan geldt, gescheiden door ' | ' (\"wvo-2020 art. … | wvo art. …\"), of '-' als de nieuwe wet geen opvolger kent."
        }
    }
}
