import RoutekaartCore

/// `routekaart boom`, `paden` and `bronnen`: the routekaart made reviewable.
enum TreeCommands {
    static func boom(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--formaat", "--data"], flags: [], command: "boom")
        try noPositionals(arguments, command: "boom")
        let format = try Context.choice(TreeFormat.self, arguments, "--formaat", default: .markdown, command: "boom")
        let dataSet = try Context.load(arguments, knowledge: false)
        var renderer = TreeRenderer(content: dataSet.content)
        renderer.laws = dataSet.laws.loadingAll()
        Terminal.out(renderer.render(as: format))
    }

    static func paden(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--formaat", "--uitkomst", "--data"], flags: [], command: "paden")
        try noPositionals(arguments, command: "paden")
        let format = try Context.choice(ListFormat.self, arguments, "--formaat", default: .tekst, command: "paden")
        // Read without the rules: a broken path is what this command reports, by name.
        let content = try Context.read(arguments).content
        let outcome = arguments.value("--uitkomst")
        if let outcome, content.outcome(outcome) == nil {
            let suggestion = Suggestion.nearest(to: outcome, among: content.outcomes.map(\.id))
            throw Usage.error(Messages.unknownOutcome(outcome, suggestion, content.outcomes.map(\.id)), command: "paden")
        }
        let renderer = PathRenderer(content: content)
        let paths = PathEnumerator(content: content).paths()
        let broken = paths.filter { $0.outcome == nil }
        guard broken.isEmpty else {
            throw ExitError(code: InputError.Kind.data.rawValue, message: Messages.brokenPaths(broken.map(renderer.line)))
        }
        let selected = outcome.map { id in paths.filter { $0.outcome == id } } ?? paths
        let text = renderer.render(selected, as: format, outcome: outcome)
        format == .tekst ? Terminal.prose(text) : Terminal.out(text)
    }

    static func bronnen(_ words: [String]) throws(ExitError) {
        let arguments = try Arguments(words, options: ["--formaat", "--data"], flags: [], command: "bronnen")
        let format = try Context.choice(ListFormat.self, arguments, "--formaat", default: .tekst, command: "bronnen")
        // Every use of a source counts, the example data's too.
        let dataSet = try Context.load(arguments, examples: true, knowledge: false)
        let index = SourceIndex(content: dataSet.content, model: dataSet.model)
        guard !arguments.positionals.isEmpty else {
            let text = SourceListRenderer(index: index).render(as: format)
            format == .tekst ? Terminal.prose(text) : Terminal.out(text)
            return
        }
        // `bronnen wvo-2020 2.30` and `bronnen "wvo-2020 art. 2.30"` mean the same.
        let query = arguments.positionals.joined(separator: " ")
        do {
            let text = try SourceDetailRenderer(index: index, laws: dataSet.laws).render(query, as: format)
            format == .tekst ? Terminal.prose(text) : Terminal.out(text)
        } catch {
            if error.isDataProblem { throw ExitError(code: InputError.Kind.data.rawValue, message: "Fout: " + error.message) }
            throw Usage.error(error.message, command: "bronnen")
        }
    }

    static func noPositionals(_ arguments: Arguments, command: String) throws(ExitError) {
        if let word = arguments.positionals.first { throw Usage.error(Usage.Messages.unexpected(word), command: command) }
    }

    enum Messages {
        static func unknownOutcome(_ id: String, _ suggestion: String?, _ valid: [String]) -> String {
            "de uitkomst '\(Sanitized.short(id))' bestaat niet." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
                + " Kies uit \(valid.joined(separator: ", "))."
        }
        static func brokenPaths(_ lines: [String]) -> String {
            (["De routekaart heeft \(lines.count) \(lines.count == 1 ? "pad" : "paden") zonder uitkomst:"] + lines.map { "  " + $0 }
                + ["Herstel data/inhoud/boom.json en controleer met 'routekaart controleer'."]).joined(separator: "\n")
        }
    }
}
