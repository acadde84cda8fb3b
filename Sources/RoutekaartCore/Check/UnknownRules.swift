/// The rules that make "weet ik niet" and contradictions safe: every fact
/// that may stay unknown ends in advice with words for it, no internal id
/// reaches a sentence, and every contradiction check can run.
extension ContentCheck {
    var controlsFile: String { path(DataSet.FileName.controls) }

    func everyControlIsSound(_ problems: inout [InputError]) {
        var ids = Set<String>()
        for (i, control) in content.controls.enumerated() {
            let place = "controles[\(i)]"
            if !ids.insert(control.id).inserted {
                problems.append(InputError(.data, file: controlsFile, place: place + ".id", "\"\(control.id)\" komt twee keer voor"))
            }
            guard let function = Derivations.function(named: control.afleiding.functie) else {
                problems.append(
                    InputError(
                        .data, file: controlsFile, place: place + ".afleiding.functie", "onbekende functie \"\(control.afleiding.functie)\""))
                continue
            }
            for (j, input) in control.afleiding.invoer.enumerated() where content.fact(input) == nil {
                problems.append(InputError(.data, file: controlsFile, place: "\(place).afleiding.invoer[\(j)]", "onbekend feit \"\(input)\""))
            }
            if control.afleiding.invoer.allSatisfy({ content.fact($0) != nil }) {
                for problem in function.problems(in: control.afleiding, content: content, model: model) {
                    problems.append(InputError(.data, file: controlsFile, place: "\(place).afleiding.\(problem.place)", problem.message))
                }
            }
            let values = function.possibleValues(of: control.afleiding) ?? []
            for value in control.tegenstrijdig where !values.contains(value) {
                problems.append(
                    InputError(.data, file: controlsFile, place: place + ".tegenstrijdig", "de afleiding levert nooit \"\(value)\" op"))
            }
            if control.opnieuw.isEmpty {
                problems.append(InputError(.data, file: controlsFile, place: place + ".opnieuw", "noem minstens één vraag om opnieuw te stellen"))
            }
            for (j, id) in control.opnieuw.enumerated() where content.fact(id)?.isAsked != true {
                problems.append(InputError(.data, file: controlsFile, place: "\(place).opnieuw[\(j)]", "\"\(id)\" is geen vraag"))
            }
            for name in Template.placeholders(in: control.melding) where content.fact(name) == nil {
                problems.append(
                    InputError(.data, file: controlsFile, place: place + ".melding", "de tekst gebruikt {\(name)}, maar dat feit bestaat niet"))
            }
            for (j, citation) in (control.bronnen ?? []).enumerated() where content.source(Content.sourceID(of: citation)) == nil {
                problems.append(
                    InputError(.data, file: controlsFile, place: "\(place).bronnen[\(j)]", "\"\(citation)\" noemt geen bron uit bronnen.json"))
            }
        }
    }

    func everyUnknownEndsInAdvice(_ problems: inout [InputError]) {
        let unknowns = UnknownFacts(content: content)
        // Where the routekaart needs a value: nodes and step conditions.
        var needed: [(fact: String, file: String, place: String)] = []
        for (i, node) in content.nodes.enumerated() { needed.append((node.feit, treeFile, "knopen[\(i)].feit")) }
        for (i, outcome) in content.outcomes.enumerated() {
            for (j, step) in outcome.stappen.enumerated() {
                for fact in (step.als ?? [:]).keys.sorted() { needed.append((fact, outcomesFile, "uitkomsten[\(i)].stappen[\(j)].als")) }
            }
        }
        var targets = Set<String>()
        for item in needed where unknowns.canBeUnknown(item.fact) {
            let found = unknowns.targets(item.fact)
            if found.isEmpty {
                problems.append(
                    InputError(
                        .data, file: item.file, place: item.place,
                        "\"\(item.fact)\" kan onbekend zijn, maar er is geen feit met vaste waarden om het advies op te splitsen"))
            }
            targets.formUnion(found)
        }
        for (i, fact) in content.facts.enumerated() where targets.contains(fact.id) {
            let place = "feiten[\(i)]"
            if fact.navragen == nil {
                problems.append(
                    InputError(.data, file: factsFile, place: place + ".navragen", "\"\(fact.id)\" kan onbekend zijn: zeg wie wat moet navragen"))
            }
            if fact.als == nil {
                problems.append(
                    InputError(
                        .data, file: factsFile, place: place + ".als",
                        "\"\(fact.id)\" kan onbekend zijn: geef het begin van de voorwaarde per tak"))
            }
            for (j, option) in (fact.opties ?? []).enumerated() where option.als == nil {
                problems.append(
                    InputError(.data, file: factsFile, place: "\(place).opties[\(j)].als", "geef de voorwaarde voor de tak \"\(option.waarde)\""))
            }
        }
        // Words for the unknown wherever a text names a fact that may stay unknown.
        var texts: [(text: String, file: String, place: String)] = []
        for (i, outcome) in content.outcomes.enumerated() {
            texts += outcome.allTexts.map { ($0.text, outcomesFile, "uitkomsten[\(i)].\($0.place)") }
        }
        for (i, fact) in content.facts.enumerated() {
            let own = [fact.als, fact.navragen?.wat, fact.navragen?.ouders] + (fact.opties ?? []).map(\.als)
            texts += own.compactMap { $0 }.map { ($0, factsFile, "feiten[\(i)]") }
        }
        var reported = Set<String>()
        for item in texts {
            for name in Template.placeholders(in: item.text)
            where unknowns.canBeUnknown(name) && content.fact(name)?.onbekendTekst == nil && reported.insert(name).inserted {
                problems.append(
                    InputError(
                        .data, file: item.file, place: item.place,
                        "{\(name)} kan onbekend zijn: geef het feit een onbekendTekst, zodat er nooit 'onbekend' in een zin staat"))
            }
        }
    }

    func noTextShowsAnInternalId(_ problems: inout [InputError]) {
        var ids = Set<String>()
        for fact in content.facts {
            ids.insert(fact.id)
            for option in fact.opties ?? [] { ids.insert(option.waarde) }
        }
        ids.formUnion(content.nodes.map(\.id))
        ids.formUnion(content.outcomes.map(\.id))
        // Only ids that cannot be ordinary words: with an underscore, or a hyphen between lower-case parts that prose never writes.
        let suspicious = ids.filter { id in id.contains("_") || (id.contains("-") && !Self.ordinaryHyphenated.contains(id)) }
        // Each text is cut into words once; a word that is an id is found in a set (fast on every load).
        func check(_ text: String, _ file: String, _ place: String) {
            let found = Set(Self.words(Self.withoutPlaceholders(text)).filter { suspicious.contains($0) })
            for id in found.sorted() {
                problems.append(InputError(.data, file: file, place: place, "de tekst noemt de interne id \"\(id)\""))
            }
        }
        for (i, outcome) in content.outcomes.enumerated() {
            for (place, text) in outcome.allTexts { check(text, outcomesFile, "uitkomsten[\(i)].\(place)") }
        }
        for (i, fact) in content.facts.enumerated() {
            let texts =
                [fact.vraag, fact.hulp, fact.onbekendTekst, fact.als, fact.navragen?.wat, fact.navragen?.ouders]
                + (fact.opties ?? []).flatMap { [$0.tekst, $0.als] }
            for text in texts.compactMap({ $0 }) { check(text, factsFile, "feiten[\(i)]") }
        }
        for (i, control) in content.controls.enumerated() { check(control.melding, controlsFile, "controles[\(i)].melding") }
    }

    /// Hyphenated ids that are also ordinary Dutch words.
    static let ordinaryHyphenated: Set<String> = ["lwoo-licentie", "vmbo-school"]

    /// The words of a text, lower case: runs of letters, digits, `-` and `_`.
    static func words(_ text: String) -> [String] {
        // On the bytes (ids are ASCII; any non-ASCII byte belongs to a word): this runs on every start.
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...:
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The text with `{feit}` placeholders taken out.
    static func withoutPlaceholders(_ text: String) -> String {
        var result = ""
        Template.scan(text, literal: { result += $0 + " " }, placeholder: { _ in })
        return result
    }
}

/// Which facts may stay unknown, and on which facts the advice can then split.
public struct UnknownFacts: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    /// The facts conditional advice may split on, in content order: for each, "weet ik niet" gives one branch per value.
    public var splitFacts: [Fact] {
        var needed = content.nodes.map(\.feit)
        for outcome in content.outcomes { needed += outcome.stappen.flatMap { ($0.als ?? [:]).keys.sorted() } }
        let targets = Set(needed.filter { canBeUnknown($0) }.flatMap { self.targets($0) })
        return content.facts.filter { targets.contains($0.id) }
    }

    /// The facts a person may not know and that a text names: each has its own words for that case.
    public var wordedFacts: [Fact] { content.facts.filter { canBeUnknown($0.id) && $0.onbekendTekst != nil } }

    /// True when nobody may know the fact: the user may answer "weet ik niet", or a derivation may yield nothing.
    public func canBeUnknown(_ id: String, _ seen: Set<String> = []) -> Bool {
        guard let fact = content.fact(id), !seen.contains(id) else { return false }
        if fact.isAsked { return fact.onbekendToegestaan == true }
        guard let derivation = fact.afleiding, let function = Derivations.function(named: derivation.functie) else { return false }
        return !function.isTotal || derivation.invoer.contains { canBeUnknown($0, seen.union([id])) }
    }

    /// The facts with a closed set of values the engine may split on when `id` is unknown.
    public func targets(_ id: String, _ seen: Set<String> = []) -> Set<String> {
        guard let fact = content.fact(id), !seen.contains(id), canBeUnknown(id) else { return [] }
        let closed = content.domain(of: fact) != nil
        var result = Set<String>()
        var needsSelf = false
        if let derivation = fact.afleiding, let function = Derivations.function(named: derivation.functie) {
            for input in derivation.invoer where canBeUnknown(input) {
                let found = targets(input, seen.union([id]))
                if found.isEmpty { needsSelf = true } else { result.formUnion(found) }
            }
            if !function.isTotal { needsSelf = true }
        }
        if fact.isAsked, fact.onbekendToegestaan == true { needsSelf = true }
        if needsSelf, closed { result.insert(id) }
        return result
    }
}
