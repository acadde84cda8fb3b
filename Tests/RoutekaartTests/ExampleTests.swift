import Foundation
import RoutekaartCore
import Testing

/// Every example in the help texts and in the README runs (issue 12 item 17).
@Suite struct ExampleTests {
    /// The example lines of a help text: the indented lines under "Voorbeeld:" or "Voorbeelden:".
    static func examples(inHelp text: String) -> [String] {
        var result: [String] = []
        var inExamples = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Voorbeeld") {
                inExamples = true
                continue
            }
            if inExamples {
                guard line.hasPrefix("  ") else {
                    inExamples = false
                    continue
                }
                result.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        return result
    }

    /// The commands in the README's `sh` blocks that run routekaart (not the benchmark), without comments.
    static func examplesInReadme() throws -> [String] {
        let readme = try String(contentsOf: Support.root.appendingPathComponent("README.md"), encoding: .utf8)
        var result: [String] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
                continue
            }
            guard inShell, line.hasPrefix("swift run routekaart ") || line == "swift run routekaart" || line.hasPrefix("swift run routekaart  ")
            else { continue }
            let command = line.components(separatedBy: " #").first ?? String(line)
            result.append(command.replacingOccurrences(of: "swift run routekaart", with: "routekaart").trimmingCharacters(in: .whitespaces))
        }
        return result
    }

    /// Every help text: the overview and each command's.
    static func helpTexts() throws -> [(String, String)] {
        var texts = [("--help", try Support.run(["--help"]).out)]
        for command in try GeneralOptionTests.listedCommands() where command != "help" {
            texts.append((command, try Support.run(["help", command]).out))
        }
        return texts
    }

    /// A folder like a checkout (data, scenarios, examples, docs) with `routekaart` on the PATH.
    static func checkout() throws -> (folder: URL, path: String) {
        let folder = try Support.temporaryDirectory()
        for name in ["scenarios", "voorbeelden", "docs"] {
            let source = Support.root.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
            }
        }
        let data = try Support.copyOfData()
        try FileManager.default.moveItem(at: data, to: folder.appendingPathComponent("data"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("data/bronbestanden"), withDestinationURL: URL(fileURLWithPath: Support.dataPath + "/bronbestanden"))
        let bin = folder.appendingPathComponent(".bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("routekaart"), withDestinationURL: Support.binary)
        return (folder, bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"))
    }

    static func hasProgram(_ name: String) -> Bool {
        (try? Support.execute(URL(fileURLWithPath: "/bin/sh"), ["-c", "command -v \(name)"]).status) == 0
    }

    /// Runs one example line with the shell, as a user would type it; "stop" on standard input ends any conversation.
    static func run(_ example: String) throws -> Support.Run {
        let (folder, path) = try checkout()
        return try Support.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "set -e; " + example], input: Data("stop\n".utf8), directory: folder,
            environment: Support.environment(["PATH": path]))
    }

    @Test func everyHelpExampleRuns() throws {
        var count = 0
        for (topic, text) in try Self.helpTexts() {
            let examples = Self.examples(inHelp: text)
            #expect(!examples.isEmpty, "\(topic) heeft geen voorbeeld")
            for example in examples {
                if example.contains("| dot"), !Self.hasProgram("dot") { continue }
                let run = try Self.run(example.replacingOccurrences(of: "swift run routekaart", with: "routekaart"))
                count += 1
                #expect(run.status == 0, "\(topic): '\(example)' → \(run.status): \(run.err.prefix(400))")
            }
        }
        #expect(count >= 15)
    }

    @Test func everyReadmeExampleRuns() throws {
        let examples = try Self.examplesInReadme()
        #expect(examples.count >= 10, "\(examples)")
        for example in examples {
            if example.contains("| dot"), !Self.hasProgram("dot") { continue }
            let run = try Self.run(example)
            #expect(run.status == 0, "'\(example)' → \(run.status): \(run.err.prefix(400))")
        }
    }
}
