import Dispatch
import Foundation
import RoutekaartCore

/// The guided interview on the terminal: feeds lines to `InterviewSession`
/// and prints its replies. Nothing is lost: on `stop`, end of input (Ctrl-D)
/// or Ctrl-C with answers given, the case so far is saved and its file named.
enum InterviewCommand {
    static func start(
        dataSet: DataSet, arguments: Arguments, renderer: AdviceRenderer, format: OutputFormat, peildatum: Day,
        initial: [String: String]
    ) throws(ExitError) {
        var session = InterviewSession(dataSet: dataSet, peildatum: peildatum, renderer: renderer, format: format, initial: initial)
        let autosave = arguments.value("--bewaar")
        let keeper = CaseKeeper(autosave: autosave)
        keeper.update(session)
        keeper.watchInterrupt()

        show(session.start())
        writeAgenda(session, arguments: arguments, renderer: renderer, changed: true)
        while true {
            guard let line = readLine(strippingNewline: true) else {
                // End of input: an unfinished interview is saved so nothing is lost.
                Terminal.out("\n")
                if session.advice == nil {
                    keeper.saveInterrupted(session, reason: Messages.endOfInput)
                    throw ExitError(code: 1)
                }
                return
            }
            let hadAdvice = session.advice != nil
            let reply = session.handle(line)
            show(reply)
            keeper.update(session)
            writeAgenda(session, arguments: arguments, renderer: renderer, changed: !hadAdvice)
            switch reply.effect {
            case .none:
                break
            case .save(let path):
                if let message = keeper.write(session.caseFile, to: path) {
                    Terminal.err(message)
                } else {
                    Terminal.out(Messages.saved(path) + "\n> ")
                }
            case .stop:
                if session.advice == nil || autosave != nil {
                    keeper.saveInterrupted(session, reason: Messages.stopped)
                }
                Terminal.out(Messages.goodbye)
                return
            }
        }
    }

    /// With --agenda: once there is (new) advice, its deadlines go into the iCalendar file.
    static func writeAgenda(_ session: InterviewSession, arguments: Arguments, renderer: AdviceRenderer, changed: Bool) {
        guard changed, let path = arguments.value("--agenda"), let advice = session.advice else { return }
        if let problem = Agenda.write(renderer.calendar(advice), to: path) {
            Terminal.err(problem)
        } else {
            Terminal.err(Agenda.Messages.written(path))
        }
    }

    static func show(_ reply: InterviewReply) {
        if !reply.err.isEmpty { Terminal.err(reply.err) }
        if !reply.out.isEmpty { Terminal.out(reply.out) }
    }

    enum Messages {
        static let endOfInput = "Einde van de invoer."
        static let stopped = "Gestopt."
        static let goodbye = "Tot ziens.\n"
        static func saved(_ path: String) -> String { "Casus bewaard in \(path)." }
        static func savedInterrupted(_ reason: String, _ path: String) -> String {
            "\(reason) De antwoorden tot nu toe staan in \(path). Ga verder met: routekaart advies --casus \(path) --verder"
        }
        static func couldNotSave(_ reason: String, _ detail: String, _ json: String) -> String {
            "\(reason) De casus kon niet worden bewaard (\(detail)). Hier zijn de antwoorden; bewaar ze als JSON-bestand:\n\(json)"
        }
        static func writeFailed(_ path: String) -> String { "Kan niet schrijven naar \(path): controleer de map en de rechten." }
    }
}

/// Holds the latest case for saving from the interrupt handler; writes atomically.
final class CaseKeeper: @unchecked Sendable {
    private let lock = NSLock()
    private var caseFile = CaseFile(peildatum: nil, antwoorden: [:])
    private var hasAnswers = false
    private let autosave: String?
    private var signalSource: (any DispatchSourceSignal)?

    init(autosave: String?) { self.autosave = autosave }

    func update(_ session: InterviewSession) {
        lock.lock()
        caseFile = session.caseFile
        hasAnswers = session.hasAnswers
        lock.unlock()
        if let autosave, session.hasAnswers {
            if let message = write(session.caseFile, to: autosave) { Terminal.err(message) }
        }
    }

    /// Ctrl-C with answers given: save, say where, exit 130.
    func watchInterrupt() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            lock.lock()
            let file = caseFile
            let answered = hasAnswers
            lock.unlock()
            Terminal.err("")
            if answered { save(file, reason: "Onderbroken.") }
            exit(130)
        }
        source.resume()
        signalSource = source
    }

    func saveInterrupted(_ session: InterviewSession, reason: String) {
        guard session.hasAnswers else { return }
        save(session.caseFile, reason: reason)
    }

    private func save(_ file: CaseFile, reason: String) {
        let path = autosave ?? Self.defaultName()
        if let problem = write(file, to: path) {
            Terminal.err(InterviewCommand.Messages.couldNotSave(reason, problem, Self.encode(file)))
        } else {
            Terminal.err(InterviewCommand.Messages.savedInterrupted(reason, path))
        }
    }

    /// Writes atomically (temporary file, then rename); returns a message on failure.
    func write(_ file: CaseFile, to path: String) -> String? {
        do {
            try Data(Self.encode(file).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return InterviewCommand.Messages.writeFailed(path)
        }
    }

    static func encode(_ file: CaseFile) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(file)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    static func defaultName() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "nl_NL")
        return "routekaart-casus-\(formatter.string(from: Date())).json"
    }
}
