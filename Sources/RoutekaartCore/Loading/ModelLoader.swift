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
    /// The bytes of the generated CSV files as read (empty while importing), to check they are in the importer's form.
    public var generatedBytes: [String: Data] = [:]
    /// `swv-gemeenten.csv` as read (nil while importing: the importer makes it).
    public var swvGemeenten: [(code: String, gemeenten: [String], line: Int)]?
    public var handSWVs: [SWV] = []
    public var licences: [LicenceRecord] = []
    public var aliases: [PlaceAlias] = []
    public var exampleSWVs: [SWV] = []
    public var exampleSchools: [School] = []

    public init() {}
}

extension Model {
    /// The model of a data folder alone, read and put together but not checked (for measuring; the
    /// advisor reads it with the rest through `DataSet.read`).
    public static func read(from directory: String, examples: Bool = false) throws(InputErrors) -> Model {
        var errors: [InputError] = []
        let parts = ModelLoader.read(directory, examples: examples, errors: &errors)
        guard errors.isEmpty else { throw InputErrors(errors) }
        let path: @Sendable (String) -> String = { name in Path.join(directory, name) }
        return ModelLoader.assemble(parts, parameters: [], path: path).0
    }
}

/// Reads `model/` (and `voorbeeld/` when asked) and puts the model together: the SWVs are the codes of the
/// regio-indeling with their gemeenten, plus what is entered by hand; licences go to their schools.
enum ModelLoader {
    static func read(_ directory: String, examples: Bool, errors: inout [InputError]) -> ModelParts {
        read(DataFolder(directory: directory, files: [:], fingerprint: ""), examples: examples, errors: &errors)
    }

    /// Reads the model's files from a folder read into memory (or from disk for files it does not hold).
    static func read(_ folder: DataFolder, examples: Bool, errors: inout [InputError]) -> ModelParts {
        var parts = ModelParts()
        func path(_ name: String) -> String { folder.path(name) }
        func table(_ name: String) -> CSVTable? {
            do {
                let data = try folder.data(name)
                parts.generatedBytes[name] = data
                return try CSVTable(bytes: Array(data), file: path(name))
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
                parts.schoolLines = table.rows.map(\.line)
            } catch {
                errors += error.errors
            }
        }
        if let table = table(ModelFiles.swvGemeenten) {
            do { parts.swvGemeenten = try ModelFiles.readSWVGemeenten(table) } catch { errors += error.errors }
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

    /// The model from its parts, the places of its records, and what does not fit together.
    static func assemble(_ parts: consuming ModelParts, parameters: [Parameter], path: @escaping @Sendable (String) -> String) -> (
        Model, ModelPlaces, [InputError]
    ) {
        var errors: [InputError] = []
        // The generated files must be exactly as the importer writes them: the advice finds a line in them by
        // halving their bytes, which only works on that one form (sorted, no blank lines, no spaces or quotes
        // around a code, one encoding, `\n` line ends).
        func canonical(_ name: String, _ expected: @autoclosure () -> String) {
            guard let data = parts.generatedBytes[name] else { return }
            if let problem = Self.firstDifference(data, Data(expected().utf8)) {
                errors.append(InputError(.data, file: path(name), place: "regel \(problem.line)", Messages.notInImportForm(problem.expected)))
            }
        }
        canonical(ModelFiles.vestigingen, ModelFiles.vestigingenCSV(parts.schools))
        canonical(ModelFiles.regio, ModelFiles.regioCSV(parts.regio))
        var places = ModelPlaces(path: path)
        places.schoolLines = parts.schoolLines

        // The SWVs of the regio-indeling, each with its gemeenten: those with most vestigingen first.
        var gemeentenBySWV: [String: Set<String>] = [:]
        var gemeenteOfPC4: [String: String] = [:]
        for entry in parts.regio {
            gemeenteOfPC4[entry.pc4] = entry.gemeente
            if let swv = entry.swv { gemeentenBySWV[swv, default: []].insert(entry.gemeente) }
        }
        var schoolsPerGemeente: [String: [String: Int]] = [:]
        for school in parts.schools {
            if let pc4 = school.pc4, let gemeente = gemeenteOfPC4[pc4] { schoolsPerGemeente[school.swv, default: [:]][gemeente, default: 0] += 1 }
        }
        var hand: [String: (SWV, Int)] = [:]
        for (index, swv) in parts.handSWVs.enumerated() {
            places.swvEntries[swv.code] = (path(ModelFiles.swvs), index)
            if gemeentenBySWV[swv.code] == nil {
                errors.append(InputError(.data, file: path(ModelFiles.swvs), place: "swv[\(index)].code", Messages.swvNotInRegio(swv.code)))
            }
            if swv.voorbeeld {
                errors.append(InputError(.data, file: path(ModelFiles.swvs), place: "swv[\(index)].voorbeeld", Messages.realIsNoExample))
            }
            if !swv.gemeenten.isEmpty {
                errors.append(InputError(.data, file: path(ModelFiles.swvs), place: "swv[\(index)].gemeenten", Messages.gemeentenFromRegio))
            }
            hand[swv.code] = (swv, index)
        }
        var swvs: [SWV] = gemeentenBySWV.keys.sorted().map { code in
            realSWV(code, hand: hand[code]?.0, gemeenten: gemeentenBySWV[code] ?? [], schoolsPerGemeente: schoolsPerGemeente[code] ?? [:])
        }

        // The order of gemeenten the importer wrote must be the one the files give.
        canonical(ModelFiles.swvGemeenten, ModelFiles.swvGemeentenCSV(swvs))
        if let written = parts.swvGemeenten {
            let file = path(ModelFiles.swvGemeenten)
            let computed = Dictionary(swvs.map { ($0.code, $0.gemeenten) }, uniquingKeysWith: { first, _ in first })
            for entry in written where computed[entry.code] != entry.gemeenten {
                errors.append(InputError(.data, file: file, place: "regel \(entry.line)", Messages.gemeentenDiffer(entry.code)))
            }
            for (i, entry) in written.enumerated() where i > 0 && !ModelValidator.inOrder(written[i - 1].code, entry.code) {
                errors.append(
                    InputError(
                        .data, file: file, place: "regel \(entry.line)",
                        ModelValidator.Messages.outOfOrder(entry.code, after: written[i - 1].code)))
            }
            let listed = Set(written.map(\.code))
            for swv in swvs where !listed.contains(swv.code) {
                errors.append(InputError(.data, file: file, place: nil, Messages.gemeentenDiffer(swv.code)))
            }
        }

        // Hand-entered licences, with their schools (changed in place: the parts are consumed).
        var schools = parts.schools
        parts.schools = []
        var schoolIndex: [String: Int] = [:]
        for record in parts.licences { schoolIndex[record.school] = -1 }
        for (index, school) in schools.enumerated() where schoolIndex[school.code] != nil { schoolIndex[school.code] = index }
        for (index, record) in parts.licences.enumerated() {
            guard let at = schoolIndex[record.school], at >= 0 else {
                errors.append(
                    InputError(
                        .data, file: path(ModelFiles.licences), place: "licenties[\(index)].school", Messages.licenceForUnknownSchool(record.school)))
                continue
            }
            schools[at].licenties = (schools[at].licenties ?? []) + [record.licence]
            places.licenceEntries[record.school, default: []].append(index)
        }

        // Example data, apart and marked.
        for (index, swv) in parts.exampleSWVs.enumerated() {
            places.swvEntries[swv.code] = (path(ModelFiles.exampleSWVs), index)
            if !swv.voorbeeld {
                errors.append(InputError(.data, file: path(ModelFiles.exampleSWVs), place: "swv[\(index)].voorbeeld", Messages.exampleMustSaySo))
            }
        }
        for (index, school) in parts.exampleSchools.enumerated() {
            places.exampleSchoolIndex[school.code] = index
            if !school.voorbeeld {
                errors.append(
                    InputError(.data, file: path(ModelFiles.exampleSchools), place: "scholen[\(index)].voorbeeld", Messages.exampleMustSaySo))
            }
        }
        swvs += parts.exampleSWVs
        schools += parts.exampleSchools
        let origin = parts.manifest.map { DataOrigin(bron: $0.regio.bron, datum: $0.regio.datum) }
        let model = Model(swvs: swvs, schools: schools, parameters: parameters, regio: parts.regio, regioOrigin: origin, aliases: parts.aliases)
        return (model, places, errors)
    }

    /// The first line where two texts differ (from 1), with the line the importer would write there.
    static func firstDifference(_ found: Data, _ expected: Data) -> (line: Int, expected: String)? {
        guard found != expected else { return nil }
        let newline = UInt8(ascii: "\n")
        let foundLines = found.split(separator: newline, omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: newline, omittingEmptySubsequences: false)
        for index in 0..<max(foundLines.count, expectedLines.count) {
            let a = index < foundLines.count ? foundLines[index] : nil
            let b = index < expectedLines.count ? expectedLines[index] : nil
            if a.map(Array.init) != b.map(Array.init) { return (index + 1, b.map { String(decoding: $0, as: UTF8.self) } ?? "") }
        }
        return (1, "")
    }

    /// A real SWV: what is entered by hand (or only its code), with the gemeenten of its postcodes, the ones
    /// with most vestigingen first (then by name).
    static func realSWV(_ code: String, hand: SWV?, gemeenten: Set<String>, schoolsPerGemeente counts: [String: Int]) -> SWV {
        var swv = hand ?? SWV(code: code, naam: nil, voorbeeld: false, perioden: [])
        swv.gemeenten = gemeenten.map { ($0, counts[$0] ?? 0) }.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }.map(\.0)
        return swv
    }

    /// A real school with the hand-entered licences that name it, in the order of `licenties.json`.
    static func withLicences(_ school: School, _ records: [LicenceRecord]) -> School {
        var school = school
        for record in records where record.school == school.code { school.licenties = (school.licenties ?? []) + [record.licence] }
        return school
    }

    enum Messages {
        static func swvNotInRegio(_ code: String) -> String {
            "het SWV \"\(Sanitized.short(code))\" staat niet in de regio-indeling (model/regio.csv); gebruik een code als VO3003"
        }
        static let realIsNoExample = "echte gegevens zijn geen voorbeeld; voorbeeld-SWV's en -scholen staan in voorbeeld/"
        static let exampleMustSaySo = "gegevens in voorbeeld/ zijn verzonnen en zeggen dat: \"voorbeeld\": true"
        static func notInImportForm(_ expected: String) -> String {
            let wanted = expected.isEmpty ? "hier eindigt het bestand" : "verwacht: \"\(Sanitized.short(expected))\""
            return "deze regel staat niet zoals routekaart gegevens importeer hem schrijft (\(wanted)); het advies zoekt in dit "
                + "bestand door te halveren en vertrouwt op die vorm: importeer opnieuw, of schrijf de regel in die vorm"
        }
        static func gemeentenDiffer(_ code: String) -> String {
            "de gemeenten van \(Sanitized.short(code)) wijken af van wat regio.csv en vestigingen.csv geven; "
                + "dit bestand maakt routekaart gegevens importeer (importeer opnieuw)"
        }
        static let gemeentenFromRegio = "de gemeenten van een echt SWV komen uit de regio-indeling; vul ze hier niet in"
        static func licenceForUnknownSchool(_ code: String) -> String {
            "de vestiging \"\(Sanitized.short(code))\" staat niet in model/vestigingen.csv (opgeheven of verkeerde code?); pas de licentie aan of verwijder haar"
        }
    }
}
