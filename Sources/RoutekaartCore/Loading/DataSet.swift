#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The bundled (or another) data folder, loaded and validated: the model
/// of SWVs and schools, and the routekaart content.
public struct DataSet: Sendable {
    public var content: Content
    public var model: Model
    public var directory: String
    /// True when the invented example SWVs and schools (`voorbeeld/`) are loaded next to the real ones.
    public var includesExamples: Bool
    /// Where each record of the model lives, for the messages of `check`.
    var places: ModelPlaces
    /// What did not fit together when the model was put together (a licence for a vestiging that is not there).
    var assemblyProblems: [InputError]

    public var engine: Engine { Engine(content: content, model: model) }

    /// The files of a data folder, relative to it (the model's files: `ModelFiles`).
    public enum FileName {
        public static let sources = "bronnen.json"
        public static let national = "landelijk.json"
        public static let facts = "inhoud/vragen.json"
        public static let tree = "inhoud/boom.json"
        public static let outcomes = "inhoud/uitkomsten.json"
        public static let glossary = "inhoud/begrippen.json"
        public static let controls = "inhoud/controles.json"
        public static let criteria = "criteria.json"
    }

    /// Reads every file (syntax, types, unknown keys) without checking the rules
    /// that span records; throws all problems found at once. The model is the real country
    /// (`model/`); with `examples` the invented SWVs and schools of `voorbeeld/` are added, marked as such.
    public static func read(from directory: String, examples: Bool = false) throws(InputErrors) -> DataSet {
        try read(try folder(directory), examples: examples)
    }

    /// The folder read into memory, or the message that it is not there.
    static func folder(_ directory: String) throws(InputErrors) -> DataFolder {
        var isDirectory: Bool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            throw InputErrors([InputError(.missingFile, file: directory, Messages.noDataFolder)])
        }
        return DataFolder.reading(directory)
    }

    static func read(_ folder: DataFolder, examples: Bool) throws(InputErrors) -> DataSet {
        let directory = folder.directory
        var errors: [InputError] = []
        func read<T: Codable>(_ type: T.Type, _ name: String) -> T? { folder.decode(type, name, errors: &errors) }
        let sources = read(SourcesFile.self, FileName.sources)
        let national = read(NationalFile.self, FileName.national)
        let parts = ModelLoader.read(folder, examples: examples, errors: &errors)
        let facts = read(FactsFile.self, FileName.facts)
        let tree = read(TreeFile.self, FileName.tree)
        let outcomes = read(OutcomesFile.self, FileName.outcomes)
        let glossary = read(GlossaryFile.self, FileName.glossary)
        let controls = read(ControlsFile.self, FileName.controls)
        let criteria = read(NationalCriteria.self, FileName.criteria)
        guard let sources, let national, let facts, let tree, let outcomes, let glossary, let controls, var criteria, errors.isEmpty else {
            throw InputErrors(errors.map { Messages.explainProPolicy($0) })
        }
        var content = Content(
            start: tree.start, facts: facts.feiten, nodes: tree.knopen, outcomes: outcomes.uitkomsten,
            scenarios: outcomes.scenarios, glossary: glossary.begrippen, sources: sources.bronnen, controls: controls.controles)
        criteria.parameters = national.parameters
        content.criteria = criteria
        let path: @Sendable (String) -> String = { name in Path.join(directory, name) }
        let (model, places, assembly) = ModelLoader.assemble(parts, parameters: national.parameters, path: path)
        return DataSet(
            content: content, model: model, directory: directory, includesExamples: examples, places: places, assemblyProblems: assembly)
    }

    /// A folder whose stamp proves it passed every rule, read for the advisor: what the first question
    /// needs now, the outcomes and the model of the country when first used, from the bytes that were proven.
    static func readProven(_ folder: DataFolder, examples: Bool) throws(InputErrors) -> DataSet {
        var errors: [InputError] = []
        func read<T: Codable>(_ type: T.Type, _ name: String) -> T? { folder.decode(type, name, errors: &errors) }
        let national = read(NationalFile.self, FileName.national)
        let facts = read(FactsFile.self, FileName.facts)
        let tree = read(TreeFile.self, FileName.tree)
        let controls = read(ControlsFile.self, FileName.controls)
        guard let national, let facts, let tree, let controls, errors.isEmpty else {
            throw InputErrors(errors)
        }
        let outcomesData = folder.files[FileName.outcomes] ?? Data()
        let outcomesPath = folder.path(FileName.outcomes)
        let outcomes = LazyValue<OutcomeRecords> {
            // These bytes passed every rule (the fingerprint says so), so they decode.
            let file = try? StrictDecoder.decode(OutcomesFile.self, from: outcomesData, file: outcomesPath)
            return OutcomeRecords(outcomes: file?.uitkomsten ?? [], scenarios: file?.scenarios ?? [])
        }
        let sourcesData = folder.files[FileName.sources] ?? Data()
        let glossaryData = folder.files[FileName.glossary] ?? Data()
        let registry = LazyValue<RegistryRecords> {
            // Proven bytes, like the outcomes.
            let sources = try? StrictDecoder.decode(SourcesFile.self, from: sourcesData, file: FileName.sources)
            let glossary = try? StrictDecoder.decode(GlossaryFile.self, from: glossaryData, file: FileName.glossary)
            return RegistryRecords(sources: sources?.bronnen ?? [], glossary: glossary?.begrippen ?? [])
        }
        var content = Content(
            start: tree.start, facts: facts.feiten, nodes: tree.knopen, outcomes: outcomes,
            lookup: OutcomeLookup(outcomesData, file: outcomesPath), registry: registry, controls: controls.controles)
        let parameters = national.parameters
        content.criteriaValue = LazyValue {
            // Proven bytes, like the outcomes.
            var ignored: [InputError] = []
            var criteria = folder.decode(NationalCriteria.self, FileName.criteria, errors: &ignored)
            criteria?.parameters = parameters
            return criteria
        }
        let directory = folder.directory
        let model = Model(
            lookup: ModelLookup(folder, examples: examples, parameters: parameters),
            lazy: {
                var ignored: [InputError] = []
                var parts = ModelLoader.read(folder, examples: examples, errors: &ignored)
                // Proven: the files are in the importer's form (checked when the stamp was made, not again here).
                parts.generatedBytes = [:]
                let path: @Sendable (String) -> String = { name in Path.join(directory, name) }
                return ModelLoader.assemble(parts, parameters: parameters, path: path).0
            })
        return DataSet(
            content: content, model: model, directory: directory, includesExamples: examples,
            places: ModelPlaces(path: { Path.join(directory, $0) }), assemblyProblems: [])
    }

    /// Every named rule over the model and the content, with its findings.
    public func check() -> [Finding] { checkModel() + checkContent() }

    /// The model's rules: the regio-indeling, every SWV, vestiging and licence, the national parameters.
    public func checkModel() -> [Finding] {
        ModelValidator(model: model, sources: Set(content.sources.map(\.id)), places: places, assembly: assemblyProblems).findings()
    }

    /// The content's rules (`ContentCheck`).
    public func checkContent() -> [Finding] {
        let path = { (name: String) in Path.join(directory, name) }
        return ContentCheck(content: content, model: model, path: path, laws: laws).run()
    }

    /// Reads and checks; throws every problem of every failing rule, so that
    /// nothing advises on data or content that breaks a rule.
    ///
    /// A folder whose files have the fingerprint of its check stamp (`gecontroleerd.json`, written by
    /// `routekaart controleer` when every rule passed) is not checked again: the stamp proves it. Any change
    /// to any file changes the fingerprint, and then every rule runs.
    public static func load(from directory: String, examples: Bool = false) throws(InputErrors) -> DataSet {
        let folder = try folder(directory)
        if let stamp = CheckStamp.read(in: directory), stamp.vingerafdruk == folder.fingerprint {
            return try readProven(folder, examples: examples)
        }
        let dataSet = try read(folder, examples: examples)
        let problems = dataSet.check().flatMap(\.problems)
        guard problems.isEmpty else { throw InputErrors(problems) }
        return dataSet
    }

    /// The same data without the example SWVs and schools.
    public func realOnly() -> DataSet {
        guard includesExamples else { return self }
        var real = self
        let model = self.model
        real.model = Model(
            swvs: model.swvs.filter { !$0.voorbeeld }, schools: model.schools.filter { !$0.voorbeeld }, parameters: model.parameters,
            regio: model.regio, regioOrigin: model.regioOrigin, aliases: model.aliases)
        real.includesExamples = false
        return real
    }

    enum Messages {
        static let noDataFolder =
            "de gegevensmap bestaat niet. Geef een map met bronnen.json, landelijk.json, criteria.json, model/ en inhoud/ op met --data MAP."

        /// There is no opting out for pro: a pro policy in the SWV data gets that reason, not just "unknown key".
        static func explainProPolicy(_ error: InputError) -> InputError {
            guard error.message.hasPrefix("onbekende sleutel \"pro"), error.file?.hasSuffix("swv.json") == true else {
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
        var isDirectory: Bool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: path, "bestand niet gevonden")
        }
        guard !isDirectory else { throw InputError(.missingFile, file: path, "dit is een map, geen bestand") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.missingFile, file: path, "kan het bestand niet lezen (rechten?)")
        }
        return data
    }
}
