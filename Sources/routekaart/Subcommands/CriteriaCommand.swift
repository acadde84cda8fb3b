import RoutekaartCore

/// `routekaart criteria`: an indicative check of the national lwoo and pro
/// criteria. Asks the scores per area of `criteria.json`, prints the check;
/// stores nothing.
enum CriteriaCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--peildatum", "--data"], flags: [], command: "criteria")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "criteria") }
        let day = try Context.day(arguments, command: "criteria")
        let dataSet = try Context.load(arguments, knowledge: false)
        guard let criteria = dataSet.content.criteria, let check = CriteriaCheck(content: dataSet.content, day: day) else {
            throw ExitError(code: ExitCode.data, message: Messages.noCriteria)
        }
        let help = Messages.help(criteria.uitleg.tekst, criteria.uitleg.bronnen.map(check.cite))
        Terminal.prose(Messages.intro)
        guard let iq = try ask(Messages.iqQuestion, range: 30...160, help: help, optional: false) else { return }
        // The didactische leeftijd is one number per pupil (the months of education since groep 3): asked once, then
        // the DLE of each area against it (usability test F33: it was asked per area, and 30 beside 58 went unnoticed).
        guard let dl = try ask(Messages.dlQuestion, range: 1...80, help: help, optional: false) else { return }
        var scores: [String: CriteriaInput.Score] = [:]
        for area in criteria.gebieden {
            guard
                let dle = try ask(Messages.dleQuestion(area.naam, dl: dl), range: 0...dl, help: help, optional: true, above: Messages.dleAboveDL(dl))
            else { continue }
            scores[area.id] = CriteriaInput.Score(dle: Double(dle), dl: Double(dl))
        }
        switch check.check(CriteriaInput(iq: iq, scores: scores)) {
        case .success(let report): Terminal.prose("\n" + report.lines.joined(separator: "\n") + "\n")
        case .failure(let missing): throw ExitError(code: ExitCode.data, message: Messages.noParameter(missing.id, day))
        }
    }

    /// Asks a whole number in `range`; nil for a skipped optional answer (Enter). Throws at `stop`
    /// (exit 0: the user's choice) or at the end of input (exit 1, after closing the prompt's line).
    static func ask(_ question: String, range: ClosedRange<Int>, help: String, optional: Bool, above: String? = nil) throws(ExitError) -> Int? {
        while true {
            Terminal.prose(question + "\n> ")
            guard let raw = readLine() else {
                Terminal.out("\n")
                throw ExitError(code: ExitCode.failure, message: Messages.endOfInput)
            }
            let line = String(String.UnicodeScalarView(raw.unicodeScalars.prefix(100))).trimmingBlanks().lowercased()
            if line == "stop" { throw ExitError(code: ExitCode.success) }
            if line == "?" || line == "help" {
                Terminal.prose(help)
                continue
            }
            if line.isEmpty && optional { return nil }
            if let value = Int(line), range.contains(value) { return value }
            if let value = Int(line), let above, value > range.upperBound, value <= 80 {
                Terminal.err(above)
                continue
            }
            Terminal.err(Messages.badNumber(Sanitized.short(line), range))
        }
    }

    enum Messages {
        static let intro = """
            Indicatieve toets aan de landelijke criteria voor lwoo en pro (indicatief, geen besluit).
            Vul alleen scores in, geen persoonsgegevens. Er wordt niets bewaard. Typ ? voor uitleg, stop om te stoppen.

            """
        static let iqQuestion = "Totaal-IQ (getal):"
        static let dlQuestion = "DL, didactische leeftijd in maanden (de maanden onderwijs vanaf groep 3; één getal voor alle gebieden):"
        static func dleQuestion(_ area: String, dl: Int) -> String {
            "\(area): DLE, didactische leeftijdseenheden in maanden (0 tot en met de DL, \(dl); Enter = gebied overslaan):"
        }
        static let endOfInput = "Einde van de invoer: er is geen toets gedaan, en er is niets bewaard."
        static func help(_ text: String, _ citations: [String]) -> String {
            text + " Bron: " + citations.joined(separator: "; ") + ".\n\n"
        }
        static func badNumber(_ text: String, _ range: ClosedRange<Int>) -> String {
            (text.isEmpty ? "Hier is een getal nodig" : "\"\(text)\" is geen geldig getal")
                + "; geef een heel getal van \(range.lowerBound) tot en met \(range.upperBound)."
        }
        static func dleAboveDL(_ dl: Int) -> String {
            "De DLE is hoger dan de DL (\(dl)): dan is er geen leerachterstand. Geef een DLE van 0 tot en met \(dl)."
        }
        static func noParameter(_ id: String, _ day: Day) -> String {
            "De landelijke parameter \"\(id)\" staat voor \(day.dutch) niet in landelijk.json."
        }
        static let noCriteria = "De landelijke criteria (criteria.json) staan niet in de gegevensmap."
    }
}
