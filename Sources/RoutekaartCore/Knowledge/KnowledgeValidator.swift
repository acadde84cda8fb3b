/// The model's own rules, applied to every row of a knowledge file: a real SWV VO code or vestigingscode, no policy
/// for pro (`po-opting-out`), a licence only for a vestiging with vmbo and only for vmbo leerwegen, a duration in whole
/// school years, real dates with `vanaf` ≤ `tot`, a check date that is not in the future, no personal data, and no two
/// rows for one subject on the same day. Each problem names file, line and column.
struct KnowledgeValidator {
    var table: KnowledgeTable
    let reference: KnowledgeReference
    let today: Day
    var errors: [InputError] = []
    var warnings: [InputError] = []
    /// The names the file gives each code (its `naam` rows), read once.
    let namesInFile: [String: [String]]
    /// The words of each organisation's own name, place and gemeenten, made once per code.
    var contexts: [String: Set<String>] = [:]
    /// What the personal-data check found in a text without context (most rows of a file share their bron).
    var findings: [String: PersonalDataCheck.Finding?] = [:]
    /// False for the data folder's own files (`model/kennis.csv`, `voorbeeld/kennis.csv`): their check stamp proves
    /// them, and the model's rules run the personal-data check (`personalDataProblems`) when it does not.
    var checksPersonalData = true

    /// The line breaks and tab a cell may hold.
    static let textBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\t"]

    /// The columns of the table, trimmed and in lower case, by position.
    let columns: [String]
    /// Where the columns a row is read by stand, found once for the file (nil: not in its header).
    let positions: Positions

    struct Positions {
        var onderwerp, code, leerwegen, waarde, vanaf, tot, bron, gecontroleerd, opmerking: Int?

        init(_ table: KnowledgeTable) {
            onderwerp = table.position(of: "onderwerp")
            code = table.position(of: "code")
            leerwegen = table.position(of: "leerwegen")
            waarde = table.position(of: "waarde")
            vanaf = table.position(of: "vanaf")
            tot = table.position(of: "tot")
            bron = table.position(of: "bron")
            gecontroleerd = table.position(of: "gecontroleerd")
            opmerking = table.position(of: "opmerking")
        }
    }

    /// The longest text a field may hold.
    static let maximumFieldLength = 1_000

    init(table: KnowledgeTable, reference: KnowledgeReference, today: Day) {
        self.table = table
        self.reference = reference
        self.today = today
        columns = table.header.map { $0.trimmingBlanks().lowercased() }
        positions = Positions(table)
        var names: [String: [String]] = [:]
        for row in table.rows where table.field(row, "onderwerp").lowercased() == KnowledgeSubject.naam.rawValue {
            names[table.field(row, "code").uppercased(), default: []].append(table.field(row, "waarde"))
        }
        namesInFile = names
    }

    // MARK: - One row

    mutating func interpretRows() {
        for index in table.rows.indices where table.rows[index].fact == nil {
            table.rows[index].fact = interpret(table.rows[index])
        }
    }

    /// The fact of a row, or nil (with its errors and warnings recorded).
    mutating func interpret(_ row: KnowledgeRow) -> KnowledgeFact? {
        if row.fields.allSatisfy(\.isEmpty) { return nil }
        // The row's fields by the positions found once for the file, not looked up by name for every field.
        let fields = row.fields
        func field(_ position: Int?) -> String {
            guard let position, position < fields.count else { return "" }
            return fields[position]
        }
        let at = positions
        let code = field(at.code)
        var found: [InputError] = []
        defer { errors += found }
        let path = table.path
        let line = row.line
        func problem(_ column: String, _ message: String) {
            found.append(InputError(.data, file: "\(path):\(line)", place: Messages.column(column), message))
        }

        // Every field: visible text of a sane length, and no personal data in free text.
        for (position, column) in columns.enumerated() where row.fields.indices.contains(position) {
            let text = row.fields[position]
            // A line break inside a cell (Alt+Enter in a spreadsheet) is text; other controls and direction marks are not.
            // (Printable ASCII, most of every file, needs no closer look.)
            if !Self.isPrintableASCII(text),
                let scalar = text.unicodeScalars.first(where: { Sanitized.needsEscape($0) && !Self.textBreaks.contains($0) })
            {
                problem(column, Messages.invisible(scalar))
            } else if text.utf8.count > Self.maximumFieldLength, text.count > Self.maximumFieldLength {
                problem(column, Messages.tooLong)
            } else if text.hasPrefix("=") {
                problem(column, Messages.formula)
            }
        }
        if checksPersonalData {
            for (column, message) in personalDataFindings(row) where column != "waarde" { problem(column, message) }
        }

        let subjectText = field(at.onderwerp).lowercased()
        guard let subject = KnowledgeSubject(rawValue: subjectText) else {
            if subjectText.isEmpty {
                problem("onderwerp", Messages.subjectMissing)
            } else if Self.mentionsPro(subjectText) {
                problem("onderwerp", Messages.proSubject)
            } else if let suggestion = Suggestion.nearest(to: subjectText, among: KnowledgeSubject.allCases.map(\.rawValue)) {
                problem("onderwerp", Messages.unknownSubject(subjectText, suggestion))
            } else if found.isEmpty {
                warnings.append(
                    InputError(.data, file: "\(table.path):\(row.line)", place: Messages.column("onderwerp"), Messages.subjectKept(subjectText)))
            }
            return nil
        }

        // A row about an invented example SWV or school, read without the example data (a file kept while practising
        // with --voorbeeld): kept as it is, not used, and no error.
        if reference.isExample(field(at.code).uppercased()) { return nil }
        let checkedCode = checkCode(field(at.code), for: subject, problem: problem)
        let scope = checkLeerwegen(field(at.leerwegen), for: subject, problem: problem)
        var value = checkValue(field(at.waarde), subject: subject, scope: scope, problem: problem)
        if subject == .contact, value != nil, checksPersonalData,
            let finding = personalData(in: field(at.waarde), contact: true, code: code)
        {
            problem("waarde", finding.message)
            value = nil
        }
        let vanaf = checkDate(field(at.vanaf), column: "vanaf", required: true, problem: problem)
        let tot = checkDate(field(at.tot), column: "tot", required: false, problem: problem)
        if let vanaf, let tot, tot < vanaf { problem("tot", Messages.endBeforeStart(vanaf, tot)) }
        if let vanaf, [.beleid, .duur, .lateAanvragen, .licentiebeleid].contains(subject), vanaf < Day.inpassing {
            problem("vanaf", Messages.beforeInpassing(vanaf))
        }
        let bron = field(at.bron)
        if bron.isEmpty { problem("bron", Messages.sourceMissing) }
        let checkedOn = checkDate(field(at.gecontroleerd), column: "gecontroleerd", required: true, problem: problem)
        if let checkedOn, checkedOn > today { problem("gecontroleerd", Messages.checkedInFuture(checkedOn, today)) }

        guard found.isEmpty, let checkedCode, let scope, let value, let vanaf, let checkedOn else { return nil }
        let note = field(at.opmerking)
        return KnowledgeFact(
            subject: subject, code: checkedCode, scope: scope, value: value, period: FactPeriod(vanaf: vanaf, tot: tot), bron: bron,
            gecontroleerd: checkedOn, origin: KnowledgeOrigin(file: table.path, label: table.label, line: row.line, kind: table.kind),
            opmerking: note.isEmpty ? nil : note)
    }

    /// True when every byte of the text is printable ASCII, as most fields are: eight bytes at a time (no byte below
    /// 0x20, none 0x7F or above).
    static func isPrintableASCII(_ text: String) -> Bool {
        func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let del = word ^ (ones &* 0x7F)
                    // A high bit, a byte that borrows below 0x20, or a DEL (zero after the XOR).
                    if word & highs != 0 || (word &- ones &* 0x20) & ~word & highs != 0 || (del &- ones) & ~del & highs != 0 { return false }
                    index += 8
                }
            }
            while index < bytes.count {
                guard bytes[index] >= 0x20 && bytes[index] < 0x7F else { return false }
                index += 1
            }
            return true
        }
        return text.utf8.withContiguousStorageIfAvailable(check) ?? Array(text.utf8).withUnsafeBufferPointer(check)
    }

    /// The code in upper case when it names what the subject needs (an SWV, a vestiging, or either).
    func checkCode(_ text: String, for subject: KnowledgeSubject, problem: (String, String) -> Void) -> String? {
        let code = text.uppercased()
        guard !code.isEmpty else {
            problem("code", subject.holder == .school ? Messages.schoolCodeMissing : Messages.swvCodeMissing)
            return nil
        }
        // The holder the subject needs is looked up first; the other only to say what is wrong.
        switch subject.holder {
        case .swv:
            if reference.swv(code) != nil { return code }
            if let school = reference.school(code) {
                problem("code", Messages.schoolInsteadOfSWV(subject, school))
            } else {
                problem("code", Messages.unknownSWV(text, suggestion: suggestedCode(text)))
            }
        case .school:
            if let school = reference.school(code) {
                if school.vmbo == false { problem("code", Messages.licenceWithoutVmbo(school)) }
                return code
            }
            if reference.swv(code) != nil {
                problem("code", Messages.swvInsteadOfSchool)
            } else if code.count == 4, reference.school(code + "00") != nil {
                problem("code", Messages.brinOnly(text))
            } else {
                problem("code", Messages.unknownSchool(text, suggestion: suggestedCode(text)))
            }
        case .either:
            if reference.swv(code) != nil || reference.school(code) != nil { return code }
            problem("code", Messages.unknownHolder(text, suggestion: suggestedCode(text)))
        }
        return nil
    }

    /// `VO 30-03` → `VO3003` when that exists: a code typed with spaces, dashes or dots.
    func suggestedCode(_ text: String) -> String? {
        let compact = String(text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
        guard compact != text.uppercased(), !compact.isEmpty else { return nil }
        return reference.swv(compact) != nil || reference.school(compact) != nil ? compact : nil
    }

    func checkLeerwegen(_ text: String, for subject: KnowledgeSubject, problem: (String, String) -> Void) -> LeerwegScope? {
        let lowered = text.lowercased()
        guard subject == .licentie else {
            if lowered.isEmpty { return .all }
            problem("leerwegen", Self.mentionsPro(lowered) ? Messages.proLeerweg : Messages.leerwegenNotHere(subject))
            return nil
        }
        if lowered.isEmpty { return .all }
        if lowered == "onbekend" { return .unknown }
        var found: [Leerweg] = []
        for part in lowered.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" || $0 == "+" }) {
            let word = String(part)
            if let leerweg = Leerweg(rawValue: word) ?? Self.leerwegAbbreviations[word] {
                found.append(leerweg)
            } else {
                problem("leerwegen", Self.mentionsPro(word) ? Messages.proLeerweg : Messages.unknownLeerweg(word))
                return nil
            }
        }
        guard let scope = LeerwegScope.of(found) else {
            problem("leerwegen", Messages.unknownLeerweg(text))
            return nil
        }
        return scope
    }

    /// The abbreviations schools use (BB, KB, GL, TL).
    static let leerwegAbbreviations: [String: Leerweg] = ["bb": .basis, "kb": .kader, "gl": .gemengd, "tl": .theoretisch]

    func checkValue(_ text: String, subject: KnowledgeSubject, scope: LeerwegScope?, problem: (String, String) -> Void) -> KnowledgeValue? {
        let lowered = text.lowercased()
        guard !text.isEmpty else {
            problem("waarde", Messages.valueMissing(subject))
            return nil
        }
        switch subject {
        case .beleid:
            if let variant = LwooToewijzing(rawValue: lowered), variant != .onbekend { return .policy(variant) }
            if lowered == KnowledgeValue.optingOut { return .policy(.onbekend) }
            if lowered == "onbekend" {
                problem("waarde", Messages.unknownIsNoKnowledge)
            } else if lowered.contains("opting") {
                problem("waarde", Messages.optingOutWithoutVariant(text))
            } else {
                problem("waarde", Messages.notAPolicy(text))
            }
        case .duur:
            if lowered == "geen" { return .duration(.notSet) }
            if let years = Int(lowered), (1...99).contains(years) { return .duration(.schoolYears(years)) }
            problem("waarde", Int(lowered) != nil ? Messages.durationTooShort(text) : Messages.notADuration(text))
        case .lateAanvragen:
            if let yes = Self.yesNo(lowered) { return .lateApplications(yes) }
            problem("waarde", Messages.notYesNo(text))
        case .licentiebeleid:
            if let choice = LwooLicenties(rawValue: lowered), choice != .onbekend { return .licencePolicy(choice) }
            problem("waarde", lowered == "onbekend" ? Messages.unknownIsNoKnowledge : Messages.notALicencePolicy(text))
        case .licentie:
            guard let yes = Self.yesNo(lowered) else {
                problem("waarde", Messages.notYesNo(text))
                return nil
            }
            if !yes, scope == .unknown {
                problem("waarde", Messages.noLicenceForUnknownLeerweg)
                return nil
            }
            return .licence(yes)
        case .naam:
            return .name(text)
        case .contact:
            // Checked for personal data by the caller, which knows the organisation's own words.
            return .contact(text)
        }
        return nil
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text {
        case "ja", "j", "yes": true
        case "nee", "n", "no": false
        default: nil
        }
    }

    /// `pro`, `pro-beleid`, `tlv pro`: a word `pro` in the text.
    static func mentionsPro(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == "pro" || $0 == "praktijkonderwijs" }
    }

    func checkDate(_ text: String, column: String, required: Bool, problem: (String, String) -> Void) -> Day? {
        guard !text.isEmpty else {
            if required { problem(column, column == "vanaf" ? Messages.startMissing : Messages.checkedMissing) }
            return nil
        }
        guard let day = Day(text, allowDutchOrder: true) else {
            problem(column, Messages.notADate(text))
            return nil
        }
        return day
    }

    /// The personal data in a row's free text (its `bron` and own columns) and, for a contact, its `waarde`: column and
    /// message.
    mutating func personalDataFindings(_ row: KnowledgeRow) -> [(column: String, message: String)] {
        let code = table.field(row, "code")
        var found: [(String, String)] = []
        for (position, name) in table.header.enumerated() where row.fields.indices.contains(position) {
            let text = row.fields[position]
            let column = name.trimmingBlanks().lowercased()
            guard !text.isEmpty, !["onderwerp", "code", "leerwegen", "waarde", "vanaf", "tot", "gecontroleerd"].contains(column),
                text.count <= Self.maximumFieldLength, !text.hasPrefix("="),
                !text.unicodeScalars.contains(where: { Sanitized.needsEscape($0) && !["\n", "\r", "\t"].contains($0) })
            else { continue }
            if let finding = personalData(in: text, contact: false, source: column == "bron", code: code) { found.append((column, finding.message)) }
        }
        if table.field(row, "onderwerp").lowercased() == KnowledgeSubject.contact.rawValue, !table.field(row, "waarde").isEmpty,
            let finding = personalData(in: table.field(row, "waarde"), contact: true, code: code)
        {
            found.append(("waarde", finding.message))
        }
        return found
    }

    /// Every row's personal data, as problems with file, line and column: the rule for the files read without the check.
    mutating func personalDataProblems() -> [InputError] {
        table.rows.flatMap { row in
            personalDataFindings(row).map { InputError(.data, file: "\(table.path):\(row.line)", place: Messages.column($0.column), $0.message) }
        }
    }

    /// What looks like personal data in `text`. The organisation's own words (which only ever clear a suspected name)
    /// are looked up only when the text without them looks like a person.
    mutating func personalData(in text: String, contact: Bool, source: Bool = false, code: String) -> PersonalDataCheck.Finding? {
        func check(_ context: Set<String>) -> PersonalDataCheck.Finding? {
            if contact { return PersonalDataCheck.inContact(text, context: context) }
            return source ? PersonalDataCheck.inSource(text, context: context) : PersonalDataCheck.inFreeText(text, context: context)
        }
        let key = (contact ? "c:" : source ? "s:" : "t:") + text
        let plain: PersonalDataCheck.Finding?
        if let known = findings[key] {
            plain = known
        } else {
            plain = check([])
            findings[key] = .some(plain)
        }
        guard case .person? = plain else { return plain }
        return check(context(of: code))
    }

    /// The folded words of the organisation a row is about: its name, place and gemeenten, and the names the file gives it.
    mutating func context(of code: String) -> Set<String> {
        let upper = code.uppercased()
        if let known = contexts[upper] { return known }
        var words = Set<String>()
        if let swv = reference.swv(upper) {
            words.formUnion(PersonalDataCheck.words(of: swv.displayName))
            for gemeente in swv.gemeenten { words.formUnion(PersonalDataCheck.words(of: gemeente)) }
        }
        if let school = reference.school(upper) {
            words.formUnion(PersonalDataCheck.words(of: school.naam + " " + school.plaats + " " + school.gemeente))
            if let swv = reference.swv(school.swv) { words.formUnion(PersonalDataCheck.words(of: swv.displayName)) }
        }
        for name in namesInFile[upper] ?? [] { words.formUnion(PersonalDataCheck.words(of: name)) }
        contexts[upper] = words
        return words
    }

    // MARK: - Across rows

    /// No two rows for one subject (onderwerp, code, and for a licence a leerweg in common) on the same day; and a warning
    /// where a duration or late applications are given for a period in which the same file says the policy is not own criteria.
    mutating func checkAcrossRows() {
        let facts = table.facts
        var bySubject: [String: [KnowledgeFact]] = [:]
        for fact in facts { bySubject[fact.subject.rawValue + ";" + fact.code, default: []].append(fact) }
        // Per subject, by start date: the rows still running when the next one starts. Those overlap each other only
        // with disjoint leerwegen, so there are at most four, and the check stays n log n for any file.
        for group in bySubject.values where group.count > 1 {
            var running: [KnowledgeFact] = []
            for fact in group.sorted(by: { ($0.period.vanaf, $0.origin.line) < ($1.period.vanaf, $1.origin.line) }) {
                running.removeAll { $0.period.tot.map { $0 < fact.period.vanaf } ?? false }
                guard let other = running.first(where: { $0.scope.intersects(fact.scope) }) else {
                    running.append(fact)
                    continue
                }
                let (later, earlier) = fact.origin.line > other.origin.line ? (fact, other) : (other, fact)
                errors.append(
                    InputError(
                        .data, file: "\(table.path):\(later.origin.line)", place: Messages.column("vanaf"), Messages.overlap(later, earlier)))
            }
        }
        for fact in facts where fact.subject == .duur || fact.subject == .lateAanvragen {
            // A file with very many policy rows for one SWV is checked against the first hundred that overlap.
            for policy in (bySubject["beleid;" + fact.code] ?? []).lazy.filter({ $0.period.overlaps(fact.period) }).prefix(100) {
                // Opting out without a stated variant may be own criteria: no reason to warn.
                guard case .policy(let variant) = policy.value, variant == .landelijk || variant == .populatiebekostiging else { continue }
                warnings.append(
                    InputError(
                        .data, file: "\(table.path):\(fact.origin.line)", place: Messages.column("onderwerp"),
                        Messages.onlyForOwnCriteria(fact.subject, policy)))
                break
            }
        }
    }

    enum Messages {
        static func column(_ name: String) -> String { "kolom \(name)" }
        static func invisible(_ scalar: Unicode.Scalar) -> String {
            "bevat een onzichtbaar teken (\\u{\(String(scalar.value, radix: 16, uppercase: true))}); typ de tekst opnieuw"
        }
        static let formula = "begint met =; een spreadsheet leest dat als formule: laat het = weg"
        static let tooLong = "de tekst is langer dan \(maximumFieldLength) tekens"
        static let subjectMissing =
            "onderwerp ontbreekt; kies beleid, duur, late-aanvragen, licentiebeleid, licentie, naam of contact (of maak de hele regel leeg)"
        /// The source of these rules as the registry names it (`data/bronnen.json`, `po-opting-out`): the validator reads no
        /// content, so the name is written here; `KnowledgeValidationTests` holds it to the registry.
        static let proSource = "Passendonderwijs.nl, Opting out"
        static let proSubject =
            "voor pro bestaat geen opting out: een SWV heeft geen eigen pro-beleid en een tlv pro geldt overal (bron: \(proSource)); een kennisbestand kent daarom geen onderwerp voor pro"
        static func unknownSubject(_ text: String, _ suggestion: String) -> String {
            "\"\(Sanitized.short(text))\" is geen onderwerp; bedoelt u \(suggestion)? Kies beleid, duur, late-aanvragen, licentiebeleid, licentie, naam of contact"
        }
        static func subjectKept(_ text: String) -> String {
            "onderwerp \"\(Sanitized.short(text))\" kent deze versie van routekaart niet; de regel blijft in het bestand staan maar wordt niet gebruikt"
        }
        static let swvCodeMissing = "code ontbreekt; geef de code van het SWV VO, zoals VO3003"
        static let schoolCodeMissing = "code ontbreekt; geef de vestigingscode, zoals 01IW00"
        static func unknownSWV(_ text: String, suggestion: String?) -> String {
            "\"\(Sanitized.short(text))\" is geen SWV VO van de regio-indeling (VO2001 … VO3106)"
                + (suggestion.map { "; bedoelt u \($0)?" } ?? "")
        }
        static func schoolInsteadOfSWV(_ subject: KnowledgeSubject, _ school: KnowledgeReference.SchoolEntry) -> String {
            "\(subject.rawValue) hoort bij een SWV, niet bij een vestiging; \(school.code) (\(school.naam)) ligt in \(school.swv)"
        }
        static func licenceWithoutVmbo(_ school: KnowledgeReference.SchoolEntry) -> String {
            "\(school.displayName) biedt geen vmbo aan; alleen een school met vmbo kan een lwoo-licentie hebben (bron: \(proSource))"
        }
        static let swvInsteadOfSchool = "een licentie hoort bij een vestiging (zoals 01IW00), niet bij een SWV"
        static func brinOnly(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is een BRIN-nummer; geef de vestigingscode (BRIN en twee cijfers, zoals \(text.uppercased())00)"
        }
        static func unknownSchool(_ text: String, suggestion: String?) -> String {
            "\"\(Sanitized.short(text))\" is geen vestiging in de gegevens (DUO, vestigingen vo)" + (suggestion.map { "; bedoelt u \($0)?" } ?? "")
        }
        static func unknownHolder(_ text: String, suggestion: String?) -> String {
            "\"\(Sanitized.short(text))\" is geen SWV VO en geen vestiging in de gegevens" + (suggestion.map { "; bedoelt u \($0)?" } ?? "")
        }
        static let proLeerweg =
            "pro is geen leerweg van het vmbo en heeft geen lwoo-licentie; voor pro bestaat geen opting out (bron: \(proSource))"
        static func leerwegenNotHere(_ subject: KnowledgeSubject) -> String {
            "leerwegen horen alleen bij een licentie; laat deze kolom leeg bij \(subject.rawValue)"
        }
        static func unknownLeerweg(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen leerweg; kies uit basis, kader, gemengd en theoretisch (gescheiden door komma's), "
                + "onbekend, of laat de kolom leeg voor alle leerwegen"
        }
        static func valueMissing(_ subject: KnowledgeSubject) -> String {
            switch subject {
            case .beleid: "waarde ontbreekt; kies landelijk, eigen-criteria of populatiebekostiging"
            case .duur: "waarde ontbreekt; schrijf het aantal schooljaren (1, 2, …) of geen"
            case .lateAanvragen, .licentie: "waarde ontbreekt; schrijf ja of nee"
            case .licentiebeleid: "waarde ontbreekt; schrijf landelijk of eigen"
            case .naam: "waarde ontbreekt; schrijf de naam van het SWV"
            case .contact: "waarde ontbreekt; schrijf het loket, een algemeen telefoonnummer of een webadres"
            }
        }
        static let unknownIsNoKnowledge = "\"onbekend\" is geen kennis; laat de regel weg zolang het beleid niet bekend is"
        static func optingOutWithoutVariant(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" zegt niet welke variant; kies eigen-criteria of populatiebekostiging (of landelijk), "
                + "of schrijf opting-out als de bron alleen zegt dat het SWV voor opting out koos"
        }
        static func notALicencePolicy(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen licentiebeleid; kies landelijk (de landelijke licenties) of eigen (het SWV draagt scholen voor)"
        }
        static func notAPolicy(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen beleid; kies landelijk, eigen-criteria of populatiebekostiging"
        }
        static func notADuration(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen heel aantal schooljaren; schrijf 1, 2, 3, … of geen (een aanwijzing op eigen criteria "
                + "geldt voor hele schooljaren, UB WVO 2020 art. 2.48 lid 1)"
        }
        static func durationTooShort(_ text: String) -> String {
            "\"\(Sanitized.short(text))\": een duur is ten minste 1 schooljaar (en hooguit 99); schrijf geen als het SWV geen duur stelt"
        }
        static func notYesNo(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen ja of nee" }
        static let noLicenceForUnknownLeerweg =
            "\"nee\" bij leerwegen onbekend zegt niets; noem de leerwegen zonder licentie, of laat leerwegen leeg (geen licentie voor alle leerwegen)"
        static let startMissing = "vanaf ontbreekt; schrijf de eerste dag waarop het feit geldt (JJJJ-MM-DD)"
        static let checkedMissing = "gecontroleerd ontbreekt; schrijf de datum waarop het feit aan de bron is gecontroleerd (JJJJ-MM-DD)"
        static func notADate(_ text: String) -> String {
            let why = Day.whyNoDay(text).map { " (\($0))" } ?? ""
            return "\"\(Sanitized.short(text))\" is geen datum\(why); schrijf JJJJ-MM-DD of DD-MM-JJJJ, zoals 2026-08-01 of 1-8-2026"
        }
        static func endBeforeStart(_ start: Day, _ end: Day) -> String {
            "tot (\(end)) ligt vóór vanaf (\(start)); een periode loopt van vanaf tot en met tot"
        }
        static func beforeInpassing(_ start: Day) -> String {
            "\(start) ligt vóór 1 januari 2016; daarvoor wees de RVC lwoo toe, niet het SWV: laat het beleid op of na 2016-01-01 beginnen"
        }
        static let sourceMissing =
            "bron ontbreekt; noem het document en de paragraaf, of hoe het bekend werd (bijvoorbeeld \"navraag bij het loket van het SWV, telefonisch\")"
        static func checkedInFuture(_ checked: Day, _ today: Day) -> String {
            "gecontroleerd (\(checked)) ligt na vandaag (\(today.dutch)); schrijf de datum waarop het feit is gecontroleerd"
        }
        static func overlap(_ fact: KnowledgeFact, _ earlier: KnowledgeFact) -> String {
            "de periode (\(fact.period.dutch)) overlapt met regel \(earlier.origin.line) (\(earlier.subject.rawValue) \(earlier.code)"
                + (earlier.scope == .all ? "" : " \(earlier.scope.text)") + ", \(earlier.period.dutch)); een onderwerp heeft op één dag één waarde: "
                + "laat de ene periode eindigen voordat de andere begint"
        }
        static func onlyForOwnCriteria(_ subject: KnowledgeSubject, _ policy: KnowledgeFact) -> String {
            "\(subject.rawValue) hoort bij een SWV met eigen criteria, maar regel \(policy.origin.line) zegt dat \(policy.code) in "
                + "\(policy.period.dutch) met \(policy.value.dutch) werkt; dan geldt de landelijke regel"
        }
    }
}
