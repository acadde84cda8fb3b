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
    public var handSWVs: [SWV] = []
    public var licences: [LicenceRecord] = []
    public var aliases: [PlaceAlias] = []
    public var exampleSWVs: [SWV] = []
    public var exampleSchools: [School] = []

    public init() {}
}

/// Reads `model/` (and `voorbeeld/` when asked) and puts the model together: the SWVs are the codes of the
/// regio-indeling with their gemeenten, plus what is entered by hand; licences go to their schools.
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
                return try CSVTable(bytes: Array(try folder.data(name)), file: path(name))
            } catch {
                errors.append(error)
                return nil
            }
        }
        func json<T: Decodable>(_ type: T.Type, _ name: String) -> T? { folder.decode(type, name, errors: &errors) }
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
        parts.manifest = json(ImportManifest.self, ModelFiles.manifest)
        parts.handSWVs = json(SWVFile.self, ModelFiles.swvs)?.swv ?? []
        parts.licences = json(LicenceFile.self, ModelFiles.licences)?.licenties ?? []
        parts.aliases = json(AliasFile.self, ModelFiles.aliases)?.aliassen ?? []
        if examples {
            parts.exampleSWVs = json(SWVFile.self, ModelFiles.exampleSWVs)?.swv ?? []
            parts.exampleSchools = json(SchoolFile.self, ModelFiles.exampleSchools)?.scholen ?? []
        }
        return parts
    }

    /// The model from its parts, and the places of its records; the real schools move from the parts into the
    /// model. What does not fit together (a licence for a vestiging that is not there, an SWV entered by hand that
    /// the regio-indeling does not know) is left out here and reported by the model's rules (`ModelCheck`), which
    /// see the parts.
    static func assemble(_ parts: inout ModelParts, parameters: [Parameter], path: @escaping @Sendable (String) -> String) -> (Model, ModelPlaces) {
        var places = ModelPlaces(path: path)
        places.schoolLines = parts.schoolLines

        // The SWVs of the regio-indeling, each with its gemeenten: those with most vestigingen first. SWVs are
        // numbered as they come; an SWV has a few gemeenten, looked along (the regio-indeling is sorted by
        // postcode, so the next row mostly has the gemeente of the row before).
        let regioIndex = KeyIndex(count: parts.regio.count) { parts.regio[$0].pc4 }
        var codes = KeyIndex(capacity: 128)
        var gemeenten: [[(name: String, schools: Int)]] = []
        var gemeenteOfRow: [(swv: Int, gemeente: Int)?] = []
        gemeenteOfRow.reserveCapacity(parts.regio.count)
        for row in parts.regio.indices {
            guard let code = parts.regio[row].swv else {
                gemeenteOfRow.append(nil)
                continue
            }
            let swv = codes.insert(code)
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
        // An SWV entered twice by hand: the last entry counts (a rule reports the duplicate).
        let hand = KeyIndex(count: parts.handSWVs.count) { parts.handSWVs[parts.handSWVs.count - 1 - $0].code }
        for (index, swv) in parts.handSWVs.enumerated() { places.swvEntries[swv.code] = (path(ModelFiles.swvs), index) }
        var swvs: [SWV] = codes.keys.indices.sorted { codes.keys[$0] < codes.keys[$1] }.map { number in
            let code = codes.keys[number]
            var swv =
                hand.position(of: code).map { parts.handSWVs[parts.handSWVs.count - 1 - $0] }
                ?? SWV(code: code, naam: nil, voorbeeld: false, perioden: [])
            swv.gemeenten = gemeenten[number].sorted { a, b in a.schools != b.schools ? a.schools > b.schools : a.name < b.name }.map(\.name)
            return swv
        }

        // Hand-entered licences, with their schools (taken from the parts, so that adding one copies nothing).
        var schools = parts.schools
        parts.schools = []
        var schoolIndex: [String: Int] = [:]
        for record in parts.licences { schoolIndex[record.school] = -1 }
        for index in schools.indices where schoolIndex[schools[index].code] != nil { schoolIndex[schools[index].code] = index }
        for (index, record) in parts.licences.enumerated() {
            guard let at = schoolIndex[record.school], at >= 0 else { continue }
            schools[at].licenties = (schools[at].licenties ?? []) + [record.licence]
            places.licenceEntries[record.school, default: []].append(index)
        }

        // Example data, apart and marked.
        for (index, swv) in parts.exampleSWVs.enumerated() { places.swvEntries[swv.code] = (path(ModelFiles.exampleSWVs), index) }
        for (index, school) in parts.exampleSchools.enumerated() { places.exampleSchoolIndex[school.code] = index }
        swvs += parts.exampleSWVs
        schools += parts.exampleSchools
        let origin = parts.manifest.map { DataOrigin(bron: $0.regio.bron, datum: $0.regio.datum) }
        let model = Model(
            swvs: swvs, schools: schools, parameters: parameters, regio: parts.regio, regioIndex: regioIndex, regioOrigin: origin,
            aliases: parts.aliases)
        return (model, places)
    }
}

/// Where the records of a model live, for messages: the generated CSV files by line, the JSON files by path.
struct ModelPlaces: Sendable {
    /// The data folder's path of a file.
    let path: @Sendable (String) -> String
    /// For real schools: the line of each in `vestigingen.csv`, by position in the model.
    var schoolLines: [Int] = []
    /// For SWVs entered by hand or as example: the index in their file, by code.
    var swvEntries: [String: (file: String, index: Int)] = [:]
    var exampleSchoolIndex: [String: Int] = [:]
    /// Hand-entered licences: the index in `licenties.json` of each (school, record).
    var licenceEntries: [String: [Int]] = [:]

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

    func licence(_ schoolIndex: Int, _ index: Int, _ school: School) -> (file: String, place: String) {
        if school.voorbeeld {
            return (path(ModelFiles.exampleSchools), "scholen[\(exampleSchoolIndex[school.code] ?? schoolIndex)].licenties[\(index)]")
        }
        let entries = licenceEntries[school.code] ?? []
        return (path(ModelFiles.licences), "licenties[\(entries.indices.contains(index) ? entries[index] : index)]")
    }
}
