import Foundation
import RoutekaartCore

/// A generated model of SWVs and schools in the example files' format, with its facts (names, policies, durations,
/// licences) as an example knowledge file: valid by construction against every constraint the model's rules check,
/// the same for the same seed. It exists to test and measure the advisor at national scale and beyond
/// (another 80 SWVs and 1,600 vo locations on top of the real country), never as
/// advice data: every record is marked `voorbeeld`, and its BRINs start with 9,
/// which no real BRIN does.
public struct SyntheticModel: Sendable {
    public var seed: UInt64
    public var swvs: [SWV]
    public var schools: [School]
    /// Every fact about them, as `voorbeeld/kennis.csv` holds it.
    public var facts: [KnowledgeFact]

    private struct SWVEntry: Codable {
        var code: String
        var voorbeeld: Bool
        var opmerking: String?
    }
    private struct SWVFile: Codable { var swv: [SWVEntry] }
    private struct SchoolFile: Encodable { var scholen: [School] }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// The contents of `voorbeeld/swv.json`.
    public func swvJSON() throws -> Data {
        try Self.encoder().encode(SWVFile(swv: swvs.map { SWVEntry(code: $0.code, voorbeeld: $0.voorbeeld, opmerking: $0.opmerking) }))
    }

    /// The contents of `voorbeeld/scholen.json`.
    public func schoolJSON() throws -> Data { try Self.encoder().encode(SchoolFile(scholen: schools)) }

    /// The facts as a knowledge table (`voorbeeld/kennis.csv`).
    public var knowledgeTable: KnowledgeTable {
        var table = KnowledgeTable.empty(path: ModelFiles.exampleKnowledge, label: KnowledgeSource(path: "", kind: .examples).label, kind: .examples)
        table.byteOrderMark = false
        table.rows = facts.enumerated().map { index, fact in KnowledgeRow(line: index + 2, fields: table.fields(for: fact), fact: fact) }
        return table
    }

    /// The contents of `voorbeeld/kennis.csv`.
    public func knowledgeCSV() -> Data { Data(KnowledgeWriter.bytes(of: knowledgeTable)) }

    /// The model in memory, with the national parameters of another data set.
    public func model(parameters: [Parameter]) -> Model {
        Model(swvs: swvs, schools: schools, parameters: parameters, knowledge: KnowledgeBase(tables: [knowledgeTable]))
    }

    /// Writes a complete data folder: the generated SWVs and schools as its example data
    /// (`voorbeeld/`), and `bronnen.json`, `landelijk.json`, `inhoud/`, the law texts (`wet/`) and the real `model/` copied
    /// from `contentFolder`. Load it with examples to get the real country plus the generated one.
    public func write(to directory: String, copyingContentFrom contentFolder: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory)
        let source = URL(fileURLWithPath: contentFolder)
        try manager.createDirectory(at: target.appendingPathComponent("voorbeeld"), withIntermediateDirectories: true)
        for name in [DataSet.FileName.sources, DataSet.FileName.national, DataSet.FileName.criteria, "inhoud", "wet", ModelFiles.folder] {
            let destination = target.appendingPathComponent(name)
            if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
            try manager.copyItem(at: source.appendingPathComponent(name), to: destination)
        }
        try swvJSON().write(to: target.appendingPathComponent(ModelFiles.exampleSWVs), options: .atomic)
        try schoolJSON().write(to: target.appendingPathComponent(ModelFiles.exampleSchools), options: .atomic)
        try knowledgeCSV().write(to: target.appendingPathComponent(ModelFiles.exampleKnowledge), options: .atomic)
    }
}

/// Builds a `SyntheticModel` from a seed.
public struct SyntheticModelGenerator: Sendable {
    public var swvCount: Int
    public var schoolCount: Int
    public var seed: UInt64

    /// About the size of the Netherlands: 80 SWVs VO and 1,600 school locations.
    public static func national(seed: UInt64 = 2016) -> SyntheticModelGenerator {
        SyntheticModelGenerator(swvCount: 80, schoolCount: 1_600, seed: seed)
    }

    public init(swvCount: Int, schoolCount: Int, seed: UInt64) {
        precondition(swvCount >= 1 && swvCount <= 999 && schoolCount >= swvCount, "ongeldige omvang van het synthetische model")
        self.swvCount = swvCount
        self.schoolCount = schoolCount
        self.seed = seed
    }

    /// The source every generated record cites (it is in the bundled `bronnen.json`).
    public static let citation = "po-opting-out"
    static let checked = day(2026, 11, 25)
    static let start = Day.inpassing
    static let variants: [LwooToewijzing] = [.landelijk, .eigenCriteria, .populatiebekostiging]
    static let durations = [1, 2, 3, 4]
    static let places = [
        "Alkmaar", "Almelo", "Amersfoort", "Apeldoorn", "Arnhem", "Assen", "Bergen op Zoom", "Breda", "Delft",
        "Deventer", "Doetinchem", "Dordrecht", "Ede", "Eindhoven", "Emmen", "Enschede", "Goes", "Gouda",
        "Groningen", "Haarlem", "Harderwijk", "Heerenveen", "Heerlen", "Helmond", "Hengelo", "Hoorn",
        "Leeuwarden", "Leiden", "Lelystad", "Maastricht", "Middelburg", "Nijmegen", "Oss", "Roermond",
        "Roosendaal", "Sittard", "Terneuzen", "Tiel", "Tilburg", "Utrecht", "Venlo", "Zwolle",
    ]
    static let schoolWords = ["College", "Lyceum", "Scholengemeenschap", "Campus", "Vakcollege"]

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        guard let value = Day(year: year, month: month, day: day) else { preconditionFailure("geen datum: \(year)-\(month)-\(day)") }
        return value
    }

    /// The day before a first of the month.
    static func dayBefore(_ first: Day) -> Day {
        first.month == 1
            ? day(first.year - 1, 12, 31)
            : day(first.year, first.month - 1, Day.daysIn(month: first.month - 1, year: first.year))
    }

    public func generate() -> SyntheticModel {
        var rng = SplitMix64(seed: seed)
        var facts: [KnowledgeFact] = []
        let swvs = (0..<swvCount).map { index in makeSWV(index, &rng, &facts) }
        let schools = makeSchools(swvs.map(\.code), &rng, &facts)
        return SyntheticModel(seed: seed, swvs: swvs, schools: schools, facts: facts)
    }

    static let origin = KnowledgeOrigin(file: ModelFiles.exampleKnowledge, label: "voorbeeldgegevens", line: 0, kind: .examples)

    static func fact(_ subject: KnowledgeSubject, _ code: String, _ value: KnowledgeValue, _ vanaf: Day, _ tot: Day?, scope: LeerwegScope = .all)
        -> KnowledgeFact
    {
        KnowledgeFact(
            subject: subject, code: code, scope: scope, value: value, period: FactPeriod(vanaf: vanaf, tot: tot), bron: citation,
            gecontroleerd: checked, origin: origin)
    }

    func makeSWV(_ index: Int, _ rng: inout SplitMix64, _ facts: inout [KnowledgeFact]) -> SWV {
        // The first SWV always has three periods, so every variant occurs even in a tiny model.
        let count = index == 0 ? 3 : Int.random(in: 2...4, using: &rng)
        // Policy changes on 1 January or 1 August of distinct years after the first.
        var years = Array(2017...2026)
        years.shuffle(using: &rng)
        let starts = [Self.start] + years.prefix(count - 1).sorted().map { Self.day($0, rng.chance(0.5) ? 1 : 8, 1) }
        // Consecutive periods differ; three or more periods go through all three variants.
        var order = Self.variants
        order.shuffle(using: &rng)
        let number = String(index + 1)
        let code = "SYN-VO" + String(repeating: "0", count: max(0, 3 - number.count)) + number
        for (j, vanaf) in starts.enumerated() {
            let variant = order[j % order.count]
            let tot = j + 1 < starts.count ? Self.dayBefore(starts[j + 1]) : nil
            facts.append(Self.fact(.beleid, code, .policy(variant), vanaf, tot))
            if variant == .eigenCriteria {
                facts.append(Self.fact(.duur, code, .duration(.schoolYears(rng.pick(Self.durations) ?? 1)), vanaf, tot))
                // Whether it takes applications after leerjaar 1: yes, no, or not known (no fact).
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: facts.append(Self.fact(.lateAanvragen, code, .lateApplications(true), vanaf, tot))
                case 1: facts.append(Self.fact(.lateAanvragen, code, .lateApplications(false), vanaf, tot))
                default: break
                }
            }
            facts.append(Self.fact(.licentiebeleid, code, .licencePolicy(rng.chance(0.5) ? .landelijk : .eigen), vanaf, tot))
        }
        let name = "Synthetisch SWV \(number) \(rng.pick(Self.places) ?? "Midden")"
        facts.append(Self.fact(.naam, code, .name(name), Self.start, nil))
        return SWV(code: code, naam: name, voorbeeld: true, opmerking: "Synthetisch (seed \(seed)); alleen voor schaaltests.")
    }

    func makeSchools(_ swvCodes: [String], _ rng: inout SplitMix64, _ facts: inout [KnowledgeFact]) -> [School] {
        // Every SWV gets at least one school; the rest are spread at random.
        var owners = swvCodes
        while owners.count < schoolCount { owners.append(rng.pick(swvCodes) ?? swvCodes[0]) }
        owners.shuffle(using: &rng)
        let codes = makeSchoolCodes(&rng)
        return zip(codes, owners).enumerated().map { index, pair in
            makeSchool(index, code: pair.0, swv: pair.1, &rng, &facts)
        }
    }

    /// Unique `12AB00` codes: BRIN (two digits, two capitals) plus vestigingen 00, 01, 02.
    func makeSchoolCodes(_ rng: inout SplitMix64) -> [String] {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var used = Set<String>()
        var codes: [String] = []
        while codes.count < schoolCount {
            // BRINs from 90 up: no real BRIN starts with 9 (checked against DUO's file).
            let digits = Int.random(in: 90...99, using: &rng)
            let brin =
                "\(digits)"
                + String(letters[Int.random(in: 0..<26, using: &rng)]) + String(letters[Int.random(in: 0..<26, using: &rng)])
            guard used.insert(brin).inserted else { continue }
            for vestiging in 0..<Int.random(in: 1...3, using: &rng) where codes.count < schoolCount {
                codes.append(brin + "0\(vestiging)")
            }
        }
        return codes
    }

    func makeSchool(_ index: Int, code: String, swv: String, _ rng: inout SplitMix64, _ facts: inout [KnowledgeFact]) -> School {
        let roll = Double.random(in: 0..<1, using: &rng)
        var vmbo: [Leerweg] = []
        var pro = false
        var havoVwo = false
        switch roll {
        case ..<0.55:
            vmbo = Leerweg.allCases.filter { _ in rng.chance(0.7) }
            if vmbo.isEmpty { vmbo = [rng.pick(Leerweg.allCases) ?? .basis] }
            havoVwo = rng.chance(0.5)
            pro = rng.chance(0.05)
        case ..<0.70:
            pro = true
        default:
            havoVwo = true
        }
        // A licence from 2016 (for all leerwegen, or for those it offers and no other), sometimes ended and followed by
        // one for fewer leerwegen; or no licence at all.
        func licence(_ leerwegen: [Leerweg]?, _ vanaf: Day, _ tot: Day?) {
            guard let leerwegen, let held = LeerwegScope.of(leerwegen) else {
                facts.append(Self.fact(.licentie, code, .licence(true), vanaf, tot))
                return
            }
            facts.append(Self.fact(.licentie, code, .licence(true), vanaf, tot, scope: held))
            if let rest = LeerwegScope.of(Leerweg.allCases.filter { !leerwegen.contains($0) }) {
                facts.append(Self.fact(.licentie, code, .licence(false), vanaf, tot, scope: rest))
            }
        }
        if !vmbo.isEmpty {
            if rng.chance(0.6) {
                let ends = rng.chance(0.3)
                let end = Self.day(Int.random(in: 2017...2024, using: &rng), 7, 31)
                licence(rng.chance(0.7) ? nil : vmbo, Self.start, ends ? end : nil)
                if ends, rng.chance(0.5) {
                    let some = vmbo.filter { _ in rng.chance(0.5) }
                    licence(some.isEmpty ? [vmbo[0]] : some, Self.day(end.year, 8, 1), nil)
                }
            } else {
                facts.append(Self.fact(.licentie, code, .licence(false), Self.start, nil))
            }
        }
        let word = pro && vmbo.isEmpty ? "Praktijkschool" : (rng.pick(Self.schoolWords) ?? "College")
        let number = String(index + 1)
        let place = "Synthetisch " + (rng.pick(Self.places) ?? "Utrecht")
        return School(
            code: code, naam: "Synthetisch \(word) \(String(repeating: "0", count: max(0, 4 - number.count)) + number)",
            plaats: place, gemeente: place, swv: swv, voorbeeld: true, pro: pro, vmbo: !vmbo.isEmpty, leerwegen: vmbo.isEmpty ? nil : vmbo,
            havoVwo: havoVwo, bron: Self.citation, laatstGecontroleerd: Self.checked)
    }
}
