/// What the region knows: the facts of every knowledge file given (`--kennis`, in the order given), the user's own
/// file and the RIO import's file, with the questions the advisor asks of them. Where files disagree about one subject
/// on one day, the fact checked most recently is used (on the same check date, the file named first) and the other
/// is handed along, so the advice can say which it used and why.
///
/// For the advisor (part 2 of the knowledge issue): ask `policy(of:on:)`, `duration(of:on:)`,
/// `lateApplications(of:on:)`, `licence(of:for:on:)`, `name(of:on:)` and `contact(of:on:)` where the bundled model has
/// no answer, or compare with it (`conflicts(withBundled:)`); a `KnownFact` carries its provenance line
/// (`uw kennisbestand: <bron>, gecontroleerd 7 december 2026`), its age (`isOld(on:)`), and the facts that disagree.
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

    static func key(_ subject: KnowledgeSubject, _ code: String) -> String { subject.rawValue + ";" + code }

    public static let empty = KnowledgeBase(tables: [])

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

    /// The SWV's name on `day`.
    public func name(of swv: String, on day: Day) -> KnownFact<String>? {
        answer(.naam, swv, on: day) { if case .name(let text) = $0 { text } else { nil } }
    }

    /// The public contact of an SWV or vestiging on `day`.
    public func contact(of code: String, on day: Day) -> KnownFact<String>? {
        answer(.contact, code, on: day) { if case .contact(let text) = $0 { text } else { nil } }
    }

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

    /// A knowledge fact that disagrees with the data that came with the advisor (`model/swv.json`, `model/licenties.json`).
    public struct BundledConflict: Sendable, Equatable {
        public var fact: KnowledgeFact
        /// What the bundled data says, in words (`landelijke criteria`, `licentie voor theoretisch`).
        public var bundledValue: String
        public var bundledPeriod: FactPeriod?
        public var bundledSource: String
        /// nil: nobody checked the bundled record against its source.
        public var bundledChecked: Day?

        /// True when the knowledge fact was checked more recently than the bundled record.
        public var knowledgeIsMoreRecent: Bool? {
            guard let bundledChecked else { return true }
            if bundledChecked == fact.gecontroleerd { return nil }
            return fact.gecontroleerd > bundledChecked
        }
    }

    /// Where a knowledge fact and the bundled model say different things about one subject on some day: policy,
    /// duration and late applications against the SWV's policy periods, names against the SWV's name, licences
    /// against the vestiging's licences. A bundled `onbekend` is no conflict: knowledge fills it in.
    public func conflicts(withBundled model: Model) -> [BundledConflict] {
        var result: [BundledConflict] = []
        for fact in facts {
            switch fact.subject {
            case .beleid, .duur, .lateAanvragen:
                guard let swv = model.swv(fact.code) else { continue }
                for period in swv.perioden where period.overlaps(fact.period) {
                    guard let bundled = Self.bundledValue(of: fact.subject, in: period), !bundled.says(same: fact.value) else { continue }
                    result.append(
                        BundledConflict(
                            fact: fact, bundledValue: bundled.dutch, bundledPeriod: FactPeriod(vanaf: period.vanaf, tot: period.tot),
                            bundledSource: period.bron, bundledChecked: period.laatstGecontroleerd))
                }
            case .naam:
                guard let swv = model.swv(fact.code), let naam = swv.naam, !KnowledgeValue.name(naam).says(same: fact.value)
                else { continue }
                result.append(
                    BundledConflict(fact: fact, bundledValue: naam, bundledPeriod: nil, bundledSource: swv.naamBron ?? "", bundledChecked: nil))
            case .licentie:
                guard let school = model.school(fact.code), let licences = school.licenties else { continue }
                guard case .licence(let yes) = fact.value else { continue }
                if licences.isEmpty {
                    if yes {
                        result.append(
                            BundledConflict(
                                fact: fact, bundledValue: Messages.noLicence, bundledPeriod: nil, bundledSource: school.bron,
                                bundledChecked: school.laatstGecontroleerd))
                    }
                    continue
                }
                for licence in licences where licence.overlaps(fact.period) {
                    let disagrees: Bool
                    if let leerwegen = fact.scope.leerwegen {
                        disagrees = leerwegen.contains { (licence.leerwegen?.contains($0) ?? true) != yes }
                    } else {
                        // A licence for an unknown leerweg disagrees only with a record that holds none.
                        disagrees = licence.leerwegen?.isEmpty == true
                    }
                    guard disagrees else { continue }
                    result.append(
                        BundledConflict(
                            fact: fact, bundledValue: Messages.licence(licence.leerwegen),
                            bundledPeriod: FactPeriod(vanaf: licence.vanaf, tot: licence.tot),
                            bundledSource: licence.bron, bundledChecked: licence.laatstGecontroleerd))
                }
            case .contact:
                continue
            }
        }
        return result
    }

    /// What a bundled policy period says about a subject, or nil when it does not say (unknown).
    static func bundledValue(of subject: KnowledgeSubject, in period: PolicyPeriod) -> KnowledgeValue? {
        switch subject {
        case .beleid:
            return period.lwooToewijzing == .onbekend ? nil : .policy(period.lwooToewijzing)
        case .duur:
            return period.duurSchooljaren.map { .duration(.schoolYears($0)) }
        case .lateAanvragen:
            switch period.aanvragenNaLeerjaar1 {
            case .ja?: return .lateApplications(true)
            case .nee?: return .lateApplications(false)
            default: return nil
            }
        default:
            return nil
        }
    }

    enum Messages {
        static let noLicence = "geen licentie"
        static func licence(_ leerwegen: [Leerweg]?) -> String {
            guard let leerwegen else { return "licentie voor alle leerwegen" }
            guard !leerwegen.isEmpty else { return "geen licentie" }
            return "licentie alleen voor " + leerwegen.map(\.rawValue).joined(separator: ", ")
        }
    }
}
