import Foundation

/// A scenario fixture: facts in, the expected scenario and outcome out, on a date
/// (like an OpenFisca test).
public struct Fixture: Codable, Sendable {
    public struct Expectation: Codable, Sendable {
        /// `S1`…`S6`, or `geen` where no scenario applies.
        public var scenario: String
        public var uitkomst: String
        public var interpretatie: Bool?
        /// Parts of text that must appear in some step.
        public var stappenBevatten: [String]?
        /// Citations (or parts of them) that must be among the advice's sources, as written in the
        /// content (`wvo-2020 art. 2.30`) or as readers see them on the case's dates (`WVO 2020 art. 2.30`).
        public var bronnenBevatten: [String]?
        /// Parts that no citation may show readers (`WVO art. 10g` after 1-8-2022): proves the dated choice.
        public var bronnenBevattenNiet: [String]?

        public init(
            scenario: String, uitkomst: String, interpretatie: Bool? = nil, stappenBevatten: [String]? = nil, bronnenBevatten: [String]? = nil,
            bronnenBevattenNiet: [String]? = nil
        ) {
            self.scenario = scenario
            self.uitkomst = uitkomst
            self.interpretatie = interpretatie
            self.stappenBevatten = stappenBevatten
            self.bronnenBevatten = bronnenBevatten
            self.bronnenBevattenNiet = bronnenBevattenNiet
        }
    }
    public var omschrijving: String
    public var peildatum: Day
    public var antwoorden: [String: String]
    public var verwacht: Expectation

    public init(omschrijving: String, peildatum: Day, antwoorden: [String: String], verwacht: Expectation) {
        self.omschrijving = omschrijving
        self.peildatum = peildatum
        self.antwoorden = antwoorden
        self.verwacht = verwacht
    }
}

/// The result of one fixture.
public struct FixtureResult: Sendable {
    public var name: String
    public var problems: [String]
    public var summary: String
    public var passed: Bool { problems.isEmpty }
}

/// Runs fixtures through the engine and compares with what they expect.
public struct FixtureRunner: Sendable {
    public let dataSet: DataSet

    public init(dataSet: DataSet) { self.dataSet = dataSet }

    /// The `.json` files of a folder, sorted; or the file itself.
    public static func files(at path: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: path, "bestand of map niet gevonden")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }

    public func run(file: String) -> FixtureResult {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            let fixture = try StrictDecoder.decode(Fixture.self, from: try FileReader.read(file), file: file)
            return run(fixture, name: name, file: file)
        } catch {
            return FixtureResult(name: name, problems: [error.description], summary: "")
        }
    }

    public func run(_ fixture: Fixture, name: String, file: String) -> FixtureResult {
        let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
        let situation: Case
        do {
            situation = try validator.validate(
                CaseFile(peildatum: fixture.peildatum, antwoorden: fixture.antwoorden), path: file, peildatum: fixture.peildatum)
        } catch {
            return FixtureResult(name: name, problems: [error.description], summary: "")
        }
        let result: EngineResult
        do {
            result = try dataSet.engine.evaluate(situation)
        } catch {
            return FixtureResult(name: name, problems: [error.description], summary: "")
        }
        guard case .advice(let advice) = result else {
            if case .question(let question, _) = result {
                return FixtureResult(name: name, problems: [Messages.unanswered(question.fact.id)], summary: "")
            }
            return FixtureResult(name: name, problems: [], summary: "")
        }
        let expected = fixture.verwacht
        var problems: [String] = []
        let scenario = advice.scenario?.id ?? "geen"
        if scenario != expected.scenario { problems.append(Messages.mismatch("scenario", expected.scenario, scenario)) }
        if advice.outcome.id != expected.uitkomst { problems.append(Messages.mismatch("uitkomst", expected.uitkomst, advice.outcome.id)) }
        if let interpretation = expected.interpretatie, interpretation != advice.interpretatie {
            problems.append(Messages.mismatch("interpretatie", String(interpretation), String(advice.interpretatie)))
        }
        let stepTexts = advice.outcome.stappen.map { [$0.wat, $0.termijn ?? ""].joined(separator: " ") }
        for part in expected.stappenBevatten ?? [] where !stepTexts.contains(where: { $0.localizedCaseInsensitiveContains(part) }) {
            problems.append(Messages.missingStep(part))
        }
        let shown = advice.citedSources
        for part in expected.bronnenBevatten ?? [] where !(advice.sources + shown).contains(where: { $0.contains(part) }) {
            problems.append(Messages.missingSource(part))
        }
        for part in expected.bronnenBevattenNiet ?? [] {
            for citation in shown where citation.contains(part) { problems.append(Messages.unexpectedSource(part, citation)) }
        }
        return FixtureResult(name: name, problems: problems, summary: "\(scenario) / \(advice.outcome.id)")
    }

    enum Messages {
        static func unanswered(_ id: String) -> String { "de casus is niet compleet: de vraag \"\(id)\" is niet beantwoord" }
        static func mismatch(_ what: String, _ expected: String, _ actual: String) -> String {
            "\(what): verwacht \"\(expected)\", kreeg \"\(actual)\""
        }
        static func missingStep(_ part: String) -> String { "geen stap bevat \"\(part)\"" }
        static func missingSource(_ part: String) -> String { "de bronnen bevatten \"\(part)\" niet" }
        static func unexpectedSource(_ part: String, _ citation: String) -> String {
            "de bronnen tonen \"\(part)\", maar dat mag niet: \"\(citation)\""
        }
    }
}
