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
        var warnings: [String] = []
        for step in trail {
            if case .derived(let derivation, let provenance) = step.origin {
                citations += derivation.bronnen + provenance.map(\.bron)
                interpretation = interpretation || derivation.interpretatie == true
                for item in provenance where item.laatstGecontroleerd < item.lookupDate {
                    warnings.append(Self.staleData(item))
                }
            }
        }
        citations += outcome.stappen.flatMap(\.bronnen)
        var seen = Set<String>()
        sources = citations.filter { seen.insert($0).inserted }
        interpretatie = interpretation
        var seenWarnings = Set<String>()
        self.warnings = warnings.filter { seenWarnings.insert($0).inserted }
    }

    static func staleData(_ item: Provenance) -> String {
        "De gegevens over \(item.record) zijn het laatst gecontroleerd op \(item.laatstGecontroleerd.dutch) "
            + "(bron: \(item.bron)); de datum \(item.lookupDate.dutch) ligt daarna. "
            + "Controleer bij het samenwerkingsverband of dit nog klopt."
    }
}
