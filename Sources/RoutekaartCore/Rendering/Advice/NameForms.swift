/// How the advice names a school or an SWV as people say it: in full once ("Christelijk College Schaersvoorde voor
/// Atheneum Havo Mavo Vbo Lwoo (Winterswijk)", "RSV Breda eo (VO3003)"), then short ("Christelijk College
/// Schaersvoorde (Winterswijk)", "RSV Breda eo"); for parents always short and without a code ("het
/// samenwerkingsverband voor Breda, Oosterhout en Etten-Leur").
public struct NameForm: Sendable, Equatable {
    /// As the advice's sentences name it (`Content.display`).
    public var full: String
    public var short: String
    public var parents: String
    /// For a line that may stand before the first mention (a hint under a question): the name without its code.
    public var standalone: String

    /// A school: its name up to " voor " (the school types DUO's official name lists) and its plaats.
    public init(school: School) {
        full = "\(school.naam) (\(school.plaats))"
        let short = Self.shortName(school.naam)
        self.short = "\(short) (\(school.plaats))"
        parents = self.short
        standalone = self.short
    }

    /// An SWV: its name and code once, then its name; for parents its name, or the gemeenten it covers.
    public init(swv: SWV) {
        full = swv.displayName
        if let naam = swv.naam {
            short = Self.shortSWVName(naam)
            standalone = naam
            // A parent may not know "De Meierij" as a samenwerkingsverband: say so, unless the name does.
            let says = ["samenwerkingsverband", "swv", "rsv", "passend onderwijs"].contains { naam.lowercased().contains($0) }
            parents = says ? naam : Messages.swvForParents(named: naam)
        } else {
            short = "SWV \(swv.code)"
            standalone = short
            let shown = Array(swv.gemeenten.prefix(3))
            let more = swv.gemeenten.count > shown.count
            // "voor Breda, Oosterhout en Etten-Leur", or "voor Breda, Oosterhout, Etten-Leur en omgeving".
            let places =
                more || shown.count < 2 ? shown.joined(separator: ", ") : shown.dropLast().joined(separator: ", ") + " en " + (shown.last ?? "")
            parents = places.isEmpty ? Messages.swvForParents : Messages.swvForParents(places, more: more)
        }
    }

    /// An SWV's name after its first mention: "SWV" and what is its own ("Samenwerkingsverband voortgezet onderwijs
    /// Apeldoorn-Epe-Voorst" → "SWV Apeldoorn-Epe-Voorst"), the words every SWV VO has (passend, voortgezet,
    /// onderwijs, VO) and a closing "(…)" (another name for it, said with the full name) left out. A name that does not
    /// begin with "Samenwerkingsverband" stays as it is.
    static func shortSWVName(_ name: String) -> String {
        var words = name.split(separator: " ")
        guard words.first?.lowercased() == "samenwerkingsverband" else { return name }
        if name.hasSuffix(")"), let open = words.lastIndex(where: { $0.hasPrefix("(") }), open > 1 { words.removeSubrange(open...) }
        var rest = words.dropFirst()
        while let word = rest.first, genericSWVWords.contains(word.lowercased()) { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return name }
        return "SWV " + rest.joined(separator: " ")
    }

    static let genericSWVWords: Set<String> = ["passend", "voortgezet", "onderwijs", "vo", "v(s)o", "vo/vso"]

    /// The name up to " voor …", unless what is left says nothing by itself ("Scholengemeenschap"), and without a kind
    /// of school after a comma ("Campus 013, scholengemeenschap voor vbo en mavo, lwoo" → "Campus 013").
    static func shortName(_ name: String) -> String {
        guard let range = name.firstRange(of: " voor ") else { return name }
        var head = String(name[..<range.lowerBound]).trimmingBlanks()
        if let comma = head.ranges(of: ", ").last {
            // An abbreviation ends in a period: "scholengr.".
            var kind = head[comma.upperBound...].lowercased()
            if kind.hasSuffix(".") { kind.removeLast() }
            let before = String(head[..<comma.lowerBound]).trimmingBlanks()
            if !before.isEmpty, kindsOfSchool.contains(where: { kind.hasSuffix($0) }) { head = before }
        }
        guard !head.isEmpty, !genericNames.contains(head.lowercased()) else { return name }
        return head
    }

    /// How the words after a comma end when they name a kind of school, not the school ("openbare school", "SGM").
    static let kindsOfSchool = ["school", "scholengemeenschap", "sgm", "scholengroep", "scholengr"]

    static let genericNames: Set<String> = [
        "school", "scholengemeenschap", "college", "lyceum", "stichting", "openbare scholengemeenschap", "christelijke scholengemeenschap",
        "regionale scholengemeenschap", "instituut", "centrum", "praktijkschool",
    ]

    enum Messages {
        static let swvForParents = "het samenwerkingsverband"
        static func swvForParents(named name: String) -> String { "het samenwerkingsverband \(name)" }
        static func swvForParents(_ places: String, more: Bool) -> String {
            "het samenwerkingsverband voor \(places)" + (more ? " en omgeving" : "")
        }
    }
}

extension [NameForm] {
    /// Each name in full where it first appears, short after that.
    func shortened(_ text: String) -> String {
        // On the bytes: names and texts come from the same files, so a name is the same bytes wherever it stands.
        var bytes = [UInt8](text.utf8)
        var changed = false
        for form in self where form.full != form.short {
            let full = [UInt8](form.full.utf8)
            let short = [UInt8](form.short.utf8)
            let replaced = full.withUnsafeBufferPointer { full in
                bytes.withUnsafeBufferPointer { text -> [UInt8]? in
                    guard let first = TextTools.firstOccurrence(of: full, in: text, from: 0) else { return nil }
                    var from = first + full.count
                    guard var hit = TextTools.firstOccurrence(of: full, in: text, from: from) else { return nil }
                    var result = [UInt8](text[..<from])
                    result.reserveCapacity(text.count)
                    while true {
                        result += text[from..<hit]
                        result += short
                        from = hit + full.count
                        guard let next = TextTools.firstOccurrence(of: full, in: text, from: from) else { break }
                        hit = next
                    }
                    result += text[from...]
                    return result
                }
            }
            if let replaced {
                bytes = replaced
                changed = true
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// Every name in the parents' form.
    func forParents(_ text: String) -> String {
        var result = text
        for form in self where form.full != form.parents { result = result.replacing(form.full, with: form.parents) }
        return result
    }

    /// The school and SWV forms in the advice (from its facts), each once, longest first (so that a name that holds
    /// another is replaced whole).
    static func of(_ advice: Advice, content: Content, model: Model) -> [NameForm] {
        var forms: [NameForm] = []
        // Each school and SWV once: every branch of the advice names the same few.
        var schools = Set<String>()
        var swvs = Set<String>()
        func add(_ step: TrailStep) {
            guard step.value != Derivations.unknownValue else { return }
            switch content.fact(step.fact)?.soort {
            case .school:
                if schools.insert(step.value).inserted, let school = model.school(step.value) { forms.append(NameForm(school: school)) }
            case .swv:
                if swvs.insert(step.value).inserted, let swv = model.swv(step.value) { forms.append(NameForm(swv: swv)) }
            default: return
            }
        }
        advice.trail.forEach(add)
        for leaf in advice.leaves { leaf.trail.forEach(add) }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.full).inserted }.sorted { $0.full.count > $1.full.count }
    }
}
