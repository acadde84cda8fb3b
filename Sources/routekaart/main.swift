import Foundation
import RoutekaartCore

/// The subcommands, by name.
func command(named name: String) -> (([String]) throws(ExitError) -> Void)? {
    switch name {
    case "advies": AdviceCommand.run
    case "test": TestCommand.run
    case "controleer": CheckCommand.run
    case "swv": LookupCommands.swv
    case "school": LookupCommands.school
    case "criteria": CriteriaCommand.run
    case "boom": TreeCommands.boom
    case "paden": TreeCommands.paden
    case "bronnen": TreeCommands.bronnen
    case "gegevens": DataCommands.run
    default: nil
    }
}

let commandNames = ["advies", "test", "controleer", "swv", "school", "criteria", "boom", "paden", "bronnen", "gegevens"]

func main(_ words: [String]) throws(ExitError) {
    guard let first = words.first else {
        try AdviceCommand.run([])
        return
    }
    let rest = Array(words.dropFirst())
    switch first {
    case "--help", "-h":
        Terminal.out(Usage.overview)
    case "--versie", "--version":
        Terminal.out(Usage.version + "\n")
    case "help":
        guard let topic = rest.first else {
            Terminal.out(Usage.overview)
            return
        }
        guard let text = Usage.commands[topic] else {
            throw Usage.error(Usage.Messages.unknownCommand(topic, Suggestion.nearest(to: topic, among: Array(Usage.commands.keys))), command: "")
        }
        Terminal.out(text)
    default:
        if first.hasPrefix("-") {
            // Options without a command belong to the interview (`routekaart --voor ouders`).
            try AdviceCommand.run(words)
            return
        }
        guard let command = command(named: first) else {
            throw Usage.error(
                Usage.Messages.unknownCommand(first, Suggestion.nearest(to: first, among: commandNames)), command: "")
        }
        if rest.contains("--help") || rest.contains("-h") {
            Terminal.out(Usage.commands[first] ?? Usage.overview)
            return
        }
        try command(rest)
    }
}

do {
    try main(Array(CommandLine.arguments.dropFirst()))
} catch {
    if let message = error.message { Terminal.err(message) }
    exit(error.code)
}
