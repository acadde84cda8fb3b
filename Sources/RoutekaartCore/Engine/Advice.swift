/// The advice for a case: the outcome with the case's values filled in, its
/// scenario, the trail of facts and rules that led there, every source it
/// rests on, whether it rests on an interpretation, and warnings.
public struct Advice: Sendable {
    public var outcome: Outcome
    public var scenario: Scenario?
    public var trail: [TrailStep]
    /// Every citation, in the order first used: rules on the trail, then steps.
    public var sources: [String]
    public var interpretatie: Bool
    public var warnings: [String]
    public var peildatum: Day

    init(engine: Engine, outcome: Outcome, trail: [TrailStep], peildatum: Day) {
        self.outcome = outcome
        self.trail = trail
        self.peildatum = peildatum
        let content = engine.content
        scenario = trail.lazy.compactMap { step -> Scenario? in
            guard content.fact(step.fact)?.scenario == true else { return nil }
            return content.scenario(step.value)
        }.last
        var citations: [String] = []
        var interpretation = outcome.stappen.contains { $0.interpretatie == true }
        var stale: [Provenance] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += derivation.bronnen + provenance.map(\.bron)
                interpretation = interpretation || derivation.interpretatie == true
                stale += provenance.filter { $0.laatstGecontroleerd < $0.lookupDate }
            }
        }
        citations += outcome.stappen.flatMap(\.bronnen)
        var seen = Set<String>()
        sources = citations.filter { seen.insert($0).inserted }
        interpretatie = interpretation
        warnings = stale.isEmpty ? [] : [Self.staleData(stale)]
    }

    /// One warning for every record checked before the date it was used for.
    static func staleData(_ items: [Provenance]) -> String {
        var seen = Set<String>()
        let records = items.filter { seen.insert($0.record).inserted }
            .map { "\($0.record) (gecontroleerd \($0.laatstGecontroleerd.dutch), bron: \($0.bron))" }
        let latest = items.map(\.lookupDate).max() ?? Day.inpassing
        return "Deze gegevens zijn het laatst gecontroleerd vóór de datum waarvoor ze hier gelden (\(latest.dutch)): "
            + records.joined(separator: "; ") + ". Controleer bij het samenwerkingsverband of dit nog klopt."
    }
}
