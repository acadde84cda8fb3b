import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `routekaart advies`: the interview, or advice for a case file.
enum AdviceCommand {
    static let options = ["--casus", "--peildatum", "--formaat", "--voor", "--bewaar", "--agenda", "--data"]
    static let flags = ["--verder", "--waarom", "--volledig", "--overschrijf", "--voorbeeld"]

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
        // An agenda file that may not be written is refused before any work is done (the interview checks its own).
        var agenda: AgendaFile?
        if let casePath = arguments.value("--casus"), !arguments.has("--verder"), let path = arguments.value("--agenda") {
            agenda = try AgendaFile(path, overwrite: arguments.has("--overschrijf"), inputs: [casePath])
        }
        let dataSet = try Context.load(arguments, examples: peek?.gegevens == .voorbeeld)
        var renderer = AdviceRenderer(content: dataSet.content, model: dataSet.model, voice: voice, styled: Terminal.styled && format == .tekst)
        renderer.laws = dataSet.laws
        if arguments.has("--volledig") { renderer.detail = .full }

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
                peildatum: dated.peildatum, initial: dated.answers, approximate: file.benaderd ?? [:], source: path,
                peildatumChosen: peildatum != nil || file.peildatum != nil)
            return
        }
        renderer.more = .command(casePath: path)
        switch try evaluate(dataSet.engine, dated) {
        case .advice(let advice):
            // A date the case file knows only by its month or year: whether its day matters, above the text advice.
            if format != .json {
                let notes = file.approximationNotes(for: dated, engine: dataSet.engine, advice: advice)
                if !notes.isEmpty { Terminal.prose(notes + "\n") }
            }
            let text = renderer.render(advice, as: format, includeWhy: arguments.has("--waarom"))
            format == .tekst ? Terminal.prose(text) : Terminal.out(text)
            if let problem = agenda?.write(advice, renderer: renderer) { throw ExitError(code: ExitCode.cannotCreate, message: problem) }
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

/// The iCalendar file of one command (`--agenda`), written as every file is (`FileWriter`): an existing file only
/// with `--overschrijf`, never the case file it reads or the case file it saves, and, once this command wrote it,
/// again only while it holds what the command wrote (the interview writes it anew with every new advice).
final class AgendaFile: @unchecked Sendable {
    let path: String
    private let overwrite: Bool
    private let inputs: [String]
    /// What this command last wrote there (nil: nothing yet).
    private var written: [UInt8]?

    /// Refuses a name that may not be written, before any work is done: usage error 64.
    init(_ path: String, overwrite: Bool, inputs: [String]) throws(ExitError) {
        guard !path.isEmpty else { throw Usage.error(Messages.noName, command: "advies") }
        if let input = inputs.first(where: { CaseKeeper.sameFile(path, $0) }) {
            throw Usage.error(Messages.refused(FileWriter.Failure(.isInput(input), path)), command: "advies")
        }
        do {
            try FileWriter.check(path, existing: overwrite ? .replace : .refuse, inputs: inputs)
        } catch {
            throw Usage.error(Messages.refused(error), command: "advies")
        }
        self.path = path
        self.overwrite = overwrite
        self.inputs = inputs
    }

    /// Writes the deadlines still to come and says so; with none, the next date the advice names (the next
    /// teldatum), or no file at all and why. Returns a Dutch message when the file cannot be written.
    func write(_ advice: Advice, renderer: AdviceRenderer) -> String? {
        let contents = renderer.agendaContents(advice)
        guard contents.coming > 0 || contents.next != nil else {
            Terminal.err(Messages.nothingToCome(path))
            return nil
        }
        let bytes = Array(renderer.calendar(advice).utf8)
        let existing: FileWriter.Existing = written.map { .replaceIfUnchanged($0) } ?? (overwrite ? .replace : .refuse)
        do {
            try FileWriter.write(bytes, to: path, existing: existing, inputs: inputs)
        } catch {
            return Messages.failed(error)
        }
        written = bytes
        Terminal.err(contents.next.map { Messages.nextDateWritten(path, $0) } ?? Messages.written(path))
        return nil
    }

    enum Messages {
        static let noName = "Geef bij --agenda een bestandsnaam, zoals --agenda termijnen.ics."
        static func written(_ path: String) -> String { "De termijnen staan in \(Sanitized.path(path)) (iCalendar; te openen in elke agenda)." }
        static func nothingToCome(_ path: String) -> String {
            "Dit advies heeft geen termijn die nog komt; \(Sanitized.path(path)) is niet geschreven."
        }
        static func nextDateWritten(_ path: String, _ day: Day) -> String {
            "Geen termijn van dit advies komt nog. Het noemt wel de volgende teldatum, \(day.dutch): die staat in \(Sanitized.path(path)) (iCalendar)."
        }
        /// Before any work: why the name is refused, and what to do.
        static func refused(_ failure: FileWriter.Failure) -> String {
            let path = Sanitized.path(failure.path)
            switch failure.reason {
            case .exists: return "\(path) bestaat al. Geef bij --agenda een andere naam, of vervang het bestand met --overschrijf."
            case .isInput(let input):
                return "--agenda \(path) is hetzelfde bestand als de casus (\(Sanitized.path(input))); de agenda zou de casus vervangen. "
                    + "Geef een andere naam, zoals --agenda termijnen.ics."
            case .notAFile:
                return "\(path) is geen gewoon bestand (een map, apparaat of pijp). "
                    + "Geef bij --agenda een bestandsnaam, zoals --agenda termijnen.ics."
            default: return "Kan de agenda niet schrijven naar \(path): controleer de map en de rechten."
            }
        }
        static func failed(_ failure: FileWriter.Failure) -> String {
            guard failure.reason != .cannotWrite else {
                return "Kan de agenda niet schrijven naar \(Sanitized.path(failure.path)): controleer de map en de rechten."
            }
            return "De agenda: " + failure.description + "."
        }
    }
}
