import RoutekaartCore

/// `routekaart controleer`: proves the content sound, rule by rule.
enum CheckCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--data"], flags: [], command: "controleer")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "controleer") }
        let directory = Context.dataDirectory(arguments)
        let dataSet: DataSet
        do {
            dataSet = try DataSet.load(from: directory)
        } catch {
            Terminal.err(error.description)
            Terminal.err(Messages.failed(error.errors.count))
            throw ExitError(code: error.kind.rawValue)
        }
        let findings = ContentCheck(content: dataSet.content, model: dataSet.model).run()
        for finding in findings {
            Terminal.out("\(finding.passed ? "ok  " : "FOUT") \(finding.rule): \(finding.summary)\n")
        }
        let paths = PathEnumerator(content: dataSet.content).paths()
        Terminal.out(
            Messages.summary(
                findings.count, facts: dataSet.content.facts.count, nodes: dataSet.content.nodes.count,
                outcomes: dataSet.content.outcomes.count, paths: paths.count, swvs: dataSet.model.swvs.count,
                schools: dataSet.model.schools.count))
    }

    enum Messages {
        static func failed(_ count: Int) -> String { "De controle vond \(count) fout(en)." }
        static func summary(_ rules: Int, facts: Int, nodes: Int, outcomes: Int, paths: Int, swvs: Int, schools: Int) -> String {
            "Alle \(rules) controles geslaagd: \(facts) feiten, \(nodes) knopen, \(outcomes) uitkomsten, \(paths) paden; "
                + "model met \(swvs) samenwerkingsverbanden en \(schools) scholen.\n"
        }
    }
}
