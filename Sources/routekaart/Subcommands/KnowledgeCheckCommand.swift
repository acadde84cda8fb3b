import RoutekaartCore

/// `routekaart kennis controleer BESTAND ...`: checks knowledge files with the model's rules and reports every problem
/// with file, line and column (exit 65), or what each file holds.
enum KnowledgeCheckCommand {
    static func run(_ arguments: Arguments) throws(ExitError) {
        let files = Array(arguments.positionals.dropFirst())
        guard !files.isEmpty else { throw Usage.error(Messages.fileMissing, command: "kennis") }
        for option in ["--naar", "--neem-over", "--houd-eigen"] where arguments.value(option) != nil {
            throw Usage.error(KnowledgeCommand.Messages.onlyForMerge(option), command: "kennis")
        }
        let data = try Context.load(arguments, knowledge: false)
        let reference = KnowledgeCommand.reference(data)
        var errors: [InputError] = []
        var lines: [String] = []
        var missing = false
        for path in files {
            let reading: KnowledgeReading
            do {
                reading = try KnowledgeReader.read(KnowledgeSource(path: path, kind: .given), reference: reference, today: Context.today)
            } catch {
                errors.append(error)
                missing = missing || error.kind == .missingFile
                continue
            }
            errors += reading.errors
            guard reading.errors.isEmpty else { continue }
            lines.append(Messages.fine(path, reading.table))
            for warning in reading.warnings { lines.append("  let op: " + warning.description) }
        }
        if !lines.isEmpty { Terminal.prose(lines.joined(separator: "\n") + "\n") }
        guard errors.isEmpty else {
            // A file that is not there has no lines to correct: then say where to look.
            let missingFiles = errors.filter { $0.kind == .missingFile }.count
            let advice =
                missingFiles == errors.count
                ? Messages.checkName : Messages.notUsed(errors.count) + (missingFiles > 0 ? " " + Messages.checkNameOfMissing : "")
            throw ExitError(code: missing ? 66 : 65, message: errors.map(\.description).joined(separator: "\n") + "\n" + advice)
        }
    }

    enum Messages {
        static let fileMissing = "welk bestand? Gebruik 'kennis controleer BESTAND'."
        static func fine(_ path: String, _ table: KnowledgeTable) -> String {
            let facts = table.facts
            var counts: [String] = []
            for subject in KnowledgeSubject.allCases {
                let count = facts.filter { $0.subject == subject }.count
                if count > 0 { counts.append("\(count) \(subject.rawValue)") }
            }
            let kept = table.rows.filter { $0.fact == nil && !$0.fields.allSatisfy(\.isEmpty) }.count
            return "\(Sanitized.path(path)): in orde, \(facts.count == 1 ? "1 feit" : "\(facts.count) feiten")"
                + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")
                + (kept > 0 ? "; \(kept) regels met een onbekend onderwerp blijven staan maar worden niet gebruikt" : "") + "."
        }
        static let checkName = "Kijk de naam en de map van het bestand na."
        static let checkNameOfMissing = "Kijk bij een bestand dat niet gevonden is de naam en de map na."
        static func notUsed(_ count: Int) -> String {
            (count == 1 ? "1 fout" : "\(count) fouten")
                + ". Een kennisbestand met een fout wordt niet gebruikt (nooit half); verbeter elke regel hierboven."
        }
    }
}
