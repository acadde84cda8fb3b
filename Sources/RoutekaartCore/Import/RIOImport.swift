/// `routekaart gegevens importeer --rio MAP`: lwoo licences per vestiging and the names of the SWVs VO from DUO's
/// RIO open data (`data-sources/rio/README.md`), written as the rows of a knowledge file, so that every fact beyond
/// DUO's base files reaches the advisor through one mechanism, each row with its source `rio-JJJJ-MM-DD`. It also
/// reports the vestigingen whose official SWV in RIO differs from the one the regio-indeling gives.
///
/// The format comes from DUO's published column lists; it has not been checked against a real download. Inferred,
/// as the README says: a vestiging holds an lwoo licence on a day when one of its licences is valid that day and its
/// ERKENDEOPLEIDINGSCODE has `LWOO_INDICATOR` 1; `EINDDATUM` is the first day a record no longer holds; the leerweg
/// follows the licence → opleidingseenheid → `NIVEAU` link when the two files for it are there (their columns were
/// not published and are taken to be `OPLEIDINGSEENHEIDCODE`, `ERKENDEOPLEIDINGSCODE` and `NIVEAU`, as in the
/// ho files of the same export), otherwise the licence is written with leerwegen `onbekend`.
public enum RIOImport {
    public enum FileName {
        public static let swvs = "samenwerkingserkenningen.csv"
        public static let swvLinks = "relaties_samenwerkingserkenningen_vestigingserkenningen.csv"
        public static let licences = "vo_onderwijslicenties.csv"
        public static let recognitions = "vo_opleidingserkenningen.csv"
        public static let programmes = "vo_opleidingen.csv"
        public static let programmeLinks = "vo_relaties_opleidingseenheden_erkenningen.csv"
    }

    /// The knowledge file to write, the report, and the vestigingen whose official SWV differs.
    public struct Outcome: Sendable {
        public var table: KnowledgeTable
        public var report: [String]
        public var mismatches: [Mismatch]
    }

    /// A vestiging that RIO links to another SWV than the regio-indeling gives (by its postcode).
    public struct Mismatch: Sendable, Equatable {
        public var school: KnowledgeReference.SchoolEntry
        public var rio: String
    }

    /// The source of every row: `rio-2026-10-03 (vo_onderwijslicenties)`.
    public static func source(_ datum: Day, _ file: String) -> String { "rio-\(datum) (\(Path.deletingExtension(file)))" }

    /// True for a row an earlier RIO import wrote.
    public static func isImported(_ row: KnowledgeRow, in table: KnowledgeTable) -> Bool {
        table.field(row, "bron").hasPrefix("rio-")
    }

    /// Reads the files in `folder` and makes the knowledge table for `output`. `swvCodes` are the SWVs VO of the
    /// regio-indeling; `reference` answers for codes. Nothing is written here.
    public static func prepare(
        folder: String, datum: Day, output: String, swvCodes: [String], reference: KnowledgeReference, today: Day
    ) throws(InputErrors) -> Outcome {
        var errors: [InputError] = []
        func open(_ name: String) -> DelimitedFile? {
            do {
                return try DelimitedFile(path: Path.join(folder, name))
            } catch {
                errors.append(error)
                return nil
            }
        }
        func columns(_ file: DelimitedFile?, _ names: [String]) -> [Int]? {
            guard let file else { return nil }
            do {
                return try file.columns(names)
            } catch {
                errors.append(error)
                return nil
            }
        }
        let swvFile = open(FileName.swvs)
        let linkFile = open(FileName.swvLinks)
        let licenceFile = open(FileName.licences)
        let recognitionFile = open(FileName.recognitions)
        let swvColumns = columns(swvFile, ["SAMENWERKINGSVERBANDNUMMER", "SOORT", "VOLLEDIGE_NAAM", "BEGINDATUM", "EINDDATUM"])
        let linkColumns = columns(linkFile, ["SAMENWERKINGSVERBANDNUMMER", "VESTIGINGSCODE", "BEGINDATUM", "EINDDATUM"])
        let licenceColumns = columns(licenceFile, ["VESTIGINGSCODE", "ERKENDEOPLEIDINGSCODE", "BEGINDATUM", "EINDDATUM"])
        let recognitionColumns = columns(recognitionFile, ["ERKENDEOPLEIDINGSCODE", "LWOO_INDICATOR"])
        guard errors.isEmpty, let swvFile, let linkFile, let licenceFile, let recognitionFile, let swvColumns, let linkColumns,
            let licenceColumns, let recognitionColumns
        else { throw InputErrors(errors) }

        var report: [String] = []
        func date(_ text: String, _ file: DelimitedFile, _ line: Int, _ column: String) -> Day? {
            guard let day = parseDate(text) else {
                if errors.count < 50 {
                    errors.append(InputError(.data, file: file.path, place: "regel \(line), kolom \(column)", Messages.notADate(text)))
                }
                return nil
            }
            return day
        }
        func period(_ begin: String, _ end: String, _ file: DelimitedFile, _ line: Int, _ columns: (String, String)) -> FactPeriod?? {
            guard let start = date(begin, file, line, columns.0) else { return nil }
            guard !end.isEmpty else { return .some(FactPeriod(vanaf: start)) }
            guard let stop = date(end, file, line, columns.1) else { return nil }
            // EINDDATUM is the first day the record no longer holds; on or before the start it never held.
            guard stop > start, let last = FactPeriod.day(before: stop) else { return .some(nil) }
            return .some(FactPeriod(vanaf: start, tot: last))
        }

        // 1. The samenwerkingsverbanden passend onderwijs VO (SOORT PAVO) with their names over time.
        let periodBegin = swvFile.column("BEGINDATUM_PERIODE")
        let periodEnd = swvFile.column("EINDDATUM_PERIODE")
        var namesByNumber: [String: [(name: String, period: FactPeriod)]] = [:]
        var swvRows = 0
        var skippedNamePeriods = 0
        swvFile.forEach { line, field in
            swvRows += 1
            guard field(swvColumns[1]).uppercased() == "PAVO" else { return }
            let number = field(swvColumns[0])
            let name = field(swvColumns[2])
            let usePeriod = periodBegin.map { !field($0).isEmpty } ?? false
            let begin = usePeriod ? field(periodBegin ?? 0) : field(swvColumns[3])
            let end = usePeriod ? (periodEnd.map(field) ?? "") : field(swvColumns[4])
            let names = usePeriod ? ("BEGINDATUM_PERIODE", "EINDDATUM_PERIODE") : ("BEGINDATUM", "EINDDATUM")
            guard !number.isEmpty, !name.isEmpty, let found = period(begin, end, swvFile, line, names) else { return }
            guard let found else {
                skippedNamePeriods += 1
                return
            }
            namesByNumber[number, default: []].append((name, found))
        }

        // 2. The official, dated vestiging → SWV links of those SWVs.
        var links: [(number: String, school: String, period: FactPeriod)] = []
        var linkRows = 0
        linkFile.forEach { line, field in
            linkRows += 1
            let number = field(linkColumns[0])
            guard namesByNumber[number] != nil,
                let found = period(field(linkColumns[2]), field(linkColumns[3]), linkFile, line, ("BEGINDATUM", "EINDDATUM")),
                let found
            else { return }
            links.append((number, field(linkColumns[1]).uppercased(), found))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }

        // 3. SAMENWERKINGSVERBANDNUMMER → VO####: by its own form, else by the name the model knows, else by where its vestigingen lie.
        let known = Set(swvCodes)
        var codeOf: [String: String] = [:]
        var byNumber = 0
        var byName: [String] = []
        var byArea: [String] = []
        var unmapped: [String] = []
        let modelNames = Dictionary(
            swvCodes.compactMap { code in reference.swv(code)?.naam.map { (KnowledgeValue.comparable($0), code) } }, uniquingKeysWith: { a, _ in a })
        for number in namesByNumber.keys.sorted() {
            if let code = voCode(number), known.contains(code) {
                codeOf[number] = code
                byNumber += 1
                continue
            }
            if let code = namesByNumber[number]?.lazy.compactMap({ modelNames[KnowledgeValue.comparable($0.name)] }).first {
                codeOf[number] = code
                byName.append("\(number) → \(code)")
                continue
            }
            let current = links.filter { $0.number == number && $0.period.contains(datum) }
            let counted = (current.isEmpty ? links.filter { $0.number == number } : current).compactMap { reference.school($0.school)?.swv }
            var tally: [String: Int] = [:]
            for code in counted { tally[code, default: 0] += 1 }
            if let best = tally.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value * 2 > counted.count {
                codeOf[number] = best.key
                byArea.append("\(number) → \(best.key) (\(best.value) van \(counted.count) vestigingen)")
            } else {
                unmapped.append(number)
            }
        }
        // Two numbers on one code: the one linked on its own form or name wins; otherwise both are left out.
        var numbersOfCode: [String: [String]] = [:]
        for (number, code) in codeOf { numbersOfCode[code, default: []].append(number) }
        var ambiguous: [String] = []
        for (code, numbers) in numbersOfCode where numbers.count > 1 {
            let direct = numbers.filter { voCode($0) == code }
            for number in numbers where direct.count != 1 || direct[0] != number {
                codeOf[number] = nil
                ambiguous.append("\(number) (\(code))")
            }
        }

        // 4. Names per SWV code: periods sorted, one name per day (a later period cuts an earlier one short).
        var facts: [KnowledgeFact] = []
        let origin = KnowledgeOrigin(file: output, label: KnowledgeSource(path: output, kind: .rio).label, line: 0)
        let nameSource = source(datum, FileName.swvs)
        var namedSWVs = Set<String>()
        for (number, names) in namesByNumber {
            guard let code = codeOf[number] else { continue }
            for (name, period) in joined(names.map { ($0.name, $0.period) }) {
                facts.append(
                    KnowledgeFact(
                        subject: .naam, code: code, value: .name(name), period: period, bron: nameSource, gecontroleerd: datum, origin: origin))
                namedSWVs.insert(code)
            }
        }

        // 5. Vestigingen whose official SWV on the import date differs from the regio-indeling's.
        var rioSWV: [String: String] = [:]
        for link in links where link.period.contains(datum) {
            if let code = codeOf[link.number] { rioSWV[link.school] = code }
        }
        var mismatches: [Mismatch] = []
        var linkedOutsideModel = 0
        for (school, code) in rioSWV.sorted(by: { $0.key < $1.key }) {
            guard let entry = reference.school(school) else {
                linkedOutsideModel += 1
                continue
            }
            if entry.swv != code { mismatches.append(Mismatch(school: entry, rio: code)) }
        }

        // 6. Which recognised opleidingen are lwoo, and (when the files are there) their leerwegen.
        var lwoo = Set<String>()
        var recognitionRows = 0
        recognitionFile.forEach { _, field in
            recognitionRows += 1
            if ["1", "J", "JA", "TRUE", "WAAR"].contains(field(recognitionColumns[1]).uppercased()) { lwoo.insert(field(recognitionColumns[0])) }
        }
        let (leerwegenOf, leerwegNote) = leerwegLinks(folder: folder)
        report.append(leerwegNote)

        // 7. The lwoo licences per vestiging.
        var byLeerweg: [String: [Leerweg: [FactPeriod]]] = [:]
        var withoutLeerweg: [String: [FactPeriod]] = [:]
        var licenceRows = 0
        var lwooLicences = 0
        var notFunded = 0
        var emptyPeriods = 0
        let funded = licenceFile.column("BEKOSTIGD")
        licenceFile.forEach { line, field in
            licenceRows += 1
            let opleiding = field(licenceColumns[1])
            guard lwoo.contains(opleiding) else { return }
            lwooLicences += 1
            if let funded, field(funded).uppercased().contains("NIET") {
                notFunded += 1
                return
            }
            guard let found = period(field(licenceColumns[2]), field(licenceColumns[3]), licenceFile, line, ("BEGINDATUM", "EINDDATUM")) else {
                return
            }
            guard let found else {
                emptyPeriods += 1
                return
            }
            let school = field(licenceColumns[0]).uppercased()
            if let leerwegen = leerwegenOf[opleiding], !leerwegen.isEmpty {
                for leerweg in leerwegen { byLeerweg[school, default: [:]][leerweg, default: []].append(found) }
            } else {
                withoutLeerweg[school, default: []].append(found)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        let licenceSource = source(datum, FileName.licences)
        var licensed = 0
        var licensedUnknown = 0
        var outsideModel = Set<String>()
        var withoutVmbo: [String] = []
        for school in Set(byLeerweg.keys).union(withoutLeerweg.keys).sorted() {
            guard let entry = reference.school(school) else {
                outsideModel.insert(school)
                continue
            }
            guard entry.vmbo != false else {
                withoutVmbo.append("\(school) \(entry.displayName)")
                continue
            }
            var perPeriod: [FactPeriod: [Leerweg]] = [:]
            var known: [FactPeriod] = []
            for (leerweg, periods) in byLeerweg[school] ?? [:] {
                for period in union(periods) {
                    perPeriod[period, default: []].append(leerweg)
                    known.append(period)
                }
            }
            for (period, leerwegen) in perPeriod {
                guard let scope = LeerwegScope.of(leerwegen) else { continue }
                facts.append(
                    KnowledgeFact(
                        subject: .licentie, code: school, scope: scope, value: .licence(true), period: period, bron: licenceSource,
                        gecontroleerd: datum, origin: origin))
            }
            var unknownPeriods = union(withoutLeerweg[school] ?? [])
            for period in known { unknownPeriods = unknownPeriods.flatMap { $0.subtracting(period) } }
            for period in unknownPeriods {
                facts.append(
                    KnowledgeFact(
                        subject: .licentie, code: school, scope: .unknown, value: .licence(true), period: period, bron: licenceSource,
                        gecontroleerd: datum, origin: origin))
            }
            licensed += 1
            if perPeriod.isEmpty { licensedUnknown += 1 }
        }

        // 8. The table, checked as any knowledge file is.
        facts.sort(by: KnowledgeFact.fileOrder)
        var table = KnowledgeTable.empty(path: output, label: origin.label)
        table.rows = facts.enumerated().map { offset, fact in
            var fact = fact
            fact.origin.line = offset + 2
            return KnowledgeRow(line: offset + 2, fields: table.fields(for: fact), fact: fact)
        }
        let reading = KnowledgeReader.parse(KnowledgeWriter.bytes(of: table), path: output, label: origin.label, reference: reference, today: today)
        guard reading.errors.isEmpty else { throw InputErrors(reading.errors) }

        report.insert(
            Messages.read(
                swvRows: swvRows, pavo: namesByNumber.count, links: linkRows, licences: licenceRows, lwooLicences: lwooLicences,
                recognitions: recognitionRows, lwooRecognitions: lwoo.count), at: 0)
        report.append(Messages.mapping(byNumber: byNumber, byName: byName, byArea: byArea, unmapped: unmapped, ambiguous: ambiguous))
        report.append(Messages.names(swvs: namedSWVs.count, rows: facts.filter { $0.subject == .naam }.count, skipped: skippedNamePeriods))
        report.append(
            Messages.licences(
                schools: licensed, unknownLeerweg: licensedUnknown, rows: facts.filter { $0.subject == .licentie }.count,
                outsideModel: outsideModel.count, withoutVmbo: withoutVmbo, notFunded: notFunded, emptyPeriods: emptyPeriods))
        report.append(contentsOf: Messages.mismatches(mismatches, date: datum, outsideModel: linkedOutsideModel))
        return Outcome(table: reading.table, report: report, mismatches: mismatches)
    }

    /// `VO2801`, `VO 28-01`, `vo2801` → `VO2801`; a bare `2801` too. nil for any other form.
    public static func voCode(_ number: String) -> String? {
        let compact = number.uppercased().filter { $0.isLetter || $0.isNumber }
        if compact.count == 6, compact.hasPrefix("VO"), compact.dropFirst(2).allSatisfy(\.isNumber) { return compact }
        if compact.count == 4, compact.allSatisfy(\.isNumber) { return "VO" + compact }
        return nil
    }

    /// The leerwegen of each recognised opleiding, from `vo_opleidingen.csv` (NIVEAU) and
    /// `vo_relaties_opleidingseenheden_erkenningen.csv`; empty, with the reason, when those files or columns are missing.
    static func leerwegLinks(folder: String) -> ([String: Set<Leerweg>], String) {
        let programmes: DelimitedFile
        let links: DelimitedFile
        do {
            programmes = try DelimitedFile(path: Path.join(folder, FileName.programmes))
            links = try DelimitedFile(path: Path.join(folder, FileName.programmeLinks))
        } catch {
            return ([:], Messages.noLeerwegLink(error.description))
        }
        let programmeColumns: [Int]
        let linkColumns: [Int]
        do {
            programmeColumns = try programmes.columns(["OPLEIDINGSEENHEIDCODE", "NIVEAU"])
            linkColumns = try links.columns(["OPLEIDINGSEENHEIDCODE", "ERKENDEOPLEIDINGSCODE"])
        } catch {
            return ([:], Messages.noLeerwegLink(error.description))
        }
        var niveauOf: [String: Set<Leerweg>] = [:]
        programmes.forEach { _, field in
            if let leerweg = niveaus[field(programmeColumns[1]).uppercased()] { niveauOf[field(programmeColumns[0]), default: []].insert(leerweg) }
        }
        var result: [String: Set<Leerweg>] = [:]
        links.forEach { _, field in
            if let leerwegen = niveauOf[field(linkColumns[0])] { result[field(linkColumns[1]), default: []].formUnion(leerwegen) }
        }
        return (result, Messages.leerwegLink(result.count))
    }

    /// RIO's NIVEAU of a vmbo leerweg.
    static let niveaus: [String: Leerweg] = ["VO-VMBO-BB": .basis, "VO-VMBO-KB": .kader, "VO-VMBO-GL": .gemengd, "VO-VMBO-TL": .theoretisch]

    /// Periods joined where they overlap or touch.
    static func union(_ periods: [FactPeriod]) -> [FactPeriod] {
        var result: [FactPeriod] = []
        for period in periods.sorted() {
            if let last = result.last, last.meets(period) {
                let end: Day? = (last.tot == nil || period.tot == nil) ? nil : max(last.tot ?? period.vanaf, period.tot ?? last.vanaf)
                result[result.count - 1] = FactPeriod(vanaf: last.vanaf, tot: end)
            } else {
                result.append(period)
            }
        }
        return result
    }

    /// Names over time, one per day: the same name in touching periods joined, a later period cutting an earlier one short.
    static func joined(_ names: [(String, FactPeriod)]) -> [(String, FactPeriod)] {
        var result: [(String, FactPeriod)] = []
        for (name, period) in names.sorted(by: { $0.1 < $1.1 }) {
            if let last = result.last, KnowledgeValue.comparable(last.0) == KnowledgeValue.comparable(name), last.1.meets(period) {
                let end: Day? = (last.1.tot == nil || period.tot == nil) ? nil : max(last.1.tot ?? period.vanaf, period.tot ?? last.1.vanaf)
                result[result.count - 1] = (last.0, FactPeriod(vanaf: last.1.vanaf, tot: end))
                continue
            }
            if let last = result.last, last.1.overlaps(period) {
                if let before = FactPeriod.day(before: period.vanaf), before >= last.1.vanaf {
                    result[result.count - 1] = (last.0, FactPeriod(vanaf: last.1.vanaf, tot: before))
                } else {
                    result.removeLast()
                }
            }
            result.append((name, period))
        }
        return result
    }

    /// RIO's dates: `2019-08-01`, `2019-08-01T00:00:00`, `01-08-2019` or `20190801`.
    public static func parseDate(_ text: String) -> Day? {
        let trimmed = text.split(separator: "T").first.map(String.init) ?? text
        let head = trimmed.split(separator: " ").first.map(String.init) ?? trimmed
        if let day = Day(head, allowDutchOrder: true) { return day }
        guard head.count == 8, head.allSatisfy(\.isNumber), let year = Int(head.prefix(4)), let month = Int(head.dropFirst(4).prefix(2)),
            let day = Int(head.suffix(2))
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    enum Messages {
        static func notADate(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen datum (verwacht JJJJ-MM-DD)" }
        static func read(swvRows: Int, pavo: Int, links: Int, licences: Int, lwooLicences: Int, recognitions: Int, lwooRecognitions: Int) -> String {
            "Gelezen: \(ModelImport.number(swvRows)) erkenningen van samenwerkingsverbanden (\(pavo) passend onderwijs VO), "
                + "\(ModelImport.number(links)) koppelingen met vestigingen, \(ModelImport.number(recognitions)) opleidingserkenningen "
                + "(\(lwooRecognitions) lwoo), \(ModelImport.number(licences)) licenties (\(ModelImport.number(lwooLicences)) lwoo)."
        }
        static func mapping(byNumber: Int, byName: [String], byArea: [String], unmapped: [String], ambiguous: [String]) -> String {
            var text = "SWV-nummers: \(byNumber) gekoppeld op hun eigen vorm (VO####)"
            if !byName.isEmpty { text += "; \(byName.count) niet in die vorm, gekoppeld op naam: " + byName.joined(separator: ", ") }
            if !byArea.isEmpty {
                text +=
                    "; \(byArea.count) niet in die vorm, gekoppeld via waar hun vestigingen liggen (regio-indeling): "
                    + byArea.joined(separator: ", ")
            }
            if !unmapped.isEmpty { text += "; niet te koppelen (overgeslagen): " + unmapped.joined(separator: ", ") }
            if !ambiguous.isEmpty { text += "; twee nummers op één code (overgeslagen): " + ambiguous.joined(separator: ", ") }
            return text + "."
        }
        static func names(swvs: Int, rows: Int, skipped: Int) -> String {
            "Namen: \(swvs) SWV's VO, \(rows) regels" + (skipped > 0 ? " (\(skipped) perioden zonder dag overgeslagen)" : "") + "."
        }
        static func licences(
            schools: Int, unknownLeerweg: Int, rows: Int, outsideModel: Int, withoutVmbo: [String], notFunded: Int, emptyPeriods: Int
        ) -> String {
            var text = "Licenties: \(schools) vestigingen met een lwoo-licentie, \(rows) regels"
            if unknownLeerweg > 0 { text += " (bij \(unknownLeerweg) vestigingen is de leerweg niet bekend)" }
            var skipped: [String] = []
            if outsideModel > 0 { skipped.append("\(outsideModel) vestigingen die niet in het model staan") }
            if !withoutVmbo.isEmpty {
                skipped.append(
                    "\(withoutVmbo.count) zonder vmbo volgens DUO (" + withoutVmbo.prefix(10).joined(separator: "; ")
                        + (withoutVmbo.count > 10 ? "; …" : "") + ")")
            }
            if notFunded > 0 { skipped.append("\(notFunded) licenties die niet voor bekostiging in aanmerking komen") }
            if emptyPeriods > 0 { skipped.append("\(emptyPeriods) licenties die eindigen op hun begindatum") }
            if !skipped.isEmpty { text += "; overgeslagen: " + skipped.joined(separator: ", ") }
            return text + "."
        }
        static func leerwegLink(_ count: Int) -> String {
            "Leerwegen: \(count) lwoo-opleidingen gekoppeld aan een niveau (\(FileName.programmes) en \(FileName.programmeLinks))."
        }
        static func noLeerwegLink(_ reason: String) -> String {
            "Leerwegen: niet bekend (\(reason)); elke licentie staat er met leerwegen \"onbekend\"."
        }
        static func mismatches(_ items: [Mismatch], date: Day, outsideModel: Int) -> [String] {
            var lines = [
                "Vestigingen waarvan het officiële SWV in RIO op \(date.dutch) verschilt van dat van de regio-indeling: \(items.count)"
                    + (items.isEmpty ? "." : ":")
            ]
            for item in items.prefix(50) {
                lines.append("  \(item.school.code) \(item.school.displayName): RIO \(item.rio), regio-indeling \(item.school.swv)")
            }
            if items.count > 50 { lines.append("  … (\(items.count - 50) meer)") }
            if outsideModel > 0 { lines.append("  (\(outsideModel) gekoppelde vestigingen staan niet in het model)") }
            return lines
        }
    }
}
