import RoutekaartCore

/// `routekaart controleer`: proves the content sound, rule by rule.
enum CheckCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--data"], flags: [], command: "controleer")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "controleer") }
        let dataSet: DataSet
        do {
            // The example data is checked too, with the same rules.
            dataSet = try DataSet.read(from: Context.dataDirectory(arguments), examples: true)
        } catch {
            Terminal.err(error.description)
            Terminal.err(Messages.unreadable(error.errors.count))
            throw ExitError(code: error.kind.rawValue)
        }
        let findings = dataSet.check()
        for finding in findings {
            Terminal.prose("\(finding.passed ? "ok  " : "FOUT") \(finding.rule): \(finding.summary)\n")
            for problem in finding.problems { Terminal.prose("       \(problem.description)\n") }
        }
        let failed = findings.filter { !$0.passed }
        guard failed.isEmpty else {
            Terminal.err(Messages.failed(failed.count, findings.count, failed.map(\.problems.count).reduce(0, +)))
            throw ExitError(code: InputError.Kind.data.rawValue)
        }
        let paths = PathEnumerator(content: dataSet.content).paths()
        Terminal.prose(
            Messages.summary(
                findings.count, facts: dataSet.content.facts.count, nodes: dataSet.content.nodes.count,
                outcomes: dataSet.content.outcomes.count, paths: paths.count, model: dataSet.model))
        // Every rule passed: the stamp lets the advisor start without checking these same files again.
        let directory = dataSet.directory
        let stamp = CheckStamp.current(for: directory, rules: findings.map(\.rule))
        guard CheckStamp.read(in: directory) != stamp else { return }
        if stamp.write(in: directory) {
            Terminal.prose(Messages.stamped(CheckStamp.fileName))
        } else {
            Terminal.prose(Messages.notStamped(CheckStamp.fileName))
        }
    }

    enum Messages {
        static func stamped(_ name: String) -> String {
            "De vingerafdruk van deze gegevens staat nu in \(name): de adviseur start zonder ze opnieuw te controleren, tot er iets verandert.\n"
        }
        static func notStamped(_ name: String) -> String {
            "De vingerafdruk kon niet in \(name) worden geschreven (map niet schrijfbaar); de adviseur controleert de gegevens dan bij elke start.\n"
        }
        static func unreadable(_ count: Int) -> String {
            "De gegevens zijn niet te lezen: \(count) fout(en). Herstel die eerst; daarna controleert 'routekaart controleer' de regels."
        }
        static func failed(_ rules: Int, _ total: Int, _ problems: Int) -> String {
            "\(rules) van de \(total) controles faalden, met \(problems) fout(en). Zolang een controle faalt, geeft Routekaart geen advies."
        }
        static func summary(_ rules: Int, facts: Int, nodes: Int, outcomes: Int, paths: Int, model: Model) -> String {
            let realSWVs = model.swvs.filter { !$0.voorbeeld }.count
            let realSchools = model.schools.filter { !$0.voorbeeld }.count
            return "Alle \(rules) controles geslaagd: \(facts) feiten, \(nodes) knopen, \(outcomes) uitkomsten, \(paths) paden; "
                + "model met \(realSWVs) samenwerkingsverbanden en \(realSchools) vestigingen (echt, alle gecontroleerd), "
                + "\(model.regio.count) postcodegebieden, en \(model.swvs.count - realSWVs) voorbeeld-SWV's met \(model.schools.count - realSchools) voorbeeldscholen.\n"
        }
    }
}
