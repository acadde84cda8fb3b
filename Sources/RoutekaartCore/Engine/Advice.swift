/// The advice for a case: the outcome reached, its scenario, and the trail
/// of facts and rules that led there. The texts with the case's values filled
/// in, the sources and the warnings are worked out when asked for, so that
/// deciding stays cheap.
public struct Advice: Sendable {
    /// The outcome as written in the content, with `{feit}` placeholders.
    public let template: Outcome
    public let scenario: Scenario?
    public let trail: [TrailStep]
    public let peildatum: Day
    let content: Content
    let model: Model
    /// The value of every fact on the trail.
    let values: [String: String]

    init(engine: Engine, outcome: Outcome, trail: [TrailStep], values: [String: String], peildatum: Day) {
        template = outcome
        self.trail = trail
        self.values = values
        self.peildatum = peildatum
        content = engine.content
        model = engine.model
        let content = engine.content
        scenario = trail.last { content.isScenarioFact($0.fact) }.flatMap { content.scenario($0.value) }
    }

    /// The outcome with every `{feit}` placeholder replaced by the case's value in words.
    public var outcome: Outcome {
        var filled = template
        filled.samenvatting = fill(template.samenvatting)
        filled.ouders = template.ouders.map(fill)
        for index in filled.stappen.indices {
            filled.stappen[index].wat = fill(template.stappen[index].wat)
            filled.stappen[index].termijn = template.stappen[index].termijn.map(fill)
            filled.stappen[index].ouders = template.stappen[index].ouders.map(fill)
        }
        return filled
    }

    func fill(_ text: String) -> String {
        Template.fill(text) { (id: String) -> String in
            values[id].map { content.display($0, of: id, model: model) } ?? "{\(id)}"
        }
    }

    /// True when a step of the outcome or a rule on the trail is an interpretation.
    public var interpretatie: Bool {
        template.stappen.contains { $0.interpretatie == true }
            || trail.contains { step in
                if case .derived(let derivation, _) = step.origin { return derivation.interpretatie == true }
                return false
            }
    }

    /// Every citation, in the order first used: rules on the trail, then steps.
    public var sources: [String] {
        var citations: [String] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += derivation.bronnen + provenance.map(\.bron)
            }
        }
        citations += template.stappen.flatMap(\.bronnen)
        var seen = Set<String>()
        return citations.filter { seen.insert($0).inserted }
    }

    /// Warnings about the data the advice used: invented example data, what the maintainer noted about
    /// a record, records nobody checked against their source, records whose source covers them only up to
    /// a check before the date they are used for, and dated data (DUO, the regio-indeling) more than a
    /// year away from that date.
    public var warnings: [String] {
        var used: [Provenance] = []
        for step in trail {
            if case .derived(_, let provenance) = step.origin { used += provenance }
        }
        var warnings: [String] = []
        var seen = Set<String>()
        let examples = used.filter(\.voorbeeld).map { $0.subject.name }.filter { seen.insert($0).inserted }
        if !examples.isEmpty { warnings.append(Self.exampleData(examples)) }
        for item in used {
            if let note = item.opmerking, seen.insert(note).inserted { warnings.append(Self.note(item.subject.name, note)) }
        }
        let real = used.filter { !$0.voorbeeld }
        let unchecked = real.filter { $0.gegevensDatum == nil && $0.laatstGecontroleerd == nil }
        if !unchecked.isEmpty { warnings.append(Self.uncheckedData(unchecked)) }
        let stale = real.filter { item in
            guard item.gegevensDatum == nil, let checked = item.laatstGecontroleerd else { return false }
            return item.geldigTot == nil && checked < item.lookupDate
        }
        if !stale.isEmpty { warnings.append(Self.staleData(stale)) }
        let dated = real.filter { item in
            guard let date = item.gegevensDatum else { return false }
            return Self.moreThanAYearApart(date, item.lookupDate)
        }
        if !dated.isEmpty { warnings.append(Self.datedData(dated)) }
        return warnings
    }

    /// More than a year between the date of the data and the date it is used for (either way).
    static func moreThanAYearApart(_ a: Day, _ b: Day) -> Bool {
        let (early, late) = a < b ? (a, b) : (b, a)
        let yearLater = Day(year: early.year + 1, month: early.month, day: min(early.day, Day.daysIn(month: early.month, year: early.year + 1)))
        return yearLater.map { late > $0 } ?? false
    }

    static func exampleData(_ names: [String]) -> String {
        "Dit advies gebruikt voorbeeldgegevens, geen echte: " + names.joined(separator: ", ")
            + ". Gebruik het om de routekaart te leren kennen, niet voor een echte leerling."
    }

    static func note(_ name: String, _ text: String) -> String { "Over \(name): \(text)" }

    /// One warning for every record checked before the date it was used for, while its period has no end.
    static func staleData(_ items: [Provenance]) -> String {
        var seen = Set<String>()
        let records = items.filter { seen.insert($0.record).inserted }
            .map { "\($0.record) (gecontroleerd \($0.laatstGecontroleerd.map(\.dutch) ?? "nooit"), bron: \($0.bron))" }
        let latest = items.map(\.lookupDate).max() ?? Day.inpassing
        return "Deze gegevens zijn het laatst gecontroleerd vóór de datum waarvoor ze hier gelden (\(latest.dutch)): "
            + records.joined(separator: "; ") + ". Controleer bij het samenwerkingsverband of dit nog klopt."
    }

    /// One warning for every record that no person checked against the current state of its source.
    static func uncheckedData(_ items: [Provenance]) -> String {
        var seen = Set<String>()
        let records = items.filter { seen.insert($0.record).inserted }.map { "\($0.record) (bron: \($0.bron))" }
        return "Niemand heeft deze gegevens gecontroleerd tegen de huidige stand van hun bron: " + records.joined(separator: "; ")
            + ". Controleer ze bij het samenwerkingsverband of de school."
    }

    /// One warning for dated data used more than a year from its date.
    static func datedData(_ items: [Provenance]) -> String {
        var seen = Set<String>()
        let records = items.filter { seen.insert($0.record).inserted }
            .map { "\($0.record) (gegevens van \($0.gegevensDatum.map(\.dutch) ?? "onbekende datum"), bron: \($0.bron))" }
        let latest = items.map(\.lookupDate).max() ?? Day.inpassing
        return "Deze gegevens zijn meer dan een jaar ouder of jonger dan de datum waarvoor ze hier gelden (\(latest.dutch)): "
            + records.joined(separator: "; ")
            + ". Scholen, hun aanbod en de indeling in samenwerkingsverbanden kunnen intussen veranderd zijn; controleer het bij de school of het samenwerkingsverband."
    }
}
