#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The output formats of advice and reports.
public enum OutputFormat: String, ClosedSet {
    case tekst, markdown, json
}

/// Who the advice is read to: school staff (default) or parents, in plain words.
public enum Voice: String, ClosedSet {
    case school, ouders
}

extension Actor {
    /// The actor as the advice names it.
    public var label: String {
        switch self {
        case .school: "School"
        case .swv: "Samenwerkingsverband"
        case .ouders: "Ouders"
        case .praktijkschool: "Praktijkschool"
        case .nieuweSchool: "Nieuwe school"
        case .vorigeSchool: "Vorige school"
        }
    }

    /// The actor as the subject of a sentence ("de nieuwe school", "de ouders").
    var subject: String {
        switch self {
        case .ouders: "de ouders"
        case .swv: "het samenwerkingsverband"
        default: "de " + label.lowercased()
        }
    }
}

/// Renders advice for school staff or parents: builds the advice document
/// once and hands it to the formatter of the format asked for.
public struct AdviceRenderer: Sendable {
    public let content: Content
    public let model: Model
    public var voice: Voice
    /// Bold and colour, only on a terminal without NO_COLOR.
    public var styled: Bool
    /// The verbatim law texts, for `waarom`; without them the chain names the articles only.
    public var laws: LawLibrary?
    /// Brief (default) or every case in full (`--volledig`).
    public var detail: Detail = .brief
    /// How the reader asks for more: the last line of the advice says it.
    public var more: More = .none

    /// How much of the advice the text gives.
    public enum Detail: Sendable, Equatable {
        /// What to do first, the steps every case shares once, one line per case; each step short.
        case brief
        /// Every case with every step in full.
        case full
    }

    /// Where the advice is read, for the line that says how to see more.
    public enum More: Sendable, Equatable {
        case none
        /// On the command line, for this case file (nil: no file).
        case command(casePath: String?)
    }

    public init(content: Content, model: Model, voice: Voice = .school, styled: Bool = false) {
        self.content = content
        self.model = model
        self.voice = voice
        self.styled = styled
    }

    /// The advice as a document for this renderer's voice.
    /// `includeWhy`: with the verbatim law text under each rule and step (for "waarom").
    /// `explained`: with the interpretation's explanation in words (the brief text shows only that there is one).
    /// `complete`: with the list of every source and the chain of facts, which the text prints only with `waarom`.
    public func document(_ advice: Advice, includeWhy: Bool = false, explained: Bool = true, complete: Bool = true) -> AdviceDocument {
        var builder = AdviceDocumentBuilder(content: content, model: model, voice: voice, advice: advice, laws: laws, includeWhy: includeWhy)
        builder.explainsInterpretation = explained
        builder.listsSourcesAndChain = complete
        return builder.build()
    }

    public func render(_ advice: Advice, as format: OutputFormat, includeWhy: Bool = false) -> String {
        let explained = format == .json || detail == .full || includeWhy
        let document = document(
            advice, includeWhy: includeWhy && format != .json, explained: explained, complete: format != .tekst || includeWhy)
        switch format {
        case .json: return JSONAdviceFormatter().format(document)
        case .markdown: return MarkdownAdviceFormatter(detail: detail, more: more).format(document, includeWhy: includeWhy)
        case .tekst: return TextAdviceFormatter(styled: styled, detail: detail, more: more).format(document, includeWhy: includeWhy)
        }
    }

    /// The chain of facts, rules and sources that led to the advice, and what the brief advice leaves out.
    public func why(_ advice: Advice) -> String {
        let document = document(advice, includeWhy: true)
        return document.names.shortened(TextAdviceFormatter(styled: styled).why(document))
    }

    /// One case of the advice in full (`toon A` in the interview), or nil when there is no case with that label.
    /// A label as the brief advice shows a shared line ("A/B") gives each of its cases.
    public func showCase(_ advice: Advice, label: String) -> String? {
        let document = document(advice)
        let items = label.split(separator: "/").map { document.case(labelled: String($0)) }
        guard !items.isEmpty, items.allSatisfy({ $0 != nil }) else { return nil }
        let formatter = TextAdviceFormatter(styled: styled, detail: .full)
        let lines = items.compactMap { $0 }.flatMap { formatter.caseInFull($0, document) }.dropFirst()
        return document.names.shortened(lines.joined(separator: "\n") + "\n")
    }

    /// The deadlines of the advice as an iCalendar file (RFC 5545).
    public func calendar(_ advice: Advice) -> String {
        CalendarFormatter().format(document(advice))
    }

    /// What the agenda file will hold: how many deadlines are still to come and, when none is, the next date the
    /// advice names (the next teldatum after a passed one), if any.
    public func agendaContents(_ advice: Advice) -> (coming: Int, next: Day?) {
        let document = document(advice)
        let coming = CalendarFormatter.events(document).count
        return (coming, coming == 0 ? CalendarFormatter.nextNamedDate(document)?.date : nil)
    }

    /// JSON with sorted keys, pretty-printed, ending in a newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The Dutch words of the advice, in every format.
    enum Messages {
        static let dependsHeading = "hangt af van wat nog niet bekend is"
        static let perCase = "Per geval"
        static let and = "en"
        static let andThen = "en daarbij:"
        static let interpretationPointer = "Let op: een deel van dit advies is een lezing van dit project, geen letterlijke regel; zie 'waarom'."
        static let interpretationFull = "Interpretatie:"
        static let restHeading = "Wat het korte advies weglaat"
        static func restOf(_ start: String) -> String { "„\(start)”:" }
        /// `actor`: who finds out everything listed, when it is one; the list then does not name it at every line.
        static func findOutIntro(_ cases: Int, actor: Actor?) -> String {
            let who = actor.map { upperFirst($0.subject) + ($0 == .ouders ? " zoeken" : " zoekt") } ?? "Zoek"
            return "\(who) eerst uit wat hieronder staat; daarna geldt één van de \(cases) gevallen."
        }
        private static func upperFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        static func deadlineShort(_ words: String) -> String { "termijn: \(words)" }
        static func difference(_ words: String) -> String { "verschil: \(words)" }
        static func more(_ more: AdviceRenderer.More, branched: Bool, full: Bool, why: Bool) -> String? {
            guard case .command(let path) = more else { return nil }
            let command = "routekaart advies" + (path.map { " --casus \(Sanitized.path($0))" } ?? "")
            var parts: [String] = []
            if !full { parts.append("--volledig " + (branched ? "(elk geval met al zijn stappen)" : "(elke stap volledig)")) }
            if !why { parts.append("--waarom (regels, wetteksten en bronnen)") }
            return parts.isEmpty ? nil : "Meer: \(command) " + parts.joined(separator: " of ") + "."
        }
        static func knownPolicy(_ swv: String, _ variant: String, _ from: Day, _ through: Day?, before: Bool, source: String) -> String {
            let period = (through == nil ? "vanaf " : "van ") + from.dutch + (through.map { " tot en met \($0.dutch)" } ?? "")
            return (before ? "Laatst bekend beleid van " : "Eerst bekend beleid van ") + "\(swv): \(variant), \(period) (bron: \(source))."
        }
        static func contact(_ name: String, _ contact: String, source: String) -> String {
            "Contact van \(name): \(contact) (bron: \(source))."
        }
        static func nameListsLwoo(_ name: String) -> String {
            // Without a label: "Aanwijzing:" read as the pupil's aanwijzing lwoo (usability test, F10).
            "DUO's officiële naam, „\(name)”, noemt lwoo: dat wijst op een licentie, maar bewijst het niet."
        }
        static func examines(_ school: String, _ code: String, _ leerwegen: [String]) -> String {
            "Volgens DUO's examengegevens examineert \(school) (\(code)): \(leerwegen.joined(separator: ", "))."
        }
        static func otherVestiging(_ other: String, _ code: String, _ school: String, _ leerweg: String) -> String {
            "Een andere vestiging van dezelfde school, \(other) (\(code)), examineert de leerweg \(leerweg); \(school) heeft er geen examengegevens van."
        }
        static func known(_ label: String, _ value: String, _ source: String, _ checked: Day) -> String {
            "Afgeleid — \(label): \(value) (\(source); gecontroleerd \(checked.dutch))."
        }
        /// A case file's answer the data says otherwise: what it used, and where to correct the data.
        static func overruled(_ label: String, _ answer: String, _ value: String, _ source: String, fromKnowledge: Bool) -> String {
            "Het casusbestand zegt bij ‘\(label)’ „\(answer)”, maar de gegevens zeggen „\(value)”"
                + (source.isEmpty ? "" : " (bron: \(source))") + ". Het advies volgt de gegevens. "
                + (fromKnowledge
                    ? "Klopt het antwoord, pas dan het kennisbestand aan ('routekaart kennis' toont waar het staat)."
                    : "Klopt het antwoord, controleer dan de bron en meld het verschil aan wie de gegevens bijhoudt.")
        }
        static let parentsHeading = "Wat er gebeurt"
        static let dependsForParents = "Dat hangt af van iets wat de school nog uitzoekt:"
        static func possibilities(_ count: Int, more: Bool) -> String {
            count == 1 ? "Daarna is dit het meest waarschijnlijk:" : "Daarna is het een van deze \(more ? "" : "\(count) ")mogelijkheden:"
        }
        static let morePossibilities = "Er zijn nog andere mogelijkheden; de school vertelt u welke het wordt."
        static let inEveryCaseForParents = "Wat in elk geval gebeurt"
        static let yourStepsIfSo = "Misschien moet u zelf iets doen; dat hangt af van wat de school uitzoekt:"
        static func whomToCall(_ contacts: [String]) -> String {
            guard let first = contacts.first else { return "Met vragen kunt u terecht bij de nieuwe school en bij haar samenwerkingsverband." }
            let rest = contacts.dropFirst()
            return "Met vragen kunt u terecht bij \(first)" + (rest.isEmpty ? "" : " en bij " + rest.joined(separator: " en bij ")) + "."
        }
        static let noScenario = "Geen van de zes scenario's van de routekaart is hier van toepassing."
        static let whatToDo = "Wat te doen"
        static let whatHappens = "Wat er nu gebeurt"
        static let calendarIf = "Misschien nodig — "
        static let calendarWhen = "Deze termijn geldt alleen in dit geval (zie 'Per geval' in het advies):"
        static func calendarDeadline(_ words: String) -> String {
            "Termijn in het advies: \(words). In de agenda staat de laatste werkdag waarop het nog op tijd is."
        }
        static let exampleDataForParents = "Dit is een oefenvoorbeeld met verzonnen scholen, geen advies voor een echte leerling."
        static let findOutFirst = "Eerst uitzoeken"
        static let findOutIntro =
            "Een paar feiten zijn niet bekend. Zoek ze uit; het advies hieronder zegt per antwoord wat er dan moet gebeuren. "
            + "Vul daarna de antwoorden in (routekaart advies --casus BESTAND --verder), dan krijgt u één advies."
        static let findOutIntroParents = "Een paar dingen weten we nog niet. De school zoekt ze uit."
        static let inEveryCase = "In elk geval"
        static let inEachCase = "In elk van deze gevallen"
        static func inEachCaseUnder(_ label: String) -> String { "In elk geval onder \(label):" }
        static let dependingOn = "Afhankelijk van het antwoord"
        static let overviewOfBranches = "Overzicht: welk antwoord leidt tot welk advies"
        static let then = "Dan:"
        /// The outcome of a case above (by its label), not said again.
        static func sameOutcome(_ label: String) -> String { "zie \(label)" }
        static let or = "of"
        static let interpretationHeading = "Let op: dit advies rust deels op een interpretatie."
        static let interpretationDefault = "Overleg bij twijfel met het samenwerkingsverband."
        static let interpretationForParents =
            "Een deel van dit advies is onze uitleg van de regels, geen letterlijke regel. Het samenwerkingsverband beslist; vraag het daar na als u twijfelt."
        static let interpretationMark = "[interpretatie]"
        static let warningsHeading = "Waarschuwingen"
        static let whyHeading = "Waarom dit advies"
        static let yourAnswer = "uw antwoord"
        static let derived = "afgeleid"
        static let assumed = "aangenomen in deze tak van het advies"
        static let parentsSources = "De bronnen van dit advies staan in de versie voor de school; vraag ze gerust op."
        static func findOut(_ label: String) -> String { "Zoek uit: \(label.lowercased())." }
        static func adviceHeading(_ title: String) -> String { "Advies: \(title)" }
        static func scenario(_ scenario: Scenario) -> String { "Scenario \(scenario.id) — \(scenario.naam)" }
        static func deadline(_ text: String) -> String { "Termijn: \(text)." }
        /// True when a deadline's words already say its date has passed ("uiterlijk 1 oktober 2026 (al voorbij)").
        static func saysPassed(_ text: String) -> Bool { text.contains(OutcomeAdvice.Messages.passed) }
        static func passed(_ date: Day, _ peildatum: Day) -> String {
            "Deze datum (\(date.dutch)) is op de peildatum (\(peildatum.dutch)) al voorbij."
        }
        static func sources(_ citations: [String]) -> String { "Bron: " + compacted(citations) }

        /// Citations of one source said once, as lawyers write them: "WVO 2020 art. 5.5 lid 1, 5.13 lid 6; RSV Breda eo
        /// §3 (tabel, rij 2), §10".
        static func compacted(_ citations: [String]) -> String {
            var groups: [(head: String, rests: [String])] = []
            for citation in citations {
                let (head, rest) = split(citation)
                if let head, let index = groups.firstIndex(where: { $0.head == head }) {
                    groups[index].rests.append(rest)
                } else {
                    groups.append((head ?? "", [head == nil ? citation : rest]))
                }
            }
            return groups.map { $0.head + $0.rests.joined(separator: ", ") }.joined(separator: "; ")
        }

        /// "WVO 2020 art. " and "5.5 lid 1"; "RSV Breda eo " and "§3 (tabel, rij 2)"; nil and the whole otherwise.
        static func split(_ citation: String) -> (head: String?, rest: String) {
            for marker in [" art. ", " §"] {
                if let range = citation.firstRange(of: marker) {
                    let cut = marker == " §" ? citation.index(after: range.lowerBound) : range.upperBound
                    return (String(citation[..<cut]), String(citation[cut...]))
                }
            }
            return (nil, citation)
        }
        static func allSources(_ citations: [String]) -> String { "Alle bronnen: " + citations.joined(separator: "; ") }
        static func footer(_ day: Day) -> String {
            "Peildatum \(day.dutch). Dit is een advies, geen besluit: het samenwerkingsverband beslist."
        }
        static func yourAnswerBecause(_ reason: String) -> String { "uw antwoord (\(reason))" }
        static func unknownBecause(_ reason: String) -> String { "niet bekend (\(reason))" }
        static func rule(_ text: String) -> String { "Regel: \(text)" }
        static func data(_ record: String, _ source: String, _ checked: Day?, dated: Day?) -> String {
            let state = dated.map { "gegevens van \($0.dutch)" } ?? checked.map { "gecontroleerd \($0.dutch)" } ?? "niet gecontroleerd"
            return "Gegevens: \(record) (\(source); \(state))"
        }
        static func knowledgeRow(_ place: String, _ note: String?) -> String {
            "  regel \(place)" + (note.map { "; opmerking: \($0)" } ?? "")
        }
        static func disagreeingRow(_ label: String, _ place: String, _ value: String, _ checked: Day) -> String {
            "  niet gebruikt: \(label) (\(place)) zegt „\(value)” (gecontroleerd \(checked.dutch))"
        }
        static func outcomeLine(_ id: String, _ title: String) -> String { "uitkomst \(id): \(title)" }
        static let branchesLine = "het advies splitst zich op wat niet bekend is (zie hierboven)"
    }
}

/// Explains each glossary term once, the first time it appears (parents' voice),
/// and never inside a name: a term that is part of a capitalised name, or of a name the advice gives (a school's
/// "Vmbo"), is left alone.
public struct GlossaryExplainer: Sendable {
    var terms: [GlossaryTerm]
    var explained = Set<String>()
    /// Names in which a term is never explained ("Dongemond College (Raamsdonksveer)").
    var protected: [String]
    /// The explanations given so far: no term is explained inside another's explanation.
    var glosses: [String] = []

    public init(terms: [GlossaryTerm], protected: [String] = []) {
        self.terms = terms
        self.protected = protected.filter { !$0.isEmpty }
    }

    /// Explains each term the first time it appears. A term of more words ("aanwijzing voor lwoo", "bezwaar maken"),
    /// listed before the words it contains, is explained as one phrase, after the phrase; the terms inside it then
    /// count as explained, so that no explanation splits the phrase.
    public mutating func explain(_ text: String) -> String {
        var result = text
        for term in terms where !explained.contains(term.term) {
            guard let range = wordRange(of: term.term, in: result) else { continue }
            explained.insert(term.term)
            for other in terms where other.term != term.term && Self.wordRange(of: other.term, in: term.term) != nil {
                explained.insert(other.term)
            }
            // After the whole name the term stands in: "SWV VO Eindhoven Kempenland (uitleg)".
            let end = Self.endOfName(after: range.upperBound, in: result)
            let gloss = " (\(term.uitleg))"
            result.insert(contentsOf: gloss, at: end)
            glosses.append(gloss)
        }
        return result
    }

    /// The first occurrence of `word` as a whole word outside the protected names and the explanations given.
    func wordRange(of word: String, in text: String) -> Range<String.Index>? {
        var shielded: [Range<String.Index>] = []
        for name in protected + glosses {
            var start = text.startIndex
            while start < text.endIndex, let found = text[start...].firstRange(of: name) {
                shielded.append(found)
                start = found.upperBound
            }
        }
        var searchStart = text.startIndex
        while let range = Self.wordRange(of: word, in: text, from: searchStart) {
            if !shielded.contains(where: { $0.overlaps(range) }) { return range }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The first occurrence of `word` as a whole word (not inside another word).
    static func wordRange(of word: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        var searchStart = start ?? text.startIndex
        while let range = TextTools.caseInsensitiveRange(of: word, in: text, from: searchStart) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordChar: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isWordChar(before) && !isWordChar(after) { return range }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The end of a name that continues after a term with capitalised words or codes ("SWV VO Eindhoven Kempenland").
    static func endOfName(after index: String.Index, in text: String) -> String.Index {
        var end = index
        var cursor = index
        while cursor < text.endIndex, text[cursor] == " " {
            let wordStart = text.index(after: cursor)
            guard wordStart < text.endIndex, let first = text[wordStart...].first, first.isUppercase || first.isNumber else { break }
            let wordEnd =
                text[wordStart...].firstIndex { $0 == " " || $0 == "," || $0 == "." || $0 == ";" || $0 == ":" || $0 == ")" } ?? text.endIndex
            end = wordEnd
            cursor = wordEnd
        }
        return end
    }
}
