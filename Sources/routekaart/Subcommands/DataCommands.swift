import RoutekaartCore

/// `routekaart gegevens importeer`: the real model from DUO's files and the regio-indeling, in one command.
enum DataCommands {
    static let options = ["--vestigingen", "--examens", "--regio", "--datum", "--regio-datum", "--uit", "--data"]

    static func run(_ words: [String]) throws(ExitError) {
        if words.contains(where: { $0 == "--rio" || $0.hasPrefix("--rio=") }) { return try RIOImportCommand.run(words) }
        let arguments = try Arguments(words, options: options, flags: ["--proef"], command: "gegevens")
        guard arguments.positionals.first == "importeer" else {
            throw Usage.error(Messages.subcommand(arguments.positionals.first), command: "gegevens")
        }
        if arguments.positionals.count > 1 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "gegevens") }
        func required(_ option: String) throws(ExitError) -> String {
            guard let value = arguments.value(option) else { throw Usage.error(Messages.missing(option), command: "gegevens") }
            return value
        }
        func date(_ option: String) throws(ExitError) -> Day {
            let text = try required(option)
            guard let day = Day(text, allowDutchOrder: true) else {
                throw Usage.error(Usage.Messages.badDate(option, text), command: "gegevens")
            }
            return day
        }
        let request = ModelImport.Request(
            vestigingen: try required("--vestigingen"), examens: try required("--examens"), regio: try required("--regio"),
            datum: try date("--datum"), regioDatum: try date("--regio-datum"), dataDirectory: Context.dataDirectory(arguments),
            output: arguments.value("--uit"))
        let outcome: ModelImport.Outcome
        do {
            outcome = try ModelImport.prepare(request)
        } catch {
            throw ExitError(code: error.kind.rawValue, message: error.description + "\n" + Messages.nothingWritten)
        }
        Terminal.out(outcome.report.joined(separator: "\n") + "\n")
        if arguments.has("--proef") {
            Terminal.out(Messages.trial + "\n")
            return
        }
        do {
            try ModelImport.write(outcome, to: request.output, inputs: [request.vestigingen, request.examens, request.regio])
        } catch {
            throw ExitError(code: ExitCode.cannotCreate, message: error.description + "\n" + Messages.nothingReplaced)
        }
        let names = outcome.files.map(\.name) + outcome.copies.map(\.name)
        Terminal.out(Messages.written(request.output, names) + "\n")
    }

    enum Messages {
        static func subcommand(_ word: String?) -> String {
            (word.map { "onbekende opdracht 'gegevens \(Sanitized.short($0))'. " } ?? "") + "Gebruik 'gegevens importeer'."
        }
        static func missing(_ option: String) -> String { "\(option) ontbreekt." }
        static let nothingWritten = "Er is niets geschreven."
        static let nothingReplaced = "Er is niets vervangen: het model is zoals het was."
        static let trial = "Proef: er is niets geschreven."
        static func written(_ folder: String, _ names: [String]) -> String {
            "Geschreven in \(folder): \(names.joined(separator: ", ")). Controleer met 'routekaart controleer' en 'git diff'."
        }
    }
}
