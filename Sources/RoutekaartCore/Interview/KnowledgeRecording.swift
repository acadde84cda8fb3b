/// What the user told the interview about the world that no source of the data gave (an SWV's policy, whether it set
/// a duration, whether it takes late applications, a school's licence for a leerweg), as a fact she may keep in her
/// knowledge file: with a source she types and a period she confirms. Nothing is written without her asking, and
/// nothing of the case changes.
public struct LearnedFact: Sendable, Equatable {
    /// The question she answered.
    public var question: String
    /// The fact as it would be written; `bron`, the period and the check date are filled in when she confirms.
    public var fact: KnowledgeFact
    /// What it says, in words: "Het lwoo-beleid van … op 1 september 2026: populatiebekostiging".
    public var description: String
    /// The date the answer was for (the date of the move, or of the aanwijzing).
    public var answeredFor: Day
    /// The proposed period: the school year of `answeredFor` (not before 1 January 2016 for a policy).
    public var proposed: FactPeriod
    /// The source proposed to her ("navraag bij …"); she confirms it or types her own.
    public var suggestedSource: String
    /// The organisation's own words (name, place, gemeenten), which the personal-data check does not take for a person.
    var context: Set<String>

    /// One key per subject, code, leerwegen and date: a fact offered once per case.
    var key: String { "\(fact.subject.rawValue);\(fact.code);\(fact.scope.text);\(answeredFor)" }
}

/// Finds what may be kept, reads what she types (a source, a period) and writes the fact to her file.
enum KnowledgeRecording {
    /// The derivations whose fallback question is about the world, and what kind of fact an answer to it is.
    static let subjects: [String: KnowledgeSubject] = [
        "toewijzing": .beleid, "licentie": .licentie, "aanvragenNaLeerjaar1": .lateAanvragen, "duurVastgesteld": .duur,
    ]

    /// The answers of the route that the data could not give (asked instead, not "weet ik niet") and a knowledge file
    /// can hold, in the order they were asked; each once.
    static func learned(trail: [TrailStep], content: Content, model: Model) -> [LearnedFact] {
        let values = Dictionary(trail.map { ($0.fact, $0.value) }, uniquingKeysWith: { _, last in last })
        var result: [LearnedFact] = []
        for step in trail {
            guard case .answeredInstead = step.origin, step.value != Derivations.unknownValue, let fact = content.fact(step.fact),
                let derivation = fact.afleiding, let subject = subjects[derivation.functie]
            else { continue }
            let inputs = derivation.invoer.map { values[$0] }
            guard let code = inputs.first ?? nil, code != Derivations.unknownValue, let dateText = inputs.last ?? nil, let date = Day(dateText)
            else { continue }
            var learned: LearnedFact?
            switch subject {
            case .licentie:
                guard inputs.count == 3, let leerwegText = inputs[1], let leerweg = Leerweg(rawValue: leerwegText), let school = model.school(code)
                else { continue }
                let swv = model.swv(school.swv)
                learned = make(
                    step.fact, .licentie, code, .some([leerweg]), .licence(step.value == "ja"), date,
                    Messages.licence(school.naam, school.plaats, leerweg.rawValue, date, step.value == "ja" ? "ja" : "nee"),
                    Messages.askedAt(swv.map { NameForm(swv: $0).standalone } ?? school.naam),
                    PersonalDataCheck.words(of: "\(school.naam) \(school.plaats) \(school.gemeente) \(swv?.displayName ?? "")"))
            case .beleid, .lateAanvragen, .duur:
                guard let swv = model.swv(code) else { continue }
                let name = NameForm(swv: swv).standalone
                let value: KnowledgeValue
                let description: String
                switch subject {
                case .beleid:
                    guard let variant = LwooToewijzing(rawValue: step.value), variant != .onbekend else { continue }
                    value = .policy(variant)
                    description = Messages.policy(swv.displayName, date, value.dutch)
                case .lateAanvragen:
                    value = .lateApplications(step.value == "ja")
                    description = Messages.lateApplications(swv.displayName, date, value.dutch)
                default:
                    // Whether it set a duration: "nee" is `geen`; "ja" only with the number of school years, which the end
                    // date of an aanwijzing of the same SWV and date gives (it ends on a 31 July after whole school years).
                    if step.value == "nee" {
                        value = .duration(.notSet)
                    } else if let years = yearsOfDuration(trail: trail, content: content, values: values, inputs: inputs, decided: date) {
                        value = .duration(.schoolYears(years))
                    } else {
                        continue
                    }
                    description = Messages.duration(swv.displayName, date, value.dutch)
                }
                learned = make(
                    step.fact, subject, code, .all, value, date, description, Messages.askedAt(name),
                    PersonalDataCheck.words(of: swv.displayName + " " + swv.gemeenten.joined(separator: " ")))
            default:
                continue
            }
            if let learned, !result.contains(where: { $0.key == learned.key }) { result.append(learned) }
        }
        return result
    }

    static func make(
        _ question: String, _ subject: KnowledgeSubject, _ code: String, _ scope: LeerwegScope, _ value: KnowledgeValue, _ date: Day,
        _ description: String, _ source: String, _ context: Set<String>
    ) -> LearnedFact {
        let proposed = schoolYear(of: date, subject: subject)
        let fact = KnowledgeFact(
            subject: subject, code: code, scope: scope, value: value, period: proposed, bron: source, gecontroleerd: date,
            origin: KnowledgeOrigin(file: "", label: KnowledgeSource(path: "", kind: .own).label, line: 0, kind: .own))
        return LearnedFact(
            question: question, fact: fact, description: description, answeredFor: date, proposed: proposed, suggestedSource: source,
            context: context)
    }

    /// The number of school years an end date of an aanwijzing answered on the same route implies, when it is one.
    static func yearsOfDuration(trail: [TrailStep], content: Content, values: [String: String], inputs: [String?], decided: Day) -> Int? {
        for step in trail {
            guard case .answeredInstead = step.origin, let derivation = content.fact(step.fact)?.afleiding,
                derivation.functie == "einddatumAanwijzing", derivation.invoer.map({ values[$0] }) == inputs, let end = Day(step.value),
                end.month == 7, end.day == 31
            else { continue }
            let firstStart = decided.month > 8 || (decided.month == 8 && decided.day > 1) ? decided.year + 1 : decided.year
            let years = end.year - firstStart
            return years >= 1 ? years : nil
        }
        return nil
    }

    /// The school year (1 August to 31 July) of a date; a policy not before 1 January 2016 (the RVC decided before).
    static func schoolYear(of day: Day, subject: KnowledgeSubject) -> FactPeriod {
        let start = day.month >= 8 ? day.year : day.year - 1
        var from = Day(year: start, month: 8, day: 1) ?? day
        if subject != .licentie, from < Day.inpassing { from = Day.inpassing }
        return FactPeriod(vanaf: from, tot: Day(year: start + 1, month: 7, day: 31))
    }

    /// A period as she types it: `2024-08-01 tot 2028-07-31`, `1-8-2024 t/m 31-7-2028`, `vanaf 1-8-2024` (no end) or
    /// one date (from then on). nil when it names no period.
    static func period(_ line: String) -> FactPeriod? {
        let text = line.lowercased().trimmingBlanks()
        func date(_ part: String) -> Day? {
            let trimmed = part.trimmingBlanks()
            if let day = Day(trimmed, allowDutchOrder: true) { return day }
            if case .day(let day)? = DateInput.parse(trimmed) { return day }
            return nil
        }
        if text.hasPrefix("vanaf ") { return date(String(text.dropFirst(6))).map { FactPeriod(vanaf: $0) } }
        for separator in [" tot en met ", " t/m ", " tot ", " – ", " - "] {
            let parts = text.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            guard let from = date(parts[0]) else { return nil }
            let end = parts[1].trimmingBlanks()
            if end.isEmpty || end == "nu" || end == "open" { return FactPeriod(vanaf: from) }
            guard let through = date(end), through >= from else { return nil }
            return FactPeriod(vanaf: from, tot: through)
        }
        return date(text).map { FactPeriod(vanaf: $0) }
    }

    /// What went wrong writing, in words.
    struct Failure: Error {
        var message: String
    }

    /// Adds the fact to the file at `path` (made when it is not there), checked first with the model's rules as a whole
    /// file, then written atomically; the table as written, and the line of the new row.
    static func write(_ fact: KnowledgeFact, extra: [String: String], to path: String, reference: KnowledgeReference, today: Day) throws(Failure)
        -> (table: KnowledgeTable, line: Int)
    {
        let label = KnowledgeSource(path: path, kind: .own).label
        let previous: [UInt8]?
        do {
            previous = try KnowledgeReader.bytes(at: path, optional: true)
        } catch {
            throw Failure(message: error.description)
        }
        var table: KnowledgeTable
        if let previous {
            let reading = KnowledgeReader.parse(previous, path: path, label: label, kind: .own, reference: reference, today: today)
            guard reading.errors.isEmpty else { throw Failure(message: Messages.fileHasErrors(path, reading.errors)) }
            table = reading.table
        } else {
            table = .empty(path: path, label: label, kind: .own)
        }
        table.rows.append(KnowledgeRow(line: 0, fields: table.fields(for: fact, extra: extra), fact: nil))
        let bytes = KnowledgeWriter.bytes(of: table)
        // The file as it will be, read and checked whole: one bad row and nothing is written.
        let check = KnowledgeReader.parse(bytes, path: path, label: label, kind: .own, reference: reference, today: today)
        guard check.errors.isEmpty else { throw Failure(message: Messages.notWritten(check.errors)) }
        do {
            try KnowledgeWriter.write(bytes, to: path, previous: previous)
        } catch {
            throw Failure(message: error.description)
        }
        return (check.table, check.table.rows.last?.line ?? 0)
    }

    enum Messages {
        static func policy(_ swv: String, _ date: Day, _ answer: String) -> String {
            "Het lwoo-beleid van \(swv) op \(date.dutch): \(answer)"
        }
        static func lateApplications(_ swv: String, _ date: Day, _ answer: String) -> String {
            "Of \(swv) op \(date.dutch) ook na leerjaar 1 aanvragen voor een aanwijzing lwoo aanneemt: \(answer)"
        }
        static func duration(_ swv: String, _ date: Day, _ value: String) -> String {
            "De duur die \(swv) op \(date.dutch) aan een aanwijzing op eigen criteria geeft: \(value)"
        }
        static func licence(_ school: String, _ place: String, _ leerweg: String, _ date: Day, _ answer: String) -> String {
            "De lwoo-licentie van \(school) (\(place)) voor de leerweg \(leerweg) op \(date.dutch): \(answer)"
        }
        static func askedAt(_ name: String) -> String { "navraag bij \(name)" }
        static func fileHasErrors(_ path: String, _ errors: [InputError]) -> String {
            "uw kennisbestand \(Sanitized.path(path)) heeft fouten en wordt niet aangevuld; verbeter het eerst (routekaart kennis controleer):\n"
                + errors.prefix(5).map { "  " + $0.description }.joined(separator: "\n")
        }
        static func notWritten(_ errors: [InputError]) -> String {
            "niet bewaard: " + errors.prefix(3).map(\.message).joined(separator: "; ")
        }
    }
}
