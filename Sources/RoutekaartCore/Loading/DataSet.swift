import Foundation

/// The bundled (or another) data folder, loaded and validated: the model
/// of SWVs and schools, and the routekaart content.
public struct DataSet: Sendable {
    public var content: Content
    public var model: Model
    public var directory: String

    public var engine: Engine { Engine(content: content, model: model) }

    /// The files of a data folder, relative to it.
    public enum FileName {
        public static let sources = "bronnen.json"
        public static let national = "landelijk.json"
        public static let swvs = "swv.json"
        public static let schools = "scholen.json"
        public static let facts = "inhoud/vragen.json"
        public static let tree = "inhoud/boom.json"
        public static let outcomes = "inhoud/uitkomsten.json"
        public static let glossary = "inhoud/begrippen.json"
        public static let controls = "inhoud/controles.json"
        public static let criteria = "criteria.json"
    }

    /// Reads every file (syntax, types, unknown keys) without checking the rules
    /// that span records; throws all problems found at once.
    public static func read(from directory: String) throws(InputErrors) -> DataSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputErrors([InputError(.missingFile, file: directory, Messages.noDataFolder)])
        }
        var errors: [InputError] = []
        func read<T: Codable>(_ type: T.Type, _ name: String) -> T? {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                return try StrictDecoder.decode(T.self, from: try FileReader.read(path), file: path)
            } catch {
                errors.append(error)
                return nil
            }
        }
        let sources = read(SourcesFile.self, FileName.sources)
        let national = read(NationalFile.self, FileName.national)
        let swvs = read(SWVFile.self, FileName.swvs)
        let schools = read(SchoolFile.self, FileName.schools)
        let facts = read(FactsFile.self, FileName.facts)
        let tree = read(TreeFile.self, FileName.tree)
        let outcomes = read(OutcomesFile.self, FileName.outcomes)
        let glossary = read(GlossaryFile.self, FileName.glossary)
        let controls = read(ControlsFile.self, FileName.controls)
        let criteria = read(NationalCriteria.self, FileName.criteria)
        guard let sources, let national, let swvs, let schools, let facts, let tree, let outcomes, let glossary, let controls,
            var criteria
        else {
            throw InputErrors(errors.map { Messages.explainProPolicy($0) })
        }
        var content = Content(
            start: tree.start, facts: facts.feiten, nodes: tree.knopen, outcomes: outcomes.uitkomsten,
            scenarios: outcomes.scenarios, glossary: glossary.begrippen, sources: sources.bronnen, controls: controls.controles)
        criteria.parameters = national.parameters
        content.criteria = criteria
        let model = Model(swvs: swvs.swv, schools: schools.scholen, parameters: national.parameters)
        return DataSet(content: content, model: model, directory: directory)
    }

    /// Every named rule over the model and the content, with its findings.
    public func check() -> [Finding] {
        let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
        return ModelValidator(model: model, content: content, path: path).findings()
            + ContentCheck(content: content, model: model, path: path).run()
    }

    /// Reads and checks; throws every problem of every failing rule, so that
    /// nothing advises on data or content that breaks a rule.
    public static func load(from directory: String) throws(InputErrors) -> DataSet {
        let dataSet = try read(from: directory)
        let problems = dataSet.check().flatMap(\.problems)
        guard problems.isEmpty else { throw InputErrors(problems) }
        return dataSet
    }

    enum Messages {
        static let noDataFolder =
            "de gegevensmap bestaat niet. Geef een map met bronnen.json, landelijk.json, criteria.json, swv.json, scholen.json en inhoud/ op met --data MAP."

        /// There is no opting out for pro: a pro policy in the SWV data gets that reason, not just "unknown key".
        static func explainProPolicy(_ error: InputError) -> InputError {
            guard error.message.hasPrefix("onbekende sleutel \"pro"), error.file?.hasSuffix(FileName.swvs) == true else {
                return error
            }
            var explained = error
            explained.message += ": voor pro bestaat geen opting out; een SWV kan geen eigen pro-beleid hebben (po-opting-out)"
            return explained
        }
    }
}

/// Reads a file, with the Dutch message a user needs when it is not there.
public enum FileReader {
    public static func read(_ path: String) throws(InputError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: path, "bestand niet gevonden")
        }
        guard !isDirectory.boolValue else { throw InputError(.missingFile, file: path, "dit is een map, geen bestand") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.missingFile, file: path, "kan het bestand niet lezen (rechten?)")
        }
        return data
    }
}
