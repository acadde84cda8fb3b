/// The advice as JSON (`--formaat json`): every deadline as an ISO date.
struct JSONAdviceFormatter {
    func format(_ document: AdviceDocument) -> String {
        let document = document.glossary.isEmpty ? document : document.explained()
        var json = JSONAdvice(
            peildatum: document.peildatum.description, voorwaardelijk: document.isConditional,
            navragen: document.inquiries.map(JSONAdvice.JSONStep.init), gemeenschappelijk: document.common.map(JSONAdvice.JSONStep.init),
            bronnen: document.rawSources, bronnenTekst: document.sources, interpretatie: document.interpretation != nil,
            interpretatieUitleg: document.interpretation, waarschuwingen: document.warnings,
            pad: document.path.map {
                .init(
                    knoop: $0.node, feit: $0.fact, vraag: $0.label, waarde: $0.value, tekst: $0.text, herkomst: $0.origin, regel: $0.rule,
                    bronnen: $0.sources, reden: $0.reason,
                    kennis: $0.knowledge.isEmpty ? nil : $0.knowledge.map { JSONAdvice.Knowledge($0.fact, disagreeing: $0.disagreeing) })
            })
        json.advice = JSONAdvice.Part(document.body)
        if document.cases.count > 1 {
            json.gevallen = document.cases.map { item in
                JSONAdvice.Case(
                    label: item.label, voorwaarde: item.condition,
                    als: item.alternatives.map { $0.map { JSONAdvice.Branch.Condition(feit: $0.fact, waarden: $0.values) } },
                    scenario: item.outcome.scenario?.id, uitkomst: item.outcome.id, titel: item.outcome.title,
                    termijn: item.decisive.map(JSONAdvice.JSONStep.init), verschil: item.difference)
            }
        }
        return AdviceRenderer.encode(json)
    }
}

/// The JSON form of advice.
struct JSONAdvice: Encodable {
    struct JSONStep: Encodable {
        var wie: String
        var wat: String
        var termijn: String?
        /// The deadline's date (`JJJJ-MM-DD`), when known.
        var termijnDatum: String?
        var termijnVerstreken: Bool?
        var naTermijn: String?
        var bronnen: [String]
        /// The citations for readers, read on the date that matters for the step.
        var bronnenTekst: [String]
        var interpretatie: Bool

        init(_ step: AdviceDocument.StepView) {
            wie = step.actor.rawValue
            wat = step.text
            termijn = step.deadline?.text
            termijnDatum = step.deadline?.date?.description
            termijnVerstreken = step.deadline?.date == nil ? nil : step.deadline?.passed
            naTermijn = step.deadline?.afterwards
            bronnen = step.rawCitations
            bronnenTekst = step.citations
            interpretatie = step.interpretation
        }
    }

    /// One outcome, or branches; at the top these fields sit beside the rest.
    struct Part: Encodable {
        var scenario: String?
        var scenarioNaam: String?
        var uitkomst: String?
        var titel: String?
        var samenvatting: String?
        var stappen: [JSONStep]?
        var takken: [Branch]?

        init(_ body: AdviceDocument.Body) {
            switch body {
            case .outcome(let view):
                scenario = view.scenario?.id
                scenarioNaam = view.scenario?.naam
                uitkomst = view.id
                titel = view.title
                samenvatting = view.summary
                stappen = view.steps.map(JSONStep.init)
            case .branches(let fact, let branches):
                takken = branches.map { Branch(als: .init(feit: fact, waarden: $0.values), voorwaarde: $0.condition, advies: Part($0.body)) }
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONAdvice.Keys.self)
            // scenario and uitkomst are always present: null where none applies or the advice branches.
            try container.encode(scenario, forKey: .scenario)
            try container.encodeIfPresent(scenarioNaam, forKey: .scenarioNaam)
            try container.encode(uitkomst, forKey: .uitkomst)
            try container.encodeIfPresent(titel, forKey: .titel)
            try container.encodeIfPresent(samenvatting, forKey: .samenvatting)
            try container.encodeIfPresent(stappen, forKey: .stappen)
            try container.encodeIfPresent(takken, forKey: .takken)
        }
    }

    struct Branch: Encodable {
        struct Condition: Encodable {
            var feit: String
            var waarden: [String]
        }
        var als: Condition
        var voorwaarde: String
        var advies: Part
    }

    /// One case of conditional advice: when it holds (alternatives of conditions), and its outcome.
    struct Case: Encodable {
        var label: String
        var voorwaarde: String
        var als: [[Branch.Condition]]
        var scenario: String?
        var uitkomst: String
        var titel: String
        /// The step whose deadline decides.
        var termijn: JSONStep?
        /// What sets the case apart from a case with the same outcome and deadline (`CaseView.difference`).
        var verschil: String? = nil
    }

    struct PathEntry: Encodable {
        var knoop: String?
        var feit: String
        var vraag: String
        var waarde: String
        var tekst: String
        var herkomst: String
        var regel: String?
        var bronnen: [String]
        var reden: String?
        /// The facts of knowledge files the value comes from (the bundled ones and the user's alike).
        var kennis: [Knowledge]?
    }

    /// A fact of a knowledge file: where it is (file, line, whose), what it says, its source and when it was checked.
    struct Knowledge: Encodable {
        var bestand: String
        var regel: Int
        /// `meegeleverde gegevens`, `uw kennisbestand`, `kennisbestand regio.csv`, `DUO RIO`.
        var herkomst: String
        var onderwerp: String
        var code: String
        var leerwegen: String?
        var waarde: String
        var vanaf: String
        var tot: String?
        var bron: String
        var gecontroleerd: String
        var opmerking: String?
        /// Facts of other files that said something else for the same day; this one was checked more recently (or its
        /// file comes first).
        var nietGebruikt: [Knowledge]?

        init(_ fact: KnowledgeFact, disagreeing: [KnowledgeFact] = []) {
            bestand = Sanitized.path(fact.origin.file)
            regel = fact.origin.line
            herkomst = fact.origin.label
            onderwerp = fact.subject.rawValue
            code = fact.code
            leerwegen = fact.scope == .all ? nil : fact.scope.text
            waarde = fact.value.text
            vanaf = fact.period.vanaf.description
            tot = fact.period.tot?.description
            bron = fact.bron
            gecontroleerd = fact.gecontroleerd.description
            opmerking = fact.opmerking
            nietGebruikt = disagreeing.isEmpty ? nil : disagreeing.map { Knowledge($0) }
        }
    }

    enum Keys: String, CodingKey {
        case peildatum, voorwaardelijk, navragen, gemeenschappelijk, scenario, scenarioNaam, uitkomst, titel, samenvatting, stappen, takken,
            gevallen, bronnen, bronnenTekst, interpretatie, interpretatieUitleg, waarschuwingen, pad
    }

    var peildatum: String
    var voorwaardelijk: Bool
    var navragen: [JSONStep]
    var gemeenschappelijk: [JSONStep]
    var advice = Part(.branches(fact: "", []))
    /// The cases people read (branches with the same advice merged); absent when the advice does not branch.
    var gevallen: [Case]?
    var bronnen: [String]
    var bronnenTekst: [String]
    var interpretatie: Bool
    var interpretatieUitleg: String?
    var waarschuwingen: [String]
    var pad: [PathEntry]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(peildatum, forKey: .peildatum)
        try container.encode(voorwaardelijk, forKey: .voorwaardelijk)
        try container.encode(navragen, forKey: .navragen)
        try container.encode(gemeenschappelijk, forKey: .gemeenschappelijk)
        try advice.encode(to: encoder)
        try container.encodeIfPresent(gevallen, forKey: .gevallen)
        try container.encode(bronnen, forKey: .bronnen)
        try container.encode(bronnenTekst, forKey: .bronnenTekst)
        try container.encode(interpretatie, forKey: .interpretatie)
        try container.encodeIfPresent(interpretatieUitleg, forKey: .interpretatieUitleg)
        try container.encode(waarschuwingen, forKey: .waarschuwingen)
        try container.encode(pad, forKey: .pad)
    }
}
