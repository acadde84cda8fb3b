import RoutekaartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the command line: general options anywhere, then the command (see
/// `Commands.all`) with its own words; no command starts the interview.
func main(_ words: [String]) throws(ExitError) {
    let global = try GlobalOptions(words)
    if global.wantsVersion {
        Terminal.out(Usage.version + "\n")
        return
    }
    let first = global.rest.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
    let rest = first == nil ? global.rest : Array(global.rest.dropFirst())
    guard let first else {
        // Options without a command belong to the interview (`routekaart --voor ouders`).
        if global.wantsHelp { return Terminal.prose(Usage.overview) }
        return try AdviceCommand.run(global.forwarded(rest))
    }
    if first == "help" {
        guard let topic = rest.first else { return Terminal.prose(Usage.overview) }
        return Terminal.prose(try command(named: topic).help)
    }
    let command = try command(named: first)
    if global.wantsHelp { return Terminal.prose(command.help) }
    try command.run(global.forwarded(rest))
}

func command(named name: String) throws(ExitError) -> Command {
    guard let command = Commands.named(name) else {
        throw Usage.error(Usage.Messages.unknownCommand(name, Suggestion.nearest(to: name, among: Commands.names)), command: "")
    }
    return command
}

Signals.shared.start()
do {
    try main(Array(CommandLine.arguments.dropFirst()))
    Signals.shared.end(ExitCode.success)
} catch {
    // While a signal is being handled, that ends the program (with its own code, after saving).
    Signals.shared.end(error.code) { if let message = error.message { Terminal.err(message) } }
}
