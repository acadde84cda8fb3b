import Foundation
import RoutekaartCore
import Testing

/// General options (`--data`, `--help`, `--versie`) work anywhere on the line,
/// and every command named in the help is one the program runs (issue 12 item 10; issue 13 item 5).
@Suite struct GeneralOptionTests {
    static var data: String { Support.dataPath }

    @Test func theDataFolderGoesBeforeOrAfterTheCommand() throws {
        for words in [
            ["--data", Self.data, "swv", "lijst"], ["swv", "--data", Self.data, "lijst"], ["swv", "lijst", "--data", Self.data],
            ["--data=\(Self.data)", "controleer"], ["controleer", "--data=\(Self.data)"],
        ] {
            let run = try Support.run(words)
            #expect(run.status == 0, "\(words): \(run.err)")
            #expect(!run.out.isEmpty, "\(words)")
        }
    }

    @Test func theDataFolderReallyIsUsedWhereverItStands() throws {
        for words in [["--data", "/bestaat/niet", "controleer"], ["controleer", "--data", "/bestaat/niet"], ["--data", "/bestaat/niet"]] {
            let run = try Support.run(words)
            #expect(run.status == 66, "\(words): \(run.status) \(run.err)")
            #expect(run.err.contains("de gegevensmap bestaat niet"), "\(words)")
        }
    }

    @Test func helpAndVersionWorkAnywhere() throws {
        let overview = try Support.run(["--help"]).out
        let adviesHelp = try Support.run(["help", "advies"]).out
        let version = try Support.run(["--versie"]).out
        for (words, expected) in [
            (["--data", Self.data, "--help"], overview), (["-h", "--data", Self.data], overview),
            (["--data", Self.data, "advies", "--help"], adviesHelp), (["advies", "--data", Self.data, "-h"], adviesHelp),
            (["--data", Self.data, "--versie"], version), (["swv", "lijst", "--versie"], version), (["--version"], version),
        ] {
            let run = try Support.run(words)
            #expect(run.status == 0, "\(words): \(run.err)")
            #expect(run.out == expected, "\(words): \(run.out.prefix(200))")
        }
    }

    @Test func interviewOptionsStillStartTheInterview() throws {
        let run = try Support.run(["--data", Self.data, "--peildatum", "2026-11-01"], lines: ["stop"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains(Support.question("situatie")))
    }

    @Test func aMissingValueOfAGeneralOptionIsAUsageError() throws {
        let run = try Support.run(["swv", "lijst", "--data"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Fout: de optie --data heeft een waarde nodig."), "\(run.err)")
    }

    /// The commands of the overview, read from the help itself.
    static func listedCommands() throws -> [String] {
        let overview = try Support.run(["--help"]).out
        let section = try #require(overview.components(separatedBy: "Opdrachten:\n").last?.components(separatedBy: "\n\n").first)
        return section.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test func everyListedCommandHasHelpAndRuns() throws {
        let commands = try Self.listedCommands()
        #expect(commands.count >= 9, "\(commands)")
        for command in commands where command != "help" {
            let help = try Support.run(["help", command])
            #expect(help.status == 0, "\(command)")
            #expect(help.out.hasPrefix("Gebruik: routekaart \(command)"), "\(command)")
            #expect(try Support.run([command, "--help"]).out == help.out, "\(command)")
            let typo = try Support.run([command + "x"])
            #expect(typo.err.contains("Bedoelt u '\(command)'?"), "\(command)x: \(typo.err)")
            let helpTypo = try Support.run(["help", command + "x"])
            #expect(helpTypo.err.contains("Bedoelt u '\(command)'?"), "help \(command)x: \(helpTypo.err)")
        }
    }
}
