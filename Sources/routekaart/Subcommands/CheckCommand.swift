import RoutekaartCore

/// `routekaart controleer`: proves the content sound, rule by rule.
enum CheckCommand {
    static func run(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--data"], flags: [], command: "controleer")
        if let extra = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(extra), command: "controleer") }
        let directory = Context.dataDirectory(arguments)
        let dataSet: DataSet
        do {
            // The example data is checked too, with the same rules.
            dataSet = try DataSet.load(from: directory, examples: true)
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
                outcomes: dataSet.content.outcomes.count, paths: paths.count, model: dataSet.model))
    }

    enum Messages {
        static func failed(_ count: Int) -> String { "De controle vond \(count) fout(en)." }
        static func summary(_ rules: Int, facts: Int, nodes: Int, outcomes: Int, paths: Int, model: Model) -> String {
            let realSWVs = model.swvs.filter { !$0.voorbeeld }.count
            let realSchools = model.schools.filter { !$0.voorbeeld }.count
            return "Alle \(rules) controles geslaagd: \(facts) feiten, \(nodes) knopen, \(outcomes) uitkomsten, \(paths) paden; "
                + "model met \(realSWVs) samenwerkingsverbanden en \(realSchools) vestigingen (echt, alle gecontroleerd), "
                + "\(model.regio.count) postcodegebieden, en \(model.swvs.count - realSWVs) voorbeeld-SWV's met \(model.schools.count - realSchools) voorbeeldscholen.\n"
        }
    }
}
