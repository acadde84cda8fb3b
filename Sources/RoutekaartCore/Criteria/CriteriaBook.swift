/// The national criteria as a section of the reviewer's book: the rule in
/// words, each band with its dated values and sources, the notes and their
/// conditions, so a policy expert checks the rule without reading Swift.
public struct CriteriaBook: Sendable {
    public let content: Content
    var criteria: NationalCriteria? { content.criteria }

    public init(content: Content) { self.content = content }

    /// A citation for the reviewer: the article of the law in force now, then in brackets the article of
    /// each earlier law with the day it stopped ("tot …"); a document by its name and place.
    func cite(_ raw: String) -> String {
        let named = Citation(raw).alternatives.compactMap { alternative -> (source: Source?, place: String)? in
            guard case .cite(let id, let place) = alternative else { return nil }
            return (content.source(id), place)
        }
        func name(_ item: (source: Source?, place: String)) -> String {
            [item.source?.displayName ?? "", item.place].filter { !$0.isEmpty }.joined(separator: " ")
        }
        guard named.count > 1, let current = named.first(where: { $0.source?.geldigTotEnMet == nil }) ?? named.last else {
            return named.first.map(name) ?? raw
        }
        let earlier = named.filter { $0.source?.id != current.source?.id }.map { item in
            (item.source?.geldigTotEnMet.map { "tot \($0.next.day)-\($0.next.month)-\($0.next.year): " } ?? "") + name(item)
        }
        return name(current) + " (" + earlier.joined(separator: "; ") + ")"
    }

    /// The section's Markdown lines, starting with an empty line; none without criteria.
    public func markdown() -> [String] {
        guard let criteria else { return [] }
        var lines = ["", "## " + Messages.heading, "", criteria.omschrijving, ""]
        lines.append(Messages.areas(criteria.gebieden.map(\.naam), cite(criteria.gebiedenBron)))
        for criterion in criteria.criteria {
            let keyAreas = criterion.waarvan.map { criteria.area($0)?.naam ?? $0 }
            lines += ["", "### " + Messages.criterionHeading(criterion.naam), ""]
            lines.append(Messages.rule(keyAreas) + " " + Messages.sources(criterion.bronnen.map(cite)))
            lines.append("")
            lines += bandLines(Messages.iq, criterion.iq, in: criteria, percent: false)
            lines += bandLines(Messages.delay, criterion.leerachterstand, in: criteria, percent: true)
            lines += bandLines(Messages.minimum, criterion.minimumGebieden, in: criteria, percent: false)
        }
        lines += ["", "### " + Messages.notesHeading, ""]
        for note in criteria.aanvullingen {
            var conditions: [String] = []
            if let band = note.als.iqBinnen { conditions.append(Messages.iqIn(band)) }
            if let criterion = note.als.vervuld { conditions.append(Messages.met(criterion)) }
            if note.als.tegenstrijdig == true { conditions.append(Messages.conflicting) }
            let text = Template.fill(note.tekst) { name in
                name == "iq" ? note.als.iqBinnen.map { bandText($0, in: criteria) } ?? name : "{\(name)}"
            }
            lines.append("- **\(note.id)** (" + conditions.joined(separator: ", ") + "): \(text) " + Messages.sources(note.bronnen.map(cite)))
        }
        lines += ["", "### " + Messages.explanationHeading, "", criteria.uitleg.tekst + " " + Messages.sources(criteria.uitleg.bronnen.map(cite))]
        return lines
    }

    /// A band in words (low–high), with its periods when it has more than one value.
    func bandText(_ id: String, in criteria: NationalCriteria) -> String {
        guard let parameter = criteria.parameter(id) else { return "`\(id)`" }
        let texts = parameter.waarden.map { value in
            Messages.range(value.waarde.van ?? value.waarde.getal ?? 0, value.waarde.tot, percent: false)
                + (parameter.waarden.count > 1 ? " (vanaf \(value.vanaf))" : "")
        }
        return texts.joined(separator: ", ")
    }

    /// One line per dated value of a parameter: label, id, band, period and source.
    func bandLines(_ label: String, _ id: String, in criteria: NationalCriteria, percent: Bool) -> [String] {
        guard let parameter = criteria.parameter(id) else { return ["- \(label): `\(id)` " + Messages.missing] }
        return parameter.waarden.map { value in
            let low = value.waarde.van ?? value.waarde.getal ?? 0
            let text = Messages.range(low, value.waarde.tot, percent: percent)
            let period = value.tot.map { "\(value.vanaf) t/m \($0)" } ?? "vanaf \(value.vanaf)"
            return "- \(label) (`\(id)`): \(text), \(period). " + Messages.sources([cite(value.bron)])
        }
    }

    enum Messages {
        static let heading = "Landelijke criteria lwoo en pro (indicatieve toets)"
        static let notesHeading = "Aanvullingen"
        static let explanationHeading = "DL, DLE en leerachterstand"
        static let iq = "IQ"
        static let delay = "Leerachterstand"
        static let minimum = "Minimum aantal gebieden"
        static let missing = "(staat niet in landelijk.json)"
        static let conflicting = "als IQ en leerachterstand niet dezelfde kant op wijzen"
        static func areas(_ names: [String], _ source: String) -> String {
            "Gebieden: " + names.joined(separator: ", ") + ". " + sources([source])
        }
        static func criterionHeading(_ name: String) -> String { "Criteria \(name)" }
        static func rule(_ keyAreas: [String]) -> String {
            "Het IQ ligt in de IQ-band en de leerachterstand (1 − DLE/DL) ligt op ten minste het minimum aantal gebieden in de band, "
                + "waaronder " + keyAreas.joined(separator: " en/of ") + "."
        }
        static func iqIn(_ id: String) -> String { "als het IQ in de band `\(id)` ligt" }
        static func met(_ id: String) -> String { "als de criteria voor \(id) lijken vervuld" }
        static func sources(_ citations: [String]) -> String { "_Bron: " + citations.joined(separator: "; ") + "._" }
        static func range(_ low: Double, _ high: Double?, percent: Bool) -> String {
            func show(_ value: Double) -> String {
                percent ? "\(Int((value * 100).rounded()))%" : (value == value.rounded() ? String(Int(value)) : String(value))
            }
            return high.map { "\(show(low))–\(show($0))" } ?? (percent ? "\(show(low)) of meer" : show(low))
        }
    }
}
