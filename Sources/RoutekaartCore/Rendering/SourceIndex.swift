/// Where the sources of the registry are cited: in the steps of the outcomes,
/// the rules of derived facts, the questions and, when a model is given, the
/// `bron` of its policy periods, schools, licences and national parameters.
/// A citation belongs to the source named by its first word.
public struct SourceIndex: Sendable {
    /// One citation and where it stands.
    public struct Citation: Sendable, Equatable {
        public enum Place: Sendable, Equatable {
            /// Step `step` (counting from 1) of an outcome.
            case step(outcome: String, step: Int)
            /// The derivation of a fact.
            case derivation(fact: String)
            /// The question (or its help) of a fact.
            case question(fact: String)
            /// A record of the model (`swv.json`, `scholen.json`, `landelijk.json`).
            case model(record: String)

            public var kind: Kind {
                switch self {
                case .step: .step
                case .derivation: .derivation
                case .question: .question
                case .model: .model
                }
            }
        }

        public enum Kind: Sendable {
            case step, derivation, question, model
        }

        public var place: Place
        /// The whole citation, as written: `rsv-breda-2015 §3 (tabel, rij 2)`.
        public var text: String

        /// What follows the source id: `§3 (tabel, rij 2)`; empty when the citation is the id alone.
        /// For a dated citation: the place in the first law it names.
        public var section: String {
            String(text.drop { $0 != " " }.drop { $0 == " " }.prefix { $0 != "|" }).trimmingBlanks()
        }

        /// The place this citation names in the source `id` (`art. 10g lid 3` for `wvo`), or nil.
        public func section(in id: String) -> String? {
            for alternative in RoutekaartCore.Citation(text).alternatives {
                if case .cite(let source, let place) = alternative, source == id { return place }
            }
            return nil
        }
    }

    /// One source of the registry with every citation of it, in data order.
    public struct Entry: Sendable {
        public var source: Source
        public var citations: [Citation]

        public var count: Int { citations.count }

        /// The ids of the outcomes citing the source, each once, in data order.
        public var outcomes: [String] {
            unique(citations.compactMap { if case .step(let outcome, _) = $0.place { outcome } else { nil } })
        }
        /// The ids of the facts whose derivation cites the source.
        public var derivations: [String] {
            unique(citations.compactMap { if case .derivation(let fact) = $0.place { fact } else { nil } })
        }
        /// The ids of the facts whose question cites the source.
        public var questions: [String] {
            unique(citations.compactMap { if case .question(let fact) = $0.place { fact } else { nil } })
        }
        /// How many citations stand in a place of this kind.
        public func count(in kind: Citation.Kind) -> Int { citations.count { $0.place.kind == kind } }

        /// The citations of the source in one outcome, in step order.
        public func citations(inOutcome id: String) -> [(step: Int, citation: Citation)] {
            citations.compactMap { citation in
                guard case .step(let outcome, let step) = citation.place, outcome == id else { return nil }
                return (step, citation)
            }
        }

        /// The citations of the source in the derivation of one fact.
        public func citations(inDerivationOf fact: String) -> [Citation] {
            citations.filter { $0.place == .derivation(fact: fact) }
        }
    }

    /// The sources of the registry, in registry order.
    public var entries: [Entry]
    /// Citations whose first word names no source of the registry.
    public var unregistered: [Citation]

    public init(content: Content, model: Model? = nil) {
        var all: [Citation] = []
        for outcome in content.outcomes {
            for (index, step) in outcome.stappen.enumerated() {
                all += step.bronnen.map { Citation(place: .step(outcome: outcome.id, step: index + 1), text: $0) }
            }
        }
        for fact in content.facts {
            all += (fact.afleiding?.bronnen ?? []).map { Citation(place: .derivation(fact: fact.id), text: $0) }
            all += (fact.bronnen ?? []).map { Citation(place: .question(fact: fact.id), text: $0) }
        }
        if let model {
            // The bundled knowledge cites the registry (the user's files and the RIO import name their sources in words).
            // A note may cite further sources by their id ("Bevestigd door ksg-apeldoorn-swv: …"): those count too.
            let registered = Set(content.sources.map(\.id))
            for fact in model.knowledge.facts where fact.origin.kind == .bundled || fact.origin.kind == .examples {
                let record = "\(fact.code) \(fact.subject.rawValue) \(fact.period.vanaf)"
                all.append(Citation(place: .model(record: record), text: fact.bron))
                let named = (fact.opmerking ?? "").split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
                for id in unique(named) where registered.contains(id) && !fact.bron.hasPrefix(id) {
                    all.append(Citation(place: .model(record: record), text: id))
                }
            }
            for school in model.schools {
                all.append(Citation(place: .model(record: school.code), text: school.bron))
                if let leerwegenBron = school.leerwegenBron { all.append(Citation(place: .model(record: school.code), text: leerwegenBron)) }
            }
            if let origin = model.regioOrigin { all.append(Citation(place: .model(record: "regio-indeling"), text: origin.bron)) }
            for parameter in model.parameters {
                all += parameter.waarden.map { Citation(place: .model(record: "\(parameter.id) \($0.vanaf)"), text: $0.bron) }
            }
        }
        // A dated citation (`wvo-2020 art. 2.30 lid 2 | wvo art. 10g lid 3`) belongs to each law it names.
        var bySource: [String: [Citation]] = [:]
        for citation in all {
            for id in Set(RoutekaartCore.Citation(citation.text).sourceIDs) { bySource[id, default: []].append(citation) }
        }
        entries = content.sources.map { Entry(source: $0, citations: bySource[$0.id] ?? []) }
        let registered = Set(content.sources.map(\.id))
        unregistered = all.filter { !RoutekaartCore.Citation($0.text).sourceIDs.allSatisfy(registered.contains) }
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.source.id == id } }
}

/// The formats of a list: a readable table or JSON.
public enum ListFormat: String, ClosedSet {
    case tekst, json
}

/// Renders the source registry with how often each source is cited (`routekaart bronnen`).
public struct SourceListRenderer: Sendable {
    public let index: SourceIndex

    public init(index: SourceIndex) { self.index = index }

    public func render(as format: ListFormat) -> String {
        switch format {
        case .tekst: text()
        case .json: json()
        }
    }

    public func text() -> String {
        let idWidth = max(Messages.sourceColumn.count, index.entries.map(\.source.id.count).max() ?? 0)
        let counts: [(String, (SourceIndex.Entry) -> Int)] = [
            (Messages.totalColumn, \.count), (Messages.stepsColumn, { $0.count(in: .step) }),
            (Messages.derivationsColumn, { $0.count(in: .derivation) }), (Messages.questionsColumn, { $0.count(in: .question) }),
            (Messages.modelColumn, { $0.count(in: .model) }),
        ]
        func row(_ first: String, _ cells: [String]) -> String {
            let padded = first.padded(to: idWidth)
            let right = zip(cells, counts).map { cell, column in
                String(repeating: " ", count: max(0, column.0.count - cell.count)) + cell
            }
            return ([padded] + right).joined(separator: "  ")
        }
        var lines = [Messages.heading(index.entries.count), ""]
        lines.append(row(Messages.sourceColumn, counts.map(\.0)))
        for entry in index.entries {
            lines.append(row(entry.source.id, counts.map { String($0.1(entry)) }))
        }
        for entry in index.entries {
            lines += [
                "", entry.source.id,
                "  " + Messages.title + entry.source.titel,
                "  " + Messages.date + entry.source.datum,
                "  " + Messages.location + entry.source.vindplaats,
            ]
            if let validity = SourceDetailRenderer.Messages.validity(entry.source) { lines.append("  " + Messages.validity + validity) }
            if let file = entry.source.tekst { lines.append("  " + Messages.text + "data/" + file) }
        }
        if !index.unregistered.isEmpty {
            lines += ["", Messages.unregisteredHeading]
            lines += index.unregistered.map { "  \($0.text)" }
        }
        lines += ["", Messages.explanation]
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        let document = SourceListDocument(
            aantal: index.entries.count,
            bronnen: index.entries.map { entry in
                .init(
                    id: entry.source.id, titel: entry.source.titel, datum: entry.source.datum,
                    vindplaats: entry.source.vindplaats, soort: entry.source.soort, naam: entry.source.displayName,
                    geldigVanaf: entry.source.geldigVanaf?.description, geldigTotEnMet: entry.source.geldigTotEnMet?.description,
                    tekst: entry.source.tekst, genoemd: entry.count,
                    uitkomsten: entry.outcomes, afleidingen: entry.derivations, vragen: entry.questions,
                    gegevens: entry.count(in: .model))
            },
            nietInRegister: index.unregistered.map(\.text))
        return AdviceRenderer.encode(document)
    }

    enum Messages {
        static func heading(_ count: Int) -> String { "Het bronnenregister: \(count) bronnen, en hoe vaak elke bron wordt genoemd." }
        static let sourceColumn = "Bron"
        static let totalColumn = "genoemd"
        static let stepsColumn = "in stappen"
        static let derivationsColumn = "in regels"
        static let questionsColumn = "bij vragen"
        static let modelColumn = "in gegevens"
        static let title = "Titel:      "
        static let date = "Datum:      "
        static let location = "Vindplaats: "
        static let validity = "Geldig:     "
        static let text = "Tekst:      "
        static let unregisteredHeading = "Bronvermeldingen die geen bron uit het register noemen:"
        static let explanation = """
            'genoemd' telt elke bronvermelding waarvan het eerste woord de korte naam van de bron is: \
            in de stappen van de uitkomsten, in de regels van afgeleide feiten, bij de vragen, \
            en in de gegevens (beleidsperioden van SWV's, scholen, lwoo-licenties en landelijke parameters). \
            Een gedateerde bronvermelding ('wvo-2020 art. 2.30 lid 2 | wvo art. 10g lid 3') telt bij elke wet die zij noemt. \
            De tekst van een wetsartikel: routekaart bronnen "wvo-2020 art. 2.30 lid 2".
            """
    }
}

/// The JSON form of the source list (`bronnen --formaat json`).
struct SourceListDocument: Encodable {
    struct Entry: Encodable {
        var id: String
        var titel: String
        var datum: String
        var vindplaats: String
        var soort: String
        var naam: String
        var geldigVanaf: String?
        var geldigTotEnMet: String?
        var tekst: String?
        var genoemd: Int
        var uitkomsten: [String]
        var afleidingen: [String]
        var vragen: [String]
        var gegevens: Int
    }
    var aantal: Int
    var bronnen: [Entry]
    var nietInRegister: [String]
}
