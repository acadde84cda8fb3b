import RoutekaartCore

/// `routekaart swv lijst|toon` and `routekaart school zoek`: lookups for the phone.
enum LookupCommands {
    static func swv(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--peildatum", "--data"], flags: [], command: "swv")
        let day = try Context.peildatum(arguments, command: "swv") ?? Context.today
        let dataSet = try Context.load(arguments)
        let model = dataSet.model
        switch arguments.positionals.first {
        case "lijst":
            if arguments.positionals.count > 1 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "swv") }
            Terminal.out(Messages.listHeading(day))
            for swv in model.swvs {
                Terminal.out(
                    "  \(swv.code.padding(toLength: 16, withPad: " ", startingAt: 0)) \(swv.naam)\(swv.voorbeeld ? " (voorbeeld)" : "") — \(policy(swv.period(on: day)))\n"
                )
            }
        case "toon":
            guard arguments.positionals.count >= 2 else { throw Usage.error(Messages.needsCode, command: "swv") }
            if arguments.positionals.count > 2 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[2]), command: "swv") }
            let code = arguments.positionals[1]
            guard let swv = model.swv(code) ?? ModelSearch(model: model).swvs(matching: code).first.map(\.swv) else {
                throw ExitError(
                    code: InputError.Kind.data.rawValue,
                    message: Messages.unknownSWV(code, Suggestion.nearest(to: code, among: model.swvs.map(\.code))))
            }
            var lines = ["\(swv.naam) (\(swv.code))" + (swv.voorbeeld ? " — voorbeeldgegevens" : "")]
            if let note = swv.opmerking { lines.append(note) }
            lines.append("Op \(day.dutch): \(policy(swv.period(on: day)))")
            lines.append("")
            lines.append("Beleidsperioden:")
            for period in swv.perioden {
                let end = period.tot.map { "t/m \($0)" } ?? "open einde"
                let marker = period.contains(day) ? " ← peildatum" : ""
                lines.append("  \(period.vanaf) \(end): \(policy(period))\(marker)")
                lines.append("      bron: \(period.bron); gecontroleerd \(period.laatstGecontroleerd)" + (period.opmerking.map { "; \($0)" } ?? ""))
            }
            lines.append("")
            lines.append("Scholen:")
            let schools = model.schools(of: swv.code)
            if schools.isEmpty { lines.append("  (geen scholen in de gegevens)") }
            lines += schools.map { "  " + schoolLine($0, on: day) }
            Terminal.out(lines.joined(separator: "\n") + "\n")
        default:
            throw Usage.error(Messages.swvSubcommand(arguments.positionals.first), command: "swv")
        }
    }

    static func school(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--peildatum", "--data"], flags: [], command: "school")
        guard arguments.positionals.first == "zoek", arguments.positionals.count >= 2 else {
            throw Usage.error(Messages.schoolSubcommand, command: "school")
        }
        let day = try Context.peildatum(arguments, command: "school") ?? Context.today
        let dataSet = try Context.load(arguments)
        let query = arguments.positionals.dropFirst().joined(separator: " ")
        let found = ModelSearch(model: dataSet.model).schools(matching: query)
        guard !found.isEmpty else {
            throw ExitError(code: 1, message: Messages.noSchool(query))
        }
        for school in found {
            let swv = dataSet.model.swv(school.swv)?.naam ?? school.swv
            Terminal.out(schoolLine(school, on: day) + "\n      SWV: \(swv) (\(school.swv))\n")
        }
    }

    static func policy(_ period: PolicyPeriod?) -> String {
        guard let period else { return "geen beleid in de gegevens voor deze datum" }
        let assignment: String
        switch period.lwooToewijzing {
        case .landelijk: assignment = "landelijke criteria"
        case .eigenCriteria: assignment = "eigen criteria (aanwijzing \(period.duurMaanden ?? 0) maanden)"
        case .populatiebekostiging: assignment = "populatiebekostiging (geen aanwijzingen)"
        case .onbekend: assignment = "opting out, variant onbekend"
        }
        let licences: String
        switch period.lwooLicenties {
        case .landelijk: licences = "landelijke licenties"
        case .eigen: licences = "eigen licentiebeleid"
        case .onbekend: licences = "licentiebeleid onbekend"
        }
        return "\(assignment); \(licences)"
    }

    static func schoolLine(_ school: School, on day: Day) -> String {
        var offer: [String] = []
        if !school.vmbo.isEmpty { offer.append("vmbo (" + school.vmbo.map(\.rawValue).joined(separator: ", ") + ")") }
        if school.pro { offer.append("pro") }
        if school.havoVwo { offer.append("havo/vwo") }
        let licensed = school.vmbo.filter { school.hasLicence(for: $0, on: day) != nil }
        let licence =
            school.vmbo.isEmpty
            ? "" : licensed.isEmpty ? "; geen lwoo-licentie" : "; lwoo-licentie: " + licensed.map(\.rawValue).joined(separator: ", ")
        return
            "\(school.code)  \(school.naam), \(school.plaats)\(school.voorbeeld ? " (voorbeeld)" : "") — \(offer.joined(separator: ", "))\(licence)"
    }

    enum Messages {
        static func listHeading(_ day: Day) -> String { "Samenwerkingsverbanden en hun beleid op \(day.dutch):\n" }
        static let needsCode = "geef de code van het SWV: routekaart swv toon CODE."
        static func swvSubcommand(_ word: String?) -> String {
            (word.map { "onbekende opdracht 'swv \(Sanitized.short($0))'. " } ?? "") + "Gebruik 'swv lijst' of 'swv toon CODE'."
        }
        static let schoolSubcommand = "gebruik 'school zoek TEKST'."
        static func unknownSWV(_ code: String, _ suggestion: String?) -> String {
            "Het samenwerkingsverband \"\(Sanitized.short(code))\" staat niet in de gegevens." + (suggestion.map { " Bedoelt u \"\($0)\"?" } ?? "")
                + " Zie 'routekaart swv lijst'."
        }
        static func noSchool(_ query: String) -> String {
            "Geen school gevonden voor \"\(Sanitized.short(query))\". Zoek op een deel van de naam, de plaats of de code."
        }
    }
}
