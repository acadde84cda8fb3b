/// The scores entered for an indicative check: total IQ and, per area id, DLE and DL in months.
public struct CriteriaInput: Sendable, Equatable {
    public var iq: Int
    public var scores: [String: Score]

    public struct Score: Sendable, Equatable {
        public var dle: Double
        public var dl: Double
        public init(dle: Double, dl: Double) {
            self.dle = dle
            self.dl = dl
        }
    }

    public init(iq: Int, scores: [String: Score]) {
        self.iq = iq
        self.scores = scores
    }
}

/// A band of a national parameter on one day: from `low` up to and including `high`, with its source.
public struct Band: Sendable, Equatable {
    public var low: Double
    public var high: Double?
    public var source: String

    /// Inclusive at both ends; a hair of tolerance so that 1 − 30/60 counts as 50%.
    public func contains(_ value: Double) -> Bool {
        value >= low - 1e-9 && value <= (high ?? .infinity) + 1e-9
    }
}

/// The outcome of an indicative check of the national criteria. Always
/// indicative: a help to prepare an application, never a decision.
public struct CriteriaReport: Sendable {
    /// Leerachterstand = 1 − DLE/DL per area entered, in the order of the areas.
    public var delays: [(area: LearningArea, delay: Double)]
    public var verdicts: [Verdict]
    public var lines: [String]

    /// Whether one criterion appears met.
    public struct Verdict: Sendable, Equatable {
        public var criterion: String
        public var iqMet: Bool
        /// The areas whose leerachterstand lies in the criterion's band.
        public var areasInBand: [String]
        public var delayMet: Bool
        public var met: Bool { iqMet && delayMet }
    }

    public func met(_ criterion: String) -> Bool { verdicts.first { $0.criterion == criterion }?.met ?? false }
}

/// Checks scores against the national criteria: the rule from `criteria.json`,
/// its bands from the dated parameters of `landelijk.json` on `day`.
public struct CriteriaCheck: Sendable {
    public let criteria: NationalCriteria
    public let day: Day
    /// A citation as readers see it (a law by its name, the article in force on the day).
    public let cite: @Sendable (String) -> String

    public init(criteria: NationalCriteria, day: Day, cite: @escaping @Sendable (String) -> String = { $0 }) {
        self.criteria = criteria
        self.day = day
        self.cite = cite
    }

    /// The check with the criteria and citations of `content`, or nil when the data has no criteria.
    public init?(content: Content, day: Day) {
        guard let criteria = content.criteria else { return nil }
        self.init(criteria: criteria, day: day) { Citation($0).rendered(on: day, peildatum: day, content.source) }
    }

    /// Leerachterstand = 1 − DLE/DL; nil when DL is not positive or DLE is negative or above DL.
    public static func delay(dle: Double, dl: Double) -> Double? {
        guard dl > 0, dle >= 0, dle <= dl else { return nil }
        return 1 - dle / dl
    }

    /// The band of a parameter on the day, or nil when the data has none.
    public func band(_ id: String) -> Band? {
        guard let value = criteria.parameter(id)?.value(on: day), let low = value.waarde.van ?? value.waarde.getal else { return nil }
        return Band(low: low, high: value.waarde.tot, source: value.bron)
    }

    /// A whole number of a parameter on the day (`getal`), with its source; nil when the data has none.
    public func count(_ id: String) -> (value: Int, source: String)? {
        guard let value = criteria.parameter(id)?.value(on: day), let number = value.waarde.getal, number == number.rounded() else { return nil }
        return (Int(number), value.bron)
    }

    /// The report, or nil (with the missing parameter) when a band is not in the data for the day.
    public func check(_ input: CriteriaInput) -> Result<CriteriaReport, MissingParameter> {
        let delays = criteria.gebieden.compactMap { area -> (area: LearningArea, delay: Double)? in
            guard let score = input.scores[area.id], let delay = Self.delay(dle: score.dle, dl: score.dl) else { return nil }
            return (area, delay)
        }
        let iq = Double(input.iq)
        var verdicts: [CriteriaReport.Verdict] = []
        var lines = [Messages.heading] + delays.map { Messages.delayLine($0.area.naam, $0.delay) }
        for criterion in criteria.criteria {
            guard let iqBand = band(criterion.iq) else { return .failure(MissingParameter(id: criterion.iq)) }
            guard let delayBand = band(criterion.leerachterstand) else { return .failure(MissingParameter(id: criterion.leerachterstand)) }
            guard let minimum = count(criterion.minimumGebieden) else { return .failure(MissingParameter(id: criterion.minimumGebieden)) }
            let inBand = delays.filter { delayBand.contains($0.delay) }.map(\.area.id)
            let delayMet = inBand.count >= minimum.value && inBand.contains { criterion.waarvan.contains($0) }
            let verdict = CriteriaReport.Verdict(criterion: criterion.id, iqMet: iqBand.contains(iq), areasInBand: inBand, delayMet: delayMet)
            verdicts.append(verdict)
            let keyAreas = criterion.waarvan.compactMap { criteria.area($0)?.naam }
            let sources = unique(([iqBand.source, delayBand.source] + criterion.bronnen).map(cite))
            lines.append(Messages.verdict(criterion.naam, verdict, iqBand, delayBand, minimum.value, keyAreas, sources))
        }
        for note in criteria.aanvullingen {
            var band: Band?
            if let id = note.als.iqBinnen {
                guard let found = self.band(id) else { return .failure(MissingParameter(id: id)) }
                guard found.contains(iq) else { continue }
                band = found
            }
            if let criterion = note.als.vervuld, !(verdicts.first { $0.criterion == criterion }?.met ?? false) { continue }
            if note.als.tegenstrijdig == true, !verdicts.contains(where: { $0.iqMet != $0.delayMet }) { continue }
            let text = Template.fill(note.tekst) { name in name == "iq" ? (band.map(Messages.band) ?? name) : "{\(name)}" }
            lines.append(text + " " + Messages.sources(note.bronnen.map(cite)))
        }
        if delays.count < criteria.gebieden.count { lines.append(Messages.incomplete(criteria.gebieden.count)) }
        lines.append(Messages.disclaimer)
        return .success(CriteriaReport(delays: delays, verdicts: verdicts, lines: lines))
    }

    /// A band the criteria need is not in `landelijk.json` for the day.
    public struct MissingParameter: Error, Sendable, Equatable {
        public var id: String
    }

    enum Messages {
        static let heading = "Indicatieve toets aan de landelijke criteria — indicatief, geen besluit."
        static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        static func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        static func delayLine(_ area: String, _ delay: Double) -> String { "  leerachterstand \(area): \(percent(delay))" }
        static func band(_ band: Band) -> String {
            band.high.map { "\(number(band.low))–\(number($0))" } ?? "\(number(band.low)) of meer"
        }
        static func percentBand(_ band: Band) -> String {
            band.high.map { "\(percent(band.low))–\(percent($0))" } ?? "\(percent(band.low)) of meer"
        }
        static func sources(_ citations: [String]) -> String { "Bron: " + citations.joined(separator: "; ") + "." }
        /// One line per criterion: whether it appears met, and why.
        static func verdict(
            _ name: String, _ verdict: CriteriaReport.Verdict, _ iqBand: Band, _ delayBand: Band, _ minimum: Int, _ keyAreas: [String],
            _ citations: [String]
        ) -> String {
            let areas = verdict.areasInBand.count == 1 ? "1 gebied" : "\(verdict.areasInBand.count) gebieden"
            return "\(name): " + (verdict.met ? "de criteria lijken vervuld" : "de criteria lijken niet vervuld")
                + " (IQ \(band(iqBand)): \(verdict.iqMet ? "ja" : "nee"); leerachterstand \(percentBand(delayBand)) op \(minimum) of meer gebieden, "
                + "waaronder \(keyAreas.joined(separator: " en/of ")): \(verdict.delayMet ? "ja" : "nee"), \(areas) in de band). "
                + sources(citations)
        }
        static func incomplete(_ count: Int) -> String {
            "Niet alle \(count) gebieden zijn ingevuld; de uitkomst is daardoor minder zeker."
        }
        static let disclaimer =
            "Dit is een hulpmiddel bij het voorbereiden van een aanvraag, geen besluit: het samenwerkingsverband beslist, op basis van toegestane tests (Regeling screenings- en testinstrumenten). Er is niets bewaard."
    }
}
