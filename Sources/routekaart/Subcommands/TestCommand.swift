import RoutekaartCore

/// `routekaart test [PAD]`: runs the scenario fixtures.
enum TestCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--data"], flags: [], command: "test")
        guard arguments.positionals.count <= 1 else {
            throw Usage.error(Usage.Messages.unexpected(arguments.positionals[1]), command: "test")
        }
        // Fixtures run on the real data unless they say "gegevens": "voorbeeld"; the runner keeps both.
        let dataSet = try Context.load(arguments, examples: true, knowledge: false)
        let files: [String]
        do {
            files = try FixtureRunner.files(at: arguments.positionals.first ?? "scenarios")
        } catch {
            throw ExitError(error)
        }
        let runner = FixtureRunner(dataSet: dataSet)
        var passed = 0
        var failed = 0
        for file in files {
            let result = runner.run(file: file)
            if result.passed {
                passed += 1
                Terminal.prose("geslaagd  \(result.name)  (\(result.summary))\n")
            } else {
                failed += 1
                Terminal.prose("MISLUKT   \(result.name)\n" + result.problems.map { "          - \($0)\n" }.joined())
            }
        }
        Terminal.out("\(passed) geslaagd, \(failed) mislukt\n")
        if failed > 0 || files.isEmpty { throw ExitError(code: 1) }
    }
}
