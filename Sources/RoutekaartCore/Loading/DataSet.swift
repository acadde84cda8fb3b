#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A data folder read into plain values: the model of SWVs and schools, the routekaart content and the
/// law texts. Reading is one step that finishes before anything else runs; whether the rules run over
/// what was read is the check's business (`DataSet.load`, in `Check/`).
public struct DataSet: Sendable {
    public var content: Content
    public var model: Model
    public var directory: String
    /// True when the invented example SWVs and schools (`voorbeeld/`) are loaded next to the real ones.
    public var includesExamples: Bool
    /// The model's files as read, before they were put together, and where each record lives: what the
    /// model's rules check.
    var modelParts: ModelParts
    var places: ModelPlaces
    /// The fingerprint of the files as read (`DataFolder`).
    var fingerprint: String
    /// The verbatim law texts (`wet/*.md`) by their path in the folder.
    var lawTexts: [String: String]

    public var engine: Engine { Engine(content: content, model: model) }

    /// The verbatim law texts of this data folder.
    public var laws: LawLibrary { LawLibrary(sources: content.sources, texts: lawTexts) }

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
    /// `today` is the latest day a fact of the knowledge files may have been checked.
    public static func read(from directory: String, examples: Bool = false, today: Day = Peildatum.today()) throws(InputErrors) -> DataSet {
        try prepare(directory)
        // The national parameters first: the model needs them. Then the model's files and the content's, which do not
        // depend on each other: the model is read and put together on a second thread meanwhile. Every file is read
        // once, and what is parsed is what is fingerprinted.
        let nationalPart = DataFolder.reading(directory, folders: [""]) { $0 == FileName.national }
        var nationalErrors: [InputError] = []
        let national = nationalPart.read(FileName.national, NationalFile.init, errors: &nationalErrors)
        let parameters = national?.parameters
        let (contentRead, modelRead) = alongside({
            () -> (part: DataFolder, parts: ModelParts, assembled: (Model, ModelPlaces)?, errors: [InputError]) in
            let part = DataFolder.reading(directory, folders: DataFolder.modelFolders)
            var errors: [InputError] = []
            var parts = ModelLoader.read(part, examples: examples, errors: &errors)
            guard errors.isEmpty, let parameters else { return (part, parts, nil, errors) }
            let assembled = ModelLoader.assemble(&parts, parameters: parameters, today: today, path: part.path)
            return (part, parts, assembled, errors)
        }) {
            let part = DataFolder.reading(directory, folders: DataFolder.contentFolders) { $0 != FileName.national }
            return (part: part, read: readContent(part, national: national))
        }
        let read = contentRead.read
        // The problems in the order of the files as they were always read: sources, national, model, content; the law
        // texts only when all the rest is right.
        let errors = read.sourceErrors + nationalErrors + modelRead.errors + read.contentErrors
        guard let content = read.content, let assembled = modelRead.assembled, errors.isEmpty else {
            throw InputErrors(errors.map { Messages.explainProPolicy($0) })
        }
        guard read.lawErrors.isEmpty else { throw InputErrors(read.lawErrors) }
        let folder = DataFolder.joined([nationalPart, contentRead.part, modelRead.part])
        return DataSet(
            content: content, model: assembled.0, directory: directory, includesExamples: examples, modelParts: modelRead.parts,
            places: assembled.1, fingerprint: folder.fingerprint, lawTexts: read.lawTexts)
    }

    /// Throws the message that the folder is not there, or that an import that was interrupted could not be undone.
    static func prepare(_ directory: String) throws(InputErrors) {
        var isDirectory: Bool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            throw InputErrors([InputError(.missingFile, file: directory, Messages.noDataFolder)])
        }
        // An import that was killed halfway left a journal: its old files are put back before anything is read.
        do {
            try FileWriter.recover(in: Path.join(directory, ModelFiles.folder))
        } catch {
            throw InputErrors([InputError(.data, file: error.path, Messages.interruptedImport(error.description))])
        }
    }

    /// The content's files and the law texts: the content when every file is right (and the national parameters
    /// were read), with the problems of the sources, of the rest of the content, and of the law texts apart.
    private static func readContent(_ folder: DataFolder, national: NationalFile?) -> (
        content: Content?, lawTexts: [String: String], sourceErrors: [InputError], contentErrors: [InputError],
        lawErrors: [InputError]
    ) {
        var sourceErrors: [InputError] = []
        let sources = folder.read(FileName.sources, SourcesFile.init, errors: &sourceErrors)
        var errors: [InputError] = []
        func read<T>(_ name: String, _ make: (inout JSONFields) throws(InputError) -> T) -> T? { folder.read(name, make, errors: &errors) }
        let facts = read(FileName.facts, FactsFile.init)
        let tree = read(FileName.tree, TreeFile.init)
        let outcomes = read(FileName.outcomes, OutcomesFile.init)
        let glossary = read(FileName.glossary, GlossaryFile.init)
        let controls = read(FileName.controls, ControlsFile.init)
        let criteria = read(FileName.criteria, NationalCriteria.init)
        guard let sources, let national, let facts, let tree, let outcomes, let glossary, let controls, var criteria else {
            return (nil, [:], sourceErrors, errors, [])
        }
        criteria.parameters = national.parameters
        let content = Content(
            start: tree.start, facts: facts.feiten, nodes: tree.knopen, outcomes: outcomes.uitkomsten, scenarios: outcomes.scenarios,
            glossary: glossary.begrippen, sources: sources.bronnen, controls: controls.controles, criteria: criteria)
        var lawTexts: [String: String] = [:]
        var lawErrors: [InputError] = []
        for source in sources.bronnen where source.isLaw {
            guard let file = source.tekst, let bytes = folder.files[file] else { continue }
            // Printed as it is (`bronnen`, `waarom`): a control character would act on the terminal.
            if let control = bytes.withUnsafeBufferPointer(TextDecoding.firstControl) {
                let line = 1 + bytes[..<control.offset].filter { $0 == 0x0A }.count
                lawErrors.append(InputError(.data, file: folder.path(file), place: "regel \(line)", CSVTable.Messages.control(control.scalar)))
                continue
            }
            lawTexts[file] = String(decoding: bytes, as: UTF8.self)
        }
        return (content, lawTexts, sourceErrors, errors, lawErrors)
    }

    /// The same data without the example SWVs and schools (and without the example knowledge).
    public func realOnly() -> DataSet {
        guard includesExamples else { return self }
        var real = self
        let examples = model.swvs.filter(\.voorbeeld).map(\.code) + model.schools.filter(\.voorbeeld).map(\.code)
        real.model = Model(
            swvs: model.swvs.filter { !$0.voorbeeld }.map { SWV(code: $0.code, voorbeeld: false, gemeenten: $0.gemeenten, opmerking: $0.opmerking) },
            schools: model.schools.filter { !$0.voorbeeld }, parameters: model.parameters, regio: model.regio, regioOrigin: model.regioOrigin,
            aliases: model.aliases, knowledge: KnowledgeBase(tables: model.knowledge.tables.filter { $0.kind != .examples }),
            exampleCodes: model.exampleCodes.union(examples))
        real.includesExamples = false
        return real
    }

    /// The same data with other knowledge.
    public func with(knowledge: KnowledgeBase) -> DataSet {
        var copy = self
        copy.model = model.with(knowledge: knowledge)
        return copy
    }

    /// The same data with the user's knowledge files (`--kennis`, her own file) before the data folder's.
    public func adding(knowledge tables: [KnowledgeTable]) -> DataSet {
        var copy = self
        copy.model = model.adding(knowledge: tables)
        return copy
    }

    enum Messages {
        static func interruptedImport(_ detail: String) -> String {
            "een import die werd onderbroken, kon niet worden teruggedraaid (\(detail)); draai 'routekaart gegevens importeer' opnieuw"
        }
        static let noDataFolder =
            "de gegevensmap bestaat niet. Geef een map met bronnen.json, landelijk.json, criteria.json, model/ en inhoud/ op met --data MAP."

        /// There is no opting out for pro: a pro policy in the SWV data gets that reason, not just "unknown key".
        static func explainProPolicy(_ error: InputError) -> InputError {
            guard error.file?.hasSuffix("swv.json") == true else { return error }
            var explained = error
            if error.message.hasPrefix("onbekende sleutel \"pro") {
                explained.message += ": voor pro bestaat geen opting out; een SWV kan geen eigen pro-beleid hebben (po-opting-out)"
            } else if error.message.hasPrefix("onbekende sleutel \"naam") || error.message.hasPrefix("onbekende sleutel \"perioden") {
                explained.message += ": namen en beleid staan in het kennisbestand (voorbeeld/kennis.csv), niet in swv.json"
            }
            return explained
        }
    }
}

/// Reads a file, with the Dutch message a user needs when it is not there, and never more than a limit: a file
/// (or a pipe, or a device such as `/dev/zero`) larger than any Routekaart reads is refused after `limit` bytes, so
/// reading takes bounded time and memory whatever the name points at.
public enum FileReader {
    /// The most any data or case file may hold: the largest data file (`vestigingen.csv`) is a quarter of a megabyte.
    public static let defaultLimit = 64 << 20

    public static func read(_ path: String, limit: Int = defaultLimit) throws(InputError) -> Data {
        Data(try bytes(path, limit: limit))
    }

    public static func bytes(_ path: String, limit: Int = defaultLimit) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(.missingFile, file: path, errno == ENOENT || errno == ENOTDIR ? Messages.notFound : Messages.unreadable)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw InputError(.missingFile, file: path, Messages.unreadable) }
        if status.st_mode & S_IFMT == S_IFDIR { throw InputError(.missingFile, file: path, Messages.folder) }
        let regular = status.st_mode & S_IFMT == S_IFREG
        if regular, Int(status.st_size) > limit { throw InputError(.data, file: path, Messages.tooLarge(limit)) }
        // A regular file straight into an array of its size (one more byte shows whether it grew meanwhile); a pipe or
        // a file that grew, on in chunks, never past the limit.
        var bytes: [UInt8] = []
        var failed = false
        if regular {
            let size = Int(status.st_size)
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
                while initialized < buffer.count {
                    let count = FileWriter.systemRead(descriptor, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if count == 0 { return }
                    initialized += count
                }
            }
            if failed { throw InputError(.missingFile, file: path, Messages.unreadable) }
            if bytes.count <= size { return bytes }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { FileWriter.systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(.missingFile, file: path, Messages.unreadable)
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw InputError(.data, file: path, Messages.tooLarge(limit)) }
            bytes += chunk[..<count]
        }
    }

    enum Messages {
        static let notFound = "bestand niet gevonden"
        static let folder = "dit is een map, geen bestand"
        static let unreadable = "kan het bestand niet lezen (rechten?)"
        static func tooLarge(_ limit: Int) -> String {
            "het bestand is groter dan \(limit >> 20) MB; zo groot is geen bestand dat Routekaart leest: is dit het goede bestand?"
        }
    }
}
