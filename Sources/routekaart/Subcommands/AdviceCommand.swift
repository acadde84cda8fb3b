import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `routekaart advies`: the interview, or advice for a case file.
enum AdviceCommand {
    static let options = ["--casus", "--peildatum", "--formaat", "--voor", "--bewaar", "--agenda", "--data"]
    static let flags = ["--verder", "--waarom", "--overschrijf", "--voorbeeld"]

    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: options, flags: flags, command: "advies")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "advies") }
        let format = try Context.choice(OutputFormat.self, arguments, "--formaat", default: .tekst, command: "advies")
        let voice = try Context.choice(Voice.self, arguments, "--voor", default: .school, command: "advies")
        let peildatum = try Context.peildatum(arguments, command: "advies")
        if arguments.has("--verder") && arguments.value("--casus") == nil {
            throw Usage.error(Usage.Messages.verderNeedsCase, command: "advies")
        }
        // A case file that names example SWVs or schools says so ("gegevens": "voorbeeld"); a file that
        // cannot be read is reported after the data, as before.
        let peek = arguments.value("--casus").flatMap { try? readCase($0) }
        let dataSet = try Context.load(arguments, examples: peek?.gegevens == .voorbeeld)
        var renderer = AdviceRenderer(content: dataSet.content, model: dataSet.model, voice: voice, styled: Terminal.styled && format == .tekst)
        renderer.laws = dataSet.laws

        guard let path = arguments.value("--casus") else {
            try InterviewCommand.start(
                dataSet: dataSet, arguments: arguments, renderer: renderer, format: format,
                peildatum: Peildatum.decide(commandLine: peildatum, today: Context.today), initial: [:], source: nil,
                peildatumChosen: peildatum != nil)
            return
        }
        let file: CaseFile
        if let peek { file = peek } else { file = try readCase(path) }
        let day = Peildatum.decide(commandLine: peildatum, file: file.peildatum, today: Context.today)
        let dated: Case
        do {
            dated = try AnswerValidator(content: dataSet.content, model: dataSet.model).validate(file, path: path, peildatum: day)
        } catch {
            throw ExitError(error)
        }
        if arguments.has("--verder") {
            try InterviewCommand.start(
                dataSet: dataSet, arguments: arguments, renderer: renderer, format: format,
                peildatum: dated.peildatum, initial: dated.answers, source: path, peildatumChosen: peildatum != nil || file.peildatum != nil)
            return
        }
        switch try evaluate(dataSet.engine, dated) {
        case .advice(let advice):
            let text = renderer.render(advice, as: format, includeWhy: arguments.has("--waarom"))
            format == .tekst ? Terminal.prose(text) : Terminal.out(text)
            if let agenda = arguments.value("--agenda") {
                if let problem = Agenda.write(renderer.calendar(advice), to: agenda) {
                    throw ExitError(code: ExitCode.cannotCreate, message: problem)
                }
                Terminal.err(Agenda.Messages.written(agenda))
            }
        case .question(let question, _):
            throw ExitError(code: InputError.Kind.data.rawValue, message: Messages.incomplete(path, question, dataSet: dataSet, situation: dated))
        case .contradiction(let contradiction, _):
            throw ExitError(code: InputError.Kind.data.rawValue, message: Messages.contradiction(path, contradiction))
        }
    }

    static func readCase(_ path: String) throws(ExitError) -> CaseFile {
        do {
            return try StrictDecoder.decode(CaseFile.self, from: try FileReader.read(path), file: path)
        } catch {
            throw ExitError(error)
        }
    }

    static func evaluate(_ engine: Engine, _ situation: Case) throws(ExitError) -> EngineResult {
        do {
            return try engine.evaluate(situation)
        } catch {
            throw ExitError(code: InputError.Kind.data.rawValue, message: Messages.contentError(error.description))
        }
    }

    enum Messages {
        static func contradiction(_ path: String, _ contradiction: Contradiction) -> String {
            "\(Sanitized.path(path)): de feiten spreken elkaar tegen; er wordt geen advies gegeven. \(contradiction.message.prefix(1).uppercased() + contradiction.message.dropFirst())\n"
                + "Verbeter het antwoord op \"\(contradiction.reask.id)\" (\(contradiction.reask.kort.lowercased())) in \"antwoorden\"."
        }
        static func contentError(_ detail: String) -> String {
            "Het advies kan niet worden gegeven: \(detail). Controleer de gegevens met 'routekaart controleer'."
        }

        /// The case misses facts: the next question, and every question that may still follow.
        static func incomplete(_ path: String, _ question: PendingQuestion, dataSet: DataSet, situation: Case) -> String {
            let path = Sanitized.path(path)
            var lines = ["\(path): de casus is niet compleet; er wordt niet gegokt. Nog niet beantwoord:"]
            lines.append("- \(question.fact.id): \(question.fact.vraag ?? question.fact.kort)" + (question.reason.map { " (\($0))" } ?? ""))
            let later = RemainingQuestions(content: dataSet.content).after(
                question.fact.id, answered: Set(situation.answers.keys), answers: situation.answers)
            if !later.isEmpty {
                lines.append("Daarna kunnen, afhankelijk van de antwoorden, nog volgen: " + later.joined(separator: ", ") + ".")
            }
            lines.append("Vul ze aan in \"antwoorden\", of ga verder in het vraaggesprek: routekaart advies --casus \(path) --verder")
            return lines.joined(separator: "\n")
        }
    }
}

/// Writes the deadlines of an advice as an iCalendar file (`--agenda`).
enum Agenda {
    /// Writes atomically; returns a Dutch message on failure.
    static func write(_ calendar: String, to path: String) -> String? {
        guard !path.isEmpty else { return Messages.noName }
        do {
            try Path.write(Data(calendar.utf8), to: path)
            return nil
        } catch {
            return Messages.failed(path)
        }
    }

    enum Messages {
        static let noName = "Geef bij --agenda een bestandsnaam, zoals --agenda termijnen.ics."
        static func written(_ path: String) -> String { "De termijnen staan in \(path) (iCalendar; te openen in elke agenda)." }
        static func failed(_ path: String) -> String { "Kan de agenda niet schrijven naar \(path): controleer de map en de rechten." }
    }
}
