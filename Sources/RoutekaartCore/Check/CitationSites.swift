/// Every place in the data that cites sources, with what the citations are read for: the text that makes the
/// claim, and the dates on which a reader can meet them. Two rules read the sites: `EveryCitedArticleTextIsInForce`
/// (the dates) and `EveryPracticeOfOneSWVIsNamedAsSuch` (the text).
struct CitationSite {
    var file: String
    /// The place of the list (`uitkomsten[3].stappen[1].bronnen`); a single citation has `indexed` false.
    var place: String
    var citations: [String]
    var indexed: Bool = true
    /// The text that makes the claim the citations carry; nil when the place has none of its own.
    var text: String?
    /// The first date the citations can be read for (nil: open), and the last (nil: open).
    var from: Day?
    var through: Day?

    func place(of index: Int) -> String { indexed ? "\(place)[\(index)]" : place }
}

extension ContentCheck {
    /// The first date on which the sources of a place that names `dateFact` (or the peildatum, when nil) can be read.
    func earliestDate(of dateFact: String?) -> Day? {
        guard let dateFact, let fact = content.fact(dateFact) else { return Day.inpassing }
        return fact.afleiding?.functie == "peildatum" ? Day.inpassing : fact.vroegsteDatum
    }

    /// Every place that cites sources: facts, derivations, steps, controls, national parameters and criteria.
    var citationSites: [CitationSite] {
        var sites: [CitationSite] = []
        for (i, fact) in content.facts.enumerated() {
            if let bronnen = fact.bronnen {
                let text = [fact.vraag, fact.hulp].compactMap { $0 }.joined(separator: " ")
                sites.append(
                    CitationSite(
                        file: factsFile, place: "feiten[\(i)].bronnen", citations: bronnen, text: text, from: earliestDate(of: fact.bronnenDatum)))
            }
            if let derivation = fact.afleiding {
                sites.append(
                    CitationSite(
                        file: factsFile, place: "feiten[\(i)].afleiding.bronnen", citations: derivation.bronnen, text: derivation.regel,
                        from: earliestDate(of: derivation.datum)))
            }
        }
        for (i, outcome) in content.outcomes.enumerated() {
            for (j, step) in outcome.stappen.enumerated() {
                let text = [step.wat, step.termijn, step.naTermijn].compactMap { $0 }.joined(separator: " ")
                sites.append(
                    CitationSite(
                        file: outcomesFile, place: "uitkomsten[\(i)].stappen[\(j)].bronnen", citations: step.bronnen, text: text,
                        from: earliestDate(of: step.datum)))
            }
        }
        let controls = path(DataSet.FileName.controls)
        for (i, control) in content.controls.enumerated() {
            if let bronnen = control.bronnen {
                sites.append(
                    CitationSite(file: controls, place: "controles[\(i)].bronnen", citations: bronnen, text: control.melding, from: Day.inpassing))
            }
            sites.append(
                CitationSite(
                    file: controls, place: "controles[\(i)].afleiding.bronnen", citations: control.afleiding.bronnen,
                    text: control.afleiding.regel, from: Day.inpassing))
        }
        let national = path(DataSet.FileName.national)
        for (i, parameter) in model.parameters.enumerated() {
            for (j, value) in parameter.waarden.enumerated() {
                sites.append(
                    CitationSite(
                        file: national, place: "parameters[\(i)].waarden[\(j)].bron", citations: [value.bron], indexed: false,
                        text: parameter.omschrijving, from: value.vanaf, through: value.tot))
            }
        }
        if let criteria = content.criteria {
            sites.append(
                CitationSite(
                    file: criteriaFile, place: "gebiedenBron", citations: [criteria.gebiedenBron], indexed: false,
                    text: criteria.gebieden.map(\.naam).joined(separator: ", "), from: Day.inpassing))
            for (i, criterion) in criteria.criteria.enumerated() {
                sites.append(
                    CitationSite(
                        file: criteriaFile, place: "criteria[\(i)].bronnen", citations: criterion.bronnen, text: criterion.naam, from: Day.inpassing))
            }
            for (i, note) in criteria.aanvullingen.enumerated() {
                sites.append(
                    CitationSite(
                        file: criteriaFile, place: "aanvullingen[\(i)].bronnen", citations: note.bronnen, text: note.tekst, from: Day.inpassing))
            }
            sites.append(
                CitationSite(
                    file: criteriaFile, place: "uitleg.bronnen", citations: criteria.uitleg.bronnen, text: criteria.uitleg.tekst, from: Day.inpassing)
            )
        }
        return sites
    }
}
