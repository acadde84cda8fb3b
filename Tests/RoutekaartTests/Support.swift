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

    static var fixtureFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scenariosPath)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The built `routekaart` binary, next to the test bundle.
    static var binary: URL {
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
        for (key, value) in extra { environment[key] = value }
        return try execute(binary, arguments, input: input, directory: directory ?? temporaryDirectory(), environment: environment)
    }

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
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
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

    /// A copy of the bundled data folder to break on purpose.
    static func copyOfData() throws -> URL {
        let target = try temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: dataPath), to: target)
        return target
    }
}
