import RoutekaartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT), Ctrl-\ (SIGQUIT), SIGTERM and a closed terminal (SIGHUP)
/// all end the program the same way: what the running command registered
/// (the interview saves its case and says where), then exit with 128 + the
/// signal's number. Never the runtime's crash report. Output that cannot be
/// written ends it the same way (`outputFailed`): a closed terminal as SIGHUP.
///
/// The signals are blocked in every thread and taken by one thread with
/// `sigwait`, so they arrive even when the parent started us with them
/// blocked, and no handler runs in the middle of other code. A closed
/// pipe (SIGPIPE) is ignored: writing then fails, and `Terminal` ends quietly.
///
/// One thread ends the program (`end`): the first to ask. The other waits for
/// it, and the end waits for a file being written (`FileWriter.afterWrites`),
/// so no temporary file and no half-saved case is ever left behind.
final class Signals: @unchecked Sendable {
    /// One per process: signals are process-wide.
    static let shared = Signals()
    static let handled: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    /// What to do on a signal, and whether a thread is ending the program.
    private let state = Mutex<(action: @Sendable (Int32) -> Void, ending: Bool)>(({ _ in }, false))

    /// Call first thing in `main`, before any other thread exists.
    func start() {
        signal(SIGPIPE, SIG_IGN)
        var set = Self.signalSet()
        for number in Self.handled { signal(number, SIG_DFL) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                Unmanaged<Signals>.fromOpaque(raw).takeUnretainedValue().waitForSignals()
            }, Unmanaged.passRetained(self).toOpaque())
        // Without the thread nobody would take the signals: leave them to the system then (Ctrl-C still stops).
        if started != 0 {
            for number in Self.handled { signal(number, SIG_DFL) }
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
        }
    }

    /// The signal thread: takes each signal as it comes.
    private func waitForSignals() -> Never {
        var waiting = Self.signalSet()
        while true {
            var number: Int32 = 0
            guard sigwait(&waiting, &number) == 0 else { continue }
            handle(number)
        }
    }

    /// What to do before the program exits on a signal (replaces what was registered before).
    func onSignal(_ action: @escaping @Sendable (Int32) -> Void) {
        state.withLock { $0.action = action }
    }

    /// Ends the program with `code`, once: the first thread to call it runs `before` and exits, after any file being
    /// written is complete; a later caller (the main thread while a signal is being handled, or the signal thread
    /// while the main thread is ending) waits for that end and never returns.
    func end(_ code: Int32, before: () -> Void = {}) -> Never {
        let first = state.withLock { state in
            defer { state.ending = true }
            return !state.ending
        }
        guard first else {
            while true { pause() }
        }
        before()
        FileWriter.afterWrites { exit(code) }
    }

    /// Writing the output failed: a closed terminal (`EIO`; a pipe never says that) ends the program as SIGHUP does
    /// (129), a reader that went away (`routekaart boom | head`, `EPIPE`) or any other failure with 74; either way
    /// after the registered action (the interview saves its case first).
    func outputFailed(_ error: Int32) -> Never {
        let hangUp = error == EIO || error == ENXIO
        let action = state.withLock { $0.action }
        end(hangUp ? ExitCode.signal(SIGHUP) : ExitCode.outputClosed) { action(hangUp ? SIGHUP : SIGPIPE) }
    }

    private func handle(_ number: Int32) {
        let action = state.withLock { $0.action }
        end(ExitCode.signal(number)) {
            // The terminal shows ^C without a newline: start our message on a line of its own.
            Terminal.err("")
            action(number)
        }
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in handled { sigaddset(&set, number) }
        return set
    }
}
