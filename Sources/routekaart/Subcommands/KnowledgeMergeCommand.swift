import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `routekaart kennis voeg-samen BESTAND`: merges a colleague's or the SWV office's knowledge file into one's own
/// (`--naar`, else the default file). Reports what is new, changed, already known and conflicting; a conflict is taken
/// over only when the user chooses (`--neem-over`, `--houd-eigen`, by the line in BESTAND or `alle`). Writes atomically,
/// and never a file with an error in it.
enum KnowledgeMergeCommand {
    /// The user's choice for the conflicts: by line number of the incoming file, and for all others.
    struct Choices {
        var takeOver = Set<Int>()
        var keepOwn = Set<Int>()
        var allTakeOver = false
        var allKeepOwn = false

        init(_ arguments: Arguments) throws(ExitError) {
            func parse(_ option: String) throws(ExitError) -> (Set<Int>, Bool) {
                guard let text = arguments.value(option) else { return ([], false) }
                if text.lowercased() == "alle" { return ([], true) }
                var lines = Set<Int>()
                for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
                    guard let line = Int(part), line > 1 else { throw Usage.error(Messages.badLines(option, text), command: "kennis") }
                    lines.insert(line)
                }
                guard !lines.isEmpty else { throw Usage.error(Messages.badLines(option, text), command: "kennis") }
                return (lines, false)
            }
            (takeOver, allTakeOver) = try parse("--neem-over")
            (keepOwn, allKeepOwn) = try parse("--houd-eigen")
            if allTakeOver && allKeepOwn { throw Usage.error(Messages.bothAll, command: "kennis") }
            if let line = takeOver.intersection(keepOwn).min() { throw Usage.error(Messages.bothForLine(line), command: "kennis") }
        }

        /// What the user chose for a conflict on `line`: a line named wins over `alle`.
        func choice(for line: Int) -> KnowledgeMerge.Choice? {
            if takeOver.contains(line) { return .takeOver }
            if keepOwn.contains(line) { return .keepOwn }
            if allTakeOver { return .takeOver }
            if allKeepOwn { return .keepOwn }
            return nil
        }

        var named: Set<Int> { takeOver.union(keepOwn) }
    }

    static func run(_ arguments: Arguments) throws(ExitError) {
        guard arguments.positionals.count >= 2 else { throw Usage.error(Messages.fileMissing, command: "kennis") }
        if arguments.positionals.count > 2 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[2]), command: "kennis") }
        let incomingPath = arguments.positionals[1]
        let choices = try Choices(arguments)
        let ownSource: KnowledgeSource
        if let target = arguments.value("--naar") {
            ownSource = KnowledgeSource(path: target, kind: .given)
        } else if let own = KnowledgeLocation.defaultFile(environment: Environment.knowledgeLocation) {
            ownSource = KnowledgeSource(path: own, kind: .own)
        } else {
            throw Usage.error(Messages.noDefault, command: "kennis")
        }
        if KnowledgeCommand.canonical(ownSource.path) == KnowledgeCommand.canonical(incomingPath) {
            throw Usage.error(Messages.sameFile, command: "kennis")
        }
        let data = try Context.load(arguments, knowledge: false)
        let reference = KnowledgeCommand.reference(data)
        let today = Context.today

        // Both files whole and right, or nothing happens.
        let previous: [UInt8]?
        let own: KnowledgeReading
        let incoming: KnowledgeReading
        do {
            previous = try KnowledgeReader.bytes(at: ownSource.path, optional: true)
            own =
                previous.map { KnowledgeReader.parse($0, path: ownSource.path, label: ownSource.label, reference: reference, today: today) }
                ?? KnowledgeReading(table: .empty(path: ownSource.path, label: ownSource.label), errors: [], warnings: [])
            incoming = try KnowledgeReader.read(KnowledgeSource(path: incomingPath, kind: .given), reference: reference, today: today)
        } catch {
            throw ExitError(code: error.kind.rawValue, message: error.description + "\n" + Messages.nothingWritten)
        }
        let errors = own.errors + incoming.errors
        guard errors.isEmpty else {
            throw ExitError(code: 65, message: errors.map(\.description).joined(separator: "\n") + "\n" + Messages.fixFirst)
        }

        // First without choices, to know the conflicts and check the lines the user named.
        let plain = KnowledgeMerge.merge(incoming.table, into: own.table) { _ in nil }
        let conflictLines = Set(plain.conflicts.map(\.line))
        if let stray = choices.named.subtracting(conflictLines).min() {
            throw Usage.error(Messages.notAConflict(stray, incomingPath, conflictLines.sorted()), command: "kennis")
        }
        let outcome = KnowledgeMerge.merge(incoming.table, into: own.table) { choices.choice(for: $0.origin.line) }

        // The result is checked like any knowledge file before it may replace the old one.
        let bytes = KnowledgeWriter.bytes(of: outcome.table)
        let check = KnowledgeReader.parse(bytes, path: ownSource.path, label: ownSource.label, reference: reference, today: today)
        guard check.errors.isEmpty else {
            throw ExitError(
                code: 65, message: check.errors.map(\.description).joined(separator: "\n") + "\n" + Messages.resultInvalid)
        }

        Terminal.prose(report(outcome, incoming: incomingPath, own: ownSource.path))
        if arguments.has("--proef") {
            Terminal.out(Messages.trial + "\n")
            return
        }
        guard outcome.changesFile else {
            Terminal.out(Messages.nothingChanges + "\n")
            return
        }
        do {
            try KnowledgeWriter.write(bytes, to: ownSource.path, previous: previous)
        } catch {
            throw ExitError(code: error.exitCode, message: error.description)
        }
        Terminal.out(Messages.written(ownSource.path, outcome.table.facts.count) + "\n")
    }

    static func report(_ outcome: KnowledgeMerge.Outcome, incoming: String, own: String) -> String {
        var lines = ["Samenvoegen van \(Sanitized.path(incoming)) in \(Sanitized.path(own)):"]
        func fact(_ fact: KnowledgeFact) -> String { KnowledgeOverview.subjectName(fact) + ": " + KnowledgeOverview.valueAndPeriod(fact) }
        lines.append("  nieuw: \(outcome.added.count)")
        for item in outcome.added { lines.append("    regel \(item.origin.line): " + fact(item)) }
        lines.append("  gewijzigd: \(outcome.changed.count)")
        for item in outcome.changed {
            lines.append("    regel \(item.new.origin.line): " + fact(item.new))
            lines.append("      was: \(KnowledgeOverview.valueAndPeriod(item.old)), bron: \(item.old.bron)")
        }
        lines.append("  al bekend: \(outcome.known.count)")
        lines.append("  tegenstrijdig: \(outcome.conflicts.count)")
        for conflict in outcome.conflicts {
            lines.append("    regel \(conflict.line): " + fact(conflict.incoming) + ", bron: \(conflict.incoming.bron)")
            for mine in conflict.own {
                let place = mine.origin.line > 0 ? "uw regel \(mine.origin.line)" : "uw nieuwe regel"
                lines.append("      tegen \(place): \(KnowledgeOverview.valueAndPeriod(mine)), bron: \(mine.bron)")
            }
            let newest = conflict.own.map(\.gecontroleerd).max()
            if let newest {
                if conflict.incoming.gecontroleerd > newest {
                    lines.append("      " + Messages.incomingNewer)
                } else if conflict.incoming.gecontroleerd < newest {
                    lines.append("      " + Messages.ownNewer)
                }
            }
            switch conflict.choice {
            case .takeOver?: lines.append("      → overgenomen; uw regel wijkt voor deze periode")
            case .keepOwn?: lines.append("      → niet overgenomen; uw regel blijft")
            case nil: lines.append("      → nog niet overgenomen: kies --neem-over \(conflict.line) of --houd-eigen \(conflict.line)")
            }
        }
        if !outcome.unresolved.isEmpty { lines.append(Messages.unresolved(outcome.unresolved.count)) }
        if !outcome.notUnderstood.isEmpty {
            lines.append("  niet overgenomen (onderwerp onbekend): regel " + outcome.notUnderstood.map(String.init).joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    enum Messages {
        static let fileMissing = "welk bestand? Gebruik 'kennis voeg-samen BESTAND' (het bestand van een collega of van het SWV)."
        static let noDefault =
            "er is geen standaardbestand (HOME en XDG_DATA_HOME zijn niet gezet); geef het bestand waarin moet worden samengevoegd met --naar BESTAND."
        static let sameFile = "BESTAND en --naar zijn hetzelfde bestand; voeg een ander bestand samen."
        static func badLines(_ option: String, _ text: String) -> String {
            "'\(Sanitized.short(text))' bij \(option) zijn geen regelnummers; geef de regels van BESTAND, zoals 4,7, of alle."
        }
        static let bothAll = "--neem-over alle en --houd-eigen alle samen kan niet; kies er één, of noem regels."
        static func bothForLine(_ line: Int) -> String { "regel \(line) staat bij --neem-over en bij --houd-eigen; kies één." }
        static func notAConflict(_ line: Int, _ file: String, _ conflicts: [Int]) -> String {
            "regel \(line) van \(Sanitized.path(file)) is geen tegenstrijdigheid; "
                + (conflicts.isEmpty
                    ? "er zijn geen tegenstrijdigheden." : "tegenstrijdig zijn de regels " + conflicts.map(String.init).joined(separator: ", ") + ".")
        }
        static let incomingNewer = "de regel van het andere bestand is recenter gecontroleerd"
        static let ownNewer = "uw regel is recenter gecontroleerd"
        static func unresolved(_ count: Int) -> String {
            "  \(count == 1 ? "1 tegenstrijdigheid is" : "\(count) tegenstrijdigheden zijn") nog niet overgenomen. Zoek uit wat klopt en "
                + "kies per regel --neem-over REGELS of --houd-eigen REGELS, of voor alle: --neem-over alle / --houd-eigen alle."
        }
        static let fixFirst = "Er is niets samengevoegd: verbeter eerst elke regel hierboven (routekaart kennis controleer BESTAND)."
        static let nothingWritten = "Er is niets samengevoegd."
        static let resultInvalid = "Het samengevoegde bestand zou niet kloppen; er is niets geschreven. Dit is een fout in routekaart: meld het."
        static let trial = "Proef: er is niets geschreven."
        static let nothingChanges = "Er verandert niets; het bestand blijft zoals het was."
        static func written(_ path: String, _ facts: Int) -> String {
            "Geschreven: \(Sanitized.path(path)) (\(facts == 1 ? "1 feit" : "\(facts) feiten"))."
        }
    }
}
