/// What the interview says back to one line of input.
public struct InterviewReply: Sendable, Equatable {
    /// Text for standard output.
    public var out: String = ""
    /// Messages about bad input, for standard error.
    public var err: String = ""
    public var effect: Effect = .none

    public enum Effect: Sendable, Equatable {
        case none
        /// Write the case to this file (`bewaar BESTAND`).
        case save(String)
        /// The user ends the interview (`stop`).
        case stop
        /// `opnieuw`: a new pupil. The case until now (`previous`, finished or not) is closed: it is never saved
        /// together with the answers of the new case.
        case newCase(previous: CaseFile, finished: Bool)
    }
}

/// The guided interview as a state machine: lines in, text out. It never
/// touches the terminal; the command line feeds it lines and prints replies.
/// Answers are kept apart from the route: `answers` holds what the engine
/// uses (exactly the answers on the current route), `remembered` every
/// answer ever given, offered again (Enter keeps it) when its question returns.
public struct InterviewSession: Sendable {
    /// The data, with the user's knowledge; what she keeps with `onthoud` is added to it at once, so the next case
    /// uses it.
    public private(set) var dataSet: DataSet
    public let peildatum: Day
    public var renderer: AdviceRenderer
    public var format: OutputFormat

    public private(set) var answers: [String: String]
    public private(set) var remembered: [String: String]
    /// The question being asked, or nil when the advice is shown.
    public private(set) var current: PendingQuestion?
    public private(set) var advice: Advice?
    private var trail: [TrailStep] = []
    private var announced = Set<String>()
    /// A pick list after a search, and the question it belongs to.
    private var choices: [(value: String, label: String)] = []
    private var choicesFact: String?
    /// Set while `wijzig N` re-asks an earlier question.
    private var editing: String?
    /// Answers refused because they contradict other facts: remembered, but not offered again with Enter.
    private var contradicted: [String: String] = [:]
    /// Per fact, the answer it had before the last one given, when that differed (`wijzig N`): if the new answer is
    /// refused as contradictory, the earlier one is offered again with Enter and kept in the case, so a wrong change
    /// loses nothing.
    private var replaced: [String: String] = [:]
    /// The answer just given and the line that confirmed it, while the engine judges it.
    private var justAnswered: (fact: String, mark: String)?
    /// What "Bedoelt u …?" offered: "ja" takes it.
    private var suggestion: Suggested?
    /// Dates given as a month or a year: the range, and the day taken for it.
    private var approximate: [String: ApproximateDate] = [:]
    /// Why that day was taken, said with the answer.
    private var approximateReason: String?
    /// The questions behind the items of "Eerst uitzoeken" of the advice shown, in its order (nil: an item no single
    /// answer settles).
    private var inquiryList: [String?] = []
    /// The user's own knowledge file, where `onthoud` keeps what she found out (nil: there is none, no home folder).
    public var knowledgeFile: String?
    /// The day she checked what she keeps (today).
    public var today: Day = Peildatum.today()
    /// The facts of this case she has kept or declined to keep (by `LearnedFact.key`): offered once.
    private var settledKnowledge = Set<String>()
    /// While `onthoud` asks about the facts one by one.
    private var recording: Recording?

    /// The `onthoud` conversation: the facts to offer, the one being asked about, and what she said so far.
    struct Recording {
        var items: [LearnedFact]
        var index = 0
        var step: Step = .confirm
        var source: String?
        var written: [String] = []

        enum Step { case confirm, source, period }

        var current: LearnedFact? { items.indices.contains(index) ? items[index] : nil }
    }

    /// What a "Bedoelt u …?" offers.
    enum Suggested {
        /// A command line, as if typed.
        case line(String)
        /// An answer to the question asked.
        case answer(String, fact: String)
    }

    public static let maximumLineLength = 1_000

    /// `approximate`: the dates of the case known only by month or year, as typed (`CaseFile.benaderd`, checked by
    /// `AnswerValidator`): the interview checks again whether their day matters.
    public init(
        dataSet: DataSet, peildatum: Day, renderer: AdviceRenderer, format: OutputFormat, initial: [String: String] = [:],
        approximate words: [String: String] = [:]
    ) {
        self.dataSet = dataSet
        self.peildatum = peildatum
        self.renderer = renderer
        self.format = format
        answers = initial
        remembered = initial
        approximate = ApproximateDate.restored(words, answers: initial, content: dataSet.content)
    }

    /// The case so far, in the case-file format: every answer given and not replaced since,
    /// also those that `terug`, `wijzig N` or `opnieuw` took off the route (they are offered again).
    /// The peildatum is saved only when the user chose it: a case saved today and read next month is judged then.
    public var caseFile: CaseFile {
        let kept = keptAnswers
        // A month or year stays known as such for the answer that is still its day.
        let approximated = approximate.filter { kept[$0.key] == $0.value.chosen.description }.mapValues(\.words)
        return CaseFile(
            peildatum: peildatumChosen ? peildatum : nil, gegevens: dataSet.includesExamples ? .voorbeeld : nil, antwoorden: kept,
            benaderd: approximated.isEmpty ? nil : approximated)
    }

    /// True when the peildatum was given (`--peildatum` or the case file), not today's date.
    public var peildatumChosen = true

    public var hasAnswers: Bool { !answers.isEmpty || !remembered.isEmpty }

    /// The remembered answers, with the ones in use on top; an answer refused as contradictory is not kept.
    private var keptAnswers: [String: String] {
        remembered.filter { contradicted[$0.key] != $0.value }.merging(answers) { _, inUse in inUse }
    }

    /// The opening: a welcome and the first question (or the advice, for a complete case).
    public mutating func start() -> InterviewReply {
        var reply = InterviewReply(out: Messages.welcome(peildatum))
        advance(into: &reply)
        return reply
    }

    /// One line typed by the user. Every reply that does not end the interview ends with a prompt.
    public mutating func handle(_ rawLine: String) -> InterviewReply {
        var reply = respond(to: Self.cleaned(rawLine))
        endWithPrompt(&reply)
        return reply
    }

    /// The line without control characters and surrounding spaces, at most `maximumLineLength` scalars
    /// (counted in scalars, not characters: one character can hold a million combining marks).
    static func cleaned(_ rawLine: String) -> String {
        let scalars = rawLine.unicodeScalars.prefix(maximumLineLength).filter { $0.properties.generalCategory != .control }
        return String(String.UnicodeScalarView(scalars)).trimmingBlanks()
    }

    /// A message alone leaves the user without a prompt: add one (with the commands, once the advice is shown).
    private func endWithPrompt(_ reply: inout InterviewReply) {
        guard reply.effect == .none, !reply.out.hasSuffix("> ") else { return }
        reply.out += current == nil && !reply.out.isEmpty ? Messages.afterAdviceCommands : "> "
    }

    private mutating func respond(to line: String) -> InterviewReply {
        // While `onthoud` asks, every line answers it.
        if recording != nil {
            var reply = InterviewReply()
            continueRecording(line, into: &reply)
            return reply
        }
        // "ja" after "Bedoelt u …?" takes what was offered; anything else is read as itself.
        if let offered = suggestion {
            suggestion = nil
            if AnswerMatcher.yesOrNo(line) == true {
                switch offered {
                case .line(let command): return respond(to: command)
                case .answer(let value, let factID):
                    if let fact = current?.fact, fact.id == factID {
                        var reply = InterviewReply()
                        accept(value, for: fact, into: &reply)
                        return reply
                    }
                }
            }
        }
        var reply = InterviewReply()
        let lower = line.lowercased()
        let words = lower.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingBlanks() : ""

        switch words.first ?? "" {
        case "?", "help", "hulp":
            reply.out = helpText()
            return reply
        case "terug":
            back(into: &reply)
            return reply
        case "overzicht":
            reply.out = overview()
            return reply
        case "wijzig":
            change(argument, into: &reply)
            return reply
        case "waarom":
            if let advice { reply.out = renderer.why(advice) + "\n" } else { reply.err = Messages.whyOnlyAfterAdvice }
            return reply
        case "advies":
            guard let advice else {
                reply.err = Messages.adviceOnlyAfterQuestions
                return reply
            }
            reply.out = "\n" + renderer.render(advice, as: format) + "\n" + closing(renderer.document(advice))
            return reply
        case "toon":
            show(argument, into: &reply)
            return reply
        case "opnieuw":
            restart(keeping: argument == "zelfde" || argument == "dezelfde", into: &reply)
            return reply
        case "onthoud":
            startRecording(into: &reply)
            return reply
        case "stop", "einde", "exit", "quit":
            reply.effect = .stop
            return reply
        case "bewaar":
            let name = line.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            if name.isEmpty { reply.err = Messages.saveNeedsFile } else { reply.effect = .save(name) }
            return reply
        default:
            break
        }
        guard let question = current else {
            // After conditional advice a number answers one of the things to find out.
            if let number = Int(line), let advice, answerInquiry(number, of: advice, into: &reply) { return reply }
            if let near = nearCommand(lower) {
                suggestion = .line(near)
                reply.err = Messages.didYouMeanCommand(line, near)
                return reply
            }
            reply.err = advice == nil ? Messages.afterAdvice : Messages.afterAdviceHelp(inquiries: inquiryList.count)
            return reply
        }
        answer(line, to: question.fact, into: &reply)
        // An answer that fits no choice but looks like a mistyped command: offer the command.
        if !reply.err.isEmpty, suggestion == nil, let near = nearCommand(lower) {
            suggestion = .line(near)
            reply.err = Messages.didYouMeanCommand(line, near)
        }
        return reply
    }

    /// The command a mistyped first word stands for (`overzcht`, `opniew`), with the rest of the line; nil when none is near.
    func nearCommand(_ line: String) -> String? {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first, first.count >= 4, !Self.commands.contains(first) else { return nil }
        let best = Self.commands.map { ($0, Suggestion.distance(first, $0)) }.min { $0.1 < $1.1 }
        guard let (command, distance) = best, distance <= (first.count >= 7 ? 2 : 1) else { return nil }
        return ([command] + words.dropFirst()).joined(separator: " ")
    }

    /// The words the interview takes as commands.
    static let commands = [
        "help", "hulp", "terug", "overzicht", "wijzig", "waarom", "advies", "toon", "opnieuw", "onthoud", "stop", "einde", "bewaar",
    ]

    /// `toon A`: one case of the advice in full; `toon alles`: every case.
    private func show(_ argument: String, into reply: inout InterviewReply) {
        guard let advice else {
            reply.err = Messages.adviceOnlyAfterQuestions
            return
        }
        if argument.isEmpty || argument == "alles" || argument == "al" {
            var full = renderer
            full.detail = .full
            reply.out = "\n" + full.render(advice, as: format) + "\n"
            return
        }
        guard let text = renderer.showCase(advice, label: argument) else {
            reply.err = Messages.noSuchCase(argument, renderer.document(advice).cases.map(\.label).filter { !$0.isEmpty })
            return
        }
        reply.out = "\n" + text + "\n"
    }

    /// `opnieuw`: a new, empty case (a new pupil); `opnieuw zelfde`: the same case again, earlier answers offered.
    private mutating func restart(keeping: Bool, into reply: inout InterviewReply) {
        if keeping {
            for (key, value) in answers { remembered[key] = value }
        } else {
            // Advice that depends on what is not known yet is kept like an unfinished case.
            reply.effect = .newCase(previous: caseFile, finished: advice?.single != nil)
            remembered = [:]
            contradicted = [:]
            approximate = [:]
            settledKnowledge = []
        }
        replaced = [:]
        answers = [:]
        announced = []
        editing = nil
        choices = []
        reply.out = keeping ? Messages.restartSame : Messages.restartNew
        advance(into: &reply)
    }

    /// The asked facts behind "Eerst uitzoeken", in its order: for each item the question whose answer was "weet
    /// ik niet" (the end date of an aanwijzing, where the advice splits on whether it had expired).
    func inquiryFacts(_ document: AdviceDocument) -> [String?] {
        document.inquiries.map { step -> String? in
            guard let fact = step.fact else { return nil }
            // The nearest question answered "weet ik niet", through the derivation's inputs (the end date of the
            // aanwijzing before the SWV that gave it).
            var queue = [fact]
            var seen = Set<String>()
            var position = 0
            while position < queue.count {
                let id = queue[position]
                position += 1
                guard seen.insert(id).inserted else { continue }
                if answers[id] == Derivations.unknownValue, dataSet.content.fact(id)?.isAsked == true { return id }
                queue += dataSet.content.fact(id)?.afleiding?.invoer ?? []
            }
            return nil
        }
    }

    /// A number after conditional advice: the question behind that item of "Eerst uitzoeken" is asked again, and its
    /// answer gives advice with one case fewer to think of. False when the number is not such an item.
    private mutating func answerInquiry(_ number: Int, of advice: Advice, into reply: inout InterviewReply) -> Bool {
        let facts = inquiryList
        guard facts.indices.contains(number - 1) else {
            reply.err = facts.isEmpty ? Messages.afterAdvice : Messages.noSuchInquiry(number, facts.count)
            return true
        }
        guard let fact = facts[number - 1] else {
            reply.err = Messages.inquiryNotAnswerable(number)
            return true
        }
        choices = []
        editing = fact
        // Every answer of this case is used again (an answer the route did not read may be read now); only this one
        // is asked.
        for (key, value) in remembered where answers[key] == nil && contradicted[key] != value { answers[key] = value }
        answers[fact] = nil
        announced = Set(trail.prefix { $0.fact != fact }.map(\.fact))
        advance(into: &reply)
        return true
    }

    // MARK: - Answering

    private mutating func answer(_ line: String, to fact: Fact, into reply: inout InterviewReply) {
        if line.isEmpty {
            if let kept = remembered[fact.id], contradicted[fact.id] != kept {
                accept(kept, for: fact, into: &reply)
            } else if fact.soort == .datum, fact.standaardPeildatum == true {
                accept(peildatum.description, for: fact, into: &reply)
            } else {
                reply.err = Messages.emptyAnswer
                reply.out = prompt()
            }
            return
        }
        if choicesFact == fact.id, let number = Int(line), choices.indices.contains(number - 1) {
            let value = choices[number - 1].value
            choices = []
            accept(value, for: fact, into: &reply)
            return
        }
        switch resolve(line, for: fact) {
        case .success(let value):
            choices = []
            accept(value, for: fact, into: &reply)
        case .failure(let problem):
            reply.err = problem.message
            reply.out = prompt()
        }
    }

    /// Turns what the user typed into a value: a number or word for options, a date, or a search for SWVs and schools.
    private mutating func resolve(_ line: String, for fact: Fact) -> Result<String, AnswerProblem> {
        let validator = AnswerValidator(content: dataSet.content, model: dataSet.model)
        if let unknown = unknownAnswer(line, for: fact) { return unknown }
        switch fact.soort {
        case .keuze:
            switch AnswerMatcher(fact: fact).match(line) {
            case .value(let value): return .success(value)
            case .refused(let message): return .failure(AnswerProblem(message))
            case .suggested(let value, let message):
                suggestion = .answer(value, fact: fact.id)
                return .failure(AnswerProblem(message))
            }
        case .datum:
            // A line that is no answer leaves the month or year of the answer before as it was (`benaderd`).
            let earlier = approximate.removeValue(forKey: fact.id)
            let result = dateAnswer(line, for: fact, validator: validator)
            if case .failure = result { approximate[fact.id] = earlier }
            return result
        case .swv, .school:
            let search = ModelSearch(model: dataSet.model)
            let found: [(value: String, label: String)]
            do {
                found =
                    fact.soort == .school
                    ? try search.schools(matching: line).map { ($0.code, Messages.schoolLabel($0, swv: dataSet.model.swv($0.swv))) }
                    : try search.swvs(matching: line).map { ($0.swv.code, Messages.swvLabel($0)) }
            } catch {
                return .failure(AnswerProblem(error.message))
            }
            switch found.count {
            case 0:
                // A query that nearly names one school is offered, not taken: "ja" takes it.
                if fact.soort == .school, let near = search.nearestSchool(to: line) {
                    suggestion = .answer(near.code, fact: fact.id)
                    return .failure(AnswerProblem(Messages.didYouMeanSchool(line, Messages.schoolLabel(near, swv: dataSet.model.swv(near.swv)))))
                }
                return .failure(AnswerProblem(Messages.nothingFound(line)))
            case 1: return .success(found[0].value)
            default:
                choices = Array(found.prefix(20))
                choicesFact = fact.id
                return .failure(AnswerProblem(Messages.pickFromList(choices.map(\.label), more: found.count - choices.count)))
            }
        }
    }

    /// A date as typed: a whole date, or a month or year (the day taken for it, noted in `approximate`).
    private mutating func dateAnswer(_ line: String, for fact: Fact, validator: AnswerValidator) -> Result<String, AnswerProblem> {
        let exact = validator.normalize(line, for: fact)
        guard case .failure = exact else { return exact }
        guard let input = DateInput.parse(line) else {
            // Words the interview cannot read as a date ("vorig jaar"): the forms the question offers, not only the
            // numeric ones of a case file; a date that does not exist keeps the validator's reason.
            if Day.whyNoDay(line.trimmingBlanks()) != nil || line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return exact }
            return .failure(AnswerProblem(Messages.notADate(line, unknownAllowed: fact.onbekendToegestaan == true)))
        }
        switch input {
        case .day(let day):
            return validator.normalize(day.description, for: fact)
        case .period(let from, let through, let words):
            let taken = Self.dayTaken(for: fact, from: from, through: through)
            // The only day the fact's rule allows there leaves nothing to check against.
            let only = taken.reason == Messages.onlyPossibleDay
            approximate[fact.id] = ApproximateDate(
                words: words, from: only ? taken.day : from, through: only ? taken.day : through, chosen: taken.day)
            approximateReason = taken.reason
            return validator.normalize(taken.day.description, for: fact)
        }
    }

    /// "weet ik niet", "onbekend": `onbekend` where the fact allows it, else a refusal; nil for any other line.
    private func unknownAnswer(_ line: String, for fact: Fact) -> Result<String, AnswerProblem>? {
        guard AnswerMatcher.meansUnknown(line) else { return nil }
        guard AnswerMatcher.allowsUnknown(fact) else { return .failure(AnswerProblem(AnswerMatcher.Messages.unknownNotAllowed)) }
        return .success(AnswerMatcher.unknownValue)
    }

    private mutating func accept(_ raw: String, for fact: Fact, into reply: inout InterviewReply) {
        // Every stored answer is a valid one, whatever way it was given (number, word, pick list, Enter).
        guard case .success(let value) = AnswerValidator(content: dataSet.content, model: dataSet.model).normalize(raw, for: fact) else {
            reply.err = Messages.emptyAnswer
            reply.out = prompt()
            return
        }
        answers[fact.id] = value
        // The answer a change replaces is kept for a refusal; an answer given again as it was (Enter) is the user's
        // word that it holds, and nothing older comes back for it.
        if let earlier = remembered[fact.id], earlier != value, contradicted[fact.id] != earlier {
            replaced[fact.id] = earlier
        } else {
            replaced[fact.id] = nil
        }
        remembered[fact.id] = value
        // Given again, an answer once refused is the user's answer again (kept in the case unless refused anew).
        contradicted[fact.id] = nil
        var mark = Messages.accepted(dataSet.content.display(value, of: fact.id, model: dataSet.model))
        if let period = approximate[fact.id], period.chosen.description == value, let reason = approximateReason {
            mark += Messages.dayTaken(period.words, period.chosen, reason, checked: period.other != period.chosen)
        }
        approximateReason = nil
        reply.out += mark
        editing = nil
        justAnswered = (fact.id, mark)
        advance(into: &reply)
        justAnswered = nil
    }

    // MARK: - Moving through the routekaart

    /// Runs the engine on the answers so far, announces what it derived, and asks the next question or shows the advice.
    private mutating func advance(into reply: inout InterviewReply) {
        let result: EngineResult
        do {
            result = try dataSet.engine.evaluate(Case(peildatum: peildatum, answers: answers))
        } catch {
            reply.err += Messages.contentError(error.description)
            current = nil
            return
        }
        if result.pendingFact != choicesFact {
            choices = []
            choicesFact = nil
        }
        switch result {
        case .question(let question, let steps):
            trail = steps
            advice = nil
            current = question
        case .advice(let finished):
            trail = finished.trail
            advice = finished
            current = nil
        case .contradiction(let contradiction, _):
            // Never advise on facts that cannot all be true: say why and ask again. The answer just given is
            // the one asked again when the contradiction rests on it (a wrong date of the move, not the aanwijzing).
            var reaskID = contradiction.reask.id
            if let just = justAnswered {
                let facts = Set(contradiction.control.opnieuw).union(dataSet.content.basicFacts(of: contradiction.control.afleiding.invoer))
                if facts.contains(just.fact) { reaskID = just.fact }
                // The confirmation of a refused answer is taken back.
                if reply.out.hasSuffix(just.mark) { reply.out.removeLast(just.mark.count) }
            }
            reply.err += Messages.contradiction(contradiction.message)
            if !answeredSteps.isEmpty { reply.err += Messages.contradictionHint }
            guard answers[reaskID] != nil else {
                // The question to ask again was never answered: the content names the wrong one.
                reply.err += Messages.contentError("de controle \"\(contradiction.control.id)\" vraagt een antwoord opnieuw dat niet gegeven is")
                current = nil
                return
            }
            // The refused answer is not offered again with Enter; the answer it replaced (before a `wijzig`) is, and
            // stays in the case.
            contradicted[reaskID] = answers[reaskID]
            if let earlier = replaced.removeValue(forKey: reaskID), earlier != answers[reaskID] { remembered[reaskID] = earlier }
            answers[reaskID] = nil
            announced.remove(reaskID)
            advance(into: &reply)
            return
        }
        // Once the route is complete, only answers on it (on any branch) stay in use; the rest are
        // remembered and offered again if their question returns. While a question
        // is pending the route is not known yet, so nothing is dropped.
        if let advice {
            let onRoute = advice.factsOnRoute
            answers = answers.filter { onRoute.contains($0.key) }
        }
        reply.out += announcements()
        if let advice {
            let document = renderer.document(advice)
            inquiryList = inquiryFacts(document)
            reply.out += approximationNotes(advice)
            reply.out += "\n" + renderer.render(advice, as: format) + "\n" + closing(document)
        } else {
            inquiryList = []
            reply.out += prompt()
        }
    }

    /// "Afgeleid: …" for each fact the model settled since the last time.
    private mutating func announcements() -> String {
        var text = ""
        for step in trail where !announced.contains(step.fact) {
            announced.insert(step.fact)
            guard case .derived(_, let provenance) = step.origin, let fact = dataSet.content.fact(step.fact) else { continue }
            // Derived facts with a question are what the user is spared; say what the model found. (The scenario is
            // the advice's to name, in its own words.)
            guard fact.isAsked else { continue }
            let value = dataSet.content.display(step.value, of: step.fact, model: dataSet.model)
            let source = provenance.first.map {
                Messages.provenance($0, source: $0.source { dataSet.content.cite($0, on: peildatum, peildatum: peildatum) })
            }
            text += Messages.derived(fact.kort, value, source)
        }
        return text
    }

    /// What `overzicht` lists: the route so far, then the answers in use that this route does not read
    /// (a branch of conditional advice supposes a value instead of reading them), in question order.
    private var listedSteps: [TrailStep] {
        let onRoute = Set(trail.map(\.fact))
        let others = dataSet.content.facts.compactMap { fact -> TrailStep? in
            guard !onRoute.contains(fact.id), let value = answers[fact.id] else { return nil }
            return TrailStep(fact: fact.id, value: value, origin: .answered, node: nil)
        }
        return trail + others
    }

    /// The answers, numbered as `overzicht` and `wijzig N` number them (see `AnswerNumbering`).
    private var answeredSteps: [TrailStep] { listedSteps.filter(AnswerNumbering.isAnswered) }

    private mutating func back(into reply: inout InterviewReply) {
        choices = []
        // One question back along the route itself.
        guard let last = trail.last(where: AnswerNumbering.isAnswered) else {
            reply.err = Messages.atFirstQuestion
            reply.out = prompt()
            return
        }
        // Revisit, not undo: everything from this question on is offered again (Enter keeps it).
        let before = Set(trail.prefix { $0.fact != last.fact }.map(\.fact))
        answers = answers.filter { before.contains($0.key) }
        announced = before
        advance(into: &reply)
    }

    private mutating func change(_ argument: String, into reply: inout InterviewReply) {
        let steps = answeredSteps
        guard let number = Int(argument), steps.indices.contains(number - 1) else {
            reply.err = Messages.badChangeNumber(argument, steps.count)
            return
        }
        choices = []
        let fact = steps[number - 1].fact
        editing = fact
        answers[fact] = nil
        announced = Set(trail.prefix { $0.fact != fact }.map(\.fact))
        // The earlier question is asked again; later answers stay in `answers` and are used where they still apply.
        advance(into: &reply)
    }

    /// The day taken for a month or a year: the date the fact's own rule allows there (an aanwijzing on own criteria
    /// ends on 31 July), else the last day for a deadline (it lasts until then), else the first day.
    static func dayTaken(for fact: Fact, from: Day, through: Day) -> (day: Day, reason: String) {
        if let derivation = fact.afleiding, let function = Derivations.function(named: derivation.functie),
            let days = function.possibleDates(from: from, through: through), days.count == 1, let only = days.first
        {
            return (only, Messages.onlyPossibleDay)
        }
        return fact.termijn == true ? (through, Messages.lastDay) : (from, Messages.firstDay)
    }

    /// For each date given as a month or a year: whether the other end of that period gives the same advice.
    private func approximationNotes(_ advice: Advice) -> String {
        let numbers = Dictionary(answeredSteps.enumerated().map { ($1.fact, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        return ApproximateDate.notes(approximate, answers: answers, peildatum: peildatum, engine: dataSet.engine, advice: advice, numbers: numbers)
    }

    /// The last lines after the advice: what to do first, and how to see more.
    func closing(_ document: AdviceDocument) -> String {
        var lines: [String] = []
        if document.cases.count > 1 {
            if let first = document.inquiries.first {
                lines.append(Messages.firstThing(Sentences.split(first.text, limit: 1).first ?? first.text))
            }
            lines.append(Messages.answerInquiry(inquiryList.count))
            lines.append(Messages.seeMoreCases(document.cases.first?.label ?? "A"))
        } else if let step = document.cases.first?.outcome.steps.first ?? document.common.first {
            lines.append(Messages.firstThing(Sentences.split(step.text, limit: 1).first ?? step.text))
            lines.append(Messages.seeMoreSteps)
        }
        // What she answered that the data did not know: she may keep it, never without asking.
        let learned = learnable
        if !learned.isEmpty { lines.append(Messages.offerToKeep(learned.count, file: knowledgeFile)) }
        return lines.joined(separator: "\n") + "\n" + Messages.afterAdviceCommands
    }

    // MARK: - Keeping what she found out

    /// The answers of this case that the data could not give and she has not kept or declined yet.
    var learnable: [LearnedFact] {
        guard advice != nil else { return [] }
        return KnowledgeRecording.learned(trail: trail, content: dataSet.content, model: dataSet.model).filter {
            !settledKnowledge.contains($0.key)
        }
    }

    /// `onthoud`: offers each fact, one by one.
    private mutating func startRecording(into reply: inout InterviewReply) {
        guard advice != nil else {
            reply.err = Messages.keepOnlyAfterAdvice
            return
        }
        let items = learnable
        guard !items.isEmpty else {
            reply.err = Messages.nothingToKeep
            return
        }
        guard knowledgeFile != nil else {
            reply.err = Messages.noKnowledgeFile
            return
        }
        recording = Recording(items: items)
        reply.out = Messages.keepIntro(items.count, file: knowledgeFile ?? "") + recordingPrompt()
    }

    /// The question of the `onthoud` conversation now.
    private func recordingPrompt() -> String {
        guard let recording, let item = recording.current else { return "> " }
        switch recording.step {
        case .confirm: return Messages.keepWhich(recording.index + 1, recording.items.count, item.description)
        case .source: return Messages.keepSource(item.suggestedSource)
        case .period: return Messages.keepPeriod(item.proposed, subject: item.fact.subject)
        }
    }

    private mutating func continueRecording(_ line: String, into reply: inout InterviewReply) {
        guard var state = recording, let item = state.current else {
            recording = nil
            return
        }
        let lower = line.lowercased()
        if ["stop", "klaar", "einde"].contains(lower) {
            finishRecording(state, into: &reply)
            return
        }
        switch state.step {
        case .confirm:
            switch AnswerMatcher.yesOrNo(line) {
            case true?:
                state.step = .source
            case false?:
                settledKnowledge.insert(item.key)
                state.index += 1
            case nil:
                reply.err = Messages.yesOrNo
            }
        case .source:
            let source = line.isEmpty ? item.suggestedSource : line
            if let finding = PersonalDataCheck.inSource(source, context: item.context) {
                reply.err = Messages.sourceRefused(finding.message)
            } else if source.count > KnowledgeValidator.maximumFieldLength || source.hasPrefix("=") {
                reply.err = Messages.sourceTooLong
            } else {
                state.source = source
                state.step = .period
            }
        case .period:
            let period = line.isEmpty ? item.proposed : KnowledgeRecording.period(line)
            guard let period else {
                reply.err = Messages.periodNotRead(line)
                break
            }
            guard period.contains(item.answeredFor) else {
                reply.err = Messages.periodMissesDate(item.answeredFor)
                break
            }
            var fact = item.fact
            fact.period = period
            fact.bron = state.source ?? item.suggestedSource
            fact.gecontroleerd = today
            do throws(KnowledgeRecording.Failure) {
                let written = try KnowledgeRecording.write(
                    fact, extra: [:], to: knowledgeFile ?? "",
                    reference: KnowledgeReference(model: dataSet.model, examples: dataSet.includesExamples),
                    today: today)
                // At once in the knowledge of this interview: the next case for the same school or SWV uses it.
                dataSet = dataSet.with(knowledge: dataSet.model.knowledge.replacing(written.table))
                reply.out += Messages.kept(knowledgeFile ?? "", written.line)
                state.written.append(item.description)
                settledKnowledge.insert(item.key)
                state.index += 1
                state.step = .confirm
                state.source = nil
            } catch {
                reply.err = Messages.notKept(error.message)
                state.step = .period
            }
        }
        if state.current == nil {
            finishRecording(state, into: &reply)
            return
        }
        recording = state
        reply.out += recordingPrompt()
    }

    private mutating func finishRecording(_ state: Recording, into reply: inout InterviewReply) {
        recording = nil
        reply.out += Messages.keptDone(state.written.count, file: knowledgeFile ?? "") + Messages.afterAdviceCommands
    }

    // MARK: - Texts

    /// The current question with its options and default.
    public func prompt() -> String {
        guard let question = current else { return Messages.afterAdviceCommands }
        let fact = question.fact
        var lines: [String] = [""]
        lines.append(Messages.questionHeading(number(of: question), editing: editing == fact.id))
        if let reason = question.reason { lines.append(Messages.because(reason)) }
        if !question.assumptions.isEmpty {
            // In the words of the advice's branches (`Fact.condition`): "Werkt het samenwerkingsverband van herkomst met eigen criteria?"
            let filler = TextFiller(
                content: dataSet.content, model: dataSet.model,
                values: Dictionary(trail.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last }), peildatum: peildatum)
            var questions: [String] = []
            var labels: [String] = []
            for assumption in question.assumptions {
                guard let condition = dataSet.content.fact(assumption.fact)?.condition([assumption.value], or: AdviceRenderer.Messages.or) else {
                    continue
                }
                let text = "„" + filler.fill(condition.template) + (condition.isQuestion ? "?”" : "”")
                if condition.isQuestion { questions.append(text) } else { labels.append(text) }
            }
            lines.append(Messages.neededFor(questions: questions, labels: labels))
        }
        lines.append(fact.vraag ?? fact.kort)
        switch fact.soort {
        case .keuze:
            let options = fact.opties ?? []
            for (index, option) in options.enumerated() { lines.append("  \(index + 1). \(option.tekst)") }
            if fact.onbekendToegestaan == true { lines.append("  \(options.count + 1). \(Messages.dontKnow)") }
            lines.append(Messages.answerKeuze)
        case .datum:
            // One thing for Enter: an earlier answer offered again is it, not the peildatum.
            let earlierOffered = remembered[fact.id].map { contradicted[fact.id] != $0 } ?? false
            lines.append(fact.standaardPeildatum == true && !earlierOffered ? Messages.answerDateWithDefault(peildatum) : Messages.answerDate)
            if fact.onbekendToegestaan == true { lines.append(Messages.dateDontKnow) }
        case .swv, .school:
            if !choices.isEmpty {
                for (index, choice) in choices.enumerated() { lines.append("  \(index + 1). \(choice.label)") }
            }
            lines.append(Messages.answerSearch(fact.soort == .school))
        }
        if let kept = remembered[fact.id], contradicted[fact.id] != kept {
            lines.append(Messages.enterKeeps(dataSet.content.display(kept, of: fact.id, model: dataSet.model)))
        }
        return lines.joined(separator: "\n") + "\n> "
    }

    /// The number of a question. On the route, its place there: the answers before it, and one; this is the number
    /// `overzicht` will give its answer (answers kept from before a `wijzig` that the route has not reached again come
    /// after it). In a branch of conditional advice the route stops before the first supposition: the next number after
    /// every answer in use.
    func number(of question: PendingQuestion) -> Int {
        question.assumptions.isEmpty ? trail.filter(AnswerNumbering.isAnswered).count + 1 : answeredSteps.count + 1
    }

    func helpText() -> String {
        var text = ""
        if let fact = current?.fact {
            text += "\n" + (fact.hulp ?? "") + "\n"
            text += Messages.caseFileKey(fact.id)
            if let sources = fact.bronnen, !sources.isEmpty {
                // Read on the date the question names (an answer given before), else the peildatum.
                let day = trail.last { $0.fact == fact.bronnenDatum }.flatMap { Day($0.value) } ?? peildatum
                text += Messages.helpSources(sources.map { dataSet.content.cite($0, on: day, peildatum: peildatum) })
            }
        }
        text += Messages.commands
        return text + (current == nil ? Messages.afterAdviceCommands : prompt())
    }

    func overview() -> String {
        var lines = [Messages.overviewHeading]
        let steps = listedSteps
        for (step, number) in zip(steps, AnswerNumbering.numbers(steps)) {
            let label = dataSet.content.fact(step.fact)?.kort ?? step.fact
            let value = dataSet.content.display(step.value, of: step.fact, model: dataSet.model)
            lines.append(AnswerNumbering.margin(number) + "\(label): \(value)" + (number == nil ? " " + Messages.mark(step.origin) : ""))
        }
        if answeredSteps.isEmpty { lines.append(Messages.noAnswersYet) }
        lines.append(Messages.overviewHint)
        return lines.joined(separator: "\n") + "\n" + (current == nil ? Messages.afterAdviceCommands : prompt())
    }

    /// The Dutch texts of the interview.
    public enum Messages {
        static func welcome(_ day: Day) -> String {
            """
            Routekaart — advies bij verhuizing en grensverkeer (lwoo en pro).
            Peildatum: \(day.dutch). Vul geen namen of andere persoonsgegevens in: alleen feiten.
            Typ bij elke vraag ? voor uitleg en opdrachten (terug, overzicht, wijzig N, opnieuw, stop).

            """
        }
        static let commands = """

            Opdrachten (bij elke vraag):
              ? of help       uitleg bij de vraag en deze lijst
              terug           één vraag terug (latere antwoorden blijven bewaard; Enter houdt ze)
              overzicht       alle antwoorden tot nu toe
              wijzig N        antwoord N veranderen; alleen wat daarvan afhangt wordt opnieuw gevraagd
              waarom          na het advies: welke feiten, regels en bronnen tot het advies leidden
              advies          na het advies: het advies nog eens tonen
              toon A          na het advies: één geval met al zijn stappen; toon alles: het hele advies
              N               na het advies: het antwoord op punt N van 'Eerst uitzoeken' geven
              bewaar BESTAND  de casus (alleen feiten) bewaren om later verder te gaan
              onthoud         na het advies: wat u invulde en de gegevens niet wisten, bewaren in uw kennisbestand
              opnieuw         een nieuwe casus (nieuwe leerling), zonder de antwoorden van deze
              opnieuw zelfde  dezelfde casus opnieuw doorlopen; eerdere antwoorden blijven als keuze
              stop            stoppen (een onafgemaakte casus wordt bewaard)

            """
        static let afterAdviceCommands = "Typ advies, toon, waarom, overzicht, wijzig N, bewaar BESTAND, onthoud, opnieuw of stop.\n> "
        static func offerToKeep(_ count: Int, file: String?) -> String {
            let what =
                count == 1
                ? "1 antwoord over de wereld dat in geen bron van de gegevens stond"
                : "\(count) antwoorden over de wereld die in geen bron van de gegevens stonden"
            guard file != nil else { return "U gaf \(what); er is geen eigen kennisbestand om ze in te bewaren (zie de README)." }
            return "U gaf \(what). Typ onthoud om ze, met hun bron, in uw kennisbestand te bewaren: de volgende casus weet ze dan."
        }
        static let keepOnlyAfterAdvice = "'onthoud' kan pas als er een advies is. Beantwoord eerst de vragen."
        static let nothingToKeep =
            "Er is niets te onthouden: elk antwoord over de wereld in deze casus kwam uit de gegevens, was 'weet ik niet' of is al bewaard."
        static let noKnowledgeFile =
            "Er is geen eigen kennisbestand: zet XDG_DATA_HOME of HOME, dan komt het in $XDG_DATA_HOME/routekaart/kennis.csv (anders ~/.local/share/routekaart/kennis.csv)."
        static func keepIntro(_ count: Int, file: String) -> String {
            "\nIn uw kennisbestand (\(Sanitized.path(file))) kunt u bewaren wat u uitzocht; per feit vraag ik of u het wilt bewaren, "
                + "waar u het van weet en voor welke periode het geldt. Geen namen van personen. Typ stop om op te houden.\n"
        }
        static func keepWhich(_ number: Int, _ count: Int, _ description: String) -> String {
            "\n\(number) van \(count): \(description).\nBewaren in uw kennisbestand? Typ ja of nee.\n> "
        }
        static func keepSource(_ suggestion: String) -> String {
            "Waar weet u het van? Noem het document en de paragraaf (\"ondersteuningsplan 2024-2028 §3\"), of hoe u het uitzocht. "
                + "Geen namen van personen.\nEnter = „\(suggestion)”.\n> "
        }
        static func keepPeriod(_ proposed: FactPeriod, subject: KnowledgeSubject) -> String {
            "Voor welke periode geldt het? Enter = \(proposed.dutch) (het schooljaar van de datum van deze casus), "
                + "of typ de periode: 1-8-2024 tot 31-7-2028, of vanaf 1-8-2024 (nog open).\n> "
        }
        static let yesOrNo = "Typ ja of nee (of stop)."
        static func sourceRefused(_ message: String) -> String { "Niet bewaard: \(message). Typ de bron opnieuw." }
        static let sourceTooLong = "Een bron is hooguit 1.000 tekens en begint niet met =. Typ de bron opnieuw."
        static func periodNotRead(_ line: String) -> String {
            "\"\(Sanitized.short(line))\" is geen periode; typ bijvoorbeeld 1-8-2024 tot 31-7-2028, of vanaf 1-8-2024, of Enter."
        }
        static func periodMissesDate(_ day: Day) -> String {
            "De periode moet \(day.dutch) bevatten, de datum waarvoor u het antwoord gaf. Typ een andere periode, of Enter."
        }
        static func kept(_ file: String, _ line: Int) -> String { "✓ Bewaard in \(Sanitized.path(file)), regel \(line).\n" }
        static func notKept(_ message: String) -> String { "Niet bewaard: \(message). Typ een andere periode, of stop." }
        static func keptDone(_ count: Int, file: String) -> String {
            switch count {
            case 0: "\nNiets bewaard.\n"
            case 1: "\n1 feit bewaard in \(Sanitized.path(file)). Een volgende casus gebruikt het (routekaart kennis toont het).\n"
            default: "\n\(count) feiten bewaard in \(Sanitized.path(file)). Een volgende casus gebruikt ze (routekaart kennis toont ze).\n"
            }
        }
        static let restartNew = "\nEen nieuwe casus: alle vragen opnieuw, zonder de antwoorden van de vorige leerling.\n"
        static let restartSame = "\nDezelfde casus opnieuw. Eerdere antwoorden worden als keuze aangeboden (Enter houdt ze).\n"
        static let adviceOnlyAfterQuestions = "Er is nog geen advies. Beantwoord eerst de vragen."
        static func firstThing(_ text: String) -> String { "Eerst te doen: \(text)" }
        static func answerInquiry(_ count: Int) -> String {
            switch count {
            case 0: ""
            case 1: "Weet u het antwoord op punt 1 van 'Eerst uitzoeken'? Typ 1."
            default: "Weet u het antwoord op een punt van 'Eerst uitzoeken'? Typ het nummer (1 tot en met \(count))."
            }
        }
        static func seeMoreCases(_ label: String) -> String {
            "Meer zien: toon \(label) (één geval met al zijn stappen), toon alles, waarom (regels, wetteksten en bronnen)."
        }
        static let seeMoreSteps = "Meer zien: toon alles (elke stap volledig), waarom (regels, wetteksten en bronnen)."
        static func didYouMeanCommand(_ line: String, _ command: String) -> String {
            "\"\(Sanitized.short(line))\" ken ik niet. Bedoelt u '\(Sanitized.short(command))'? Typ ja, of typ het opnieuw."
        }
        static func afterAdviceHelp(inquiries: Int) -> String {
            "Het advies is gegeven. Typ advies (opnieuw tonen), toon A of toon alles, waarom, overzicht, wijzig N, bewaar BESTAND, opnieuw of stop"
                + (inquiries > 0 ? ", of het nummer van een punt uit 'Eerst uitzoeken'." : ".")
        }
        static func noSuchCase(_ label: String, _ labels: [String]) -> String {
            labels.isEmpty
                ? "Dit advies heeft één geval; typ toon alles voor elke stap volledig."
                : "\"\(Sanitized.short(label))\" is geen geval van dit advies; kies \(labels.joined(separator: ", ")) of alles."
        }
        static func inquiryNotAnswerable(_ number: Int) -> String {
            "Punt \(number) volgt uit andere antwoorden; verander die met overzicht en wijzig N."
        }
        static func noSuchInquiry(_ number: Int, _ count: Int) -> String {
            "\(number) is geen punt van 'Eerst uitzoeken'; kies 1 tot en met \(count)."
        }
        static let whyOnlyAfterAdvice = "'waarom' kan pas als er een advies is. Beantwoord eerst de vragen."
        static let saveNeedsFile = "Geef een bestandsnaam: bewaar BESTAND (bijvoorbeeld: bewaar casus.json)."
        static let afterAdvice = "Het advies is gegeven. Typ overzicht, wijzig N, waarom, bewaar BESTAND, opnieuw of stop."
        static let emptyAnswer = "Geef een antwoord, of typ ? voor uitleg."
        static let atFirstQuestion = "Dit is de eerste vraag; verder terug kan niet."
        static let overviewHeading = "\nOverzicht van de antwoorden:"
        static let noAnswersYet = "  (nog geen antwoorden)"
        static let overviewHint = "Wijzig een antwoord met: wijzig N"
        static let derivedMark = "(afgeleid)"
        /// How a fact without an answer number got its value, in the overview.
        static func mark(_ origin: FactOrigin) -> String {
            switch origin {
            case .assumed: "(aangenomen in dit deel van het advies)"
            case .unknown: "(onbekend)"
            default: derivedMark
            }
        }
        static let answerKeuze = "Typ een nummer of een woord; ? voor uitleg."
        static let dontKnow = "Weet ik niet (het advies zegt dan wat u moet navragen, en wat er per mogelijk antwoord gebeurt)"
        static let dateDontKnow = "Weet u het niet? Typ: weet ik niet."
        static let answerDate = "Datum als 15 maart 2023, 15-3-2023 of 2023-03-15 (weet u de dag niet: maart 2023, of 2023); ? voor uitleg."
        static func answerDateWithDefault(_ day: Day) -> String {
            "Datum als 15 maart 2023, 15-3-2023 of 2023-03-15 (weet u de dag niet: maart 2023, of 2023); Enter = peildatum (\(day.dutch)); ? voor uitleg."
        }
        static func answerSearch(_ school: Bool) -> String {
            school
                ? "Zoek op (een deel van) de naam, de plaats, de gemeente, de BRIN- of vestigingscode of de 4 cijfers van de postcode (of typ een nummer uit de lijst); 'onbekend' als de school er niet bij staat."
                : "Zoek op naam of code van het SWV, op een gemeente, op de 4 cijfers van een postcode, of op de naam van een school; 'onbekend' als u het niet weet."
        }
        static func questionHeading(_ number: Int, editing: Bool) -> String {
            editing ? "Wijzigen" : "Vraag \(number)"
        }
        static let firstDay = "de eerste dag; de dag zelf weet u niet"
        static let lastDay = "de laatste dag: een termijn loopt tot en met die dag"
        static func notADate(_ text: String, unknownAllowed: Bool) -> String {
            "\"\(Sanitized.short(text))\" is geen datum die ik kan lezen. Typ een datum (15 maart 2023 of 15-3-2023), een maand (maart 2023) "
                + "of een jaar (2023)" + (unknownAllowed ? ", of \"weet ik niet\"." : ".")
        }
        static let onlyPossibleDay = "de enige mogelijke dag: een aanwijzing voor hele schooljaren eindigt op 31 juli"
        static func dayTaken(_ words: String, _ day: Day, _ reason: String, checked: Bool) -> String {
            "  (\(words): genomen is \(day.dutch), \(reason)." + (checked ? " Of de dag ertoe doet, zegt het advies." : "") + ")\n"
        }
        static func dayDoesNotMatter(_ words: String, _ other: Day) -> String {
            "De dag in \(words) doet er niet toe: met \(other.dutch) is het advies hetzelfde.\n"
        }
        static func dayMatters(_ words: String, _ other: Day, _ number: Int?) -> String {
            "Let op: de dag in \(words) doet ertoe. Met \(other.dutch) zou het advies anders zijn; zoek de precieze datum op"
                + (number.map { " en geef die met wijzig \($0)" } ?? "") + ".\n"
        }
        static func caseFileKey(_ id: String) -> String { "In een casusbestand heet deze vraag \"\(id)\".\n" }
        static func because(_ reason: String) -> String { "(\(reason) Daarom vraag ik het u.)" }
        /// "… dat geldt als het antwoord op de vragen „A?” en „B?” ja is, en bij „Leerweg: kader”."
        static func neededFor(questions: [String], labels: [String]) -> String {
            func joined(_ items: [String]) -> String {
                items.count > 1 ? items.dropLast().joined(separator: ", ") + " en " + (items.last ?? "") : items.joined()
            }
            var parts: [String] = []
            if !questions.isEmpty {
                parts.append("als het antwoord op de \(questions.count > 1 ? "vragen" : "vraag") \(joined(questions)) ja is")
            }
            if !labels.isEmpty { parts.append("bij " + joined(labels)) }
            return "(Alleen nodig " + parts.joined(separator: ", en ") + "; dat is nog niet bekend.)"
        }
        static func enterKeeps(_ value: String) -> String { "Enter = \(value) (eerder antwoord)" }
        static func accepted(_ value: String) -> String { "✓ \(value)\n" }
        static func derived(_ label: String, _ value: String, _ detail: String?) -> String {
            "Afgeleid — \(label): \(value)" + (detail.map { " (\($0))" } ?? "") + "\n"
        }
        /// Where a derived value comes from; for a policy also the date it was looked up for; for a fact of a knowledge
        /// file also when it was checked (`uw kennisbestand: navraag bij het loket, gecontroleerd 7 december 2026`).
        static func provenance(_ item: Provenance, source: String) -> String {
            let checked = item.knowledge.map { ", gecontroleerd \($0.gecontroleerd.dutch)" } ?? ""
            let origin = item.bronIsCitation ? "bron: \(source)" : source
            switch item.subject {
            case .policy, .swvFact, .licence: return "\(item.record), op \(item.lookupDate.dutch); \(origin)\(checked)"
            default: return "\(item.record); \(origin)\(checked)"
            }
        }
        static func helpSources(_ sources: [String]) -> String { "Bron: " + sources.joined(separator: "; ") + "\n" }
        static func nothingFound(_ text: String) -> String {
            "Niets gevonden voor \"\(Sanitized.short(text))\". Probeer een deel van de naam, de plaats of de code, of typ 'onbekend'."
        }
        static func didYouMeanSchool(_ text: String, _ label: String) -> String {
            "Niets gevonden voor \"\(Sanitized.short(text))\". Bedoelt u \(label)? Typ ja, of zoek anders."
        }
        static func pickFromList(_ labels: [String], more: Int) -> String {
            "Meer dan één gevonden; typ het nummer of zoek preciezer:" + (more > 0 ? " (\(more) niet getoond)" : "")
        }
        static func schoolLabel(_ school: School, swv: SWV?) -> String {
            let offer = SchoolOffer.text(school)
            let postcode = school.pc4.map { "postcode \($0); " } ?? ""
            return
                "\(school.naam), \(school.plaats) (\(school.code); \(postcode)\(offer.isEmpty ? "" : offer + "; ")\(swv?.displayName ?? school.swv))"
                + (school.voorbeeld ? " — voorbeeld" : "")
        }
        static func swvLabel(_ match: SWVMatch) -> String {
            match.swv.displayName + (match.explanation.map { " — \($0)" } ?? "") + (match.swv.voorbeeld ? " — voorbeeld" : "")
        }
        static func badChangeNumber(_ text: String, _ count: Int) -> String {
            count == 0
                ? "Er zijn nog geen antwoorden om te wijzigen."
                : "Gebruik: wijzig N, met N van 1 tot en met \(count) (zie overzicht)."
        }
        static func contradiction(_ message: String) -> String { "Dit klopt niet: \(message)\n" }
        static let contradictionHint = "Is een eerder antwoord fout? Typ overzicht en daarna wijzig N.\n"
        static func contentError(_ detail: String) -> String {
            "De inhoud van de routekaart is niet uitvoerbaar: \(detail). Draai 'routekaart controleer'.\n"
        }
    }
}
