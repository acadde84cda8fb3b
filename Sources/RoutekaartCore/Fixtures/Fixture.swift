#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A scenario fixture: facts in, the expected scenario and outcome out, on a date
/// (like an OpenFisca test).
public struct Fixture: Codable, Sendable {
    public struct Expectation: Codable, Sendable {
        /// `S1`…`S6`, or `geen` where no scenario applies (advice without branches).
        public var scenario: String?
        public var uitkomst: String?
        public var interpretatie: Bool?
        /// Parts of text that must appear in some step (or its deadline).
        public var stappenBevatten: [String]?
        /// Parts of text that no step (nor its deadline) may contain: proves that a corrected rule is gone.
        public var stappenBevattenNiet: [String]?
        /// Citations (or parts of them) that must be among the advice's sources, as written in the
        /// content (`wvo-2020 art. 2.30`) or as readers see them on the case's dates (`WVO 2020 art. 2.30`).
        public var bronnenBevatten: [String]?
        /// Parts that no citation may show readers (`WVO art. 10g` after 1-8-2022): proves the dated choice.
        public var bronnenBevattenNiet: [String]?
        /// For conditional advice: every branch, with the values of the unknown facts it holds for.
        public var takken: [BranchExpectation]?
        /// The facts whose "weet ik niet" the advice asks to find out, in order.
        public var navragen: [String]?
        /// Parts of deadline texts that must be marked as passed on the peildatum.
        public var verstreken: [String]?
        /// Parts of deadline texts that must not be marked as passed.
        public var nietVerstreken: [String]?
        /// The id of the contradiction the case must be refused for.
        public var tegenstrijdig: String?

        public init(
            scenario: String? = nil, uitkomst: String? = nil, interpretatie: Bool? = nil, stappenBevatten: [String]? = nil,
            bronnenBevatten: [String]? = nil, bronnenBevattenNiet: [String]? = nil
        ) {
            self.scenario = scenario
            self.uitkomst = uitkomst
            self.interpretatie = interpretatie
            self.stappenBevatten = stappenBevatten
            self.bronnenBevatten = bronnenBevatten
            self.bronnenBevattenNiet = bronnenBevattenNiet
        }
    }

    /// One branch of conditional advice: the values it holds for, and where it ends.
    public struct BranchExpectation: Codable, Sendable, Equatable {
        public var als: [String: [String]]
        public var scenario: String
        public var uitkomst: String
    }

    public var omschrijving: String
    public var peildatum: Day
    /// `voorbeeld`: the fixture names invented example SWVs or schools, so they are loaded too.
    public var gegevens: DataChoice?
    public var antwoorden: [String: String]
    public var verwacht: Expectation

    public init(omschrijving: String, peildatum: Day, gegevens: DataChoice? = nil, antwoorden: [String: String], verwacht: Expectation) {
        self.omschrijving = omschrijving
        self.peildatum = peildatum
        self.gegevens = gegevens
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

/// Runs fixtures through the engine and compares with what they expect. A fixture runs on the real data
/// only, unless it says `"gegevens": "voorbeeld"`: then on the real data plus the examples.
public struct FixtureRunner: Sendable {
    /// The real data.
    public let dataSet: DataSet
    /// The real data plus the examples.
    public let withExamples: DataSet

    /// `dataSet` must be loaded with the examples; the runner takes the real data out of it for the other fixtures.
    public init(dataSet: DataSet) {
        withExamples = dataSet
        self.dataSet = dataSet.realOnly()
    }

    /// The `.json` files of a folder, sorted; or the file itself.
    public static func files(at path: String) throws(InputError) -> [String] {
        var isDirectory: Bool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: path, "bestand of map niet gevonden")
        }
        guard isDirectory else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { Path.join(path, $0) }
    }

    public func run(file: String) -> FixtureResult {
        let name = Path.deletingExtension(Path.lastComponent(file))
        do {
            let fixture = try StrictDecoder.decode(Fixture.self, from: try FileReader.read(file), file: file)
            return run(fixture, name: name, file: file)
        } catch {
            return FixtureResult(name: name, problems: [error.description], summary: "")
        }
    }

    public func run(_ fixture: Fixture, name: String, file: String) -> FixtureResult {
        if fixture.gegevens == .voorbeeld && !withExamples.includesExamples {
            return FixtureResult(name: name, problems: [Messages.examplesNotLoaded], summary: "")
        }
        let dataSet = fixture.gegevens == .voorbeeld ? withExamples : self.dataSet
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
        let expected = fixture.verwacht
        switch result {
        case .question(let question, _):
            return FixtureResult(name: name, problems: [Messages.unanswered(question.fact.id)], summary: "")
        case .contradiction(let contradiction, _):
            guard let control = expected.tegenstrijdig else {
                return FixtureResult(name: name, problems: [Messages.refused(contradiction.message)], summary: "")
            }
            let problems = control == contradiction.control.id ? [] : [Messages.mismatch("tegenstrijdig", control, contradiction.control.id)]
            return FixtureResult(name: name, problems: problems, summary: "tegenstrijdig / \(contradiction.control.id)")
        case .advice(let advice):
            return FixtureResult(name: name, problems: check(advice, against: expected), summary: summary(advice))
        }
    }

    func summary(_ advice: Advice) -> String {
        guard let single = advice.single else { return "\(advice.leaves.count) takken" }
        return "\(single.scenario?.id ?? "geen") / \(single.template.id)"
    }

    func check(_ advice: Advice, against expected: Fixture.Expectation) -> [String] {
        var problems: [String] = []
        if let control = expected.tegenstrijdig { problems.append(Messages.notRefused(control)) }
        if let single = advice.single {
            let scenario = single.scenario?.id ?? "geen"
            if let want = expected.scenario, scenario != want { problems.append(Messages.mismatch("scenario", want, scenario)) }
            if let want = expected.uitkomst, single.template.id != want { problems.append(Messages.mismatch("uitkomst", want, single.template.id)) }
            if expected.takken != nil { problems.append(Messages.notConditional) }
        } else {
            if expected.scenario != nil || expected.uitkomst != nil { problems.append(Messages.conditional(advice.leaves.count)) }
            let actual = Self.branches(advice.root, conditions: [:])
            if let want = expected.takken {
                for branch in want where !actual.contains(branch) { problems.append(Messages.missingBranch(Self.describe(branch))) }
                for branch in actual where !want.contains(branch) { problems.append(Messages.extraBranch(Self.describe(branch))) }
            }
        }
        if let interpretation = expected.interpretatie, interpretation != advice.interpretatie {
            problems.append(Messages.mismatch("interpretatie", String(interpretation), String(advice.interpretatie)))
        }
        let document = AdviceRenderer(content: dataSet.content, model: dataSet.model).document(advice)
        if let want = expected.navragen {
            let asked = Self.forkFacts(advice.root)
            if asked != want { problems.append(Messages.mismatch("navragen", want.joined(separator: ", "), asked.joined(separator: ", "))) }
        }
        let steps = document.inquiries + document.common + document.outcomes.flatMap(\.steps)
        let stepTexts = steps.map { step in
            [step.text, step.deadline?.text ?? "", step.deadline?.afterwards ?? ""].joined(separator: " ")
        }
        for part in expected.stappenBevatten ?? [] where !stepTexts.contains(where: { $0.lowercased().contains(part.lowercased()) }) {
            problems.append(Messages.missingStep(part))
        }
        for part in expected.stappenBevattenNiet ?? [] {
            for text in stepTexts where text.lowercased().contains(part.lowercased()) { problems.append(Messages.unexpectedStep(part, text)) }
        }
        let citations = advice.sources + document.sources
        for part in expected.bronnenBevatten ?? [] where !citations.contains(where: { $0.contains(part) }) {
            problems.append(Messages.missingSource(part))
        }
        let shown = document.sources + steps.flatMap(\.citations)
        for part in expected.bronnenBevattenNiet ?? [] {
            for citation in unique(shown) where citation.contains(part) { problems.append(Messages.unexpectedSource(part, citation)) }
        }
        let deadlines = steps.compactMap(\.deadline)
        for part in expected.verstreken ?? [] where !deadlines.contains(where: { $0.passed && $0.text.contains(part) }) {
            problems.append(Messages.notPassed(part))
        }
        for part in expected.nietVerstreken ?? [] where !deadlines.contains(where: { !$0.passed && $0.text.contains(part) }) {
            problems.append(Messages.notOpen(part))
        }
        return problems
    }

    /// Every branch of the advice with the values of the unknown facts it holds for.
    /// A branch whose values were merged although they lie in different scenarios names them all (`geen|S1`).
    static func branches(_ node: AdviceNode, conditions: [String: [String]], scenarios: [String?]? = nil) -> [Fixture.BranchExpectation] {
        switch node {
        case .outcome(let leaf):
            let names = (scenarios ?? [leaf.scenario?.id]).map { $0 ?? "geen" }
            let scenario = unique(names).joined(separator: "|")
            return [.init(als: conditions, scenario: scenario, uitkomst: leaf.template.id)]
        case .fork(let fork):
            return fork.branches.flatMap { branch in
                var next = conditions
                next[fork.fact.id] = branch.values
                return branches(branch.node, conditions: next, scenarios: branch.scenarios.isEmpty ? nil : branch.scenarios)
            }
        }
    }

    /// The facts the advice splits on, each once, in order.
    static func forkFacts(_ node: AdviceNode) -> [String] {
        guard case .fork(let fork) = node else { return [] }
        var facts = [fork.fact.id]
        for branch in fork.branches {
            for fact in forkFacts(branch.node) where !facts.contains(fact) { facts.append(fact) }
        }
        return facts
    }

    static func describe(_ branch: Fixture.BranchExpectation) -> String {
        let conditions = branch.als.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "|"))" }.joined(separator: ", ")
        return "[\(conditions)] → \(branch.scenario) / \(branch.uitkomst)"
    }

    enum Messages {
        static let examplesNotLoaded = "dit scenario gebruikt voorbeeldgegevens, maar die zijn niet geladen"
        static func unanswered(_ id: String) -> String { "de casus is niet compleet: de vraag \"\(id)\" is niet beantwoord" }
        static func mismatch(_ what: String, _ expected: String, _ actual: String) -> String {
            "\(what): verwacht \"\(expected)\", kreeg \"\(actual)\""
        }
        static func missingStep(_ part: String) -> String { "geen stap bevat \"\(part)\"" }
        static func unexpectedStep(_ part: String, _ text: String) -> String {
            "een stap bevat \"\(part)\", maar dat mag niet: \"\(Sanitized.short(text))\""
        }
        static func missingSource(_ part: String) -> String { "de bronnen bevatten \"\(part)\" niet" }
        static func refused(_ message: String) -> String { "de casus werd geweigerd als tegenstrijdig: \(message)" }
        static func notRefused(_ control: String) -> String { "verwacht een weigering (\(control)), kreeg een advies" }
        static let notConditional = "verwacht een advies met takken, kreeg één uitkomst"
        static func conditional(_ count: Int) -> String { "verwacht één uitkomst, kreeg een advies met \(count) takken" }
        static func missingBranch(_ text: String) -> String { "tak ontbreekt: \(text)" }
        static func extraBranch(_ text: String) -> String { "onverwachte tak: \(text)" }
        static func unexpectedSource(_ part: String, _ citation: String) -> String {
            "de bronnen tonen \"\(part)\", maar dat mag niet: \"\(citation)\""
        }
        static func notPassed(_ part: String) -> String { "geen termijn met \"\(part)\" is als verstreken gemeld" }
        static func notOpen(_ part: String) -> String { "geen termijn met \"\(part)\" staat nog open" }
    }
}
