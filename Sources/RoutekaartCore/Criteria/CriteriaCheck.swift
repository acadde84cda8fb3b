/// A learning area of the national criteria (`rsv-breda-2015` §10).
public enum LearningArea: String, CaseIterable, Sendable {
    case technischLezen = "technisch lezen"
    case begrijpendLezen = "begrijpend lezen"
    case spelling
    case inzichtelijkRekenen = "inzichtelijk rekenen"

    /// Begrijpend lezen and/or inzichtelijk rekenen must be among the areas with a delay.
    public var isKey: Bool { self == .begrijpendLezen || self == .inzichtelijkRekenen }
}

/// The scores entered for an indicative check: total IQ and, per area, DLE and DL.
public struct CriteriaInput: Sendable, Equatable {
    public var iq: Int
    public var scores: [LearningArea: (dle: Double, dl: Double)]

    public init(iq: Int, scores: [LearningArea: (dle: Double, dl: Double)]) {
        self.iq = iq
        self.scores = scores
    }

    public static func == (lhs: CriteriaInput, rhs: CriteriaInput) -> Bool {
        lhs.iq == rhs.iq && lhs.scores.keys == rhs.scores.keys
            && lhs.scores.allSatisfy { key, value in rhs.scores[key].map { $0.dle == value.dle && $0.dl == value.dl } ?? false }
    }
}

/// The outcome of an indicative check of the national lwoo and pro criteria.
/// Always indicative: a help to prepare an application, never a decision.
public struct CriteriaReport: Sendable {
    /// Leerachterstand = 1 − DLE/DL per area.
    public var delays: [(area: LearningArea, delay: Double)]
    public var lwooMet: Bool
    public var proMet: Bool
    public var lines: [String]
}

/// Checks scores against the national criteria of the model's dated
/// parameters (DOMAIN R8; `rsv-breda-2015` §10; Inrichtingsbesluit WVO art. 15d).
public struct CriteriaCheck: Sendable {
    public let model: Model
    public let day: Day

    public init(model: Model, day: Day) {
        self.model = model
        self.day = day
    }

    /// Leerachterstand = 1 − DLE/DL, or nil when DL is not positive.
    public static func delay(dle: Double, dl: Double) -> Double? {
        guard dl > 0, dle >= 0 else { return nil }
        return 1 - dle / dl
    }

    func range(_ id: String) -> (low: Double, high: Double?, source: String)? {
        guard let value = model.parameter(id)?.value(on: day), let low = value.waarde.van else { return nil }
        return (low, value.waarde.tot, value.bron)
    }

    public func check(_ input: CriteriaInput) -> CriteriaReport? {
        guard let lwooIQ = range("lwoo_iq"), let proIQ = range("pro_iq"), let lwooDelay = range("lwoo_leerachterstand"),
            let proDelay = range("pro_leerachterstand"), let socialIQ = range("lwoo_iq_sociaal_emotioneel"),
            let border = range("grensvlak_iq")
        else { return nil }
        let minimumAreas = Int(model.parameter("minimum_gebieden")?.value(on: day)?.waarde.getal ?? 2)
        let delays = LearningArea.allCases.compactMap { area -> (area: LearningArea, delay: Double)? in
            guard let score = input.scores[area], let delay = Self.delay(dle: score.dle, dl: score.dl) else { return nil }
            return (area, delay)
        }
        func meets(_ threshold: Double) -> Bool {
            let areas = delays.filter { $0.delay >= threshold - 1e-9 }
            return areas.count >= minimumAreas && areas.contains { $0.area.isKey }
        }
        func within(_ value: Double, _ band: (low: Double, high: Double?, source: String)) -> Bool {
            value >= band.low && value <= (band.high ?? .infinity)
        }
        let iq = Double(input.iq)
        let lwooDelayMet = meets(lwooDelay.low)
        let proDelayMet = meets(proDelay.low)
        let lwooMet = within(iq, lwooIQ) && lwooDelayMet
        let proMet = within(iq, proIQ) && proDelayMet

        var lines = [Messages.heading]
        for item in delays {
            lines.append(Messages.delayLine(item.area.rawValue, item.delay))
        }
        lines.append(Messages.verdict("lwoo", lwooMet, iq: within(iq, lwooIQ), delay: lwooDelayMet, lwooIQ, lwooDelay, minimumAreas))
        if lwooMet && within(iq, socialIQ) { lines.append(Messages.socialEmotional(socialIQ)) }
        lines.append(Messages.verdict("pro", proMet, iq: within(iq, proIQ), delay: proDelayMet, proIQ, proDelay, minimumAreas))
        if within(iq, border) { lines.append(Messages.borderZone(border)) }
        if within(iq, lwooIQ) != lwooDelayMet || within(iq, proIQ) != proDelayMet {
            lines.append(Messages.conflicting)
        }
        if delays.count < LearningArea.allCases.count { lines.append(Messages.incomplete) }
        lines.append(Messages.disclaimer)
        return CriteriaReport(delays: delays, lwooMet: lwooMet, proMet: proMet, lines: lines)
    }

    enum Messages {
        static let heading = "Indicatieve toets aan de landelijke criteria — indicatief, geen besluit."
        static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        static func delayLine(_ area: String, _ delay: Double) -> String { "  leerachterstand \(area): \(percent(delay))" }
        static func band(_ band: (low: Double, high: Double?, source: String)) -> String {
            band.high.map { "\(Int(band.low))–\(Int($0))" } ?? "\(Int(band.low)) of meer"
        }
        /// One line per kind of support: whether its criteria appear met, and why.
        static func verdict(
            _ kind: String, _ met: Bool, iq: Bool, delay: Bool, _ iqBand: (low: Double, high: Double?, source: String),
            _ delayBand: (low: Double, high: Double?, source: String), _ areas: Int
        ) -> String {
            let delayRange = delayBand.high.map { "\(percent(delayBand.low))–\(percent($0))" } ?? "\(percent(delayBand.low)) of meer"
            return "\(kind): " + (met ? "de criteria lijken vervuld" : "de criteria lijken niet vervuld")
                + " (IQ \(band(iqBand)): \(iq ? "ja" : "nee"); leerachterstand \(delayRange) op \(areas) of meer gebieden, "
                + "waaronder begrijpend lezen en/of inzichtelijk rekenen: \(delay ? "ja" : "nee")). Bron: \(iqBand.source); \(delayBand.source)."
        }
        static func socialEmotional(_ band: (low: Double, high: Double?, source: String)) -> String {
            "Bij IQ \(Messages.band(band)) moet voor lwoo belemmerende sociaal-emotionele problematiek worden aangetoond (faalangst, prestatiemotivatie, emotionele instabiliteit). Bron: \(band.source)."
        }
        static func borderZone(_ band: (low: Double, high: Double?, source: String)) -> String {
            "Grensvlak: bij IQ \(Messages.band(band)) moet de aanvraag (lwoo of pro) worden gemotiveerd. Bron: \(band.source)."
        }
        static let conflicting =
            "Tegenstrijdige criteria (IQ en leerachterstand wijzen niet dezelfde kant op): motiveer de aanvraag. Bron: inrichtingsbesluit-wvo art. 15d lid 6; rsv-breda-2015 §10."
        static let incomplete = "Niet alle vier gebieden zijn ingevuld; de uitkomst is daardoor minder zeker."
        static let disclaimer =
            "Dit is een hulpmiddel bij het voorbereiden van een aanvraag, geen besluit: het samenwerkingsverband beslist, op basis van toegestane tests (Regeling screenings- en testinstrumenten). Er is niets bewaard."
    }
}
