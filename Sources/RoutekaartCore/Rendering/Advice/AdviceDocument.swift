/// The advice as one document, decided once for a voice: everything any
/// format prints (text, Markdown, JSON, iCalendar) and nothing about how.
/// Formatters are small functions over this document.
public struct AdviceDocument: Sendable {
    public var voice: Voice
    public var peildatum: Day
    /// "Eerst uitzoeken": whom to ask what, for every fact nobody knows that the advice branches on.
    public var inquiries: [StepView]
    /// The advice: one outcome, or branches, as the tree split (for machines; `cases` is what people read).
    public var body: Body
    /// The advice as cases: one per distinct advice, also where the tree reaches it under different parents.
    /// One case without a condition when the advice does not branch.
    public var cases: [CaseView]
    /// The cases as a reader scans them, shared conditions said once (empty when the advice does not branch).
    public var outline = CaseOutline([])
    /// Steps that every branch has, said once (empty when the advice does not branch).
    public var common: [StepView]
    /// What the interpretation is, when a step or rule of the advice is one.
    public var interpretation: String?
    public var warnings: [String]
    /// Every citation, rendered, in the order first used.
    public var sources: [String]
    /// The same, as written in the content (`wvo-2020 art. 2.30 lid 2`).
    public var rawSources: [String]
    /// The chain of facts, rules and sources that led to the advice (shared part, before any branch).
    public var why: [WhyLine]
    /// The same facts for machines: value, where it came from, rule and sources.
    public var path: [PathEntry]
    /// The verbatim law text the steps rest on, as lines for `waarom` (empty without a law library).
    public var stepLawTexts: [String] = []
    /// How schools and SWVs are named: in full once, then short; for parents without codes.
    public var names: [NameForm] = []
    /// Whom parents can call: the school and the SWV, as parents hear them.
    public var contacts: [String] = []
    /// Their contacts as the knowledge gives them (a web address, a telephone number): never explained or changed.
    public var contactDetails: [String] = []
    /// The facts of the case a knowledge file gave (bundled or the user's), each once, in the order the route used
    /// them: "Beleid nieuwe SWV: populatiebekostiging (kennisbestand k1.csv: navraag bij het loket; gecontroleerd …)".
    public var known: [String] = []
    /// The terms to explain the first time they are said (parents' voice).
    public var glossary: [GlossaryTerm] = []

    /// An explainer of the glossary that leaves the advice's names alone.
    public var explainer: GlossaryExplainer {
        // A name is left alone; "het samenwerkingsverband voor Breda" is a description, and its terms are explained.
        GlossaryExplainer(
            terms: glossary, protected: names.flatMap { [$0.full, $0.short] + ($0.parents.hasPrefix("het ") ? [] : [$0.parents]) } + contactDetails)
    }

    public var isConditional: Bool {
        if case .branches = body { return true }
        return false
    }

    /// The advice proper: one outcome, or a split on a fact nobody knows.
    public indirect enum Body: Sendable {
        case outcome(OutcomeView)
        case branches(fact: String, [BranchView])
    }

    /// The advice of one outcome.
    public struct OutcomeView: Sendable {
        public var id: String
        public var title: String
        public var scenario: Scenario?
        public var summary: String
        public var steps: [StepView]
    }

    /// The advice for some values of an unknown fact.
    public struct BranchView: Sendable {
        /// The condition in words, as a question ("Werkt het samenwerkingsverband … met de landelijke criteria?").
        public var condition: String
        public var fact: String
        public var values: [String]
        public var body: Body
    }

    /// One case of the advice: when it holds, and its outcome (without the steps every case shares).
    public struct CaseView: Sendable {
        /// `A`, `B`, … (empty for advice that does not branch).
        public var label: String
        /// When it holds, in words ("Werkt … met de landelijke criteria of met eigen criteria en heeft … geen
        /// lwoo-licentie?"); empty for advice that does not branch.
        public var condition: String
        /// The same for machines: alternatives, each a list of facts and the values they have.
        public var alternatives: [[ConditionView]]
        public var outcome: OutcomeView
        /// The step whose deadline decides: the earliest one still to come, else the first with a deadline in words.
        public var decisive: StepView?
        /// What sets the case apart, in a few words, when its one line would otherwise read the same as another
        /// case's (same outcome title and deadline): its first step the others lack ("vraag nu al een nieuwe
        /// aanwijzing aan"); nil when no other case reads the same.
        public var difference: String? = nil
        /// The case's conditions as the advice gives them, for merging the lines of cases that read the same.
        var when: [[AdviceCondition]] = []
    }

    /// One condition of a case: the fact and the values it has, and the condition in words.
    public struct ConditionView: Sendable, Equatable {
        public var fact: String
        public var values: [String]
        /// The condition on its own ("Werkt het samenwerkingsverband … met eigen criteria?").
        public var text: String
        public var isQuestion: Bool
        /// True when the words start with a name (then they keep their capital inside a sentence).
        public var startsWithName: Bool

        /// Two conditions are the same when they name the same values of the same fact.
        public static func == (a: ConditionView, b: ConditionView) -> Bool { a.fact == b.fact && a.values == b.values }
    }

    /// One thing to do.
    public struct StepView: Sendable, Equatable {
        public var actor: Actor
        public var text: String
        public var deadline: DeadlineView?
        /// Rendered citations, for this voice (empty for parents).
        public var citations: [String]
        /// Citations as written in the content.
        public var rawCitations: [String]
        public var interpretation: Bool
        /// What the model knows nearby, for an inquiry (the last known policy, what DUO's name says).
        public var hints: [String] = []
        /// For an inquiry: the fact nobody knows that it is about.
        public var fact: String? = nil
        /// The step in a few words (the content's `kort`), for telling apart cases that read the same.
        public var short: String? = nil
    }

    /// A deadline of a step, set against the peildatum.
    public struct DeadlineView: Sendable, Equatable {
        /// The deadline in words (`uiterlijk 1 oktober 2026`).
        public var text: String
        /// Its date, when known.
        public var date: Day?
        /// True when the date lies before the peildatum.
        public var passed: Bool
        /// What follows now it has passed.
        public var afterwards: String?
    }

    /// One fact on the way to the advice, for machines (`pad` in JSON).
    public struct PathEntry: Sendable {
        public var node: String?
        public var fact: String
        public var label: String
        public var value: String
        public var text: String
        /// `antwoord`, `afgeleid`, `onbekend` or `aangenomen`.
        public var origin: String
        public var rule: String?
        public var sources: [String]
        public var reason: String?
        /// The facts of knowledge files the value comes from, with the facts of other files that said something else.
        public var knowledge: [(fact: KnowledgeFact, disagreeing: [KnowledgeFact])] = []
    }

    /// One line of "waarom": a fact, its value and where it came from.
    public struct WhyLine: Sendable {
        /// The number of an answer, as `overzicht` and `wijzig N` use it; nil for derived facts.
        public var number: Int?
        public var label: String
        public var value: String
        public var origin: String
        /// Rule, sources and data records under the line.
        public var details: [String]
    }
}

extension AdviceDocument {
    /// Every step with a known deadline date, with the condition of the case it belongs to (none: every case).
    public var datedSteps: [(step: StepView, conditions: [String])] {
        let shared = (inquiries + common).filter { $0.deadline?.date != nil }.map { ($0, [String]()) }
        return shared
            + cases.flatMap { item in
                item.outcome.steps.filter { $0.deadline?.date != nil }.map { ($0, item.condition.isEmpty ? [] : [item.condition]) }
            }
    }

    /// The outcome views, one per case.
    public var outcomes: [OutcomeView] { cases.map(\.outcome) }

    /// The case with this label (`A`, `b`), if any.
    public func `case`(labelled label: String) -> CaseView? {
        cases.first { $0.label.lowercased() == label.lowercased() && !$0.label.isEmpty }
    }
}

extension AdviceDocument {
    /// The document with every glossary term explained the first time it is said, in the order of the tree
    /// (what to find out, what every case shares, then each outcome): for formats read in that order (JSON).
    public func explained() -> AdviceDocument {
        var explainer = self.explainer
        func step(_ step: StepView) -> StepView {
            var step = step
            step.text = explainer.explain(step.text)
            return step
        }
        var copy = self
        copy.inquiries = inquiries.map(step)
        copy.common = common.map(step)
        copy.body = body.mappingOutcomes { view in
            var view = view
            view.summary = explainer.explain(view.summary)
            view.steps = view.steps.map(step)
            return view
        }
        return copy
    }
}

extension AdviceDocument.Body {
    /// The same tree with every outcome changed, in branch order.
    func mappingOutcomes(_ transform: (AdviceDocument.OutcomeView) -> AdviceDocument.OutcomeView) -> Self {
        switch self {
        case .outcome(let view): .outcome(transform(view))
        case .branches(let fact, let branches):
            .branches(
                fact: fact,
                branches.map { branch in
                    var branch = branch
                    branch.body = branch.body.mappingOutcomes(transform)
                    return branch
                })
        }
    }

    /// The outcome views in branch order.
    public var outcomes: [AdviceDocument.OutcomeView] {
        switch self {
        case .outcome(let view): [view]
        case .branches(_, let branches): branches.flatMap(\.body.outcomes)
        }
    }
}

/// Builds the advice document for a voice.
struct AdviceDocumentBuilder {
    let content: Content
    let model: Model
    let voice: Voice
    let advice: Advice
    /// The verbatim law texts, for `waarom`; nil: the chain names the articles only.
    var laws: LawLibrary?
    /// The facts settled before the first branch, for the dates citations are read for.
    let sharedValues: [String: String]
    /// False when only whether the advice holds an interpretation is shown (the brief text), not its explanation.
    var explainsInterpretation = true
    /// False for a document read only as text without `waarom`, which prints neither the list of every source nor the
    /// chain of facts (each step names its own sources): those stay empty.
    var listsSourcesAndChain = true
    /// The citations of steps rendered so far, by citation and date (`cited`).
    private var renderedCitations: [DatedCitation: String] = [:]

    init(content: Content, model: Model, voice: Voice, advice: Advice, laws: LawLibrary? = nil, includeWhy: Bool = true) {
        self.content = content
        self.model = model
        self.voice = voice
        self.advice = advice
        // The verbatim law texts are read only for "waarom": they are long, and most advice is read without. Each law
        // is parsed once for the whole document, not once for every citation of every step.
        self.laws = includeWhy ? laws?.loadingAll() : nil
        names = [NameForm].of(advice, content: content, model: model)
        sharedValues = Dictionary(advice.trail.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    mutating func build() -> AdviceDocument {
        let found = advice.cases
        // Each outcome's view is made once: the tree (for machines) and the cases show the same views.
        var views: [AdviceDocument.OutcomeView] = []
        views.reserveCapacity(advice.leaves.count)
        for leaf in advice.leaves { views.append(outcomeView(leaf)) }
        let inquiries = inquiries(advice.root, cases: found)
        var next = 0
        var body = body(advice.root, views: views, next: &next)
        var cases = caseViews(found, views: views)
        let common = commonSteps(cases.map(\.outcome), branches: cases.count > 1)
        if !common.isEmpty {
            body = removing(common, from: body)
            for index in cases.indices {
                cases[index].outcome.steps.removeAll { common.contains($0) }
                cases[index].decisive = Self.decisive(cases[index].outcome.steps, peildatum: advice.peildatum)
            }
        }
        let outline: CaseOutline
        (cases, outline) = arranged(cases)
        let listed = listsSourcesAndChain
        let rawSources = listed ? advice.sources : []
        let sources = voice == .ouders || !listed ? [] : citedSources()
        var document = AdviceDocument(
            voice: voice, peildatum: advice.peildatum, inquiries: inquiries, body: body, cases: cases, common: common,
            interpretation: advice.interpretatie ? interpretation() : nil, warnings: warnings(),
            sources: sources, rawSources: rawSources, why: listed ? why(advice.trail) : [], path: listed ? path(advice.trail) : [])
        if let laws, voice == .school { document.stepLawTexts = LawTextLines(laws: laws).stepLines(advice, indent: "   ") }
        document.names = names
        document.outline = outline
        let reach = contacts()
        document.contacts = reach.contacts
        document.contactDetails = reach.details
        if voice == .school { document.known = known() }
        if voice == .ouders { document.glossary = content.glossary }
        return document
    }

    /// The cases of the advice, in the order of the tree (`arranged` orders and labels them); `views`: the view of
    /// every leaf of the advice.
    func caseViews(_ found: [AdviceCase], views: [AdviceDocument.OutcomeView]) -> [AdviceDocument.CaseView] {
        let branched = found.count > 1
        return found.map { item in
            var outcome = views[item.leafIndex]
            // Leaves merged because their advice is the same may lie in different scenarios: then name none.
            if branched, item.scenario == nil { outcome.scenario = nil }
            let alternatives = item.when.map { $0.map(conditionView) }
            var view = AdviceDocument.CaseView(
                label: "", condition: branched ? AdviceDocument.words(alternatives) : "", alternatives: alternatives, outcome: outcome,
                decisive: Self.decisive(outcome.steps, peildatum: advice.peildatum))
            view.when = item.when
            return view
        }
    }

    /// The cases in the order of their outline, labelled A, B, … when there are more than one, and the outline:
    /// one line per case, except that cases whose lines would read the same are told apart by what differs
    /// (`CaseView.difference`), and cases that differ only in words the brief advice does not show share one line.
    func arranged(_ cases: [AdviceDocument.CaseView]) -> (cases: [AdviceDocument.CaseView], outline: CaseOutline) {
        guard cases.count > 1 else { return (cases, CaseOutline([])) }
        var views = cases
        let lines = BriefLines.lines(&views)
        let alternatives: [[[AdviceDocument.ConditionView]]] = lines.map { members in
            guard members.count > 1 else { return views[members[0]].alternatives }
            return Advice.simplified(members.flatMap { views[$0].when }).map { $0.map(conditionView) }
        }
        // Labels follow the outline, so that A, B, C read from top to bottom.
        let first = CaseOutline(alternatives)
        let order = first.order.flatMap { lines[$0] }
        views = order.map { views[$0] }
        for index in views.indices { views[index].label = TextAdviceFormatter.label(index, prefix: "") }
        var position: [Int: Int] = [:]
        for (new, old) in order.enumerated() { position[old] = new }
        let ordered = first.order.map { lines[$0].compactMap { position[$0] } }
        var outline = CaseOutline(first.order.map { alternatives[$0] })
        for index in outline.lines.indices {
            guard let line = outline.lines[index].caseIndex, ordered.indices.contains(line), let head = ordered[line].first else { continue }
            outline.lines[index].caseIndex = head
            outline.lines[index].also = Array(ordered[line].dropFirst())
        }
        return (views, outline)
    }

    /// One condition in words, with the facts known where the advice split.
    func conditionView(_ condition: AdviceCondition) -> AdviceDocument.ConditionView {
        let words = condition.fact.condition(condition.values, or: Messages.or)
        return .init(
            fact: condition.fact.id, values: condition.values, text: condition.fork.fill(words.template) + (words.isQuestion ? "?" : ""),
            isQuestion: words.isQuestion, startsWithName: (condition.fact.als ?? "").hasPrefix("{"))
    }

    /// The step whose deadline decides: the earliest dated one still to come, else the first with a deadline in words.
    static func decisive(_ steps: [AdviceDocument.StepView], peildatum: Day) -> AdviceDocument.StepView? {
        let coming = steps.filter { $0.deadline?.date.map { $0 >= peildatum } ?? false }
        if let earliest = coming.min(by: { ($0.deadline?.date ?? peildatum) < ($1.deadline?.date ?? peildatum) }) { return earliest }
        return steps.first { $0.deadline != nil && $0.deadline?.date == nil }
    }

    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// The names of the school and SWVs, as the advice's sentences give them and as people say them.
    let names: [NameForm]

    /// Whom parents can call: the school of the case and its SWV (else an SWV of the case), as parents hear them, each
    /// with its public contact where a knowledge file gives one ("het samenwerkingsverband … (https://…)").
    func contacts() -> (contacts: [String], details: [String]) {
        guard voice == .ouders else { return ([], []) }
        let steps = advice.trail + advice.leaves.flatMap(\.trail)
        let school = steps.lazy.filter { self.content.fact($0.fact)?.soort == .school }.compactMap { self.model.school($0.value) }.first
        let swv =
            school.flatMap { model.swv($0.swv) }
            ?? steps.reversed().lazy.filter { self.content.fact($0.fact)?.soort == .swv }.compactMap { self.model.swv($0.value) }.first
        var details: [String] = []
        func reachable(_ name: String, _ code: String) -> String {
            guard let contact = model.knowledge.contact(of: code, on: advice.peildatum) else { return name }
            details.append(contact.value)
            return "\(name) (\(contact.value))"
        }
        let contacts = [school.map { reachable(NameForm(school: $0).parents, $0.code) }, swv.map { reachable(NameForm(swv: $0).parents, $0.code) }]
        return (contacts.compactMap { $0 }, details)
    }

    /// The case's answers that the data overrules (a case file saved before a knowledge file knew the fact), each once.
    /// Every step of the route: the shared trail, then each outcome's (read in place, not copied into one array).
    var everyStep: FlattenSequence<[[TrailStep]]> { ([advice.trail] + advice.leaves.map(\.trail)).joined() }

    func overruled() -> [String] {
        unique(
            everyStep.compactMap { step -> String? in
                guard let answer = step.overruledAnswer, case .derived(_, let provenance) = step.origin else { return nil }
                let label = content.fact(step.fact)?.kort ?? step.fact
                let sources = unique(provenance.map { item in item.source { cite($0, on: item.lookupDate) } })
                return Messages.overruled(
                    label, content.display(answer, of: step.fact, model: model), content.display(step.value, of: step.fact, model: model),
                    sources.joined(separator: "; "), fromKnowledge: provenance.contains { $0.knowledge != nil })
            })
    }

    /// Every derived fact of the route that rests on a knowledge file, in words with its source and check date, once.
    func known() -> [String] {
        var lines: [String] = []
        for step in everyStep {
            guard case .derived(_, let provenance) = step.origin else { continue }
            for item in provenance {
                guard let fact = item.knowledge, !item.voorbeeld else { continue }
                let label = content.fact(step.fact)?.kort ?? step.fact
                let value = content.display(step.value, of: step.fact, model: model)
                lines.append(Messages.known(label, value, source(of: fact, on: item.lookupDate), fact.gecontroleerd))
            }
        }
        return unique(lines)
    }

    // MARK: - Outcomes and branches

    /// The advice as the tree split; `views`: the view of every leaf, in branch order, `next` the first not yet used.
    func body(_ node: AdviceNode, views: [AdviceDocument.OutcomeView], next: inout Int) -> AdviceDocument.Body {
        switch node {
        case .outcome:
            defer { next += 1 }
            return .outcome(views[next])
        case .fork(let fork):
            let branches = fork.branches.map { branch in
                var view = AdviceDocument.BranchView(
                    condition: condition(fork, branch.values), fact: fork.fact.id, values: branch.values,
                    body: body(branch.node, views: views, next: &next))
                // Values merged because their advice is the same may lie in different scenarios: then name none.
                if branch.scenario == nil, case .outcome(var outcome) = view.body {
                    outcome.scenario = nil
                    view.body = .outcome(outcome)
                }
                return view
            }
            return .branches(fact: fork.fact.id, branches)
        }
    }

    /// The view of one outcome: only the texts this voice reads are filled in.
    mutating func outcomeView(_ leaf: OutcomeAdvice) -> AdviceDocument.OutcomeView {
        let template = leaf.template
        let summary = explain(leaf.fill(voice == .ouders ? (template.ouders ?? template.samenvatting) : template.samenvatting))
        var steps: [AdviceDocument.StepView] = []
        steps.reserveCapacity(leaf.stepIndices.count)
        for step in leaf.templateSteps { steps.append(stepView(step, leaf: leaf)) }
        // Parents hear what happens, not which of the routekaart's scenarios the case is.
        let scenario = voice == .ouders ? nil : leaf.scenario
        return .init(id: template.id, title: leaf.fill(template.titel), scenario: scenario, summary: summary, steps: steps)
    }

    /// A text for the voice: for parents with names as they say them (each term is explained once by the formatter,
    /// where the order in which the parents hear them is known).
    func explain(_ text: String) -> String {
        voice == .ouders ? names.forParents(text) : text
    }

    /// One step as written (`step`) for the case of `leaf`, its texts filled in.
    mutating func stepView(_ step: Step, leaf: OutcomeAdvice) -> AdviceDocument.StepView {
        let text = leaf.fill(voice == .ouders ? (step.ouders ?? step.wat) : step.wat)
        var deadline: AdviceDocument.DeadlineView?
        if let words = step.termijn {
            let date = leaf.deadline(of: step)
            let passed = date.map { $0 < advice.peildatum } ?? false
            deadline = .init(
                text: leaf.fill(words), date: date, passed: passed, afterwards: passed ? step.naTermijn.map { explain(leaf.fill($0)) } : nil)
        }
        var citations: [String] = []
        if voice != .ouders {
            let day = leaf.day(of: step.datum)
            citations = step.bronnen.map { cited($0, on: day) }
        }
        var view = AdviceDocument.StepView(
            actor: step.wie, text: explain(text), deadline: deadline, citations: citations, rawCitations: step.bronnen,
            interpretation: step.interpretatie == true)
        view.short = step.kort.map(leaf.fill)
        return view
    }

    /// Every citation of the advice for readers (`Advice.citedSources`), rendered through `cited`: most were
    /// rendered for the steps already.
    mutating func citedSources() -> [String] {
        var seen = Set<DatedCitation>()
        var texts: [String] = []
        for leaf in advice.leaves {
            for citation in leaf.datedCitations where seen.insert(citation).inserted {
                texts.append(citation.verbatim ? citation.raw : cited(citation.raw, on: citation.day))
            }
        }
        return unique(texts)
    }

    /// A citation as the reader sees it on `day`, rendered once per advice (the branches cite the same steps).
    mutating func cited(_ raw: String, on day: Day) -> String {
        let key = DatedCitation(raw: raw, day: day)
        if let known = renderedCitations[key] { return known }
        let text = cite(raw, on: day)
        renderedCitations[key] = text
        return text
    }

    /// "Werkt het samenwerkingsverband van de nieuwe school met de landelijke criteria of met eigen criteria?"
    func condition(_ fork: AdviceFork, _ values: [String]) -> String {
        let condition = fork.fact.condition(values, or: Messages.or)
        return fork.fill(condition.template) + (condition.isQuestion ? "?" : "")
    }

    // MARK: - Whom to ask what

    /// One inquiry per fact the advice branches on, in the order of the branches.
    func inquiries(_ node: AdviceNode, cases: [AdviceCase]) -> [AdviceDocument.StepView] {
        var forks: [AdviceFork] = []
        func collect(_ node: AdviceNode) {
            guard case .fork(let fork) = node else { return }
            if !forks.contains(where: { $0.fact.id == fork.fact.id }) { forks.append(fork) }
            fork.branches.forEach { collect($0.node) }
        }
        collect(node)
        // Only what tells the cases apart is worth finding out.
        let named = Set(cases.flatMap(\.facts))
        var steps: [AdviceDocument.StepView] = []
        for fork in forks where named.contains(fork.fact.id) || named.isEmpty {
            let inquiry = fork.fact.navragen
            let raw = (voice == .ouders ? inquiry?.ouders : nil) ?? inquiry?.wat ?? Messages.findOut(fork.fact.kort)
            var step = AdviceDocument.StepView(
                actor: inquiry?.wie ?? .school, text: explain(fork.fill(raw)), deadline: nil, citations: [],
                rawCitations: fork.fact.bronnen ?? [], interpretation: false)
            if voice == .school { step.hints = hints(fork) }
            step.fact = fork.fact.id
            steps.append(step)
        }
        // Two unknowns answered by one look at the same paper are one thing to find out; a hint (an organisation's
        // contact) is given at the first item it belongs to.
        var shown = Set<String>()
        return unique(steps, by: \.text).map { step in
            var step = step
            step.hints = step.hints.filter { shown.insert($0).inserted }
            return step
        }
    }

    /// What the model knows near a fact nobody knows: from the derivation that could not tell it, and from the
    /// derivations that read it (the leerweg: what the school or another vestiging of it examines).
    func hints(_ fork: AdviceFork) -> [String] {
        let context = DerivationContext(model: model, peildatum: advice.peildatum)
        var found: [ModelHint] = []
        func ask(_ derivation: Derivation) {
            guard let function = Derivations.function(named: derivation.functie) else { return }
            let inputs = derivation.invoer.map { id -> String? in
                guard id != fork.fact.id, let value = fork.values[id], value != Derivations.unknownValue else { return nil }
                return value
            }
            for hint in function.hints(inputs, context) where !found.contains(hint) { found.append(hint) }
        }
        if let own = fork.fact.afleiding { ask(own) }
        for fact in content.facts { if let derivation = fact.afleiding, derivation.invoer.contains(fork.fact.id) { ask(derivation) } }
        for control in content.controls where control.afleiding.invoer.contains(fork.fact.id) { ask(control.afleiding) }
        return found.map { hint in
            switch hint {
            case .knownPolicy(let swv, let fact, let date):
                // The option's own words, as the question offers them ("landelijke criteria (geen opting out van de criteria)").
                let variant = fact.value.text
                let words = fork.fact.option(variant).map { Self.lowercasingFirst($0.tekst) }
                return Messages.knownPolicy(
                    NameForm(swv: swv).standalone, words ?? fact.value.dutch, fact.period.vanaf, fact.period.tot, before: fact.period.vanaf <= date,
                    source: source(of: fact, on: fact.period.vanaf))
            case .contact(let holder, let fact):
                let name: String
                switch holder {
                case .swv(let swv): name = NameForm(swv: swv).standalone
                case .school(let school): name = NameForm(school: school).short
                }
                return Messages.contact(name, fact.value.text, source: source(of: fact, on: advice.peildatum))
            case .nameListsLwoo(let school):
                return Messages.nameListsLwoo(school.naam)
            case .examinedLeerwegen(let school, let leerwegen):
                return Messages.examines(NameForm(school: school).short, school.code, leerwegen.map(\.rawValue))
            case .otherVestigingExamines(let other, let school, let leerweg):
                return Messages.otherVestiging(NameForm(school: other).short, other.code, NameForm(school: school).short, leerweg.rawValue)
            }
        }
    }

    // MARK: - Steps every branch shares

    /// The steps every case has, in the order of the first case (none when the advice does not branch).
    func commonSteps(_ outcomes: [AdviceDocument.OutcomeView], branches: Bool) -> [AdviceDocument.StepView] {
        guard branches, let first = outcomes.first else { return [] }
        return first.steps.filter { step in outcomes.allSatisfy { $0.steps.contains(step) } }
    }

    func removing(_ steps: [AdviceDocument.StepView], from body: AdviceDocument.Body) -> AdviceDocument.Body {
        body.mappingOutcomes { view in
            var view = view
            view.steps.removeAll { steps.contains($0) }
            return view
        }
    }

    // MARK: - Why

    func why(_ trail: [TrailStep]) -> [AdviceDocument.WhyLine] {
        var number = 0
        return trail.map { step in
            let fact = content.fact(step.fact)
            let value = content.display(step.value, of: step.fact, model: model)
            let label = fact?.kort ?? step.fact
            switch step.origin {
            case .answered:
                number += 1
                return .init(number: number, label: label, value: value, origin: Messages.yourAnswer, details: [])
            case .answeredInstead(let reason):
                number += 1
                return .init(number: number, label: label, value: value, origin: Messages.yourAnswerBecause(reason), details: [])
            case .unknown(let reason):
                return .init(number: nil, label: label, value: value, origin: Messages.unknownBecause(reason), details: [])
            case .assumed:
                return .init(number: nil, label: label, value: value, origin: Messages.assumed, details: [])
            case .derived(let derivation, let provenance):
                var details = [Messages.rule(derivation.regel) + (derivation.interpretatie == true ? " " + Messages.interpretationMark : "")]
                let day = content.day(of: derivation.datum, values: sharedValues, peildatum: advice.peildatum)
                details.append(Messages.sources(derivation.bronnen.map { cite($0, on: day) }))
                for item in provenance {
                    details.append(
                        Messages.data(item.record, item.source { cite($0, on: item.lookupDate) }, item.laatstGecontroleerd, dated: item.gegevensDatum)
                    )
                    if let fact = item.knowledge {
                        details.append(Messages.knowledgeRow(fact.origin.place, fact.opmerking))
                        for other in item.disagreeing {
                            details.append(Messages.disagreeingRow(other.origin.label, other.origin.place, other.value.dutch, other.gecontroleerd))
                        }
                    }
                }
                if let laws {
                    let texts = LawTextLines(laws: laws)
                    details += texts.excerpts(derivation.bronnen, on: day).flatMap { texts.lines($0, indent: "") }
                }
                return .init(number: nil, label: label, value: value, origin: Messages.derived, details: details)
            }
        }
    }

    func path(_ trail: [TrailStep]) -> [AdviceDocument.PathEntry] {
        trail.map { step in
            var entry = AdviceDocument.PathEntry(
                node: step.node, fact: step.fact, label: content.fact(step.fact)?.kort ?? step.fact, value: step.value,
                text: content.display(step.value, of: step.fact, model: model), origin: "antwoord", rule: nil, sources: [], reason: nil)
            switch step.origin {
            case .answered: break
            case .answeredInstead(let reason): entry.reason = reason
            case .unknown(let reason):
                entry.origin = "onbekend"
                entry.reason = reason
            case .assumed: entry.origin = "aangenomen"
            case .derived(let derivation, let provenance):
                entry.origin = "afgeleid"
                entry.rule = derivation.regel
                entry.sources = derivation.bronnen + provenance.map(\.rawSource)
                entry.knowledge = provenance.compactMap { item in item.knowledge.map { ($0, item.disagreeing) } }
            }
            return entry
        }
    }

    // MARK: - Words

    /// The warnings about the data: in full for the school; for parents only that an example is no real advice.
    func warnings() -> [String] {
        guard voice == .ouders else { return overruled() + advice.warnings }
        let example = advice.leaves.contains { leaf in
            leaf.trail.contains { step in
                if case .derived(_, let provenance) = step.origin { return provenance.contains(where: \.voorbeeld) }
                return false
            }
        }
        return example ? [Messages.exampleDataForParents] : []
    }

    func interpretation() -> String {
        if voice == .ouders { return Messages.interpretationForParents }
        guard explainsInterpretation else { return Messages.interpretationDefault }
        // Branches share most of their explanation: each sentence once. Only the explanation is filled in, not every
        // text of every outcome, and a text many branches share is split into sentences once.
        let texts = advice.leaves.compactMap { leaf in leaf.interpretatie ? leaf.template.interpretatieUitleg.map(leaf.fill) : nil }
        let sentences = unique(texts).flatMap { Sentences.split($0) }
        let explanation = unique(sentences).joined(separator: " ")
        return explanation.isEmpty ? Messages.interpretationDefault : explanation
    }

    /// Where a fact of a knowledge file comes from, as the reader sees it: a citation of the registry for the bundled
    /// facts (`RSV Breda eo §1`), the file's own words for a user's (`uw kennisbestand: navraag bij het loket`).
    func source(of fact: KnowledgeFact, on day: Day) -> String {
        switch fact.origin.kind {
        case .bundled, .examples: cite(fact.bron, on: day)
        case .own, .given, .rio: "\(fact.origin.label): \(fact.bron)"
        }
    }

    /// A citation as the reader sees it, read on `day` (default: the peildatum; see `Citation.rendered`).
    func cite(_ citation: String, on day: Day? = nil) -> String {
        content.cite(citation, on: day ?? advice.peildatum, peildatum: advice.peildatum)
    }

    typealias Messages = AdviceRenderer.Messages
}
