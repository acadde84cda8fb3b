import RoutekaartCore

/// `routekaart gegevens importeer --rio MAP --datum JJJJ-MM-DD`: lwoo licences and SWV names from DUO's RIO open data,
/// written as a knowledge file (`model/rio-kennis.csv` in the data folder, or `--naar`), and a report of vestigingen
/// whose official SWV differs from the regio-indeling's.
enum RIOImportCommand {
    static let options = ["--rio", "--datum", "--naar", "--data"]

    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: options, flags: ["--proef"], command: "gegevens")
        guard arguments.positionals.first == "importeer" else {
            throw Usage.error(DataCommands.Messages.subcommand(arguments.positionals.first), command: "gegevens")
        }
        if arguments.positionals.count > 1 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "gegevens") }
        guard let folder = arguments.value("--rio") else { throw Usage.error(DataCommands.Messages.missing("--rio"), command: "gegevens") }
        guard let dateText = arguments.value("--datum") else {
            throw Usage.error(DataCommands.Messages.missing("--datum") + " " + Messages.dateMeaning, command: "gegevens")
        }
        let today = Context.today
        guard let datum = Day(dateText, allowDutchOrder: true), datum <= today else {
            throw Usage.error(Messages.badDate(dateText, today), command: "gegevens")
        }
        let data = try Context.load(arguments, knowledge: false)
        let output = arguments.value("--naar") ?? KnowledgeLocation.rioFile(dataDirectory: data.directory)
        let reference = KnowledgeReference(model: data.model)

        // The file is replaced as a whole; it may only hold what an earlier RIO import wrote.
        let previous: [UInt8]?
        do {
            previous = try KnowledgeReader.bytes(at: output, optional: true)
        } catch {
            throw ExitError(code: error.kind.rawValue, message: error.description + "\n" + DataCommands.Messages.nothingWritten)
        }
        var oldLines = Set<String>()
        if let previous {
            let old = KnowledgeReader.parse(previous, path: output, label: "", reference: reference, today: today)
            let foreign = old.table.rows.filter { !$0.fields.allSatisfy(\.isEmpty) && !RIOImport.isImported($0, in: old.table) }
            if old.table.position(of: "bron") == nil || !foreign.isEmpty {
                throw ExitError(code: 65, message: Messages.notARIOFile(output, foreign.first?.line))
            }
            oldLines = Set(old.table.rows.map { CSVTable.line($0.fields) })
        }

        let outcome: RIOImport.Outcome
        do {
            outcome = try RIOImport.prepare(
                folder: folder, datum: datum, output: output, swvCodes: data.model.swvs.filter { !$0.voorbeeld }.map(\.code),
                reference: reference, today: today)
        } catch {
            throw ExitError(code: error.kind.rawValue, message: error.description + "\n" + DataCommands.Messages.nothingWritten)
        }
        let newLines = Set(outcome.table.rows.map { CSVTable.line($0.fields) })
        var report = outcome.report
        if previous != nil {
            report.append(Messages.difference(added: newLines.subtracting(oldLines).count, dropped: oldLines.subtracting(newLines).count))
        }
        Terminal.prose(report.joined(separator: "\n") + "\n")
        if arguments.has("--proef") {
            Terminal.out(DataCommands.Messages.trial + "\n")
            return
        }
        do {
            try KnowledgeWriter.write(KnowledgeWriter.bytes(of: outcome.table), to: output, previous: previous)
        } catch {
            throw ExitError(code: error.exitCode, message: error.description)
        }
        Terminal.out(Messages.written(output, outcome.table.rows.count) + "\n")
    }

    enum Messages {
        static let dateMeaning = "Geef de datum waarop de RIO-bestanden zijn gedownload (JJJJ-MM-DD)."
        static func badDate(_ text: String, _ today: Day) -> String {
            "'\(Sanitized.short(text))' bij --datum is geen datum tot en met vandaag (\(today)); geef de datum van de download, zoals 2026-10-03."
        }
        static func notARIOFile(_ path: String, _ line: Int?) -> String {
            "\(Sanitized.path(path))" + (line.map { ":\($0)" } ?? "")
                + ": dit bestand bevat regels die niet uit een RIO-import komen (bron begint niet met rio-); het wordt niet vervangen. "
                + "Importeer naar een eigen bestand (--naar rio-kennis.csv) en voeg dat samen met 'routekaart kennis voeg-samen'."
        }
        static func difference(added: Int, dropped: Int) -> String {
            "Vergeleken met het vorige bestand: \(added) regels nieuw of gewijzigd, \(dropped) vervallen of gewijzigd."
        }
        static func written(_ path: String, _ rows: Int) -> String {
            "Geschreven: \(Sanitized.path(path)) (\(rows) regels). Bekijk het met 'routekaart kennis' en 'git diff'."
        }
    }
}
