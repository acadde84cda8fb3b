#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension DataSet {
    /// The names of every rule this program runs over a data folder: the model's, then the content's.
    public static var ruleNames: [String] { ModelCheck.rules.map(\.name) + ContentCheck.rules.map(\.name) }

    /// Every named rule over the model and the content, with its findings.
    public func check() -> [Finding] { checkModel() + checkContent() }

    /// The model's rules: the regio-indeling, every SWV, vestiging and licence, the national parameters.
    public func checkModel() -> [Finding] {
        ModelCheck(model: model, parts: modelParts, sources: Set(content.sources.map(\.id)), places: places).run()
    }

    /// The content's rules (`ContentCheck`).
    public func checkContent() -> [Finding] {
        let directory = directory
        return ContentCheck(content: content, model: model, path: { Path.join(directory, $0) }, laws: laws).run()
    }

    /// Reads the folder, then runs every rule over it, unless its check stamp proves that these same files
    /// passed these same rules; throws every problem of every failing rule, so that nothing advises on data
    /// or content that breaks a rule.
    public static func load(from directory: String, examples: Bool = false, today: Day = Peildatum.today()) throws(InputErrors) -> DataSet {
        let dataSet = try read(from: directory, examples: examples, today: today)
        if let stamp = CheckStamp.read(in: directory), stamp.proves(dataSet) { return dataSet }
        let problems = dataSet.check().flatMap(\.problems)
        guard problems.isEmpty else { throw InputErrors(problems) }
        return dataSet
    }
}

/// The record that a data folder passed every rule: the fingerprint of its files and the names of the
/// rules, written by `routekaart controleer` when no rule found a problem. A folder whose files still have
/// that fingerprint, read by a program with the same rules, is not checked again at every start; any
/// change to any file, or a program with another set of rules, makes every rule run.
///
/// The fingerprint (64-bit FNV-1a, `DataFolder`) guards against accidents: an edited or damaged file, a
/// stale stamp. It is not a signature: anyone who can write the folder can write a matching stamp.
public struct CheckStamp: Codable, Sendable, Equatable {
    public static let fileName = DataFolder.stampFile

    public var vingerafdruk: String
    public var bestanden: Int
    /// The rules that passed, by name.
    public var regels: [String]

    /// True when the stamp is for these files and this program's rules.
    func proves(_ dataSet: DataSet) -> Bool { vingerafdruk == dataSet.fingerprint && regels == DataSet.ruleNames }

    /// The stamp of a data folder, when it has a readable one.
    public static func read(in directory: String) -> CheckStamp? {
        let path = Path.join(directory, fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? StrictDecoder.decode(CheckStamp.self, from: data, file: path)
    }

    /// The stamp for a folder as it is now, after every rule passed.
    public static func current(for directory: String, rules: [String]) -> CheckStamp {
        let folder = DataFolder.reading(directory)
        return CheckStamp(vingerafdruk: folder.fingerprint, bestanden: folder.files.count, regels: rules)
    }

    /// Writes the stamp into the folder; returns false when the folder cannot be written.
    public func write(in directory: String) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return false }
        // The program's own file: replaced.
        return (try? FileWriter.write(Array(data) + [0x0A], to: Path.join(directory, Self.fileName), existing: .replace)) != nil
    }
}
