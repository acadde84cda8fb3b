import Foundation
import RoutekaartCore
import RoutekaartSynthetic

#if canImport(Glibc)
    import Glibc
#endif

// routekaart-bench: how fast the engine, the loader and the path check are,
// and how much memory they need, against fixed goals. Run in release:
//     swift run -c release routekaart-bench [--data MAP] [--scenarios MAP] [--seconds N]

struct Options {
    var data: String
    var scenarios: String
    var seconds = 1.0

    static let usage = "gebruik: routekaart-bench [--data MAP] [--scenarios MAP] [--seconds N]"

    init(_ words: [String]) throws(BenchError) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        data = root.appendingPathComponent("data").path
        scenarios = root.appendingPathComponent("scenarios").path
        var rest = words[...]
        while let word = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchError("\(word) heeft een waarde nodig. \(Self.usage)") }
            switch word {
            case "--data": data = value
            case "--scenarios": scenarios = value
            case "--seconds":
                guard let number = Double(value), number > 0 else { throw BenchError("--seconds verwacht een positief getal. \(Self.usage)") }
                seconds = number
            default: throw BenchError("onbekende optie \"\(word)\". \(Self.usage)")
            }
        }
    }
}

struct BenchError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Seconds taken by `body`, and its result.
func timed<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let elapsed = clock.now - start
    return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1_000) }

func verdict(_ met: Bool) -> String { met ? "gehaald" : "NIET GEHAALD" }

func row(_ label: String, _ value: String, goal: String? = nil) {
    let padded = label.padding(toLength: 52, withPad: " ", startingAt: 0)
    print(padded + value + (goal.map { "   [\($0)]" } ?? ""))
}

/// A line of /proc/self/status in kB (VmHWM: the peak resident set).
func statusKilobytes(_ key: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        return Int(line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
    return nil
}

func machine() -> String {
    var names = utsname()
    uname(&names)
    let architecture = withUnsafeBytes(of: &names.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
        cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "onbekend"
    return "\(architecture), \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), CPU: \(model)"
}

func load(_ directory: String, examples: Bool = false) throws(BenchError) -> DataSet {
    do {
        return try DataSet.load(from: directory, examples: examples)
    } catch {
        throw BenchError("de gegevens in \(directory) laden niet:\n\(error.description)")
    }
}

func readAll(_ directory: String) throws(BenchError) -> DataSet {
    do {
        return try DataSet.read(from: directory)
    } catch {
        throw BenchError("de gegevens in \(directory) lezen niet:\n\(error.description)")
    }
}

/// A copy of the data with a country `times` as large: every vestiging again under new codes (same postcode, so the
/// same SWV; the first two digits 51, 52, …), in the same file, sorted as the importer writes it, checked by every rule
/// (as `controleer` does: with the example data) and stamped.
func largerCountry(from data: String, times: Int) throws(BenchError) -> (folder: String, schools: Int) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routekaart-bench-land-\(ProcessInfo.processInfo.processIdentifier)")
        .path
    try? FileManager.default.removeItem(atPath: folder)
    do {
        try FileManager.default.copyItem(atPath: data, toPath: folder)
    } catch {
        throw BenchError("kan \(data) niet kopiëren naar \(folder): \(error)")
    }
    let path = folder + "/" + ModelFiles.vestigingen
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw BenchError("kan \(path) niet lezen") }
    var lines = text.split(separator: "\n").map(String.init)
    let header = lines.removeFirst()
    var codes = Set(lines.map { String($0.prefix(6)) })
    var added: [String] = []
    for k in 1..<max(times, 1) {
        for line in lines {
            let code = "5\(k)" + line.dropFirst(2).prefix(4)
            guard codes.insert(code).inserted else { continue }
            added.append(code + line.dropFirst(6))
        }
    }
    let all = (lines + added).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    do {
        try (([header] + all).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        throw BenchError("kan \(path) niet schrijven: \(error)")
    }
    let findings: [Finding]
    do {
        findings = try DataSet.read(from: folder, examples: true).check()
    } catch {
        throw BenchError("het grotere land leest niet: \(error)")
    }
    let problems = findings.flatMap(\.problems)
    guard problems.isEmpty else { throw BenchError("het grotere land breekt een regel: \(problems.prefix(3))") }
    guard CheckStamp.current(for: folder, rules: findings.map(\.rule)).write(in: folder) else {
        throw BenchError("kan het stempel van het grotere land niet schrijven")
    }
    return (folder, all.count)
}

/// The scenario fixtures as validated cases; without fixtures, complete random cases on the data.
func benchmarkCases(_ dataSet: DataSet, scenarios: String) -> (cases: [Case], origin: String) {
    let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
    let files = (try? FixtureRunner.files(at: scenarios)) ?? []
    var cases: [Case] = []
    for file in files {
        do {
            let fixture = try StrictDecoder.decode(Fixture.self, from: try FileReader.read(file), file: file)
            cases.append(
                try validator.validate(
                    CaseFile(peildatum: fixture.peildatum, antwoorden: fixture.antwoorden), path: file, peildatum: fixture.peildatum))
        } catch {
            print("overgeslagen: \(error.description)")
        }
    }
    if !cases.isEmpty { return (cases, "\(cases.count) fixtures uit \(scenarios)") }
    var rng = SplitMix64(seed: 7)
    let answers = RandomAnswers(content: dataSet.content, model: dataSet.model)
    let peildatum = Day(year: 2026, month: 9, day: 1) ?? Day.inpassing
    for _ in 0..<50 {
        if let (situation, result) = try? answers.complete(Case(peildatum: peildatum), engine: dataSet.engine, using: &rng),
            case .advice = result
        {
            cases.append(situation)
        }
    }
    return (cases, "geen fixtures in \(scenarios); \(cases.count) willekeurige complete casussen (seed 7)")
}

func run() throws(BenchError) {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    #if DEBUG
        print("LET OP: debug-build; meet met: swift run -c release routekaart-bench")
    #endif
    print("routekaart-bench")
    row("machine", machine())
    row("gegevens", options.data)
    print("")

    // 1. Loading and validating the bundled data: the real country (74 SWVs, 1,630 vestigingen, 4,046 postcodes).
    var loadTimes: [Double] = []
    var bundled: DataSet?
    for _ in 0..<10 {
        let (dataSet, seconds) = try timed { () throws(BenchError) in try load(options.data) }
        loadTimes.append(seconds)
        bundled = dataSet
    }
    guard let bundled else { return }
    row(
        "laden meegeleverde gegevens (gestempeld)",
        "\(ms(loadTimes[0])) eerste keer, \(ms(median(loadTimes))) mediaan van 10 "
            + "(\(bundled.model.swvs.count) SWV's, \(bundled.model.schools.count) vestigingen, \(bundled.model.regio.count) postcodes)")
    // The parts of it, each the median of 10: reading all files, the model's rules, the content's rules.
    var allRead: [Double] = []
    var modelCheck: [Double] = []
    var contentCheck: [Double] = []
    for _ in 0..<10 {
        let (read, seconds) = try timed { () throws(BenchError) in try readAll(options.data) }
        allRead.append(seconds)
        modelCheck.append(timed { read.checkModel() }.1)
        contentCheck.append(timed { read.checkContent() }.1)
    }
    row("  alle bestanden lezen (zonder regels)", ms(median(allRead)))
    row("  regels van het model (alle vestigingen)", ms(median(modelCheck)))
    row("  regels van de inhoud (ContentCheck)", ms(median(contentCheck)))
    // A search folds its keys when it is made; then it compares folded bytes.
    var indexTimes: [Double] = []
    var searchTimes: [Double] = []
    var found: [School] = []
    for _ in 0..<10 {
        let (search, seconds) = timed { ModelSearch(model: bundled.model) }
        indexTimes.append(seconds)
        let (result, searching) = timed { (try? search.schools(matching: "stedelijk gymnasium den bosch")) ?? [] }
        searchTimes.append(searching)
        found = result
    }
    row(
        "zoeken: zoeksleutels maken, dan één zoekvraag",
        "\(ms(median(indexTimes))) + \(ms(median(searchTimes))) (\(found.count) gevonden; mediaan van 10)")

    // Run last, so that its larger country does not count in the peak memory of the advisor's own work.
    var largerCountryRun: (() throws(BenchError) -> Void)?

    // 1b. One case, as `routekaart advies --casus` does it, on freshly loaded data: the example case, and the case in
    // which every fact that may be unknown is unknown (the advice then splits on every one of them).
    let examples = URL(fileURLWithPath: options.data).deletingLastPathComponent().appendingPathComponent("voorbeelden").path
    /// One case on freshly loaded data, 10 times: the first time and the median.
    func oneCase(_ casePath: String, in directory: String) throws(BenchError) -> (first: Double, median: Double) {
        guard let bytes = FileManager.default.contents(atPath: casePath),
            let file = try? StrictDecoder.decode(CaseFile.self, from: bytes, file: casePath)
        else { throw BenchError("kan de casus \(casePath) niet lezen") }
        var caseTimes: [Double] = []
        for _ in 0..<10 {
            let (_, seconds) = try timed { () throws(BenchError) in
                let dataSet = try load(directory)
                let day = Peildatum.decide(commandLine: nil, file: file.peildatum, today: Peildatum.today())
                guard
                    let situation = try? AnswerValidator(content: dataSet.content, model: dataSet.model).validate(
                        file, path: casePath, peildatum: day),
                    case .advice(let advice)? = try? dataSet.engine.evaluate(situation)
                else { throw BenchError("de casus \(casePath) geeft geen advies op \(directory)") }
                _ = AdviceRenderer(content: dataSet.content, model: dataSet.model).render(advice, as: .tekst, includeWhy: false)
            }
            caseTimes.append(seconds)
        }
        return (caseTimes[0], median(caseTimes))
    }
    let example = examples + "/casus.json"
    let real = try oneCase(example, in: options.data)
    row("één casus: laden, casus, advies, tekst", "\(ms(real.first)) eerste keer, \(ms(real.median)) mediaan van 10")
    let unknown = try oneCase(examples + "/alles-onbekend.json", in: options.data)
    row("alles onbekend: laden, casus, advies, tekst", "\(ms(unknown.first)) eerste keer, \(ms(unknown.median)) mediaan van 10")
    largerCountryRun = { () throws(BenchError) in
        // The same on a country ten times as large, in the same files: how reading grows with the country.
        let larger = try largerCountry(from: options.data, times: 10)
        defer { try? FileManager.default.removeItem(atPath: larger.folder) }
        let big = try oneCase(example, in: larger.folder)
        row(
            "één casus in een groter land",
            "\(larger.schools) vestigingen (echt: \(bundled.model.schools.count)): \(ms(big.median)) mediaan van 10"
                + String(format: " (%.2f× het echte land)", big.median / max(real.median, 1e-9)))
    }

    // 2. Evaluations per second over the fixtures, each validated once.
    // The fixtures use the example SWVs and schools too: the real country plus the examples.
    let withExamples = try load(options.data, examples: true)
    let (cases, origin) = benchmarkCases(withExamples, scenarios: options.scenarios)
    let engine = withExamples.engine
    var evaluations = 0
    var advice = 0
    var failures = 0
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(options.seconds * 1_000))
    let (_, elapsed) = timed {
        while clock.now < deadline {
            for situation in cases {
                switch try? engine.evaluate(situation) {
                case .advice?: advice += 1
                case .question?, .contradiction?: break
                case nil: failures += 1
                }
                evaluations += 1
            }
        }
    }
    let rate = Double(evaluations) / max(elapsed, 1e-9)
    row("casussen", origin)
    row(
        "evaluaties per seconde (Engine.evaluate)",
        String(format: "%.0f /s (%d in %.2f s; %d advies, %d fout)", rate, evaluations, elapsed, advice, failures),
        goal: "doel ≥ 100000 /s: \(verdict(rate >= 100_000))")

    // 3. The national-scale model: generation and writing apart from loading and validating.
    let generator = SyntheticModelGenerator.national()
    let (model, generation) = timed { generator.generate() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routekaart-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (_, writing) = try timed { () throws(BenchError) in
        do {
            try model.write(to: folder.path, copyingContentFrom: options.data)
        } catch {
            throw BenchError("kan het synthetische model niet schrijven naar \(folder.path): \(error)")
        }
    }
    var nationalTimes: [Double] = []
    for _ in 0..<5 {
        let (_, seconds) = try timed { () throws(BenchError) in try load(folder.path, examples: true) }
        nationalTimes.append(seconds)
    }
    let nationalBest = median(nationalTimes)
    row("synthetisch model bovenop het echte", "\(model.swvs.count) SWV's, \(model.schools.count) scholen (seed \(model.seed))")
    row("  genereren", ms(generation))
    row("  schrijven (voorbeeld/, kopie inhoud en model)", ms(writing))
    row(
        "  laden + valideren", "\(ms(nationalTimes[0])) eerste keer, \(ms(nationalBest)) mediaan van 5",
        goal: "doel < 50 ms: \(verdict(nationalBest < 0.050))")

    // 4. Every path through the routekaart.
    var pathTimes: [Double] = []
    var pathCount = 0
    var openPaths = 0
    for _ in 0..<5 {
        let (paths, seconds) = timed { PathEnumerator(content: bundled.content).paths() }
        pathTimes.append(seconds)
        pathCount = paths.count
        openPaths = paths.filter { $0.outcome == nil }.count
    }
    row("alle paden opsommen (PathEnumerator)", "\(pathCount) paden (\(openPaths) zonder uitkomst) in \(ms(median(pathTimes))) (mediaan van 5)")

    // 5. Peak memory of the whole run.
    if let peak = statusKilobytes("VmHWM") {
        let megabytes = Double(peak) / 1_024
        row("piekgeheugen (VmHWM)", String(format: "%.1f MB", megabytes), goal: "doel < 50 MB: \(verdict(megabytes < 50))")
    } else {
        row("piekgeheugen (VmHWM)", "onbekend (geen /proc/self/status)")
    }

    // 6. One case in a country ten times as large (after the peak memory: building that country is not the advisor's work).
    try largerCountryRun?()
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data(("routekaart-bench: " + error.message + "\n").utf8))
    exit(64)
}
