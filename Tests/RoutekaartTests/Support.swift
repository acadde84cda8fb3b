import Foundation
import RoutekaartCore

/// Shared helpers: the repository's folders, the bundled data, and running the real binary.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var dataPath: String { root.appendingPathComponent("data").path }
    static var scenariosPath: String { root.appendingPathComponent("scenarios").path }

    /// The bundled data: the real country.
    static let bundled: DataSet = {
        do {
            return try DataSet.load(from: dataPath)
        } catch {
            fatalError("de meegeleverde gegevens laden niet: \(error)")
        }
    }()

    /// The bundled data with the invented example SWVs and schools.
    static let withExamples: DataSet = {
        do {
            return try DataSet.load(from: dataPath, examples: true)
        } catch {
            fatalError("de meegeleverde gegevens met voorbeelden laden niet: \(error)")
        }
    }()

    /// The text of a question as the interview asks it: how a test sees that it was asked (the header says only
    /// "Vraag N").
    /// The law texts of the bundled data folder for other sources than the registry's (a text version swapped in).
    static func lawLibrary(sources: [Source]) -> LawLibrary {
        var texts: [String: String] = [:]
        let folder = dataPath + "/wet"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".md") {
            texts["wet/" + name] = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return LawLibrary(sources: sources, texts: texts)
    }

    static func question(_ id: String) -> String {
        guard let text = withExamples.content.fact(id)?.vraag else { preconditionFailure("geen vraag \(id)") }
        return text
    }

    static var fixtureFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scenariosPath)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The built `routekaart` binary, next to the test bundle; `ROUTEKAART_TEST_BINARY` runs the
    /// binary-level tests against another build (to see a test fail on older code).
    static var binary: URL {
        if let other = ProcessInfo.processInfo.environment["ROUTEKAART_TEST_BINARY"] { return URL(fileURLWithPath: other) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("routekaart"),
            root.appendingPathComponent(".build/debug/routekaart"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs the binary with arguments and standard input, in `directory` (default: a fresh temporary
    /// folder, so that a saved case never lands in the repository; the binary finds the bundled data itself).
    static func run(_ arguments: [String], input: Data = Data(), directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // Output is wrapped to COLUMNS when it is set; tests see unwrapped text unless they ask for a width.
        environment["COLUMNS"] = nil
        environment["XDG_DATA_HOME"] = isolatedDataHome
        for (key, value) in extra { environment[key] = value }
        return try execute(binary, arguments, input: input, directory: directory ?? temporaryDirectory(), environment: environment)
    }

    /// The binary's data home in tests (an empty folder): the knowledge file of whoever runs the tests is never read.
    static let isolatedDataHome: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routekaart-test-xdg-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// Writing to a pipe whose reader is gone gives an error (EPIPE), not the signal that ends the test process.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs any program with arguments and standard input, and captures its output and exit code.
    static func execute(
        _ executable: URL, _ arguments: [String], input: Data = Data(), directory: URL? = nil, environment: [String: String]? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        _ = ignoreBrokenPipes
        try process.run()
        let writer = Thread {
            // A program that exits without reading its input (an example that asks nothing) closes the pipe: the
            // write then fails quietly instead of ending the whole test run with SIGPIPE.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = stderr.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errReader.isExecuting || !errReader.isFinished { Thread.sleep(forTimeInterval: 0.005) }
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    static func run(_ arguments: [String], lines: [String], directory: URL? = nil) throws -> Run {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), directory: directory)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routekaart-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the bundled data folder to break on purpose: what the advisor reads, and its check stamp. The raw
    /// import inputs (`bronbestanden/`, most of the folder's bytes) are left out: the advisor never reads them, and the
    /// import tests read them where they are.
    static func copyOfData() throws -> URL {
        let target = try temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: dataPath) where name != "bronbestanden" {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: dataPath).appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return target
    }

    /// The environment the binary runs in for tests: no colour, no width, plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        environment["XDG_DATA_HOME"] = isolatedDataHome
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// The names of saved cases in a folder.
    static func savedCases(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("routekaart-casus-") }.sorted()
    }

    /// A case file in a folder, decoded.
    static func readCase(_ name: String, in folder: URL) throws -> CaseFile {
        try StrictDecoder.decode(CaseFile.self, from: try Data(contentsOf: folder.appendingPathComponent(name)), file: name)
    }
}

/// The binary running while the test types lines one at a time, waits for what it prints,
/// and may send it a signal: an interactive session without a terminal.
final class LiveRun: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var outData = Data()
    private var errData = Data()

    init(_ arguments: [String], directory: URL, environment extra: [String: String] = [:]) throws {
        process.executableURL = Support.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Support.environment(extra)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    private func append(_ data: Data, error: Bool) {
        lock.lock()
        if error { errData.append(data) } else { outData.append(data) }
        lock.unlock()
    }

    var out: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: outData, as: UTF8.self)
    }

    var err: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: errData, as: UTF8.self)
    }

    func type(_ lines: [String]) {
        input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Waits until standard output holds `text` at least `count` times (or the program ended); false if it never did.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1) -> Bool {
        // A guard against a program that never prints it, not a timing: 3,000 polls of 10 ms.
        for _ in 0..<3_000 {
            if out.components(separatedBy: text).count > count { return true }
            if !process.isRunning { return out.components(separatedBy: text).count > count }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the program to end: after a signal, first with standard input still open (the signal alone
    /// must end it), then, if it is still running after 3,000 polls, with standard input closed.
    func finish(afterSignal: Bool = false) -> (status: Int32, reason: Process.TerminationReason) {
        if afterSignal {
            for _ in 0..<3_000 where process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
        append(output.fileHandleForReading.readDataToEndOfFile(), error: false)
        append(errors.fileHandleForReading.readDataToEndOfFile(), error: true)
        return (process.terminationStatus, process.terminationReason)
    }
}
