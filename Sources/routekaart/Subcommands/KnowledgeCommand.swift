import RoutekaartCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `routekaart kennis`: what the knowledge files hold, per SWV and vestiging, with their age and conflicts (between
/// the files, and with the data that came with the advisor); `kennis controleer` and `kennis voeg-samen` are their own files.
enum KnowledgeCommand {
    static let options = ["--data", "--naar", "--neem-over", "--houd-eigen"]
    static let flags = ["--proef", "--voorbeeld"]

    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: options, flags: flags, command: "kennis")
        switch arguments.positionals.first {
        case nil:
            try overview(arguments)
        case "controleer":
            try KnowledgeCheckCommand.run(arguments)
        case "voeg-samen":
            try KnowledgeMergeCommand.run(arguments)
        case let other?:
            let suggestion = Suggestion.nearest(to: other, among: ["controleer", "voeg-samen"])
            throw Usage.error(Messages.subcommand(other, suggestion), command: "kennis")
        }
    }

    // MARK: - Shared by the kennis commands

    /// The user's knowledge files: every `--kennis` in order, then her own file. (The data folder's own files, the
    /// bundled facts and the RIO import, are part of the data.) The same file named twice is a usage error.
    static func userSources(_ arguments: Arguments) throws(ExitError) -> [KnowledgeSource] {
        var result = arguments.values("--kennis").map { KnowledgeSource(path: $0, kind: .given) }
        if let own = KnowledgeLocation.defaultFile(environment: Environment.knowledgeLocation) {
            result.append(KnowledgeSource(path: own, kind: .own))
        }
        var seen: [String: Int] = [:]
        var unique: [KnowledgeSource] = []
        for source in result {
            let key = canonical(source.path)
            if let earlier = seen[key] {
                // Naming the own file with --kennis is fine (it keeps its place and its name); naming a file twice is a mistake.
                if source.kind == .given { throw Usage.error(Messages.givenTwice(source.path), command: "kennis") }
                unique[earlier].kind = source.kind
                continue
            }
            seen[key] = unique.count
            unique.append(source)
        }
        return unique
    }

    /// A path with symbolic links and `..` resolved, to tell whether two names are one file.
    static func canonical(_ path: String) -> String {
        // The system's realpath: a URL does the same at the cost of a tenth of the start. A file that is not there
        // keeps its name (reading it gives the message).
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The model's SWVs and vestigingen as the validator sees them.
    static func reference(_ data: DataSet) -> KnowledgeReference {
        KnowledgeReference(model: data.model, examples: data.includesExamples)
    }

    /// Reads every knowledge file; any error is exit 65 (or 66 for a missing `--kennis` file) with all problems at once.
    static func load(_ sources: [KnowledgeSource], reference: KnowledgeReference) throws(ExitError) -> ([KnowledgeTable], [InputError]) {
        do {
            let loaded = try KnowledgeBase.load(sources, reference: reference, today: Context.today)
            return (loaded.base.tables, loaded.warnings)
        } catch {
            // A file that is not there has no lines to correct: then say where to look.
            throw ExitError(
                code: error.kind.rawValue,
                message: error.description + "\n" + (error.kind == .missingFile ? KnowledgeCheckCommand.Messages.checkName : Messages.notUsed))
        }
    }

    // MARK: - The overview

    static func overview(_ arguments: Arguments) throws(ExitError) {
        if arguments.positionals.count > 1 { throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "kennis") }
        for option in ["--naar", "--neem-over", "--houd-eigen"] where arguments.value(option) != nil {
            throw Usage.error(Messages.onlyForMerge(option), command: "kennis")
        }
        let data = try Context.load(arguments, knowledge: false)
        let reference = reference(data)
        let sources = try userSources(arguments)
        let (tables, warnings) = try load(sources, reference: reference)
        let base = data.model.knowledge.adding(tables)
        Terminal.prose(KnowledgeOverview(base: base, reference: reference, today: Context.today, warnings: warnings).text)
    }

    enum Messages {
        static func subcommand(_ word: String, _ suggestion: String?) -> String {
            "onbekende opdracht 'kennis \(Sanitized.short(word))'." + (suggestion.map { " Bedoelt u 'kennis \($0)'?" } ?? "")
                + " Gebruik 'kennis', 'kennis controleer BESTAND' of 'kennis voeg-samen BESTAND'."
        }
        static func givenTwice(_ path: String) -> String {
            "het kennisbestand '\(Sanitized.path(path))' staat twee keer op de opdrachtregel; noem het één keer."
        }
        static func onlyForMerge(_ option: String) -> String { "\(option) hoort bij 'kennis voeg-samen'." }
        static let notUsed =
            "De kennisbestanden zijn niet gebruikt: een bestand met een fout wordt nooit half toegepast. Verbeter elke regel hierboven."
    }
}

/// The text of `routekaart kennis`.
struct KnowledgeOverview {
    /// The user's files first, then the data folder's.
    let base: KnowledgeBase
    let reference: KnowledgeReference
    let today: Day
    let warnings: [InputError]

    var text: String {
        var lines = ["Kennisbestanden (bij dezelfde controledatum gaat het eerstgenoemde voor):"]
        for table in base.tables {
            let exists = FileManager.default.fileExists(atPath: table.path)
            let count = table.facts.count
            lines.append(
                "  \(Sanitized.path(table.path)) (\(Self.kindName(table.kind))): "
                    + (exists ? (count == 1 ? "1 feit" : "\(count) feiten") : "bestaat (nog) niet"))
        }
        // Every fact of the user's files and the RIO import; the bundled facts are listed by 'swv toon' and 'swv lijst'.
        let facts = base.facts.filter { $0.origin.kind != .bundled && $0.origin.kind != .examples }
        if facts.isEmpty {
            lines.append("")
            lines.append(Messages.nothingYet)
        }
        let byCode = Dictionary(grouping: facts, by: \.code)
        let swvs = byCode.keys.filter { reference.swv($0) != nil }.sorted()
        let schools = byCode.keys.filter { reference.swv($0) == nil }.sorted()
        for code in swvs + schools {
            lines.append("")
            lines.append(heading(code))
            let own = (byCode[code] ?? []).sorted(by: Self.listingOrder)
            for fact in own {
                lines.append("  " + Self.describe(fact))
                var detail = "    bron: \(fact.bron); gecontroleerd \(fact.gecontroleerd.dutch) (\(fact.origin.place))"
                if fact.isOld(on: today) { detail += " — " + Messages.old }
                lines.append(detail)
            }
        }
        // The facts that come with the advisor (model/kennis.csv, voorbeeld/kennis.csv), against the files of the region.
        func shipped(_ fact: KnowledgeFact) -> Bool { fact.origin.kind == .bundled || fact.origin.kind == .examples }
        let conflicts = base.conflicts
        let between = conflicts.filter { !shipped($0.first) && !shipped($0.second) }
        if !between.isEmpty {
            lines.append("")
            lines.append("Tegenstrijdig tussen kennisbestanden:")
            for conflict in between { lines += Self.conflictLines(conflict) }
        }
        let bundled = conflicts.filter { shipped($0.first) != shipped($0.second) }
        if !bundled.isEmpty {
            lines.append("")
            lines.append("Tegenstrijdig met de meegeleverde gegevens (model/kennis.csv):")
            for conflict in bundled { lines += Self.conflictLines(conflict) }
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("Let op:")
            for warning in warnings { lines.append("  " + warning.description) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A conflict: both facts, and which one the advice uses and why.
    static func conflictLines(_ conflict: KnowledgeBase.Conflict) -> [String] {
        var lines = ["  " + Self.subjectName(conflict.first) + ":"]
        for fact in [conflict.first, conflict.second] {
            let source = fact.isBundled ? "\(fact.origin.label), \(fact.origin.place)" : fact.origin.place
            lines.append("    \(source): \(Self.valueAndPeriod(fact)); bron: \(fact.bron)")
        }
        if let recent = conflict.moreRecent {
            lines.append("    " + Messages.moreRecent(recent.origin.place))
        } else {
            lines.append("    " + Messages.sameDay(conflict.first.origin.place))
        }
        return lines
    }

    /// `RSV Breda eo (VO3003)`, or for a vestiging `Dongemond College (Raamsdonksveer), 01IW00 — in RSV Breda eo (VO3003)`.
    func heading(_ code: String) -> String {
        if reference.swv(code) != nil { return swvName(code) }
        guard let school = reference.school(code) else { return code }
        return "\(school.displayName), \(school.code) — in \(swvName(school.swv))"
    }

    /// The SWV's name as the knowledge gives it now, else as the model does.
    func swvName(_ code: String) -> String {
        if let name = base.currentName(of: code), case .name(let text) = name.value { return "\(text) (\(code))" }
        return reference.swv(code)?.displayName ?? code
    }

    static func listingOrder(_ a: KnowledgeFact, _ b: KnowledgeFact) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.scope != b.scope { return a.scope < b.scope }
        if a.period != b.period { return a.period < b.period }
        return a.origin.place < b.origin.place
    }

    static func subjectWord(_ fact: KnowledgeFact) -> String {
        switch fact.subject {
        case .beleid: "beleid"
        case .duur: "duur van een aanwijzing op eigen criteria"
        case .lateAanvragen: "neemt aanvragen aan na leerjaar 1"
        case .licentiebeleid: "licentiebeleid"
        case .licentie:
            switch fact.scope {
            case .all: "lwoo-licentie (alle leerwegen)"
            case .some(let list): "lwoo-licentie (" + list.map(\.rawValue).joined(separator: ", ") + ")"
            case .unknown: "lwoo-licentie (leerweg niet bekend)"
            }
        case .naam: "naam"
        case .contact: "contact"
        }
    }

    static func describe(_ fact: KnowledgeFact) -> String { "\(subjectWord(fact)): \(fact.value.dutch), \(fact.period.dutch)" }

    static func valueAndPeriod(_ fact: KnowledgeFact) -> String {
        "\(fact.value.dutch), \(fact.period.dutch) (gecontroleerd \(fact.gecontroleerd.dutch))"
    }

    static func subjectName(_ fact: KnowledgeFact) -> String { "\(fact.code) \(subjectWord(fact))" }

    static func kindName(_ kind: KnowledgeSource.Kind) -> String {
        switch kind {
        case .given: "--kennis"
        case .own: "uw kennisbestand"
        case .rio: "DUO RIO, uit de gegevensmap"
        case .bundled: "meegeleverde gegevens, uit de gegevensmap"
        case .examples: "voorbeeldgegevens, uit de gegevensmap"
        }
    }

    enum Messages {
        static let nothingYet =
            "Uw kennisbestanden bevatten nog geen feiten. Hoe u er een maakt, staat in 'routekaart help kennis' en in de README (Het kennisbestand)."
        static let old = "meer dan een schooljaar geleden gecontroleerd: controleer het opnieuw"
        static func moreRecent(_ place: String) -> String {
            "Het advies gebruikt het recentst gecontroleerde: \(place). Zoek uit wat klopt en pas het andere aan."
        }
        static func sameDay(_ place: String) -> String {
            "Beide op dezelfde dag gecontroleerd; het advies gebruikt het eerstgenoemde bestand (\(place)). Zoek uit wat klopt."
        }
    }
}

extension Usage.Help {
    static let kennis = """
        Gebruik: routekaart kennis [--kennis BESTAND ...]
                 routekaart kennis controleer BESTAND ...
                 routekaart kennis voeg-samen BESTAND [--naar EIGEN] [--neem-over REGELS|alle] [--houd-eigen REGELS|alle] [--proef]

        Een kennisbestand houdt bij wat u en uw regio weten en de gegevens niet: het beleid van een SWV, de duur van een
        aanwijzing op eigen criteria, of het SWV na leerjaar 1 nog aanvragen aanneemt, de lwoo-licentie van een vestiging,
        de naam en het algemene contact van een SWV of school. Het is een CSV-bestand met puntkomma's (UTF-8) dat u in
        een spreadsheet kunt bijhouden, met de kolommen
        onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd (zie de README: Het kennisbestand).

        'kennis' toont per SWV en per vestiging wat de kennisbestanden zeggen, met periode, bron en controledatum, een
        waarschuwing bij feiten die meer dan een schooljaar geleden zijn gecontroleerd, en wat tegenstrijdig is (tussen
        de bestanden, en met de meegeleverde gegevens). Gelezen worden: elk --kennis BESTAND, uw eigen bestand
        ($XDG_DATA_HOME/routekaart/kennis.csv, anders ~/.local/share/routekaart/kennis.csv), het RIO-bestand van de
        gegevensmap (model/rio-kennis.csv) en de meegeleverde kennis (model/kennis.csv), als ze er zijn.
        Het advies en het vraaggesprek gebruiken wat de bestanden weten: zo'n feit wordt afgeleid in plaats van
        gevraagd, en het advies zegt waar het vandaan komt ("Afgeleid — …"). Typ na het advies 'onthoud' om wat u
        zelf uitzocht in uw eigen bestand te bewaren.
        'kennis controleer' controleert bestanden met de regels van het model; elke fout met bestand, regel en kolom
        (exitcode 65). Een bestand met een fout wordt nooit half gebruikt.
        'kennis voeg-samen' voegt het bestand van een collega of van het SWV-kantoor toe aan uw eigen bestand en meldt
        wat nieuw, gewijzigd en tegenstrijdig is. Tegenstrijdige regels worden pas overgenomen als u kiest.

        Opties:
          --kennis BESTAND        nog een kennisbestand (mag vaker; algemene optie)
          --naar EIGEN            voeg-samen: het bestand waarin wordt samengevoegd (standaard: uw eigen bestand)
          --neem-over REGELS      voeg-samen: neem deze tegenstrijdige regels van BESTAND over (regelnummers, zoals 4,7, of alle);
                                  uw regels wijken dan voor hun periode
          --houd-eigen REGELS     voeg-samen: houd bij deze tegenstrijdige regels uw eigen regel (regelnummers of alle)
          --proef                 voeg-samen: alleen melden; niets schrijven
          --voorbeeld             ook de verzonnen voorbeeld-SWV's en -scholen
          --data MAP              de gegevensmap

        Voorbeelden:
          routekaart kennis --voorbeeld --kennis voorbeelden/kennis.csv
          routekaart kennis controleer voorbeelden/kennis.csv --voorbeeld
          routekaart kennis voeg-samen voorbeelden/kennis-regio.csv --naar mijn-kennis.csv --voorbeeld
          routekaart kennis voeg-samen voorbeelden/kennis-regio.csv --naar voorbeelden/kennis.csv --voorbeeld --proef

        De voorbeeldbestanden gebruiken de verzonnen voorbeeld-SWV's en -scholen; daarom staat er --voorbeeld bij.

        """
}
