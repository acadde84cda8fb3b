/// Every sourced fact about SWVs and vestigingen beyond DUO's base files, in one place and of one kind: the facts of
/// every knowledge file given (`--kennis`, in the order given), the user's own file, and the data folder's files (the
/// RIO import, the bundled `model/kennis.csv`, the example `voorbeeld/kennis.csv`), with the questions the advisor asks
/// of them. Where files disagree about one subject on one day, the fact checked most recently is used (on the same
/// check date, the file named first) and the other is handed along, so the advice can say which it used and why.
///
/// The derivations ask `policy(of:on:)`, `duration(of:on:)`, `lateApplications(of:on:)` and `licence(of:for:on:)`;
/// names (`currentName(of:)`) and contacts (`contact(of:on:)`) name the SWVs and schools. A `KnownFact` carries its
/// provenance line (`uw kennisbestand: <bron>, gecontroleerd 7 december 2026`), its age (`isOld(on:)`), and the facts
/// that disagree.
public struct KnowledgeBase: Sendable {
    public let tables: [KnowledgeTable]
    /// Every fact, file by file in precedence order.
    public let facts: [KnowledgeFact]
    /// The facts by subject and code (`beleid;VO3003`), in precedence order.
    let byKey: [String: [KnowledgeFact]]

    public init(tables: [KnowledgeTable]) {
        self.tables = tables
        facts = tables.flatMap(\.facts)
        var index: [String: [KnowledgeFact]] = [:]
        for fact in facts { index[Self.key(fact.subject, fact.code), default: []].append(fact) }
        byKey = index
    }

    private init(tables: [KnowledgeTable], facts: [KnowledgeFact], byKey: [String: [KnowledgeFact]]) {
        self.tables = tables
        self.facts = facts
        self.byKey = byKey
    }

    static func key(_ subject: KnowledgeSubject, _ code: String) -> String { subject.rawValue + ";" + code }

    public static let empty = KnowledgeBase(tables: [])

    /// This knowledge with `tables` before it (the user's files go before the data folder's).
    public func adding(_ new: [KnowledgeTable]) -> KnowledgeBase {
        // Files without a fact (her own file before she keeps anything) change no index: the tables are listed, the
        // facts stay as they are.
        if new.allSatisfy(\.facts.isEmpty) { return KnowledgeBase(tables: new + tables, facts: facts, byKey: byKey) }
        return KnowledgeBase(tables: new + tables)
    }

    /// This knowledge with `table` in place of the table of the same file; a file not read yet goes before the data
    /// folder's files.
    public func replacing(_ table: KnowledgeTable) -> KnowledgeBase {
        var all = tables
        if let index = all.firstIndex(where: { $0.path == table.path }) {
            all[index] = table
        } else {
            all.insert(table, at: all.firstIndex { $0.kind.isDataFolder } ?? all.count)
        }
        return KnowledgeBase(tables: all)
    }

    /// Reads every source; any error in any file makes the whole knowledge unusable (nothing half-applied), and all
    /// errors are reported at once. Warnings are returned with the base.
    public static func load(_ sources: [KnowledgeSource], reference: KnowledgeReference, today: Day) throws(InputErrors) -> (
        base: KnowledgeBase, warnings: [InputError]
    ) {
        var tables: [KnowledgeTable] = []
        var errors: [InputError] = []
        var warnings: [InputError] = []
        for source in sources {
            do {
                let reading = try KnowledgeReader.read(source, reference: reference, today: today)
                errors += reading.errors
                warnings += reading.warnings
                tables.append(reading.table)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return (KnowledgeBase(tables: tables), warnings)
    }

    // MARK: - Questions

    /// The SWV's lwoo-toewijzing on `day`.
    public func policy(of swv: String, on day: Day) -> KnownFact<LwooToewijzing>? {
        answer(.beleid, swv, on: day) { if case .policy(let variant) = $0 { variant } else { nil } }
    }

    /// The duration of an aanwijzing under the SWV's own criteria on `day`.
    public func duration(of swv: String, on day: Day) -> KnownFact<OwnDuration>? {
        answer(.duur, swv, on: day) { if case .duration(let duration) = $0 { duration } else { nil } }
    }

    /// Whether the SWV accepts applications after leerjaar 1 on `day`.
    public func lateApplications(of swv: String, on day: Day) -> KnownFact<Bool>? {
        answer(.lateAanvragen, swv, on: day) { if case .lateApplications(let yes) = $0 { yes } else { nil } }
    }

    /// The SWV's choice about lwoo licences on `day`.
    public func licencePolicy(of swv: String, on day: Day) -> KnownFact<LwooLicenties>? {
        answer(.licentiebeleid, swv, on: day) { if case .licencePolicy(let choice) = $0 { choice } else { nil } }
    }

    /// The SWV's name on `day`.
    public func name(of swv: String, on day: Day) -> KnownFact<String>? {
        answer(.naam, swv, on: day) { if case .name(let text) = $0 { text } else { nil } }
    }

    /// The name an SWV goes by now: of the names without an end, the one checked most recently (on the same day, the
    /// file named first); when every name has ended, the one that ended last. People know an SWV by its present name,
    /// also in a case about an earlier year.
    public func currentName(of swv: String) -> KnowledgeFact? {
        let names = byKey[Self.key(.naam, swv.uppercased())] ?? []
        if let open = Self.preferred(names.filter { $0.period.tot == nil }) { return open }
        return names.max { ($0.period.tot ?? $0.period.vanaf) < ($1.period.tot ?? $1.period.vanaf) }
    }

    /// The public contact of an SWV or vestiging on `day`. A contact is for calling now: when none holds on `day`
    /// (a case about last school year, a contact read off the site this week), the one that holds from a later day.
    public func contact(of code: String, on day: Day) -> KnownFact<String>? {
        if let now = answer(.contact, code, on: day, { if case .contact(let text) = $0 { text } else { nil } }) { return now }
        let later = (byKey[Self.key(.contact, code.uppercased())] ?? []).filter { $0.period.vanaf > day }
        guard let first = later.min(by: { $0.period.vanaf < $1.period.vanaf }), case .contact(let text) = first.value else { return nil }
        return KnownFact(value: text, fact: first)
    }

    /// The policy a source gives for the SWV nearest to `day` when none holds on it: the last before it, else the first
    /// after it (not one that only says "opting out": that names no variant). A lead for whoever has to find it out.
    public func nearestPolicy(of swv: String, on day: Day) -> KnowledgeFact? {
        let policies = (byKey[Self.key(.beleid, swv.uppercased())] ?? []).filter {
            if case .policy(let variant) = $0.value { return variant != .onbekend }
            return false
        }
        let before = policies.filter { $0.period.vanaf <= day }.max { $0.period.vanaf < $1.period.vanaf }
        return before ?? policies.filter { $0.period.vanaf > day }.min { $0.period.vanaf < $1.period.vanaf }
    }

    /// Every fact about one subject of one code (all leerwegen, all periods), in precedence order.
    public func facts(_ subject: KnowledgeSubject, of code: String) -> [KnowledgeFact] { byKey[Self.key(subject, code.uppercased())] ?? [] }

    /// The vestiging's lwoo licence for `leerweg` on `day`: a row that names the leerweg (or all) answers it; a row
    /// that holds a licence for an unknown leerweg answers only when no row names it (`.heldLeerwegUnknown`).
    public func licence(of school: String, for leerweg: Leerweg, on day: Day) -> KnownFact<LicenceKnowledge>? {
        let code = school.uppercased()
        let covering = (byKey[Self.key(.licentie, code)] ?? []).filter { $0.period.contains(day) }
        let specific = covering.filter { $0.scope.covers(leerweg) == true }
        let chosen = specific.isEmpty ? covering.filter { $0.scope == .unknown } : specific
        guard let best = Self.preferred(chosen) else { return nil }
        func knowledge(_ fact: KnowledgeFact) -> LicenceKnowledge {
            guard case .licence(let yes) = fact.value else { return .notHeld }
            if fact.scope == .unknown { return .heldLeerwegUnknown }
            return yes ? .held : .notHeld
        }
        let value = knowledge(best)
        return KnownFact(value: value, fact: best, disagreeing: chosen.filter { knowledge($0) != value })
    }

    /// The facts that hold on `day` for one subject, the preferred one typed.
    func answer<Value>(_ subject: KnowledgeSubject, _ code: String, on day: Day, _ typed: (KnowledgeValue) -> Value?) -> KnownFact<Value>? {
        let upper = code.uppercased()
        let covering = (byKey[Self.key(subject, upper)] ?? []).filter { $0.period.contains(day) }
        guard let best = Self.preferred(covering), let value = typed(best.value) else { return nil }
        return KnownFact(value: value, fact: best, disagreeing: covering.filter { !$0.value.says(same: best.value) })
    }

    /// The most recently checked fact; on the same date the first (files in precedence order, rows in file order).
    static func preferred(_ facts: [KnowledgeFact]) -> KnowledgeFact? {
        var best: KnowledgeFact?
        for fact in facts where best.map({ fact.gecontroleerd > $0.gecontroleerd }) ?? true { best = fact }
        return best
    }

    // MARK: - Conflicts

    /// Two facts from different files about one subject that overlap in time and say something different.
    public struct Conflict: Sendable, Equatable {
        public var first: KnowledgeFact
        public var second: KnowledgeFact

        /// The one checked more recently; nil when both were checked on the same day.
        public var moreRecent: KnowledgeFact? {
            if first.gecontroleerd == second.gecontroleerd { return nil }
            return first.gecontroleerd > second.gecontroleerd ? first : second
        }
    }

    /// Conflicts between the files (within one file they are errors already).
    public var conflicts: [Conflict] {
        var result: [Conflict] = []
        for fact in facts {
            for other in byKey[Self.key(fact.subject, fact.code)] ?? [] where other.origin.file != fact.origin.file {
                // Each pair once, in precedence order: the other fact's file comes later.
                guard let mine = tables.firstIndex(where: { $0.path == fact.origin.file }),
                    let theirs = tables.firstIndex(where: { $0.path == other.origin.file }), mine < theirs, fact.contradicts(other)
                else { continue }
                result.append(Conflict(first: fact, second: other))
            }
        }
        return result
    }
}
