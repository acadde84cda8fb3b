import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What every subcommand needs: the data folder, loaded, and the common options.
struct Context {
    /// The data folder: `--data`, else `ROUTEKAART_DATA`, else `./data`, else the bundled one next to the sources.
    static func dataDirectory(_ arguments: Arguments) -> String {
        if let explicit = arguments.value("--data") { return explicit }
        if let environment = Environment.value("ROUTEKAART_DATA") { return environment }
        if FileManager.default.fileExists(atPath: "data/inhoud") { return "data" }
        // Sources/routekaart/Frontend/Context.swift → the package folder.
        let package = Path.parent(Path.parent(Path.parent(Path.parent(#filePath))))
        return Path.join(package, "data")
    }

    /// The data folder, loaded; with `--voorbeeld` (or `examples`) the invented example SWVs and schools too; with
    /// `knowledge`, the user's knowledge files (every `--kennis`, then her own file) before the data folder's, so that
    /// what she knows is used like any other source. A knowledge file with an error stops the command (exit 65): it
    /// is never used in part, and never silently left out.
    static func load(_ arguments: Arguments, examples: Bool = false, knowledge: Bool = true) throws(ExitError) -> DataSet {
        let data: DataSet
        do {
            data = try DataSet.load(from: dataDirectory(arguments), examples: examples || arguments.has("--voorbeeld"), today: today)
        } catch {
            throw ExitError(error)
        }
        guard knowledge else { return kept(data) }
        let sources = try KnowledgeCommand.userSources(arguments)
        let (tables, _) = try KnowledgeCommand.load(sources, reference: KnowledgeCommand.reference(data))
        return kept(data.adding(knowledge: tables))
    }

    /// Every data set a command loaded, kept until the process ends: freeing its tens of thousands of small values
    /// on the way out costs more than a school search, and the process ends right after the command.
    private static let loaded = Mutex<[DataSet]>([])

    private static func kept(_ data: DataSet) -> DataSet {
        loaded.withLock { $0.append(data) }
        return data
    }

    /// Reads the data folder without checking its rules: for commands that show content as it is (`paden`, `boom`).
    static func read(_ arguments: Arguments) throws(ExitError) -> DataSet {
        do {
            return try DataSet.read(from: dataDirectory(arguments))
        } catch {
            throw ExitError(error)
        }
    }

    /// The `--peildatum` of the command line, checked; nil when not given.
    static func peildatum(_ arguments: Arguments, command: String) throws(ExitError) -> Day? {
        guard let text = arguments.value("--peildatum") else { return nil }
        guard let day = Day(text, allowDutchOrder: true), day >= Day.inpassing else {
            throw Usage.error(Usage.Messages.badDate("--peildatum", text), command: command)
        }
        return day
    }

    /// The date a command without a case file works on: `--peildatum`, else today (`Peildatum.decide`).
    static func day(_ arguments: Arguments, command: String) throws(ExitError) -> Day {
        Peildatum.decide(commandLine: try peildatum(arguments, command: command), today: today)
    }

    static var today: Day { Peildatum.today() }

    static func choice<T: ClosedSet>(_ type: T.Type, _ arguments: Arguments, _ option: String, default value: T, command: String)
        throws(ExitError) -> T
    {
        guard let text = arguments.value(option) else { return value }
        guard let choice = T(rawValue: text) else {
            throw Usage.error(Usage.Messages.badChoice(option, text, T.allCases.map(\.rawValue)), command: command)
        }
        return choice
    }
}
