import RoutekaartCore

/// `routekaart criteria`: an indicative check of the national lwoo and pro
/// criteria. Asks the scores, prints the check; stores nothing.
enum CriteriaCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--peildatum", "--data"], flags: [], command: "criteria")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "criteria") }
        let day = try Context.peildatum(arguments, command: "criteria") ?? Context.today
        let dataSet = try Context.load(arguments)
        Terminal.out(Messages.intro)
        guard let iq = ask(Messages.iqQuestion, range: 30...160, optional: false) else { throw ExitError(code: 1) }
        var scores: [LearningArea: (dle: Double, dl: Double)] = [:]
        for area in LearningArea.allCases {
            guard let dl = ask(Messages.dlQuestion(area.rawValue), range: 1...80, optional: true) else { throw ExitError(code: 1) }
            if dl < 0 { continue }
            guard let dle = ask(Messages.dleQuestion(area.rawValue), range: 0...80, optional: false) else { throw ExitError(code: 1) }
            scores[area] = (Double(dle), Double(dl))
        }
        guard let report = CriteriaCheck(model: dataSet.model, day: day).check(CriteriaInput(iq: iq, scores: scores)) else {
            throw ExitError(code: InputError.Kind.data.rawValue, message: Messages.noParameters(day))
        }
        Terminal.out("\n" + report.lines.joined(separator: "\n") + "\n")
    }

    /// Asks a whole number in `range`; -1 for a skipped optional answer; nil at end of input or `stop`.
    static func ask(_ question: String, range: ClosedRange<Int>, optional: Bool) -> Int? {
        while true {
            Terminal.out(question + "\n> ")
            guard let raw = readLine() else { return nil }
            let line = String(raw.prefix(100)).trimmingCharacters(in: .whitespaces).lowercased()
            if line == "stop" { return nil }
            if line == "?" || line == "help" {
                Terminal.out(Messages.help)
                continue
            }
            if line.isEmpty && optional { return -1 }
            if let value = Int(line), range.contains(value) { return value }
            Terminal.err(Messages.badNumber(Sanitized.short(line), range))
        }
    }

    enum Messages {
        static let intro = """
            Indicatieve toets aan de landelijke criteria voor lwoo en pro (indicatief, geen besluit).
            Vul alleen scores in, geen persoonsgegevens. Er wordt niets bewaard. Typ ? voor uitleg, stop om te stoppen.

            """
        static let iqQuestion = "Totaal-IQ (getal):"
        static func dlQuestion(_ area: String) -> String { "\(area): DL, didactische leeftijd in maanden (Enter = gebied overslaan):" }
        static func dleQuestion(_ area: String) -> String { "\(area): DLE, didactische leeftijdseenheden (maanden):" }
        static let help = """
            DL (didactische leeftijd) is het aantal maanden dat de leerling vanaf groep 3 onderwijs volgde (september
            tot en met juni). DLE (didactische leeftijdseenheid) is het aantal maanden onderwijs dat hoort bij het niveau
            dat de leerling feitelijk heeft bereikt. Leerachterstand = 1 − DLE/DL. Gebruik scores van toegestane tests
            (Regeling screenings- en testinstrumenten). Bron: rsv-breda-2015 §10; inrichtingsbesluit-wvo art. 15d.

            """
        static func badNumber(_ text: String, _ range: ClosedRange<Int>) -> String {
            "\"\(text)\" is geen geldig getal; geef een heel getal van \(range.lowerBound) tot en met \(range.upperBound)."
        }
        static func noParameters(_ day: Day) -> String {
            "De landelijke criteria staan voor \(day.dutch) niet in landelijk.json."
        }
    }
}
