import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The guided interview on the terminal: feeds lines to `InterviewSession`
/// and prints its replies. Nothing is lost: on `stop`, end of input (Ctrl-D)
/// or a signal (Ctrl-C, Ctrl-\, a closed terminal, SIGTERM) with answers
/// given, the case so far is saved and its file named. One interview writes
/// one file, and never replaces another file without asking.
enum InterviewCommand {
    static func start(
        dataSet: DataSet, arguments: Arguments, renderer: AdviceRenderer, format: OutputFormat, peildatum: Day,
        initial: [String: String], source: String?, peildatumChosen: Bool = true
    ) throws(ExitError) {
        var session = InterviewSession(dataSet: dataSet, peildatum: peildatum, renderer: renderer, format: format, initial: initial)
        session.peildatumChosen = peildatumChosen
        // Her own knowledge file: what she found out is kept there (`onthoud`), never without asking.
        session.knowledgeFile = KnowledgeLocation.defaultFile(environment: ProcessInfo.processInfo.environment)
        session.today = Context.today
        let keeper = try CaseKeeper(bewaar: arguments.value("--bewaar"), source: source, overwrite: arguments.has("--overschrijf"))
        keeper.update(session)
        Signals.shared.onSignal { number in keeper.saveOnSignal(number) }
        let show = { (reply: InterviewReply) in
            if !reply.err.isEmpty { Terminal.err(reply.err) }
            if !reply.out.isEmpty { format == .tekst ? Terminal.prose(reply.out) : Terminal.out(reply.out) }
        }

        let opening = session.start()
        writeAgenda(session, arguments: arguments, renderer: renderer, changed: true)
        show(opening)
        var pendingOverwrite: String?
        while true {
            guard let line = readLine(strippingNewline: true) else {
                // End of input: the prompt's line is closed, and an unfinished interview is saved so nothing is lost.
                Terminal.out("\n")
                keeper.saveAtEnd(session, reason: Messages.endOfInput)
                if session.advice == nil { throw ExitError(code: ExitCode.failure) }
                return
            }
            if let path = pendingOverwrite {
                pendingOverwrite = nil
                confirmOverwrite(line, of: path, with: session.caseFile, keeper)
                continue
            }
            let hadAdvice = session.advice != nil
            let reply = session.handle(line)
            // A new pupil: the case until now is closed first, so that its answers never go into the new case's file.
            if case .newCase(let previous, let finished) = reply.effect { keeper.closeCase(previous, finished: finished) }
            // Saving (--bewaar) first: a failure to write is said before the prompt that ends the reply.
            keeper.update(session)
            // With --agenda, new advice goes into the agenda file; said before the prompt too.
            writeAgenda(session, arguments: arguments, renderer: renderer, changed: !hadAdvice)
            show(reply)
            switch reply.effect {
            case .none, .newCase:
                break
            case .save(let path):
                switch keeper.save(session.caseFile, to: path) {
                case .saved: Terminal.prose(Messages.saved(path) + "\n> ")
                case .exists:
                    Terminal.prose(Messages.askOverwrite(path))
                    pendingOverwrite = path
                case .failed(let message):
                    Terminal.err(message)
                    Terminal.out("> ")
                }
            case .stop:
                keeper.saveAtEnd(session, reason: Messages.stopped)
                Terminal.out(Messages.goodbye)
                return
            }
        }
    }

    /// The answer to "… bestaat al. Overschrijven?": only a clear yes replaces the file.
    static func confirmOverwrite(_ line: String, of path: String, with file: CaseFile, _ keeper: CaseKeeper) {
        guard AnswerMatcher.yesOrNo(line) == true else {
            Terminal.prose(Messages.notOverwritten + "\n> ")
            return
        }
        if let problem = keeper.replace(file, at: path) {
            Terminal.err(problem)
            Terminal.out("> ")
        } else {
            Terminal.prose(Messages.saved(path) + "\n> ")
        }
    }

    /// With --agenda: once there is (new) advice, its deadlines go into the iCalendar file.
    static func writeAgenda(_ session: InterviewSession, arguments: Arguments, renderer: AdviceRenderer, changed: Bool) {
        guard changed, let path = arguments.value("--agenda"), let advice = session.advice else { return }
        if let problem = Agenda.write(advice, renderer: renderer, to: path) { Terminal.err(problem) }
    }

    enum Messages {
        static let endOfInput = "Einde van de invoer."
        static let stopped = "Gestopt."
        static let newCase = "Nieuwe casus."
        static let goodbye = "Tot ziens.\n"
        static let notOverwritten = "Niet bewaard. Kies een andere naam: bewaar BESTAND."
        static func reason(for signal: Int32) -> String {
            switch signal {
            case SIGINT: "Onderbroken (Ctrl-C)."
            case SIGQUIT: "Onderbroken (Ctrl-\\)."
            case SIGHUP: "De terminal is gesloten."
            default: "Beëindigd."
            }
        }
        static func saved(_ path: String) -> String { "Casus bewaard in \(Sanitized.path(path))." }
        static func askOverwrite(_ path: String) -> String {
            "\(Sanitized.path(path)) bestaat al en bevat iets anders dan deze casus. Overschrijven? Typ ja of nee.\n> "
        }
        static func savedUnfinished(_ reason: String, _ path: String) -> String {
            let path = Sanitized.path(path)
            return "\(reason) De antwoorden tot nu toe staan in \(path). Ga verder met: routekaart advies --casus \(path) --verder"
        }
        static func savedFinished(_ reason: String, _ path: String) -> String {
            "\(reason) De casus staat in \(Sanitized.path(path))."
        }
        static func couldNotSave(_ reason: String, _ detail: String, _ json: String) -> String {
            "\(reason) De casus kon niet worden bewaard (\(detail)). Hier zijn de antwoorden; bewaar ze als JSON-bestand:\n\(json)"
        }
        static func writeFailed(_ path: String) -> String { "Kan niet schrijven naar \(Sanitized.path(path)): controleer de map en de rechten." }
        static let noFreeName = "er is geen vrije bestandsnaam"
        static func bewaarExists(_ path: String) -> String {
            let path = Sanitized.path(path)
            return "\(path) bestaat al. Ga verder met die casus (routekaart advies --casus \(path) --verder --bewaar \(path)), "
                + "kies een andere naam, of vervang het bestand met --overschrijf."
        }
    }
}

/// The file of one interview: `--bewaar`, else the name of the last `bewaar`,
/// else a new name chosen when the case is first saved. It keeps the latest
/// case for the signal thread; every method takes the lock.
final class CaseKeeper: @unchecked Sendable {
    enum SaveResult {
        case saved
        /// Another file is there; ask before replacing it.
        case exists
        case failed(String)
    }

    private let lock = Mutex(())
    private var latest = CaseFile(peildatum: nil, antwoorden: [:])
    private var hasAnswers = false
    private var finished = false
    /// The file this interview writes, once there is one.
    private var own: String?
    /// `--bewaar`: write after every answer (until a new case starts: that one gets a file of its own).
    private var autosave: Bool
    /// The case file the interview continues (`--casus … --verder`): replacing it is no overwrite of another case.
    private var source: String?
    private let overwrite: Bool

    init(bewaar: String?, source: String?, overwrite: Bool) throws(ExitError) {
        if let bewaar, !overwrite, FileManager.default.fileExists(atPath: bewaar), !Self.sameFile(bewaar, source) {
            throw Usage.error(InterviewCommand.Messages.bewaarExists(bewaar), command: "advies")
        }
        // Continuing a case file (--verder) without --bewaar: the answers go back into that file.
        own = bewaar ?? source
        autosave = bewaar != nil
        self.source = source
        self.overwrite = overwrite
    }

    func update(_ session: InterviewSession) {
        lock.withLock { _ in
            latest = session.caseFile
            hasAnswers = session.hasAnswers
            finished = session.advice != nil
            if autosave, hasAnswers, let own, let problem = write(latest, to: own) { Terminal.err(problem) }
        }
    }

    /// `bewaar BESTAND`: the interview's own file (or the one it continues) is replaced, a new one created;
    /// another existing file only with `--overschrijf` (else the user is asked).
    func save(_ file: CaseFile, to path: String) -> SaveResult {
        return lock.withLock { _ in
            let isOurs = own.map { Self.sameFile($0, path) } ?? false
            if isOurs || Self.sameFile(path, source) || overwrite {
                if let problem = write(file, to: path) { return .failed(problem) }
                own = path
                return .saved
            }
            switch Self.create(path, Data(Self.encode(file).utf8)) {
            case .created:
                own = path
                return .saved
            case .exists:
                if FileManager.default.contents(atPath: path) == Data(Self.encode(file).utf8) {
                    own = path
                    return .saved
                }
                return .exists
            case .failed:
                return .failed(InterviewCommand.Messages.writeFailed(path))
            }
        }
    }

    /// After "ja" to the question whether to replace `path`.
    func replace(_ file: CaseFile, at path: String) -> String? {
        return lock.withLock { _ in
            if let problem = write(file, to: path) { return problem }
            own = path
            return nil
        }
    }

    /// `stop` or end of input. An unfinished case is always saved; a finished one only where the user
    /// asked for a file (`--bewaar`, `bewaar`): a complete interview leaves no file behind unasked.
    func saveAtEnd(_ session: InterviewSession, reason: String) {
        lock.withLock { _ in
            latest = session.caseFile
            hasAnswers = session.hasAnswers
            self.finished = session.advice != nil
            guard hasAnswers, !self.finished || own != nil else { return }
            saveLocked(reason: reason)
        }
    }

    /// `opnieuw`: the case until now is closed like at the end (an unfinished one is saved, a finished one where the
    /// user asked for a file, and its file named); the new case starts without a file, so it never replaces this one.
    func closeCase(_ previous: CaseFile, finished: Bool) {
        lock.withLock { _ in
            latest = previous
            hasAnswers = !previous.antwoorden.isEmpty
            self.finished = finished
            if hasAnswers, !finished || own != nil { saveLocked(reason: InterviewCommand.Messages.newCase) }
            own = nil
            autosave = false
            source = nil
            latest = CaseFile(peildatum: nil, antwoorden: [:])
            hasAnswers = false
            self.finished = false
        }
    }

    /// On a signal: whatever was answered is saved, finished or not.
    func saveOnSignal(_ number: Int32) {
        lock.withLock { _ in
            guard hasAnswers else { return }
            saveLocked(reason: InterviewCommand.Messages.reason(for: number))
        }
    }

    private func saveLocked(reason: String) {
        let bytes = Data(Self.encode(latest).utf8)
        let path: String
        if let own {
            if let problem = write(latest, to: own) {
                Terminal.err(InterviewCommand.Messages.couldNotSave(reason, problem, Self.encode(latest)))
                return
            }
            path = own
        } else {
            guard let created = Self.createWithFreeName(bytes) else {
                Terminal.err(InterviewCommand.Messages.couldNotSave(reason, InterviewCommand.Messages.noFreeName, Self.encode(latest)))
                return
            }
            own = created
            path = created
        }
        Terminal.err(
            finished
                ? InterviewCommand.Messages.savedFinished(reason, path) : InterviewCommand.Messages.savedUnfinished(reason, path))
    }

    /// Replaces the file atomically (temporary file, then rename); a message on failure.
    private func write(_ file: CaseFile, to path: String) -> String? {
        do {
            try Path.write(Data(Self.encode(file).utf8), to: path)
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

    static func sameFile(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        return Path.resolved(a) == Path.resolved(b)
    }

    // MARK: - Creating a new file, never replacing one

    enum Creation {
        case created, exists, failed
    }

    /// Creates `path` with `bytes` only if no file is there, atomically: the content is written to a
    /// temporary file first and then linked to the name (which fails if the name is taken), so a reader
    /// never sees half a case and two interviews never take the same name.
    static func create(_ path: String, _ bytes: Data) -> Creation {
        let temporary = Path.join(
            Path.parent(path), ".\(Path.lastComponent(path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard writeNew(temporary, bytes) else { return FileManager.default.fileExists(atPath: path) ? .exists : .failed }
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return .created }
        if errno == EEXIST { return .exists }
        // A file system without hard links: create the name exclusively and write into it.
        return writeNew(path, bytes) ? .created : (FileManager.default.fileExists(atPath: path) ? .exists : .failed)
    }

    /// Writes a file that must not exist yet (O_EXCL).
    static func writeNew(_ path: String, _ bytes: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += count
            }
            return offset
        }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            unlink(path)
            return false
        }
        return true
    }

    /// `routekaart-casus-JJJJMMDD-HHMMSS.json`, or with `-2`, `-3`, … when that name is taken.
    static func createWithFreeName(_ bytes: Data) -> String? {
        let base = "routekaart-casus-" + timestamp()
        for counter in 1...100 {
            let name = base + (counter == 1 ? "" : "-\(counter)") + ".json"
            switch create(name, bytes) {
            case .created: return name
            case .exists: continue
            case .failed: return nil
            }
        }
        return nil
    }

    /// The local date and time as `20261126-143005`, for the name of a saved case.
    static func timestamp() -> String {
        var now = time(nil)
        var local = tm()
        localtime_r(&now, &local)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(local.tm_year + 1900)\(two(local.tm_mon + 1))\(two(local.tm_mday))-\(two(local.tm_hour))\(two(local.tm_min))\(two(local.tm_sec))"
    }
}
