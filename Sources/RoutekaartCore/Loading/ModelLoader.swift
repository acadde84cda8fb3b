#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The files of a model as read, before they are put together.
public struct ModelParts: Sendable {
    public var schools: [School] = []
    /// The line of each real school in `vestigingen.csv`, in the order of `schools`.
    public var schoolLines: [Int] = []
    public var regio: [RegioEntry] = []
    public var manifest: ImportManifest?
    public var aliases: [PlaceAlias] = []
    var exampleSWVs: [ExampleSWVEntry] = []
    public var exampleSchools: [School] = []
    /// The codes of the example SWVs and schools when they are not read into the model.
    public var exampleCodes: Set<String> = []
    /// The data folder's knowledge files as read (the bundled facts, the RIO import, the examples), in precedence order.
    public var knowledgeFiles: [(source: KnowledgeSource, bytes: [UInt8])] = []
    /// Each knowledge file checked against the model when it was put together; the model's rules report what was found.
    public var knowledgeReadings: [KnowledgeReading] = []

    public init() {}
}

/// Reads `model/` (and `voorbeeld/` when asked) and puts the model together: the SWVs are the codes of the
/// regio-indeling with their gemeenten; every sourced fact about them and their schools (names, policies, licences,
/// contacts) comes from the knowledge files, checked against that model by the same reader as the user's files.
enum ModelLoader {
    static func read(_ directory: String, examples: Bool, errors: inout [InputError]) -> ModelParts {
        read(DataFolder(directory: directory, files: [:], refused: [:], fingerprint: ""), examples: examples, errors: &errors)
    }

    /// Reads the model's files from a folder read into memory (or from disk for files it does not hold).
    static func read(_ folder: DataFolder, examples: Bool, errors: inout [InputError]) -> ModelParts {
        var parts = ModelParts()
        func path(_ name: String) -> String { folder.path(name) }
        func table(_ name: String) -> CSVTable? {
            do {
                return try CSVTable(bytes: try folder.data(name), file: path(name))
            } catch {
                errors.append(error)
                return nil
            }
        }
        func json<T>(_ name: String, _ make: (inout JSONFields) throws(InputError) -> T) -> T? { folder.read(name, make, errors: &errors) }
        if let table = table(ModelFiles.regio) {
            do { parts.regio = try ModelFiles.readRegio(table) } catch { errors += error.errors }
        }
        if let table = table(ModelFiles.vestigingen) {
            do {
                parts.schools = try ModelFiles.readVestigingen(table)
                parts.schoolLines = (0..<table.rowCount).map(table.line(of:))
            } catch {
                errors += error.errors
            }
        }
        parts.manifest = json(ModelFiles.manifest, ImportManifest.init)
        parts.aliases = json(ModelFiles.aliases, AliasFile.init)?.aliassen ?? []
        if examples {
            parts.exampleSWVs = json(ModelFiles.exampleSWVs, ExampleSWVFile.init)?.swv ?? []
            parts.exampleSchools = json(ModelFiles.exampleSchools, SchoolFile.init)?.scholen ?? []
        } else {
            // Only their codes, so that a user's row about an example is recognised; a damaged example file is the
            // business of `controleer`, not of advice on real data.
            var ignored: [InputError] = []
            let swvs = folder.read(ModelFiles.exampleSWVs, ExampleSWVFile.init, errors: &ignored)?.swv ?? []
            let schools = folder.read(ModelFiles.exampleSchools, SchoolFile.init, errors: &ignored)?.scholen ?? []
            parts.exampleCodes = Set(swvs.map(\.code) + schools.map(\.code))
        }
        var knowledge: [(String, KnowledgeSource.Kind)] = [(ModelFiles.knowledge, .bundled), (ModelFiles.rioKnowledge, .rio)]
        if examples { knowledge.append((ModelFiles.exampleKnowledge, .examples)) }
        for (name, kind) in knowledge {
            // Each is optional: a data folder without it knows nothing of that kind.
            let bytes: [UInt8]?
            if let held = folder.files[name] {
                bytes = held
            } else if FileManager.default.fileExists(atPath: path(name)) {
                do { bytes = try folder.data(name) } catch {
                    errors.append(error)
                    bytes = nil
                }
            } else {
                bytes = nil
            }
            if let bytes { parts.knowledgeFiles.append((KnowledgeSource(path: path(name), kind: kind), bytes)) }
        }
        return parts
    }

    /// The model from its parts, and the places of its records; the real schools move from the parts into the
    /// model. The knowledge files are read against the SWVs and schools put together here (`today` is the latest a
    /// fact may have been checked); what they get wrong is reported by the model's rules (`ModelCheck`), which see
    /// the readings in the parts.
    static func assemble(
        _ parts: inout ModelParts, parameters: [Parameter], today: Day, path: @escaping @Sendable (String) -> String
    ) -> (Model, ModelPlaces) {
        var places = ModelPlaces(path: path)
        places.schoolLines = parts.schoolLines

        // The SWVs of the regio-indeling, each with its gemeenten: those with most vestigingen first. SWVs are
        // numbered as they come; an SWV has a few gemeenten, looked along (the regio-indeling is sorted by
        // postcode, so the next row mostly has the gemeente of the row before).
        let regioIndex = PostcodeIndex(count: parts.regio.count) { parts.regio[$0].pc4 }
        var codes = KeyIndex(capacity: 128)
        var gemeenten: [[(name: String, schools: Int)]] = []
        var gemeenteOfRow: [(swv: Int, gemeente: Int)?] = []
        gemeenteOfRow.reserveCapacity(parts.regio.count)
        // Rows of one SWV mostly follow each other: its number is looked up only when the code changes.
        var previous: (code: String, swv: Int)?
        for row in parts.regio.indices {
            guard let code = parts.regio[row].swv else {
                gemeenteOfRow.append(nil)
                continue
            }
            let swv: Int
            if let previous, previous.code == code {
                swv = previous.swv
            } else {
                swv = codes.insert(code)
                previous = (code, swv)
            }
            if swv == gemeenten.count { gemeenten.append([]) }
            let gemeente = parts.regio[row].gemeente
            if let last = gemeenteOfRow.last, let last, last.swv == swv, gemeenten[swv][last.gemeente].name == gemeente {
                gemeenteOfRow.append(last)
            } else if let known = gemeenten[swv].firstIndex(where: { $0.name == gemeente }) {
                gemeenteOfRow.append((swv, known))
            } else {
                gemeenten[swv].append((gemeente, 0))
                gemeenteOfRow.append((swv, gemeenten[swv].count - 1))
            }
        }
        // Vestigingen per gemeente of their postcode, under their own SWV.
        for index in parts.schools.indices {
            guard let pc4 = parts.schools[index].pc4, let row = regioIndex.position(of: pc4), let swv = codes.position(of: parts.schools[index].swv)
            else { continue }
            let name = parts.regio[row].gemeente
            if let found = gemeenteOfRow[row], found.swv == swv {
                gemeenten[swv][found.gemeente].schools += 1
            } else if let index = gemeenten[swv].firstIndex(where: { $0.name == name }) {
                gemeenten[swv][index].schools += 1
            }
        }
        var swvs: [SWV] = codes.keys.indices.sorted { codes.keys[$0] < codes.keys[$1] }.map { number in
            SWV(
                code: codes.keys[number], voorbeeld: false,
                gemeenten: gemeenten[number].sorted { a, b in a.schools != b.schools ? a.schools > b.schools : a.name < b.name }.map(\.name))
        }
        // The schools are taken from the parts, so that the model copies nothing.
        var schools = parts.schools
        parts.schools = []

        // Example data, apart and marked.
        for (index, swv) in parts.exampleSWVs.enumerated() { places.swvEntries[swv.code] = (path(ModelFiles.exampleSWVs), index) }
        for (index, school) in parts.exampleSchools.enumerated() { places.exampleSchoolIndex[school.code] = index }
        swvs += parts.exampleSWVs.map { SWV(code: $0.code, voorbeeld: $0.voorbeeld, opmerking: $0.opmerking) }
        schools += parts.exampleSchools
        let origin = parts.manifest.map { DataOrigin(bron: $0.regio.bron, datum: $0.regio.datum) }
        let base = Model(
            swvs: swvs, schools: schools, parameters: parameters, regio: parts.regio, regioIndex: regioIndex, regioOrigin: origin,
            aliases: parts.aliases, exampleCodes: parts.exampleCodes)

        // The knowledge, read against the SWVs and schools of this model, by the reader of every knowledge file.
        let reference = KnowledgeReference(model: base, examples: !parts.exampleSWVs.isEmpty || !parts.exampleSchools.isEmpty)
        parts.knowledgeReadings = parts.knowledgeFiles.map { file in
            // The folder's own files are proven by its check stamp; their personal-data check is a rule of the model.
            KnowledgeReader.parse(
                file.bytes, path: file.source.path, label: file.source.label, kind: file.source.kind, reference: reference, today: today,
                checksPersonalData: file.source.kind != .bundled && file.source.kind != .examples)
        }
        let model = base.with(knowledge: KnowledgeBase(tables: parts.knowledgeReadings.map(\.table)))
        return (model, places)
    }
}

/// Where the records of a model live, for messages: the generated CSV files by line, the JSON files by path.
struct ModelPlaces: Sendable {
    /// The data folder's path of a file.
    let path: @Sendable (String) -> String
    /// For real schools: the line of each in `vestigingen.csv`, by position in the model.
    var schoolLines: [Int] = []
    /// For example SWVs: the index in their file, by code.
    var swvEntries: [String: (file: String, index: Int)] = [:]
    var exampleSchoolIndex: [String: Int] = [:]

    var national: String { path(DataSet.FileName.national) }

    func swv(_ index: Int, _ swv: SWV) -> (file: String, place: String) {
        if let entry = swvEntries[swv.code] { return (entry.file, "swv[\(entry.index)]") }
        return (path(ModelFiles.regio), "SWV \(swv.code)")
    }

    /// A school or one of its fields: `scholen[3].swv` in an example file, `regel 12, kolom 6 (swv)` in `vestigingen.csv`.
    func school(_ index: Int, _ school: School, field: String? = nil) -> (file: String, place: String) {
        if school.voorbeeld {
            return (path(ModelFiles.exampleSchools), "scholen[\(exampleSchoolIndex[school.code] ?? index)]" + (field.map { "." + $0 } ?? ""))
        }
        let line = schoolLines.indices.contains(index) ? schoolLines[index] : index + 2
        guard let field else { return (path(ModelFiles.vestigingen), "regel \(line)") }
        let column = Self.csvColumn[field] ?? field
        let number = (ModelFiles.vestigingenColumns.firstIndex(of: column) ?? 0) + 1
        return (path(ModelFiles.vestigingen), "regel \(line), kolom \(number) (\(column))")
    }

    /// Model field → column of `vestigingen.csv`.
    static let csvColumn = [
        "code": "vestigingscode", "pc4": "pc4", "swv": "swv", "leerwegen": "leerwegen", "bron": "bron", "leerwegenBron": "leerwegen_bron",
    ]
}
