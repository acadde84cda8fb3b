import Foundation
import RoutekaartCore
import Testing

/// The interview never leaves the user wondering: one numbering of answers,
/// a prompt after every message, answers matched as people type them
/// (issue 12, items 11, 12 and 14).
@Suite struct InterviewFlowTests {
    /// A session on the real data plus the example data (the scenario runs name example SWVs and schools).
    static func session() -> InterviewSession {
        let dataSet = Support.withExamples
        var session = InterviewSession(
            dataSet: dataSet, peildatum: FuzzTests.peildatum, renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model),
            format: .tekst)
        _ = session.start()
        return session
    }

    // MARK: - Item 11: one numbering

    /// `N. Label: …` lines of a text, by number.
    static func numbered(_ text: String) -> [Int: String] {
        var result: [Int: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard let dot = trimmed.firstIndex(of: "."), let number = Int(trimmed[..<dot]) else { continue }
            let label = trimmed[trimmed.index(after: dot)...].drop { $0 == " " }.prefix { $0 != ":" }
            result[number] = String(label)
        }
        return result
    }

    @Test func waaromNumbersTheAnswersAsOverzichtAndWijzigDo() {
        var session = Self.session()
        for line in InterviewTests.scenarioRuns[2].lines { _ = session.handle(line) }
        #expect(session.advice != nil)
        let overview = Self.numbered(session.handle("overzicht").out.components(separatedBy: "Wijzig een antwoord")[0])
        let whyText = session.handle("waarom").out
        let why = Self.numbered(whyText.components(separatedBy: "Waarom dit advies").last ?? "")
        #expect(overview.count == 8, "\(overview)")
        #expect(why == overview, "waarom: \(why)\noverzicht: \(overview)")
        // wijzig N changes the answer that both call N.
        let label = overview[4] ?? "?"
        let change = session.handle("wijzig 4")
        let asked = session.current?.fact.kort ?? ""
        #expect(asked == label, "wijzig 4 vraagt \(asked), niet \(label): \(change.out.suffix(200))")
    }

    /// In a branch of conditional advice the route does not read every answer; the overview still lists them all,
    /// numbered as `wijzig N` takes them.
    @Test func theOverviewListsEveryAnswerInUseAlsoInABranch() {
        var session = Self.session()
        let lines = ["1", "1", "Heidecollege", "onbekend", "2020-01-01", "weet ik niet"]
        for line in lines { _ = session.handle(line) }
        #expect(session.current != nil)
        let overview = Self.numbered(session.handle("overzicht").out.components(separatedBy: "Wijzig een antwoord")[0])
        #expect(overview.count == lines.count, "\(overview)")
        for (number, label) in overview.sorted(by: { $0.key < $1.key }) {
            var probe = session
            _ = probe.handle("wijzig \(number)")
            #expect(probe.current?.fact.kort == label, "wijzig \(number) vraagt \(probe.current?.fact.kort ?? "-"), niet \(label)")
        }
    }

    /// After "weet ik niet" a question asked for one part of the advice says which part, in the words the advice
    /// uses for its branches, and a derived value names its source as the reader sees it (not its registry id).
    @Test func aQuestionForOneBranchSaysWhichInWordsAndSourcesAreNamed() {
        var session = Self.session()
        var text = ""
        for line in ["2", "1", "03XS02", "weet ik niet", "weet ik niet", "weet ik niet", "2027-02-01", "weet ik niet"] {
            let reply = session.handle(line)
            text += reply.out + reply.err
        }
        #expect(session.current?.fact.id == "leerweg", "\(session.current?.fact.id ?? "-")")
        #expect(
            text.contains(
                "(Alleen nodig als het antwoord op de vragen „Is de aanwijzing afgegeven op"),
            "\(text.suffix(600))")
        #expect(text.contains("„Werkt het samenwerkingsverband van de nieuwe school met"))
        #expect(text.contains("ja is; dat is nog niet bekend.)"), "\(text.suffix(600))")
        #expect(!text.contains("Beleid herkomst (bij aanwijzing):"), "korte labels in plaats van de vraag")
        #expect(text.contains("bron: DUO, alle vestigingen vo (2026)"))
        #expect(!text.contains("duo-vestigingen-2026"), "een interne bron-id")
    }

    // MARK: - Item 12: always a prompt

    @Test func everyReplyEndsWithAPrompt() {
        var session = Self.session()
        for line in ["waarom", "wijzig 99", "wijzig", "bewaar", "bewaar   ", "xyz", "9", "terug", "?", "overzicht", "1", "terug", "1"] {
            let reply = session.handle(line)
            #expect(reply.out.hasSuffix("> "), "\(line): \(reply.out.suffix(80).debugDescription) / \(reply.err)")
        }
        for line in InterviewTests.scenarioRuns[3].lines.dropFirst() { _ = session.handle(line) }
        #expect(session.advice != nil)
        for line in ["wijzig 99", "bewaar", "iets", "waarom", "overzicht", "?"] {
            let reply = session.handle(line)
            #expect(reply.out.hasSuffix("> "), "na het advies, \(line): \(reply.out.suffix(80).debugDescription)")
        }
    }

    @Test func aFailedWriteIsFollowedByAPrompt() throws {
        let run = try Support.run(["advies"], lines: ["bewaar /bestaat/niet/x.json"])
        #expect(run.err.contains("Kan niet schrijven naar /bestaat/niet/x.json"), "\(run.err)")
        let afterFailure = run.out.components(separatedBy: Support.question("situatie")).dropFirst().first ?? ""
        #expect(afterFailure.components(separatedBy: "> ").count == 3, "een prompt na de vraag en een na de fout: \(afterFailure.debugDescription)")
    }

    // MARK: - Item 14: answers as people type them

    /// What a typed line is taken as at the current question, or nil when refused.
    static func taken(_ line: String, after earlier: [String] = []) -> (value: String?, reply: InterviewReply) {
        var session = Self.session()
        for answer in earlier { _ = session.handle(answer) }
        let fact = session.current?.fact.id ?? ""
        let reply = session.handle(line)
        return (session.remembered[fact], reply)
    }

    @Test(
        "een antwoord zoals mensen het typen",
        arguments: [
            ("grens", [], "grensverkeer"), ("Grensverkeer.", [], "grensverkeer"), ("verhuizen", [], "verhuizing"),
            ("aanmelden", [], "aanmelding"), ("bijzondere regeling", [], "bijzondere_regeling"),
            ("lwoo", ["1"], "aanwijzing_lwoo"), ("aanwijzing", ["1"], "aanwijzing_lwoo"), ("tlv", ["1"], "tlv_pro"),
            ("zonder aanwijzing", ["1"], "ondersteuning_zonder_aanwijzing"), ("nog niets", ["1"], "geen"),
            ("ja.", ["3", "vmbo", "01IW00"], "ja"), ("Jazeker", ["3", "vmbo", "01IW00"], "ja"), ("nee hoor", ["3", "vmbo", "01IW00"], "nee"),
            ("Nee!", ["3", "vmbo", "01IW00"], "nee"), ("j", ["3", "vmbo", "01IW00"], "ja"),
        ])
    func answersAsPeopleTypeThem(_ line: String, _ earlier: [String], _ expected: String) {
        let (value, reply) = Self.taken(line, after: earlier)
        #expect(value == expected, "\(line) → \(value ?? "geweigerd"): \(reply.err)")
    }

    @Test func anAmbiguousOrContradictoryAnswerIsNotGuessed() {
        for (line, earlier) in [("ja nee", ["3", "vmbo", "01IW00"]), ("l", ["1"]), ("leerling", [])] {
            let (value, reply) = Self.taken(line, after: earlier)
            #expect(value == nil, "\(line) werd \(value ?? "")")
            #expect(!reply.err.isEmpty)
        }
    }

    @Test func aTypoGetsTheNearestOption() {
        let (value, reply) = Self.taken("grensverkeeer")
        #expect(value == nil)
        #expect(reply.err.contains("Bedoelt u 'grensverkeer'?"), "\(reply.err)")
        let (_, status) = Self.taken("aanwijzign lwoo", after: ["1"])
        #expect(status.err.contains("Bedoelt u 'aanwijzing lwoo'?"), "\(status.err)")
    }

    @Test func refusalsNeverShowInternalIds() {
        var session = Self.session()
        _ = session.handle("1")
        let reply = session.handle("xyz")
        #expect(!reply.err.isEmpty)
        for id in ["aanwijzing_lwoo", "tlv_pro", "ondersteuning_zonder_aanwijzing"] {
            #expect(!reply.err.contains(id), "\(reply.err)")
            #expect(!reply.out.contains(id), "\(reply.out)")
        }
        #expect(reply.err.contains("1 tot en met 4"), "\(reply.err)")
    }

    /// New-user findings F3 and F25: a date that does not exist says why, not which form to use; words that are no date
    /// get the forms the question offers (a month, a year, "weet ik niet"), not only the numeric ones of a case file.
    @Test func aDateThatDoesNotExistSaysWhyAndWordsGetTheQuestionsForms() {
        let toTheDate = ["1", "1", "01IW00", "2", "groningen", "1"]
        let (impossible, reply) = Self.taken("31-02-2026", after: toTheDate)
        #expect(impossible == nil)
        #expect(reply.err.contains("februari 2026 heeft 28 dagen"), "\(reply.err)")
        let (words, wordsReply) = Self.taken("vorig jaar", after: toTheDate)
        #expect(words == nil)
        #expect(wordsReply.err.contains("een maand (maart 2023) of een jaar (2023), of \"weet ik niet\""), "\(wordsReply.err)")
        let (month, _) = Self.taken("maart 2025", after: toTheDate)
        #expect(month != nil, "een maand blijft een antwoord")
    }

    /// The hook for "weet ik niet": the words map to `onbekend` wherever a fact allows it.
    @Test(arguments: ["weet ik niet", "Weet niet.", "onbekend", "ONBEKEND"])
    func unknownWordsMeanOnbekendWhereAllowed(_ line: String) {
        let (value, reply) = Self.taken(line, after: ["1", "1", "dongemond"])
        #expect(value == "onbekend", "\(line): \(reply.err)")
        let (situation, refusal) = Self.taken(line)
        #expect(situation == nil, "bij de situatie is \(line) geen antwoord")
        #expect(!refusal.err.isEmpty)
        #expect(Self.taken("?").reply.out.contains("Opdrachten (bij elke vraag):"), "? blijft hulp")
    }

    @Test func theBinaryAcceptsPrefixesAndSuggests() throws {
        let run = try Support.run(["advies"], lines: ["grensverkeeer", "grens", "stop"])
        #expect(run.err.contains("Bedoelt u 'grensverkeer'?"), "\(run.err)")
        #expect(run.out.contains("✓ grensverkeer"), "\(run.out.suffix(400))")
    }
}

/// A `wijzig` that makes the facts contradict each other loses nothing: the answer it replaced is offered again with
/// Enter and stays in the case, and the question keeps its number (usability test, F30).
@Suite struct RefusedChangeTests {
    /// The Eindhoven example: an aanwijzing of 1 maart 2016, a move on 24 augustus 2026, two facts not known.
    static let answers = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "bestemming_school": "02TC03", "herkomst_swv": "VO2508",
        "datum_aanwijzing": "2016-03-01", "datum_overstap": "2026-08-24", "bestemming_variant": "onbekend", "leerweg": "kader",
        "licentie_bestemming": "onbekend",
    ]

    /// The session after `wijzig 5` gave the aanwijzing a date after the move, and the question that follows was answered.
    static func refused() throws -> (session: InterviewSession, reply: InterviewReply) {
        let dataSet = Support.bundled
        var session = InterviewSession(
            dataSet: dataSet, peildatum: Day(year: 2026, month: 9, day: 15) ?? Day.inpassing,
            renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model), format: .tekst, initial: answers)
        _ = session.start()
        let overview = InterviewFlowTests.numbered(session.handle("overzicht").out.components(separatedBy: "Wijzig een antwoord")[0])
        let number = try #require(overview.first { $0.value == "Datum aanwijzing" }?.key)
        _ = session.handle("wijzig \(number)")
        var reply = session.handle("1 september 2026")
        // No policy of the SWV of origin is known on that day: the route asks it, and the answer brings the check.
        if session.current?.fact.id == "herkomst_variant" { reply = session.handle("1") }
        return (session, reply)
    }

    @Test func theAnswerAWijzigReplacedIsOfferedAgainWhenTheNewOneIsRefused() throws {
        let (session, reply) = try Self.refused()
        #expect(reply.err.contains("Dit klopt niet"), "\(reply.err)")
        #expect(session.current?.fact.id == "datum_aanwijzing")
        #expect(reply.out.contains("Enter = 1 maart 2016 (eerder antwoord)"), "\(reply.out.suffix(400))")
        #expect(session.caseFile.antwoorden["datum_aanwijzing"] == "2016-03-01", "\(session.caseFile.antwoorden)")
    }

    @Test func enterAfterARefusedChangeTakesTheEarlierAnswerBack() throws {
        var (session, _) = try Self.refused()
        let reply = session.handle("")
        #expect(reply.err.isEmpty, "\(reply.err)")
        #expect(session.caseFile.antwoorden["datum_aanwijzing"] == "2016-03-01")
    }

    /// A date question whose earlier answer is offered again says one thing for Enter: that answer, not the peildatum.
    @Test func enterOffersOneThing() throws {
        var session = try Self.refused().session
        _ = session.handle("")
        _ = session.handle("wijzig \(try ReplacedAnswerTests.number(of: "Datum overstap", in: session))")
        #expect(session.current?.fact.id == "datum_overstap")
        let prompt = session.prompt()
        #expect(prompt.contains("Enter = 24 augustus 2026 (eerder antwoord)"), "\(prompt)")
        #expect(!prompt.contains("Enter = peildatum"), "\(prompt)")
    }

    @Test func aQuestionAskedAgainKeepsItsNumberOnTheRoute() throws {
        let (_, reply) = try Self.refused()
        #expect(reply.out.contains("\nVraag 5\n"), "\(reply.out.suffix(400))")
    }
}

/// A question on the route carries the number `overzicht` gives its answer afterwards, also after "weet ik niet" has
/// split the advice, so that `wijzig N` changes the answer the question was called; a question in a branch takes the
/// next number.
@Suite struct QuestionNumberTests {
    /// The real case of the usability test in Apeldoorn: "weet ik niet" to both policies, then the branch questions.
    static let lines = [
        "1", "1", "Cortenbosch", "Groningen Stad", "2026-05-01", "weet ik niet", "2027-01-05", "weet ik niet", "weet ik niet", "weet ik niet",
        "2", "weet ik niet", "weet ik niet", "weet ik niet",
    ]

    @Test func everyQuestionOnTheRouteHasTheNumberOverzichtGivesItsAnswer() throws {
        let dataSet = Support.bundled
        var session = InterviewSession(
            dataSet: dataSet, peildatum: Day(year: 2026, month: 12, day: 7) ?? Day.inpassing,
            renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model), format: .tekst)
        var reply = session.start()
        var onRoute = 0
        var inBranch = 0
        var previous = 0
        for line in Self.lines {
            guard let question = session.current else { break }
            let heading = reply.out.components(separatedBy: "\nVraag ").last.flatMap { Int($0.prefix { $0.isNumber }) }
            let number = try #require(heading, "geen vraagnummer in: \(reply.out.suffix(300))")
            reply = session.handle(line)
            guard reply.err.isEmpty else { continue }
            var probe = session
            let overview = InterviewFlowTests.numbered(probe.handle("overzicht").out.components(separatedBy: "Wijzig een antwoord")[0])
            if question.assumptions.isEmpty {
                #expect(overview[number] == question.fact.kort, "vraag \(number) (\(question.fact.kort)); overzicht: \(overview)")
                onRoute += 1
            } else {
                #expect(number == previous + 1, "vraag \(number) na vraag \(previous)")
                inBranch += 1
            }
            previous = number
        }
        // The route reaches the branch questions (leerweg, licentie, leerjaar …) before the lines run out.
        #expect(onRoute >= 7 && inBranch >= 4, "\(onRoute) op de route, \(inBranch) in een tak")
    }
}

/// The answer a change replaced belongs to that case and that change only (review of F30).
@Suite struct ReplacedAnswerTests {
    static func session() -> InterviewSession {
        let dataSet = Support.bundled
        var session = InterviewSession(
            dataSet: dataSet, peildatum: Day(year: 2026, month: 9, day: 15) ?? Day.inpassing,
            renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model), format: .tekst, initial: RefusedChangeTests.answers)
        _ = session.start()
        return session
    }

    static func number(of label: String, in session: InterviewSession) throws -> Int {
        var probe = session
        let overview = InterviewFlowTests.numbered(probe.handle("overzicht").out.components(separatedBy: "Wijzig een antwoord")[0])
        return try #require(overview.first { $0.value == label }?.key)
    }

    /// A new pupil (`opnieuw`) is never offered, nor saved with, an answer of the pupil before.
    @Test func aNewPupilGetsNoAnswerReplacedForThePupilBefore() throws {
        var session = Self.session()
        _ = session.handle("wijzig \(try Self.number(of: "Datum overstap", in: session))")
        _ = session.handle("2026-09-01")
        _ = session.handle("opnieuw")
        // The new pupil's answers, question by question; the policy of the SWV of origin on that date is not in the
        // data and is asked ("1": landelijk).
        let lines = [
            "situatie": "1", "huidige_status": "1", "bestemming_school": "02TC03", "herkomst_swv": "VO2508",
            "datum_aanwijzing": "2026-09-10", "herkomst_variant": "1", "datum_overstap": "2026-09-05",
        ]
        var reply: (out: String, err: String) = ("", "")
        var asked = Set<String>()
        while let fact = session.current?.fact.id, let line = lines[fact], asked.insert(fact).inserted {
            let answer = session.handle(line)
            reply = (answer.out, answer.err)
        }
        #expect(reply.err.contains("Dit klopt niet"), "\(reply.err) \(reply.out.suffix(300))")
        #expect(session.current?.fact.id == "datum_overstap")
        #expect(!reply.out.contains("24 augustus 2026"), "\(reply.out.suffix(400))")
        #expect(session.caseFile.antwoorden["datum_overstap"] != "2026-08-24", "\(session.caseFile.antwoorden)")
    }

    /// An answer given again as it was (Enter) is confirmed: a later refusal does not bring back what it replaced before.
    @Test func anAnswerConfirmedWithEnterIsNotUndoneByALaterRefusal() throws {
        var session = Self.session()
        _ = session.handle("wijzig \(try Self.number(of: "Datum overstap", in: session))")
        _ = session.handle("2026-09-01")
        // Back along the route to the date of the aanwijzing; every answer from there on is offered again with Enter.
        for _ in 0..<12 where session.current?.fact.id != "datum_aanwijzing" { _ = session.handle("terug") }
        #expect(session.current?.fact.id == "datum_aanwijzing")
        var reply = session.handle("2026-09-05")
        if session.current?.fact.id == "herkomst_variant" { reply = session.handle("1") }
        #expect(session.current?.fact.id == "datum_overstap", "\(reply.out.suffix(300))")
        // Enter keeps 1 september 2026, which now comes before the aanwijzing: refused.
        reply = session.handle("")
        #expect(reply.err.contains("Dit klopt niet"), "\(reply.err)")
        #expect(!reply.out.contains("24 augustus 2026 (eerder antwoord)"), "\(reply.out.suffix(400))")
        #expect(session.caseFile.antwoorden["datum_overstap"] != "2026-08-24", "\(session.caseFile.antwoorden)")
    }
}

/// A sentence that names one option among other words is offered as that option, never taken silently, and a sentence
/// with a negation names nothing (usability test F21).
@Suite struct SentenceAnswerTests {
    static func matcher(_ id: String) throws -> AnswerMatcher { AnswerMatcher(fact: try #require(Support.bundled.content.fact(id))) }

    @Test func aSentenceNamingOneOptionIsOfferedAsIt() throws {
        let outcome = try Self.matcher("situatie").match("we gaan verhuizen")
        guard case .suggested(let value, let message) = outcome else {
            Issue.record("geen voorstel: \(outcome)")
            return
        }
        #expect(value == "verhuizing")
        #expect(message.contains("Bedoelt u"), "\(message)")
    }

    /// Each line on its question: a negation, a yes or a no, two options named, or a yes/no question (found in review:
    /// "ja, meer dan de basisondersteuning" was offered "Nee", and "ja" then took it).
    @Test(
        arguments: [
            ("situatie", "we gaan niet verhuizen"), ("situatie", "geen verhuizing maar grensverkeer"),
            ("schooladvies", "pro/vmbo"), ("schooladvies", "praktijkonderwijs of vmbo"),
            ("huidige_status", "hij heeft een tlv pro en een aanwijzing lwoo"), ("rechtstreeks_uit_leerjaar1", "hij doet leerjaar 2 over"),
            ("rechtstreeks_uit_leerjaar1", "hij zit nu in leerjaar 3"), ("ondersteuning_nodig", "ja, meer dan de basisondersteuning"),
            ("ondersteuning_nodig", "meer dan basisondersteuning"),
        ])
    func aSentenceThatDoesNotNameOneOptionClearlyIsNotOffered(_ id: String, _ line: String) throws {
        let outcome = try Self.matcher(id).match(line)
        if case .suggested(let value, _) = outcome { Issue.record("\(id): \(line) → voorstel \(value)") }
        if case .value(let value) = outcome { Issue.record("\(id): \(line) → \(value)") }
    }
}

/// A date given as a month or a year stays known as such in the case file (`benaderd`), so that a resumed interview
/// checks again whether the day matters (usability test F16).
@Suite struct ApproximateDateTests {
    @Test func aMonthOrYearIsKeptInTheCaseFileAndCheckedAgainOnResuming() throws {
        var (session, _) = try RefusedChangeTests.refused()
        _ = session.handle("2016")
        let file = session.caseFile
        #expect(file.antwoorden["datum_aanwijzing"] == "2016-01-01")
        #expect(file.benaderd == ["datum_aanwijzing": "2016"], "\(String(describing: file.benaderd))")
        let dataSet = Support.bundled
        var resumed = InterviewSession(
            dataSet: dataSet, peildatum: Day(year: 2026, month: 9, day: 15) ?? Day.inpassing,
            renderer: AdviceRenderer(content: dataSet.content, model: dataSet.model), format: .tekst, initial: file.antwoorden,
            approximate: file.benaderd ?? [:])
        let start = resumed.start()
        #expect(start.out.contains("De dag in 2016 doet er"), "\(start.out.prefix(600))")
        #expect(resumed.caseFile.benaderd == file.benaderd)
    }

    /// A whole date that is the day taken for the year before: the year is no longer all that is known.
    @Test func aWholeDateDropsTheMonthOrYear() throws {
        var (session, _) = try RefusedChangeTests.refused()
        _ = session.handle("2016")
        _ = session.handle("wijzig \(try ReplacedAnswerTests.number(of: "Datum aanwijzing", in: session))")
        _ = session.handle("2016-01-01")
        #expect(session.caseFile.antwoorden["datum_aanwijzing"] == "2016-01-01")
        #expect(session.caseFile.benaderd == nil, "\(String(describing: session.caseFile.benaderd))")
    }

    /// A line that is no date leaves the month or year as it was; Enter then keeps both (found in review).
    @Test func aRefusedLineKeepsTheMonthOrYear() throws {
        var (session, _) = try RefusedChangeTests.refused()
        _ = session.handle("2016")
        _ = session.handle("wijzig \(try ReplacedAnswerTests.number(of: "Datum aanwijzing", in: session))")
        let refused = session.handle("vorig jaar")
        #expect(!refused.err.isEmpty)
        _ = session.handle("")
        #expect(session.caseFile.benaderd == ["datum_aanwijzing": "2016"], "\(String(describing: session.caseFile.benaderd))")
    }

    /// `advies --casus` says too whether the day matters, above the text (not in JSON, which a program reads).
    @Test func adviceOnACaseFileSaysWhetherTheDayMatters() throws {
        var answers = RefusedChangeTests.answers
        answers["datum_aanwijzing"] = "2016-01-01"
        let file = CaseFile(peildatum: Day(year: 2026, month: 9, day: 15), antwoorden: answers, benaderd: ["datum_aanwijzing": "2016"])
        let encoder = JSONEncoder()
        let url = try Support.temporaryDirectory().appendingPathComponent("benaderd.json")
        try encoder.encode(file).write(to: url)
        let text = try Support.run(["advies", "--casus", url.path])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.hasPrefix("De dag in 2016 doet er"), "\(text.out.prefix(300))")
        let json = try Support.run(["advies", "--casus", url.path, "--formaat", "json"])
        #expect(json.status == 0 && json.out.hasPrefix("{"), "\(json.out.prefix(100))")
    }

    @Test func aCaseFileWithAMonthOrYearThatDoesNotFitIsRefusedWithThePlace() throws {
        let validator = AnswerValidator(content: Support.bundled.content, model: Support.bundled.model)
        let peildatum = Day(year: 2026, month: 9, day: 15) ?? Day.inpassing
        let answers = RefusedChangeTests.answers
        let fine = CaseFile(peildatum: nil, antwoorden: answers, benaderd: ["datum_aanwijzing": "maart 2016"])
        #expect(throws: Never.self) { try validator.validate(fine, path: "c.json", peildatum: peildatum) }
        for (benaderd, message) in [
            (["datum_aanwijzing": "2017"], "ligt niet in 2017"), (["datum_aanwijzing": "vorig jaar"], "is geen maand of jaar"),
            (["datum_aanwijzing": "maart 2016" + String(repeating: " ", count: 195) + "Jan de Vries"], "is geen maand of jaar"),
            (["leerweg": "2016"], "heeft daar geen datum"),
        ] {
            do {
                _ = try validator.validate(CaseFile(peildatum: nil, antwoorden: answers, benaderd: benaderd), path: "c.json", peildatum: peildatum)
                Issue.record("\(benaderd) niet geweigerd")
            } catch {
                #expect(error.place?.hasPrefix("benaderd.") == true && error.message.contains(message), "\(error)")
            }
        }
    }
}
