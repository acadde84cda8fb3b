import RoutekaartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT), Ctrl-\ (SIGQUIT), SIGTERM and a closed terminal (SIGHUP)
/// all end the program the same way: what the running command registered
/// (the interview saves its case and says where), then exit with 128 + the
/// signal's number. Never the runtime's crash report.
///
/// The signals are blocked in every thread and taken by one thread with
/// `sigwait`, so they arrive even when the parent started us with them
/// blocked, and no handler runs in the middle of other code. A closed
/// pipe (SIGPIPE) is ignored: writing then fails, and `Terminal` ends quietly.
final class Signals: @unchecked Sendable {
    /// One per process: signals are process-wide.
    static let shared = Signals()
    static let handled: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    /// What to do on a signal, and whether a signal is being handled.
    private let state = Mutex<(action: @Sendable (Int32) -> Void, handling: Bool)>(({ _ in }, false))

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
                return nil
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

    /// Called by the main thread before it ends: while a signal is being handled, the handler ends the
    /// program (with its own code, after saving), so the main thread waits for that instead.
    func waitIfHandling() {
        let busy = state.withLock { $0.handling }
        while busy { sleep(60) }
    }

    private func handle(_ number: Int32) {
        let action = state.withLock { state in
            state.handling = true
            return state.action
        }
        // The terminal shows ^C without a newline: start our message on a line of its own.
        Terminal.err("")
        action(number)
        exit(ExitCode.signal(number))
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in handled { sigaddset(&set, number) }
        return set
    }
}
