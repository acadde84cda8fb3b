/// The formats of the whole routekaart: a flowchart (Mermaid, Graphviz DOT)
/// or the reviewer's book (Markdown, with the Mermaid flowchart).
public enum TreeFormat: String, ClosedSet {
    case markdown, mermaid, dot
}

/// Renders the whole routekaart for review: the decision tree as a flowchart
/// and the reviewer's book, in which every question, rule, outcome and source
/// can be checked against the documents it rests on.
public struct TreeRenderer: Sendable {
    public let content: Content
    /// Every route from the start to an outcome.
    public let paths: [RoutePath]
    /// Diagram id of every node and outcome: letters, digits and `_` only, unique.
    private let diagramIDs: [String: String]
    /// The verbatim law texts, for the reviewer's book; without them it names the articles only.
    public var laws: LawLibrary?

    public init(content: Content) {
        self.content = content
        paths = PathEnumerator(content: content).paths()
        var ids: [String: String] = [:]
        var taken = Set<String>()
        let items = content.nodes.map { ("q_", $0.id) } + content.outcomes.map { ("u_", $0.id) }
        for (prefix, id) in items where ids[id] == nil {
            let base = prefix + String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
            var candidate = base
            var counter = 2
            while taken.contains(candidate) {
                candidate = "\(base)_\(counter)"
                counter += 1
            }
            taken.insert(candidate)
            ids[id] = candidate
        }
        diagramIDs = ids
    }

    public func render(as format: TreeFormat) -> String {
        switch format {
        case .markdown: markdown()
        case .mermaid: mermaid()
        case .dot: dot()
        }
    }

    /// The id under which a node or outcome appears in the diagrams.
    public func diagramID(_ id: String) -> String { diagramIDs[id] ?? "x_" + id }

    // MARK: - The tree

    /// The values a node's fact takes, in the order of the data: options first, then other branches, `*` last.
    func values(of node: Node) -> [String] {
        var result = content.fact(node.feit).flatMap { content.domain(of: $0) } ?? []
        result += node.takken.keys.filter { $0 != "*" && !result.contains($0) }.sorted()
        if node.takken["*"] != nil { result.append("*") }
        return result
    }

    func target(of node: Node, for value: String) -> String? { node.takken[value] ?? node.takken["*"] }

    /// The words of an answer in a diagram: the option's short text, else its text, else the value.
    func answerLabel(_ value: String, of fact: String) -> String {
        if value == "*" { return Messages.otherwise }
        guard let option = content.fact(fact)?.option(value) else { return value }
        return option.kort ?? option.tekst
    }

    /// The edges of a node: answers leading to the same place share one edge.
    func edges(of node: Node) -> [(labels: [String], target: String)] {
        var result: [(labels: [String], target: String)] = []
        for value in values(of: node) {
            guard let target = target(of: node, for: value) else { continue }
            let label = answerLabel(value, of: node.feit)
            if let index = result.firstIndex(where: { $0.target == target }) {
                result[index].labels.append(label)
            } else {
                result.append(([label], target))
            }
        }
        return result
    }

    func isDerived(_ node: Node) -> Bool { content.fact(node.feit)?.isDerived ?? false }

    /// The scenario values along a path (values of facts that name the scenario).
    func scenarios(on path: RoutePath) -> [String] {
        path.decisions.filter { content.fact($0.fact)?.scenario == true }.map(\.value)
    }

    /// The scenario of an outcome, when every path to it passes the same scenario of the six.
    public func scenario(of outcome: String) -> Scenario? {
        let reaching = paths.filter { $0.outcome == outcome }
        guard let first = reaching.first.flatMap({ scenarios(on: $0).first }), let scenario = content.scenario(first) else {
            return nil
        }
        return reaching.allSatisfy({ scenarios(on: $0) == [first] }) ? scenario : nil
    }

    /// The outcomes reached under a scenario, in data order.
    public func outcomes(under scenario: String) -> [String] {
        let reached = Set(paths.filter { scenarios(on: $0).contains(scenario) }.compactMap(\.outcome))
        return content.outcomes.map(\.id).filter(reached.contains)
    }

    /// The label lines of an outcome: its scenario, when it has one, and its title.
    func outcomeLines(_ outcome: Outcome) -> [String] {
        (scenario(of: outcome.id).map { [$0.id] } ?? []) + Self.wrap(outcome.titel, width: Self.labelWidth)
    }

    static let labelWidth = 30
    static let edgeWidth = 24

    /// A label in lines of at most `width` characters, broken between words (by `TextWrapper`).
    static func wrap(_ text: String, width: Int) -> [String] {
        TextWrapper.wrapLine(text, width: width).split(separator: "\n").map(String.init)
    }

    enum Messages {
        static let otherwise = "anders"
        static let none = "—"
        static let diagramTitle = "Routekaart lwoo en pro"
        static let legend = "Legenda"
        static let legendAsked = "Vraag aan de gebruiker"
        static let legendDerived = "Afgeleid met een regel"
        static let legendOutcome = "Uitkomst (advies)"

        static let bookTitle = "Routekaart lwoo en pro: boek voor reviewers"
        static let generated =
            "Gemaakt met `swift run routekaart boom --formaat markdown > docs/routekaart.md`; niet met de hand bewerken."
        static let howToReadHeading = "Hoe leest u dit boek"
        static func howToRead(questions: Int, facts: Int, outcomes: Int, paths: Int) -> String {
            """
            Dit boek toont de hele routekaart zoals het programma hem volgt: \(questions) beslissingen op \(facts) feiten, \
            \(outcomes) uitkomsten en \(paths) paden van de eerste vraag tot een uitkomst. Elke regel en elke stap noemt \
            zijn bron, zodat u hem naast het brondocument kunt leggen.
            """
        }
        static let howToReadItems = [
            "**Stroomschema.** Een ruit is een vraag aan de gebruiker; een zeshoek met een stippelrand is een feit dat "
                + "met een regel wordt afgeleid uit de gegevens of uit andere feiten (kan het model het niet zeggen, dan volgt de terugvalvraag); "
                + "een afgeronde rechthoek is een uitkomst. Op de pijlen staan de antwoorden. Bij een uitkomst die "
                + "maar onder één scenario wordt bereikt, staat het scenario boven de titel.",
            "**Vragen en beslissingen.** Per feit: de vraag, de hulptekst, hoe het feit bekend wordt (gevraagd of "
                + "afgeleid, met de regel en haar bronnen) en per beslissing (knoop) waar elk antwoord heen leidt.",
            "**Uitkomsten.** Per uitkomst: de samenvatting, de stappen met wie, wat, termijn en bron, en de versie "
                + "voor ouders. Woorden tussen accolades, zoals `{bestemming_swv}`, vult het programma in met de "
                + "gegevens van de casus; een datum die al voorbij is, krijgt \"(al voorbij)\", behalve met een uitroepteken "
                + "(`{aanwijzing_einddatum!}`), waar de zin zelf al zegt dat de datum voorbij is.",
            "**[interpretatie]** markeert een regel of stap die de lezing van dit project is en niet letterlijk "
                + "in een bron staat; de uitleg staat bij de uitkomst.",
            "**Bronnen.** Het register aan het eind noemt per bron waar hij wordt aangehaald.",
        ]
        static let diagramHeading = "De routekaart als stroomschema"
        static let scenariosHeading = "De zes scenario's"
        static let scenariosIntro =
            "De scenario's zijn de paren (beleid SWV van herkomst, beleid SWV van bestemming) met verschillend beleid; "
            + "de laatste kolom noemt de uitkomsten die onder het scenario worden bereikt."
        static let scenarioColumns = ["Scenario", "Naam", "Herkomst → bestemming", "Probleem", "Uitkomsten"]
        static let questionsHeading = "Vragen en beslissingen"
        static func nodeHeading(_ id: String) -> String { "Beslissing `\(id)`" }
        static let answerColumns = ["Antwoord", "Betekenis", "Leidt naar"]
        static let noBranch = "geen tak"
        static let askedOnly = "**Gevraagd** aan de gebruiker."
        static let derivedOnly = "**Afgeleid** met een regel, uit de gegevens of uit andere feiten; niet gevraagd."
        static let derivedWithFallback =
            "**Afgeleid** met een regel, uit de gegevens of uit andere feiten; kan het model het niet zeggen, "
            + "dan wordt de terugvalvraag gesteld."
        static let rule = "Regel: "
        static func function(_ name: String, inputs: [String], parameter: String?) -> String {
            "Functie: `\(name)`"
                + (inputs.isEmpty ? "" : " van " + inputs.joined(separator: ", "))
                + (parameter.map { ", met de landelijke parameter `\($0)`" } ?? "")
        }
        static let ruleSources = "Bronnen van de regel: "
        static let fallbackQuestion = "Terugvalvraag: "
        static let question = "Vraag: "
        static let help = "Hulp: "
        static let questionSources = "Bronnen bij de vraag: "
        static let options = "Antwoorden:"
        static let short = "kort"
        static func kind(_ kind: String) -> String { "Soort antwoord: `\(kind)`" }
        static let anyValue = "elk"
        static let otherFactsHeading = "Overige feiten"
        static let otherFactsIntro =
            "Op deze feiten splitst de routekaart niet; ze zijn invoer van afgeleide feiten of worden in de stappen "
            + "van het advies ingevuld."
        static let usedBy = "Invoer van: "
        static let outcomesHeading = "Uitkomsten"
        static let unknownHeading = "Als iets niet bekend is (weet ik niet)"
        static let unknownIntro =
            "Op deze feiten splitst het advies zich als de gebruiker 'weet ik niet' antwoordt (of het model het niet weet): "
            + "het advies begint dan met wie wat moet navragen, en geeft per mogelijke waarde een eigen tak, met eigen stappen, "
            + "termijnen en bronnen; takken die op hetzelfde uitkomen, worden samengevoegd. De controle EveryUnknownEndsInAdvice "
            + "bewijst dat elke combinatie van onbekende feiten in advies eindigt."
        static let inquiry = "Navragen: "
        static let branches = "Takken:"
        static let wordsForUnknown = "Woorden in de tekst voor een feit dat niet bekend is:"
        static func scenarioLine(_ id: String, _ name: String) -> String { "Scenario **\(id)** — \(name)" }
        static func reachedBy(_ count: Int, _ parents: [String]) -> String {
            let paths = count == 1 ? "1 pad" : "\(count) paden"
            return "Bereikt via \(paths)" + (parents.isEmpty ? "." : ", vanuit " + parents.joined(separator: ", ") + ".")
        }
        static let sourcesPrefix = "Bron: "
        static let interpretationHeading = "Interpretatie."
        static let parentsHeading = "Voor ouders"
        static let noParentsVersion = "_(geen eenvoudige versie; de ouders horen de samenvatting hierboven)_"
        static let sourcesHeading = "Bronnen"
        static let sourcesIntro =
            "Per bron uit het register: waar hij staat en welke uitkomsten, regels en vragen hem aanhalen."
        static let date = "Datum: "
        static let location = "Vindplaats: "
        static let kindOfSource = "Soort: "
        static func citedCount(_ count: Int) -> String { "In de inhoud \(count) keer genoemd." }
        static let citedByOutcomes = "Uitkomsten:"
        static let citedByDerivations = "Regels van afgeleide feiten:"
        static let citedByQuestions = "Vragen: "
        static func step(_ number: Int) -> String { "stap \(number)" }
        static let unregisteredHeading = "Niet in het register"
        static let outcome = "uitkomst"
        static let node = "beslissing"
    }
}
