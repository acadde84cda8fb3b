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
        initial: [String: String], approximate: [String: String] = [:], source: String?, peildatumChosen: Bool = true
    ) throws(ExitError) {
        var session = InterviewSession(
            dataSet: dataSet, peildatum: peildatum, renderer: renderer, format: format, initial: initial, approximate: approximate)
        session.peildatumChosen = peildatumChosen
        // Her own knowledge file: what she found out is kept there (`onthoud`), never without asking.
        session.knowledgeFile = KnowledgeLocation.defaultFile(environment: Environment.knowledgeLocation)
        session.today = Context.today
        let keeper = try CaseKeeper(bewaar: arguments.value("--bewaar"), source: source, overwrite: arguments.has("--overschrijf"))
        let agenda = try arguments.value("--agenda").map { path throws(ExitError) in
            try AgendaFile(path, overwrite: arguments.has("--overschrijf"), inputs: [source, arguments.value("--bewaar")].compactMap { $0 })
        }
        keeper.update(session)
        Signals.shared.onSignal { number in keeper.saveOnSignal(number) }
        let show = { (reply: InterviewReply) in
            if !reply.err.isEmpty { Terminal.err(reply.err) }
            if !reply.out.isEmpty { format == .tekst ? Terminal.prose(reply.out) : Terminal.out(reply.out) }
        }

        let opening = session.start()
        writeAgenda(session, agenda, renderer: renderer, changed: true)
        show(opening)
        var pendingOverwrite: String?
        while true {
            guard let line = readLine(strippingNewline: true) else {
                // End of input (Ctrl-D, or a closed terminal): an unfinished interview is saved first, so that nothing
                // is lost when the prompt's line can no longer be closed (a closed terminal then ends it with 129).
                let message = keeper.saveAtEnd(session, reason: Messages.endOfInput)
                Terminal.out("\n")
                if let message { Terminal.err(message) }
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
            writeAgenda(session, agenda, renderer: renderer, changed: !hadAdvice)
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
                if let message = keeper.saveAtEnd(session, reason: Messages.stopped) { Terminal.err(message) }
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
    static func writeAgenda(_ session: InterviewSession, _ agenda: AgendaFile?, renderer: AdviceRenderer, changed: Bool) {
        guard changed, let agenda, let advice = session.advice else { return }
        if let problem = agenda.write(advice, renderer: renderer) { Terminal.err(problem) }
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
        static func notAFile(_ path: String) -> String {
            "\(Sanitized.path(path)) is geen gewoon bestand (een map, apparaat of pijp); kies een andere naam."
        }
        static func changedMeanwhile(_ path: String) -> String {
            "\(Sanitized.path(path)) is veranderd door een ander programma (een tweede vraaggesprek?) sinds dit vraaggesprek het schreef; "
                + "er is niets overschreven. De antwoorden van dit vraaggesprek komen bij het einde in een eigen bestand, met de naam erbij."
        }
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
///
/// Every file is written by `FileWriter`. The interview's own file is replaced only while it holds what this
/// interview last wrote (or what it held when the interview took it): a second interview, or anyone else, that wrote
/// it meanwhile is found out, nothing is overwritten, and this interview's answers go into a file of their own.
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
    /// What `own` holds as far as this interview knows: what it last wrote there, or what was there when it took
    /// the file (nil: no file).
    private var ownBytes: [UInt8]?
    /// The user asked for a file (`--bewaar`, `bewaar`): a finished case is saved too.
    private var asked: Bool
    /// `--bewaar`: write after every answer (until a new case starts: that one gets a file of its own).
    private var autosave: Bool
    /// The case file the interview continues (`--casus … --verder`): replacing it is no overwrite of another case.
    private var source: String?
    private let overwrite: Bool

    init(bewaar: String?, source: String?, overwrite: Bool) throws(ExitError) {
        if let bewaar {
            let mayReplace = overwrite || Self.sameFile(bewaar, source)
            do {
                try FileWriter.check(bewaar, existing: mayReplace ? .replace : .refuse)
            } catch {
                throw Usage.error(
                    error.reason == .exists
                        ? InterviewCommand.Messages.bewaarExists(bewaar) : InterviewCommand.Messages.notAFile(bewaar), command: "advies")
            }
        }
        // Continuing a case file (--verder) without --bewaar: the answers go back into that file.
        own = bewaar ?? source
        ownBytes = own.flatMap { FileWriter.contents($0) }
        asked = bewaar != nil
        autosave = bewaar != nil
        self.source = source
        self.overwrite = overwrite
    }

    func update(_ session: InterviewSession) {
        lock.withLock { _ in
            latest = session.caseFile
            hasAnswers = session.hasAnswers
            finished = session.advice != nil
            if autosave, hasAnswers, own != nil, let problem = writeOwn(latest) { Terminal.err(problem) }
        }
    }

    /// `bewaar BESTAND`: the interview's own file (or the one it continues) is replaced, a new one created;
    /// another existing file only with `--overschrijf` (else the user is asked).
    func save(_ file: CaseFile, to path: String) -> SaveResult {
        return lock.withLock { _ in
            let bytes = Self.bytes(file)
            if let own, Self.sameFile(own, path) || own == path {
                if let problem = writeOwn(file) { return .failed(problem) }
                asked = true
                return .saved
            }
            do throws(FileWriter.Failure) {
                try FileWriter.write(bytes, to: path, existing: overwrite || Self.sameFile(path, source) ? .replace : .refuse)
            } catch {
                switch error.reason {
                case .exists:
                    // The same case already there is this case's file.
                    guard FileWriter.contents(path) == bytes else { return .exists }
                case .notAFile: return .failed(InterviewCommand.Messages.notAFile(path))
                default: return .failed(InterviewCommand.Messages.writeFailed(path))
                }
            }
            take(path, bytes)
            return .saved
        }
    }

    /// After "ja" to the question whether to replace `path`.
    func replace(_ file: CaseFile, at path: String) -> String? {
        return lock.withLock { _ in
            let bytes = Self.bytes(file)
            do throws(FileWriter.Failure) {
                try FileWriter.write(bytes, to: path, existing: .replace)
            } catch {
                return error.reason == .notAFile ? InterviewCommand.Messages.notAFile(path) : InterviewCommand.Messages.writeFailed(path)
            }
            take(path, bytes)
            return nil
        }
    }

    /// `stop` or end of input. An unfinished case is always saved (also one whose advice still depends on what is
    /// not known yet); a finished one only where the user asked for a file (`--bewaar`, `bewaar`): a complete
    /// interview leaves no file behind unasked. The message that
    /// says where (or why not), for the caller to show.
    func saveAtEnd(_ session: InterviewSession, reason: String) -> String? {
        lock.withLock { _ in
            latest = session.caseFile
            hasAnswers = session.hasAnswers
            // Advice that still depends on what she must find out is not the end of the case: it is kept like an
            // unfinished one, to go on with when she knows.
            self.finished = session.advice?.single != nil
            guard hasAnswers, !self.finished || own != nil || asked else { return nil }
            return saveLocked(reason: reason)
        }
    }

    /// `opnieuw`: the case until now is closed like at the end (an unfinished one is saved, a finished one where the
    /// user asked for a file, and its file named); the new case starts without a file, so it never replaces this one.
    func closeCase(_ previous: CaseFile, finished: Bool) {
        lock.withLock { _ in
            latest = previous
            hasAnswers = !previous.antwoorden.isEmpty
            self.finished = finished
            if hasAnswers, !finished || own != nil || asked, let message = saveLocked(reason: InterviewCommand.Messages.newCase) {
                Terminal.err(message)
            }
            own = nil
            ownBytes = nil
            asked = false
            autosave = false
            source = nil
            latest = CaseFile(peildatum: nil, antwoorden: [:])
            hasAnswers = false
            self.finished = false
        }
    }

    /// On a signal, or when the output is gone: whatever was answered is saved, finished or not.
    func saveOnSignal(_ number: Int32) {
        lock.withLock { _ in
            guard hasAnswers, let message = saveLocked(reason: InterviewCommand.Messages.reason(for: number)) else { return }
            Terminal.err(message)
        }
    }

    /// Saves the latest case in the interview's own file, or a new one; the message that says where.
    private func saveLocked(reason: String) -> String? {
        func saved(_ path: String) -> String {
            finished ? InterviewCommand.Messages.savedFinished(reason, path) : InterviewCommand.Messages.savedUnfinished(reason, path)
        }
        var problem: String?
        if let own {
            problem = writeOwn(latest)
            if problem == nil { return saved(own) }
        }
        // No file yet, or the own file could not be written (someone else wrote it, the folder is gone): a new one.
        guard let created = Self.createWithFreeName(Self.bytes(latest)) else {
            return InterviewCommand.Messages.couldNotSave(reason, problem ?? InterviewCommand.Messages.noFreeName, Self.encode(latest))
        }
        take(created, Self.bytes(latest))
        return (problem.map { $0 + "\n" } ?? "") + saved(created)
    }

    /// The interview writes this file from now on; it holds `bytes`.
    private func take(_ path: String, _ bytes: [UInt8]) {
        own = path
        ownBytes = bytes
    }

    /// Replaces the own file, if it still holds what this interview knows of it; a message on failure. When someone
    /// else wrote it, the interview lets go of it (its answers go into a new file at the end) and stops saving there.
    private func writeOwn(_ file: CaseFile) -> String? {
        guard let own else { return nil }
        let bytes = Self.bytes(file)
        do throws(FileWriter.Failure) {
            try FileWriter.write(bytes, to: own, existing: .replaceIfUnchanged(ownBytes))
            ownBytes = bytes
            return nil
        } catch {
            switch error.reason {
            case .changedMeanwhile:
                self.own = nil
                ownBytes = nil
                autosave = false
                return InterviewCommand.Messages.changedMeanwhile(own)
            case .notAFile: return InterviewCommand.Messages.notAFile(own)
            default: return InterviewCommand.Messages.writeFailed(own)
            }
        }
    }

    static func encode(_ file: CaseFile) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(file)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    static func bytes(_ file: CaseFile) -> [UInt8] { Array(encode(file).utf8) }

    static func sameFile(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        return FileWriter.sameFile(a, b) || Path.resolved(a) == Path.resolved(b)
    }

    /// `routekaart-casus-JJJJMMDD-HHMMSS.json`, or with `-2`, `-3`, … when that name is taken; never an existing file.
    static func createWithFreeName(_ bytes: [UInt8]) -> String? {
        let base = "routekaart-casus-" + timestamp()
        for counter in 1...100 {
            let name = base + (counter == 1 ? "" : "-\(counter)") + ".json"
            do {
                try FileWriter.write(bytes, to: name, existing: .refuse)
                return name
            } catch {
                guard error.reason == .exists || error.reason == .notAFile else { return nil }
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
