import RoutekaartCore

/// `routekaart swv lijst|toon` and `routekaart school zoek`: lookups for the phone.
enum LookupCommands {
    static let options = ["--peildatum", "--data"]
    static let flags = ["--voorbeeld"]
    /// At most this many schools are listed by `school zoek`.
    static let shownSchools = 30

    static func swv(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: options, flags: flags, command: "swv")
        let day = try Context.peildatum(arguments, command: "swv") ?? Context.today
        switch arguments.positionals.first {
        case "lijst":
            if arguments.positionals.count > 1 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "swv") }
            let dataSet = try Context.load(arguments)
            let model = dataSet.model
            let cite = { (id: String) in dataSet.content.cite(id, on: day, peildatum: day) }
            Terminal.out(Messages.listHeading(day, count: model.swvs.filter { !$0.voorbeeld }.count, origin: model.regioOrigin))
            for swv in model.swvs {
                let gemeenten =
                    swv.gemeenten.isEmpty
                    ? ""
                    : " · " + swv.gemeenten.prefix(4).joined(separator: ", ") + (swv.gemeenten.count > 4 ? " e.a." : "")
                        + " (\(swv.gemeenten.count) gemeente\(swv.gemeenten.count == 1 ? "" : "n"))"
                Terminal.out(
                    "  \(swv.code.padded(to: 14)) \(swv.naam ?? Messages.noName)\(swv.voorbeeld ? " (voorbeeld)" : "")"
                        + gemeenten + " · " + policySummary(swv, model.knowledge, on: day, cite: cite) + "\n")
            }
        case "toon":
            guard arguments.positionals.count >= 2 else { throw Usage.error(Messages.needsCode, command: "swv") }
            let query = arguments.positionals.dropFirst().joined(separator: " ")
            let dataSet = try Context.load(arguments)
            let model = dataSet.model
            let found: [SWVMatch]
            if let exact = model.swv(query) {
                found = [SWVMatch(swv: exact, reason: .code)]
            } else {
                do {
                    found = try ModelSearch(model: model).swvs(matching: query)
                } catch {
                    throw ExitError(code: InputError.Kind.data.rawValue, message: error.message)
                }
            }
            guard let first = found.first else {
                throw ExitError(
                    code: InputError.Kind.data.rawValue,
                    message: Messages.unknownSWV(query, Suggestion.nearest(to: query, among: model.swvs.map(\.code))))
            }
            guard found.count == 1 else {
                let lines = found.prefix(20).map { "  \($0.swv.code)  \($0.swv.displayName)" + ($0.explanation.map { " — \($0)" } ?? "") }
                throw ExitError(code: 1, message: Messages.several(query) + "\n" + lines.joined(separator: "\n"))
            }
            Terminal.out(details(first, model: model, on: day, cite: { dataSet.content.cite($0, on: day, peildatum: day) }))
        default:
            throw Usage.error(Messages.swvSubcommand(arguments.positionals.first), command: "swv")
        }
    }

    /// `cite` renders a source id as the reader sees it (`rsv-breda-2015` → `RSV Breda eo, aanvulling …`).
    static func details(_ match: SWVMatch, model: Model, on day: Day, cite: (String) -> String) -> String {
        let swv = match.swv
        let knowledge = model.knowledge
        var lines = [swv.displayName + (swv.voorbeeld ? " — voorbeeldgegevens, verzonnen" : "")]
        if let explanation = match.explanation { lines.append("Gevonden via: \(explanation)") }
        if let fact = swv.naamFact {
            lines.append("Naam volgens: \(source(of: fact, cite: cite)); gecontroleerd \(fact.gecontroleerd)")
            if let note = fact.opmerking { lines.append("  \(note)") }
        } else if swv.naam == nil {
            lines.append(Messages.nameUnknown)
        }
        if !swv.gemeenten.isEmpty {
            lines.append(Messages.gemeenten(model.regioOrigin) + swv.gemeenten.sorted().joined(separator: ", "))
        }
        if let note = swv.opmerking { lines.append(note) }
        lines.append("")
        lines.append("Op \(day.dutch): " + policySummary(swv, knowledge, on: day, cite: cite))
        let subjects: [KnowledgeSubject] = [.beleid, .duur, .lateAanvragen, .licentiebeleid, .contact]
        let facts = subjects.flatMap { knowledge.facts($0, of: swv.code) }.sorted { ($0.period.vanaf, $0.subject) < ($1.period.vanaf, $1.subject) }
        if !facts.contains(where: { $0.subject == .beleid }) { lines.append(Messages.noPolicy) }
        if !facts.isEmpty {
            lines.append("Wat de bronnen zeggen (elk feit zo ver als zijn bron reikt):")
            for fact in facts {
                let end = fact.period.tot.map { "t/m \($0)" } ?? "open einde"
                let marker = fact.period.contains(day) ? " ← peildatum" : ""
                lines.append("  \(fact.period.vanaf) \(end): \(KnowledgeOverview.subjectWord(fact)): \(fact.value.dutch)\(marker)")
                lines.append(
                    "      bron: \(source(of: fact, cite: cite)); gecontroleerd \(fact.gecontroleerd)" + (fact.opmerking.map { "; \($0)" } ?? ""))
            }
        }
        lines.append("")
        let schools = model.schools(of: swv.code)
        lines.append("Scholen (\(schools.count)):")
        if schools.isEmpty { lines.append("  (geen scholen in de gegevens)") }
        lines += schools.map { "  " + schoolLine($0, knowledge, on: day) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a fact comes from: a citation of the registry (the bundled facts), or the file and its words.
    static func source(of fact: KnowledgeFact, cite: (String) -> String) -> String {
        switch fact.origin.kind {
        case .bundled, .examples: cite(fact.bron)
        case .own, .given, .rio: "\(fact.origin.label) (\(fact.origin.place)): \(fact.bron)"
        }
    }

    static func school(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: options, flags: flags, command: "school")
        guard arguments.positionals.first == "zoek", arguments.positionals.count >= 2 else {
            throw Usage.error(Messages.schoolSubcommand, command: "school")
        }
        let day = try Context.peildatum(arguments, command: "school") ?? Context.today
        let dataSet = try Context.load(arguments)
        let query = arguments.positionals.dropFirst().joined(separator: " ")
        let found: [School]
        do {
            found = try ModelSearch(model: dataSet.model).schools(matching: query)
        } catch {
            throw ExitError(code: InputError.Kind.data.rawValue, message: error.message)
        }
        guard !found.isEmpty else {
            let near = ModelSearch(model: dataSet.model).nearestSchool(to: query)
            throw ExitError(code: 1, message: Messages.noSchool(query) + (near.map { " " + Messages.didYouMean($0) } ?? ""))
        }
        for school in found.prefix(shownSchools) {
            let swv = dataSet.model.swv(school.swv)?.displayName ?? school.swv
            Terminal.out(schoolLine(school, dataSet.model.knowledge, on: day) + "\n      SWV: \(swv)\n")
        }
        if found.count > shownSchools { Terminal.out(Messages.more(found.count - shownSchools, found.count)) }
    }

    /// What is known of an SWV's policy on a day, and where the knowledge stops.
    static func policySummary(_ swv: SWV, _ knowledge: KnowledgeBase, on day: Day, cite: (String) -> String) -> String {
        if let policy = knowledge.policy(of: swv.code, on: day) {
            return policyWords(policy.value, swv, knowledge, on: day) + " (bron: \(source(of: policy.fact, cite: cite)))"
        }
        let known = knowledge.facts(.beleid, of: swv.code)
        guard !known.isEmpty else { return Messages.policyUnknown }
        let periods = known.sorted { $0.period < $1.period }.map { "\($0.period.vanaf) " + ($0.period.tot.map { "t/m \($0)" } ?? "en later") }
        return Messages.policyUnknownOn(day, known: periods.joined(separator: ", "))
    }

    /// `eigen criteria (aanwijzing 2 schooljaren, tot 31 juli; aanvragen ook na leerjaar 1); eigen licentiebeleid`.
    static func policyWords(_ variant: LwooToewijzing, _ swv: SWV, _ knowledge: KnowledgeBase, on day: Day) -> String {
        let assignment: String
        switch variant {
        case .landelijk: assignment = "landelijke criteria"
        case .eigenCriteria:
            let late: String
            switch knowledge.lateApplications(of: swv.code, on: day)?.value {
            case true?: late = "; aanvragen ook na leerjaar 1"
            case false?: late = "; aanvragen alleen in leerjaar 1"
            case nil: late = "; of aanvragen na leerjaar 1 kunnen is onbekend"
            }
            let duration: String
            switch knowledge.duration(of: swv.code, on: day)?.value {
            case .schoolYears(let years)?: duration = "aanwijzing \(years) \(years == 1 ? "schooljaar" : "schooljaren"), tot 31 juli"
            case .notSet?: duration = "geen duur vastgesteld: aanwijzing zonder einddatum"
            case nil: duration = "of er een duur is vastgesteld, is onbekend"
            }
            assignment = "eigen criteria (\(duration)\(late))"
        case .populatiebekostiging: assignment = "populatiebekostiging (geen aanwijzingen)"
        case .onbekend: assignment = "opting out, variant onbekend"
        }
        let licences: String
        switch knowledge.licencePolicy(of: swv.code, on: day)?.value {
        case .landelijk?: licences = "landelijke licenties"
        case .eigen?: licences = "eigen licentiebeleid"
        case .onbekend?, nil: licences = "licentiebeleid onbekend"
        }
        return "\(assignment); \(licences)"
    }

    /// `01IW00  Dongemond College …, Raamsdonksveer (gemeente Geertruidenberg) — vmbo (…), havo/vwo; lwoo-licentie: …`.
    static func schoolLine(_ school: School, _ knowledge: KnowledgeBase, on day: Day) -> String {
        let offer = SchoolOffer.text(school)
        let place = school.gemeente == school.plaats ? school.plaats : "\(school.plaats) (gemeente \(school.gemeente))"
        let postcode = school.pc4.map { ", postcode \($0)" } ?? ""
        return "\(school.code)  \(school.naam), \(place)\(postcode)\(school.voorbeeld ? " (voorbeeld)" : "") — \(offer)"
            + licenceText(school, knowledge, on: day)
    }

    static func licenceText(_ school: School, _ knowledge: KnowledgeBase, on day: Day) -> String {
        guard school.vmbo == true else { return "" }
        let hint = school.lwooInNaam ? Messages.lwooInName : ""
        guard !knowledge.facts(.licentie, of: school.code).isEmpty else { return "; lwoo-licentie onbekend" + hint }
        var held: [Leerweg] = []
        for leerweg in school.leerwegen ?? Leerweg.allCases {
            switch knowledge.licence(of: school.code, for: leerweg, on: day)?.value {
            case .held?: held.append(leerweg)
            case .notHeld?: break
            case .heldLeerwegUnknown?: return "; lwoo-licentie, leerweg niet bekend"
            case nil: return "; lwoo-licentie onbekend op deze datum" + hint
            }
        }
        return held.isEmpty ? "; geen lwoo-licentie" : "; lwoo-licentie: " + held.map(\.rawValue).joined(separator: ", ")
    }

    enum Messages {
        static func listHeading(_ day: Day, count: Int, origin: DataOrigin?) -> String {
            "Samenwerkingsverbanden passend onderwijs VO (\(count)"
                + (origin.map { ", regio-indeling van \($0.datum.dutch)" } ?? "") + ") en wat bekend is van hun beleid op \(day.dutch):\n\n"
        }
        static let noName = "(naam niet in de bronnen)"
        static let nameUnknown = "Naam: staat in geen bron van de gegevens; het SWV heet hier naar zijn code en gemeenten."
        static func gemeenten(_ origin: DataOrigin?) -> String {
            "Gemeenten" + (origin.map { " (regio-indeling, \($0.datum.dutch))" } ?? "") + ": "
        }
        static let policyUnknown = "beleid onbekend (geen bron)"
        static func policyUnknownOn(_ day: Day, known: String) -> String {
            "beleid onbekend op \(day.dutch) (de bronnen gaan over: \(known))"
        }
        static let noPolicy =
            "Beleid: onbekend. Geen bron in de gegevens zegt hoe dit SWV lwoo toewijst; vraag het na bij het samenwerkingsverband."
        static let lwooInName = " (de officiële naam noemt lwoo: dat wijst op een licentie, maar bewijst het niet)"
        static let needsCode = "geef de code van het SWV, een gemeente of de 4 cijfers van een postcode: routekaart swv toon VO3003."
        static func swvSubcommand(_ word: String?) -> String {
            (word.map { "onbekende opdracht 'swv \(Sanitized.short($0))'. " } ?? "") + "Gebruik 'swv lijst' of 'swv toon CODE'."
        }
        static let schoolSubcommand = "gebruik 'school zoek TEKST'."
        static func unknownSWV(_ code: String, _ suggestion: String?) -> String {
            "Geen samenwerkingsverband gevonden voor \"\(Sanitized.short(code))\"." + (suggestion.map { " Bedoelt u \"\($0)\"?" } ?? "")
                + " Zoek op code, naam, gemeente of de 4 cijfers van een postcode; zie 'routekaart swv lijst'."
        }
        static func several(_ query: String) -> String {
            "Meer dan één samenwerkingsverband voor \"\(Sanitized.short(query))\"; kies een code:"
        }
        static func noSchool(_ query: String) -> String {
            "Geen school gevonden voor \"\(Sanitized.short(query))\". Zoek op een deel van de naam, de plaats, de gemeente, de BRIN- of vestigingscode, of de 4 cijfers van de postcode."
        }
        static func didYouMean(_ school: School) -> String {
            "Bedoelt u \(school.naam), \(school.plaats) (\(school.code))? Zoek dan: routekaart school zoek \(school.code)"
        }
        static func more(_ hidden: Int, _ total: Int) -> String {
            "… en nog \(hidden) (\(total) gevonden); zoek preciezer, bijvoorbeeld met de plaats erbij.\n"
        }
    }
}
