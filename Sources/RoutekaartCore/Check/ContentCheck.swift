/// Proves the content sound: every reference resolves, every path ends in an
/// outcome, nothing is unreachable, no cycles, every outcome cites a source
/// in the registry, every question has help, every fact read is asked or derived.
public struct ContentCheck {
    let content: Content
    let model: Model
    let path: (String) -> String
    /// The verbatim law texts of the data folder; nil for content built in memory (then no text is read).
    let laws: LawLibrary?

    public init(content: Content, model: Model, path: @escaping (String) -> String = { $0 }, laws: LawLibrary? = nil) {
        self.content = content
        self.model = model
        self.path = path
        self.laws = laws
    }

    var factsFile: String { path(DataSet.FileName.facts) }
    var treeFile: String { path(DataSet.FileName.tree) }
    var outcomesFile: String { path(DataSet.FileName.outcomes) }

    /// The content's rules, in the order `controleer` reports them.
    static var rules: [Rule<ContentCheck>] {
        [
            Rule("EveryIdIsUnique", "elke id van een feit, knoop, uitkomst en bron is uniek", everyIDIsUnique),
            Rule("EveryReferenceResolves", "elke verwijzing naar een feit, knoop, uitkomst, functie of parameter bestaat", everyReferenceResolves),
            Rule(
                "EveryBranchCoversEveryValue", "elke knoop heeft een tak voor elke mogelijke waarde van zijn feit, en geen andere",
                everyBranchCoversEveryValue),
            Rule(
                "EveryDerivationFitsItsFunction",
                "elke afleiding past bij haar functie (parameters bestaan, tabellen dekken elke combinatie) en levert alleen opties van haar feit",
                everyDerivationFitsItsFunction),
            Rule("EveryPathEndsInAnOutcome", "elk pad door de boom eindigt in een uitkomst, zonder kringloop", everyPathEndsInAnOutcome),
            Rule("NothingIsUnreachable", "elke knoop en elke uitkomst is bereikbaar vanaf de start", nothingIsUnreachable),
            Rule("EveryOutcomeCitesASource", "elke uitkomst en elke stap noemt minstens één bron", everyOutcomeCitesASource),
            Rule("EveryCitationIsInTheRegistry", "elke bronvermelding noemt een bron uit bronnen.json", everyCitationIsInTheRegistry),
            Rule(
                "EveryLawCitationIsInForce",
                "elke bronvermelding is goed gevormd en noemt een wet alleen waar die gold, op elke datum die het pad kan hebben",
                everyLawCitationIsInForce),
            Rule(
                "EveryCitedArticleTextIsInForce",
                "van elk geciteerd wetsartikel staat de tekst in het register, en die tekst is in werking (niet 'nog niet in werking getreden') op de datums waarvoor het geciteerd wordt",
                everyCitedArticleTextIsInForce),
            Rule(
                "EveryPracticeOfOneSWVIsNamedAsSuch",
                "een stap of regel die alleen steunt op het document van één samenwerkingsverband (zoals RSV Breda eo), noemt dat samenwerkingsverband in haar tekst; een landelijke regel citeert de wet of een landelijke bron",
                everyPracticeOfOneSWVIsNamedAsSuch),
            Rule("EveryQuestionHasHelp", "elke vraag heeft hulptekst, een korte naam, en opties waar dat moet", everyQuestionHasHelp),
            Rule(
                "EveryFactReadIsAskedOrDerived",
                "elk feit dat de boom, een tekst (ook titel, termijn en voorwaarde) of een stap leest, bestaat en wordt gevraagd of afgeleid",
                everyFactReadIsAskedOrDerived),
            Rule("EveryScenarioCanBeReached", "elk scenario (S1–S6) kan uit de afleiding van een scenariofeit komen", everyScenarioCanBeReached),
            Rule(
                "EveryControlIsSound",
                "elke controle op tegenstrijdige feiten leest bestaande feiten, kan haar waarde opleveren, vraagt een bestaande vraag opnieuw en noemt een bron uit het register",
                everyControlIsSound),
            Rule(
                "EveryUnknownEndsInAdvice",
                "elk feit dat onbekend kan blijven, leidt tot advies: de routekaart splitst op een feit met vaste waarden, met woorden voor elke tak en wie wat moet navragen, en elke tekst heeft woorden voor het onbekende",
                everyUnknownEndsInAdvice),
            Rule(
                "NoTextShowsAnInternalId",
                "geen tekst die de gebruiker leest, noemt een interne id (geen-licentie, aanwijzing_lwoo) of het woord 'onbekend' als waarde",
                noTextShowsAnInternalId),
            // Walks every combination of unknowns: it needs content the engine can run, so `run` gives it only when every
            // rule above passed (while one fails there is no advice at all, and that rule says why).
            Rule(caseRule, caseRuleSummary, everyCaseCanHappenAndIsSaidOnce),
        ]
    }

    public func run() -> [Finding] {
        var findings: [Finding] = []
        for rule in Self.rules {
            if rule.name == Self.caseRule, !findings.allSatisfy(\.passed) {
                findings.append(Finding(rule: rule.name, summary: rule.summary, problems: []))
                continue
            }
            findings.append(rule.finding(self))
        }
        return findings
    }

    func everyIDIsUnique(_ problems: inout [InputError]) {
        var seen = Set<String>()
        for (i, fact) in content.facts.enumerated() where !seen.insert(fact.id).inserted {
            problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)].id", "\"\(fact.id)\" komt twee keer voor"))
        }
        var places = Set<String>()
        for (i, node) in content.nodes.enumerated() where !places.insert(node.id).inserted {
            problems.append(InputError(.data, file: treeFile, place: "knopen[\(i)].id", "\"\(node.id)\" komt twee keer voor"))
        }
        for (i, outcome) in content.outcomes.enumerated() where !places.insert(outcome.id).inserted {
            problems.append(
                InputError(.data, file: outcomesFile, place: "uitkomsten[\(i)].id", "\"\(outcome.id)\" komt al voor als knoop of uitkomst"))
        }
        var sources = Set<String>()
        for (i, source) in content.sources.enumerated() where !sources.insert(source.id).inserted {
            problems.append(
                InputError(.data, file: path(DataSet.FileName.sources), place: "bronnen[\(i)].id", "\"\(source.id)\" komt twee keer voor"))
        }
    }

    func everyReferenceResolves(_ problems: inout [InputError]) {
        if content.node(content.start) == nil {
            problems.append(InputError(.data, file: treeFile, place: "start", "de startknoop \"\(content.start)\" bestaat niet"))
        }
        for (i, node) in content.nodes.enumerated() {
            if content.fact(node.feit) == nil {
                problems.append(InputError(.data, file: treeFile, place: "knopen[\(i)].feit", "onbekend feit \"\(node.feit)\""))
            }
            for (value, target) in node.takken.sorted(by: { $0.key < $1.key })
            where content.node(target) == nil && content.outcome(target) == nil {
                problems.append(
                    InputError(.data, file: treeFile, place: "knopen[\(i)].takken.\(value)", "\"\(target)\" is geen knoop en geen uitkomst"))
            }
        }
        for (i, fact) in content.facts.enumerated() {
            guard let derivation = fact.afleiding else { continue }
            let place = "feiten[\(i)].afleiding"
            guard let function = Derivations.function(named: derivation.functie) else {
                let known = Derivations.all.map(\.name).sorted().joined(separator: ", ")
                problems.append(
                    InputError(.data, file: factsFile, place: place + ".functie", "onbekende functie \"\(derivation.functie)\"; bekend: \(known)")
                )
                continue
            }
            if let arity = function.arity, arity != derivation.invoer.count {
                problems.append(
                    InputError(
                        .data, file: factsFile, place: place + ".invoer",
                        "\(derivation.functie) leest \(arity) feit(en), hier staan er \(derivation.invoer.count)"))
            }
            for (j, input) in derivation.invoer.enumerated() where content.fact(input) == nil {
                problems.append(InputError(.data, file: factsFile, place: "\(place).invoer[\(j)]", "onbekend feit \"\(input)\""))
            }
            if dependsOnItself(fact.id) {
                problems.append(
                    InputError(
                        .data, file: factsFile, place: place + ".invoer", "\"\(fact.id)\" hangt via zijn invoer van zichzelf af (kringloop)"))
            }
        }
        problems += criteriaReferenceProblems()
    }

    /// True when a fact's derivation reads, directly or through other derivations, the fact itself.
    func dependsOnItself(_ id: String) -> Bool {
        var seen = Set<String>()
        var stack = content.fact(id)?.afleiding?.invoer ?? []
        while let next = stack.popLast() {
            if next == id { return true }
            guard seen.insert(next).inserted else { continue }
            stack += content.fact(next)?.afleiding?.invoer ?? []
        }
        return false
    }

    func everyBranchCoversEveryValue(_ problems: inout [InputError]) {
        for (i, node) in content.nodes.enumerated() {
            guard let fact = content.fact(node.feit) else { continue }
            guard let values = content.domain(of: fact) else {
                problems.append(
                    InputError(
                        .data, file: treeFile, place: "knopen[\(i)].feit",
                        "\"\(fact.id)\" heeft geen vaste waarden; een knoop kan er niet op splitsen"))
                continue
            }
            if node.takken["*"] == nil {
                for value in values where node.takken[value] == nil {
                    problems.append(InputError(.data, file: treeFile, place: "knopen[\(i)].takken", "er ontbreekt een tak voor \"\(value)\""))
                }
            }
            for value in node.takken.keys.sorted() where value != "*" && !values.contains(value) {
                problems.append(
                    InputError(
                        .data, file: treeFile, place: "knopen[\(i)].takken.\(value)", "\"\(value)\" is geen mogelijke waarde van \"\(fact.id)\""))
            }
        }
    }

    func everyDerivationFitsItsFunction(_ problems: inout [InputError]) {
        for (i, fact) in content.facts.enumerated() {
            guard let derivation = fact.afleiding, let function = Derivations.function(named: derivation.functie),
                derivation.invoer.allSatisfy({ content.fact($0) != nil })
            else { continue }
            let place = "feiten[\(i)].afleiding"
            for problem in function.problems(in: derivation, content: content, model: model) {
                problems.append(InputError(.data, file: factsFile, place: "\(place).\(problem.place)", problem.message))
            }
            // A derived choice (asked as fallback or not) must have an option for every value the function yields.
            if fact.soort == .keuze, let options = fact.opties, let values = function.possibleValues(of: derivation) {
                for value in values where !options.contains(where: { $0.waarde == value }) {
                    problems.append(
                        InputError(
                            .data, file: factsFile, place: "feiten[\(i)].opties", "de afleiding kan \"\(value)\" opleveren; die optie ontbreekt"))
                }
            }
        }
    }

    func everyPathEndsInAnOutcome(_ problems: inout [InputError]) {
        for path in PathEnumerator(content: content).paths() where path.outcome == nil {
            let route = path.decisions.map { "\($0.fact)=\($0.value)" }.joined(separator: " → ")
            problems.append(InputError(.data, file: treeFile, place: route, path.problem ?? "pad zonder uitkomst"))
        }
    }

    func nothingIsUnreachable(_ problems: inout [InputError]) {
        var reached = Set<String>()
        var stack = [content.start]
        while let id = stack.popLast() {
            guard reached.insert(id).inserted, let node = content.node(id) else { continue }
            stack += node.takken.values
        }
        for (i, node) in content.nodes.enumerated() where !reached.contains(node.id) {
            problems.append(InputError(.data, file: treeFile, place: "knopen[\(i)]", "knoop \"\(node.id)\" is onbereikbaar"))
        }
        for (i, outcome) in content.outcomes.enumerated() where !reached.contains(outcome.id) {
            problems.append(InputError(.data, file: outcomesFile, place: "uitkomsten[\(i)]", "uitkomst \"\(outcome.id)\" is onbereikbaar"))
        }
    }

    func everyOutcomeCitesASource(_ problems: inout [InputError]) {
        for (i, outcome) in content.outcomes.enumerated() {
            if outcome.stappen.isEmpty {
                problems.append(InputError(.data, file: outcomesFile, place: "uitkomsten[\(i)].stappen", "een uitkomst heeft minstens één stap"))
            }
            for (j, step) in outcome.stappen.enumerated() where step.bronnen.isEmpty {
                problems.append(
                    InputError(.data, file: outcomesFile, place: "uitkomsten[\(i)].stappen[\(j)].bronnen", "elke stap noemt minstens één bron"))
            }
            if outcome.stappen.contains(where: { $0.interpretatie == true }) && (outcome.interpretatieUitleg ?? "").isEmpty {
                problems.append(
                    InputError(
                        .data, file: outcomesFile, place: "uitkomsten[\(i)].interpretatieUitleg", "een uitkomst met een interpretatie zegt welke")
                )
            }
        }
    }

    func everyCitationIsInTheRegistry(_ problems: inout [InputError]) {
        func check(_ citations: [String], _ file: String, _ place: String) {
            for (k, citation) in citations.enumerated() {
                for id in Citation(citation).unknownSources(content.source) {
                    let suggestion = Suggestion.nearest(to: id, among: content.sources.map(\.id)).map { " (bedoelt u \"\($0)\"?)" } ?? ""
                    problems.append(
                        InputError(
                            .data, file: file, place: "\(place)[\(k)]", "\"\(citation)\" noemt geen bron uit bronnen.json: \"\(id)\"\(suggestion)"
                        ))
                }
            }
        }
        for (i, fact) in content.facts.enumerated() {
            check(fact.bronnen ?? [], factsFile, "feiten[\(i)].bronnen")
            check(fact.afleiding?.bronnen ?? [], factsFile, "feiten[\(i)].afleiding.bronnen")
        }
        for (i, outcome) in content.outcomes.enumerated() {
            for (j, step) in outcome.stappen.enumerated() { check(step.bronnen, outcomesFile, "uitkomsten[\(i)].stappen[\(j)].bronnen") }
        }
        problems += criteriaCitationProblems()
    }

    func everyQuestionHasHelp(_ problems: inout [InputError]) {
        for (i, fact) in content.facts.enumerated() where fact.isAsked {
            if (fact.hulp ?? "").trimmingBlanksAndNewlines().isEmpty {
                problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)].hulp", "de vraag \"\(fact.id)\" heeft geen hulptekst"))
            }
            if fact.soort == .keuze && (fact.opties ?? []).count < 2 {
                problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)].opties", "een keuzevraag heeft minstens twee opties"))
            }
        }
        for (i, fact) in content.facts.enumerated() where !fact.isAsked && !fact.isDerived {
            problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)]", "\"\(fact.id)\" heeft geen vraag en geen afleiding"))
        }
    }

    func everyFactReadIsAskedOrDerived(_ problems: inout [InputError]) {
        func check(_ text: String, _ file: String, _ place: String) {
            for name in Template.placeholders(in: text) where content.fact(name) == nil {
                problems.append(InputError(.data, file: file, place: place, "de tekst gebruikt {\(name)}, maar dat feit bestaat niet"))
            }
        }
        for (i, outcome) in content.outcomes.enumerated() {
            for (place, text) in outcome.allTexts { check(text, outcomesFile, "uitkomsten[\(i)].\(place)") }
            for (j, step) in outcome.stappen.enumerated() {
                let place = "uitkomsten[\(i)].stappen[\(j)]"
                if let id = step.termijnDatum, content.fact(id)?.soort != .datum {
                    problems.append(InputError(.data, file: outcomesFile, place: place + ".termijnDatum", "\"\(id)\" is geen datumfeit"))
                }
                if step.naTermijn != nil, step.termijnDatum == nil {
                    problems.append(InputError(.data, file: outcomesFile, place: place + ".naTermijn", "naTermijn hoort bij een termijnDatum"))
                }
                for (fact, values) in (step.als ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard let known = content.fact(fact) else {
                        problems.append(InputError(.data, file: outcomesFile, place: place + ".als", "onbekend feit \"\(fact)\""))
                        continue
                    }
                    let domain = content.domain(of: known) ?? []
                    for value in values where !domain.contains(value) {
                        problems.append(
                            InputError(
                                .data, file: outcomesFile, place: place + ".als.\(fact)", "\"\(value)\" is geen mogelijke waarde van \"\(fact)\"")
                        )
                    }
                }
            }
        }
        let deadlines = Set(content.outcomes.flatMap { $0.stappen.compactMap(\.termijnDatum) })
        for (i, fact) in content.facts.enumerated() {
            let texts = [fact.onbekendTekst, fact.als, fact.navragen?.wat, fact.navragen?.ouders] + (fact.opties ?? []).map(\.als)
            for text in texts.compactMap({ $0 }) { check(text, factsFile, "feiten[\(i)]") }
            if fact.termijn == true, fact.soort != .datum || !deadlines.contains(fact.id) {
                problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)].termijn", Messages.markedButNoDeadline(fact.id)))
            } else if fact.termijn != true, fact.soort == .datum, deadlines.contains(fact.id) {
                problems.append(InputError(.data, file: factsFile, place: "feiten[\(i)]", Messages.deadlineNotMarked(fact.id)))
            }
        }
    }

    func everyScenarioCanBeReached(_ problems: inout [InputError]) {
        let produced = Set(content.facts.filter { $0.scenario == true }.flatMap { $0.afleiding.flatMap(Derivations.possibleValues) ?? [] })
        for (i, scenario) in content.scenarios.enumerated() where !produced.contains(scenario.id) {
            problems.append(InputError(.data, file: outcomesFile, place: "scenarios[\(i)]", "scenario \"\(scenario.id)\" wordt nergens bepaald"))
        }
    }

    enum Messages {
        static func deadlineNotMarked(_ id: String) -> String {
            "\"\(id)\" is de termijnDatum van een stap; zet hier \"termijn\": true, dan zegt elke tekst die de datum noemt of hij al voorbij is"
        }
        static func markedButNoDeadline(_ id: String) -> String {
            "\"\(id)\" heeft \"termijn\": true maar is van geen stap de termijnDatum (of geen datumfeit); haal het weg of gebruik het als termijn"
        }
    }
}
