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

/// `routekaart gegevens importeer`: reads the public files, builds the generated model files, checks
/// them together with the hand-entered facts (SWV names and policies, licences, each with its source),
/// and writes them only when everything is right: all files to temporary names first, then renamed.
public enum ModelImport {
    public struct Request: Sendable {
        public var vestigingen: String
        public var examens: String
        public var regio: String
        /// The date of DUO's vestigingen data (the file itself has no date).
        public var datum: Day
        /// The date of the regio-indeling's text.
        public var regioDatum: Day
        /// The data folder: its `bronnen.json` and the hand-entered files in `model/`.
        public var dataDirectory: String
        /// Where the model files are written (default: `model/` in the data folder).
        public var output: String
        /// The latest day a fact of the knowledge files may have been checked.
        public var today: Day = Peildatum.today()

        public init(vestigingen: String, examens: String, regio: String, datum: Day, regioDatum: Day, dataDirectory: String, output: String? = nil) {
            self.vestigingen = vestigingen
            self.examens = examens
            self.regio = regio
            self.datum = datum
            self.regioDatum = regioDatum
            self.dataDirectory = dataDirectory
            self.output = output ?? Path.join(dataDirectory, ModelFiles.folder)
        }
    }

    /// The files to write (name in the model folder → text) and the report in Dutch.
    public struct Outcome: Sendable {
        public var files: [(name: String, text: String)]
        public var report: [String]
        /// Hand-entered files missing in the output folder, copied from the data folder's `model/`.
        public var copies: [(from: String, name: String)]
    }

    /// The source ids the importer cites, by convention: `duo-vestigingen-JJJJ`, `duo-examenkandidaten-JJJJ-JJJJ`,
    /// `regio-indeling-JJJJ`. Each must be in the registry.
    public static func sourceIDs(datum: Day, examYears: [String], regioDatum: Day) -> (vestigingen: String, examens: String, regio: String) {
        let first = examYears.first.map { String($0.prefix(4)) } ?? "?"
        let last = examYears.last.map { String($0.suffix(4)) } ?? "?"
        return ("duo-vestigingen-\(datum.year)", "duo-examenkandidaten-\(first)-\(last)", "regio-indeling-\(regioDatum.year)")
    }

    /// The largest input file read: DUO's largest (five school years of exam candidates) is 4 MB. A larger file is
    /// refused before it is read, so an import takes bounded time and memory whatever it is given.
    public static let maximumInputSize = 32 << 20

    public static func prepare(_ request: Request) throws(InputErrors) -> Outcome {
        func table(_ path: String) throws(InputErrors) -> CSVTable {
            do {
                return try CSVTable(bytes: try FileReader.bytes(path, limit: maximumInputSize), file: path)
            } catch {
                throw InputErrors([error])
            }
        }
        let regioTable = try table(request.regio)
        let vestigingTable = try table(request.vestigingen)
        let examTable = try table(request.examens)

        // The registry and the hand-entered facts of the data folder.
        let dataPath = { (name: String) in Path.join(request.dataDirectory, name) }
        let registry: [Source]
        do {
            let path = dataPath(DataSet.FileName.sources)
            registry = try JSONFields.read([UInt8](try FileReader.read(path)), file: path, SourcesFile.init).bronnen
        } catch {
            throw InputErrors([error])
        }
        var errors: [InputError] = []
        var hand = ModelLoader.read(request.dataDirectory, examples: false, errors: &errors)
        // Only the hand-entered files count here; the generated ones are about to be replaced.
        let generatedPaths = Set(ModelFiles.generated.map(dataPath))
        errors = errors.filter { !generatedPaths.contains($0.file ?? "") }
        guard errors.isEmpty else { throw InputErrors(errors) }
        let previous = hand.schools
        let previousRegio = hand.regio

        let regio = try DUOImport.regio(regioTable)
        let exams = try DUOImport.examLeerwegen(examTable)
        let ids = sourceIDs(datum: request.datum, examYears: exams.allYears, regioDatum: request.regioDatum)
        let registered = Set(registry.map(\.id))
        let missing = [ids.vestigingen, ids.examens, ids.regio].filter { !registered.contains($0) }
        guard missing.isEmpty else {
            throw InputErrors(missing.map { InputError(.data, file: dataPath(DataSet.FileName.sources), Messages.sourceMissing($0)) })
        }
        let (schools, notes) = try DUOImport.schools(
            vestigingTable, regio: regio, exams: exams, bron: ids.vestigingen, examBron: ids.examens, datum: request.datum)

        // Hand-entered facts must still fit: the knowledge files are read again against the new model below, and a fact
        // about a vestiging or SWV that is no longer there is a problem of the model's rules.
        let swvCodes = Set(regio.compactMap(\.swv))

        // The whole model, checked as the loader checks it.
        let manifest = ImportManifest(
            vestigingen: .init(bron: ids.vestigingen, datum: request.datum, rijen: vestigingTable.rowCount),
            examens: .init(bron: ids.examens, schooljaren: exams.usedYears, rijen: exams.rows),
            regio: .init(bron: ids.regio, datum: request.regioDatum, rijen: regio.count))
        hand.schools = schools
        hand.regio = regio
        hand.manifest = manifest
        hand.schoolLines = schools.indices.map { $0 + 2 }
        let (model, places) = ModelLoader.assemble(
            &hand, parameters: [], today: request.today, path: { Path.join(request.output, Path.lastComponent($0)) })
        errors += ModelCheck(model: model, parts: hand, sources: registered, places: places).problems()
        guard errors.isEmpty else { throw InputErrors(errors) }

        var report: [String] = []
        report.append(
            Messages.read(
                schools: vestigingTable.rowCount, encoding: vestigingTable.encoding, examRows: exams.rows, years: exams.usedYears,
                regioRows: regio.count, swvs: swvCodes.count))
        report += diff(previous: previous, current: schools)
        if !previousRegio.isEmpty && previousRegio != regio { report.append(Messages.regioChanged(previousRegio.count, regio.count)) }
        report += notes
        let unknownLeerwegen = schools.filter { $0.vmbo == true && $0.leerwegen == nil }.count
        let brugjaar = schools.filter { $0.vmbo == nil }.count
        report.append(Messages.unknowns(unknownLeerwegen, brugjaar, schools.filter(\.lwooInNaam).count))
        let bundled = hand.knowledgeReadings.filter { $0.table.kind == .bundled }.flatMap(\.table.facts)
        func codes(_ subject: KnowledgeSubject) -> Int { Set(bundled.filter { $0.subject == subject }.map(\.code)).count }
        report.append(
            Messages.kept(
                names: codes(.naam), policies: codes(.beleid), licences: bundled.filter { $0.subject == .licentie }.count,
                aliases: hand.aliases.count))

        var copies: [(from: String, name: String)] = []
        for name in [ModelFiles.knowledge, ModelFiles.aliases] {
            let target = Path.join(request.output, Path.lastComponent(name))
            if !FileManager.default.fileExists(atPath: target) { copies.append((dataPath(name), Path.lastComponent(name))) }
        }
        return Outcome(
            files: [
                (Path.lastComponent(ModelFiles.vestigingen), ModelFiles.vestigingenCSV(schools)),
                (Path.lastComponent(ModelFiles.regio), ModelFiles.regioCSV(regio)),
                (Path.lastComponent(ModelFiles.manifest), manifest.json),
            ], report: report, copies: copies)
    }

    /// Added, dropped and changed vestigingen, by code.
    static func diff(previous: [School], current: [School]) -> [String] {
        guard !previous.isEmpty else { return [Messages.firstImport(current.count)] }
        let before = Dictionary(previous.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(current.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let added = current.filter { before[$0.code] == nil }
        let dropped = previous.filter { after[$0.code] == nil }.sorted { $0.code < $1.code }
        var changed: [(School, [String])] = []
        for school in current {
            guard let old = before[school.code] else { continue }
            var fields: [String] = []
            if old.naam != school.naam { fields.append("naam") }
            if old.plaats != school.plaats || old.gemeente != school.gemeente { fields.append("plaats/gemeente") }
            if old.pc4 != school.pc4 { fields.append("postcode") }
            if old.swv != school.swv { fields.append("SWV \(old.swv) → \(school.swv)") }
            if old.pro != school.pro || old.vmbo != school.vmbo || old.havoVwo != school.havoVwo { fields.append("aanbod") }
            if old.leerwegen != school.leerwegen { fields.append("leerwegen") }
            if old.lwooInNaam != school.lwooInNaam { fields.append("lwoo in naam") }
            if old.bron != school.bron || old.gegevensDatum != school.gegevensDatum || old.leerwegenBron != school.leerwegenBron {
                fields.append("bron/datum")
            }
            if !fields.isEmpty { changed.append((school, fields)) }
        }
        var lines = [
            Messages.counts(added: added.count, dropped: dropped.count, changed: changed.count, same: current.count - added.count - changed.count)
        ]
        let shown = 20
        func list(_ items: [String]) -> String {
            items.prefix(shown).joined(separator: "; ") + (items.count > shown ? "; … (\(items.count - shown) meer)" : "")
        }
        if !added.isEmpty { lines.append("  nieuw: " + list(added.map { "\($0.code) \($0.naam), \($0.plaats)" })) }
        if !dropped.isEmpty { lines.append("  vervallen: " + list(dropped.map { "\($0.code) \($0.naam), \($0.plaats)" })) }
        let changedSWV = changed.filter { $0.1.contains { $0.hasPrefix("SWV ") } }
        if !changedSWV.isEmpty {
            lines.append("  ander SWV: " + list(changedSWV.map { "\($0.0.code) \($0.0.naam) (\($0.1.first { $0.hasPrefix("SWV ") } ?? ""))" }))
        }
        if !changed.isEmpty { lines.append("  gewijzigd: " + list(changed.map { "\($0.0.code) (\($0.1.joined(separator: ", ")))" })) }
        return lines
    }

    /// Writes the model files as one set (`FileWriter.replaceAll`): all of them, or, when one cannot be written or
    /// the program is stopped, none (the old files stay or are put back). The hand-entered files copied along go in the
    /// same set. No input of the import is ever replaced.
    public static func write(_ outcome: Outcome, to folder: String, inputs: [String] = []) throws(FileWriter.Failure) {
        var items = outcome.files.map { (name: $0.name, bytes: Array($0.text.utf8)) }
        for copy in outcome.copies {
            guard let bytes = try? FileReader.bytes(copy.from) else { continue }
            items.append((copy.name, bytes))
        }
        try FileWriter.replaceAll(items, in: folder, inputs: inputs)
    }

    static func number(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return out
    }

    enum Messages {
        static func sourceMissing(_ id: String) -> String {
            "de bron \"\(id)\" staat niet in het bronnenregister; voeg haar toe (titel, datum van de gegevens, vindplaats) en importeer opnieuw"
        }
        static func read(schools: Int, encoding: TextDecoding.Encoding, examRows: Int, years: [String], regioRows: Int, swvs: Int) -> String {
            "Gelezen: \(number(schools)) vestigingen (\(encoding.rawValue)), \(number(examRows)) examenrijen (vmbo-leerwegen uit de schooljaren "
                + years.joined(separator: " en ") + "), \(number(regioRows)) postcodegebieden met \(swvs) SWV's VO."
        }
        static func firstImport(_ count: Int) -> String { "Vestigingen: \(number(count)) nieuw (er waren nog geen gegevens)." }
        static func counts(added: Int, dropped: Int, changed: Int, same: Int) -> String {
            "Vestigingen: \(number(added)) nieuw, \(number(dropped)) vervallen, \(number(changed)) gewijzigd, \(number(same)) ongewijzigd."
        }
        static func regioChanged(_ before: Int, _ after: Int) -> String {
            "De regio-indeling is veranderd (\(number(before)) → \(number(after)) postcodegebieden)."
        }
        static func unknowns(_ leerwegen: Int, _ brugjaar: Int, _ lwoo: Int) -> String {
            "Onbekend gebleven: de leerwegen van \(number(leerwegen)) vestigingen met vmbo (geen examenkandidaten), het aanbod van \(number(brugjaar)) brugjaarlocaties. "
                + "\(number(lwoo)) officiële namen noemen lwoo (een aanwijzing, geen bewijs van een licentie)."
        }
        static func kept(names: Int, policies: Int, licences: Int, aliases: Int) -> String {
            "Behouden (met bron, met de hand ingevoerd in kennis.csv en aliassen.json): \(names) SWV-namen, beleid van \(policies) SWV's, \(licences) licentieregels, \(aliases) andere plaatsnamen."
        }
    }
}
