/// Merges another knowledge file (a colleague's, the SWV office's, the RIO import's) into one's own. Each incoming
/// fact is compared with the own facts about the same subject (onderwerp, code, and for a licence a leerweg in common):
/// - **nieuw**: no own fact overlaps it in time: it is added;
/// - **al bekend**: an own fact with the same value covers its whole period (and leerwegen): nothing changes;
/// - **gewijzigd**: an own fact has exactly the same period (and leerwegen) and the incoming fact was checked more
///   recently: the own row takes the incoming value, bron and check date (its extra columns stay);
/// - **tegenstrijdig**: anything else that overlaps (another value, checked no more recently; or another period): kept out
///   until the user chooses, per conflict or for all: `neem over` (the incoming fact is added and the own facts give way
///   for its period and leerwegen: they are shortened or split, never dropped beyond that) or `houd eigen` (nothing changes).
/// Rows the program does not understand, and own rows nothing touched, stay exactly as they were. The result is checked
/// again before it may be written.
public enum KnowledgeMerge {
    public enum Choice: Sendable, Equatable {
        case takeOver
        case keepOwn
    }

    /// A conflict: the incoming fact and the own facts it contradicts.
    public struct Conflict: Sendable, Equatable {
        public var incoming: KnowledgeFact
        public var own: [KnowledgeFact]
        /// What was done: nil while the user has not chosen.
        public var choice: Choice?

        /// The incoming file's line: how the user names the conflict (`--neem-over 4`).
        public var line: Int { incoming.origin.line }
    }

    public struct Outcome: Sendable {
        public var table: KnowledgeTable
        public var added: [KnowledgeFact] = []
        public var changed: [(old: KnowledgeFact, new: KnowledgeFact)] = []
        public var known: [KnowledgeFact] = []
        public var conflicts: [Conflict] = []
        /// Incoming rows the program does not understand (an unknown onderwerp): not taken over.
        public var notUnderstood: [Int] = []

        /// True when the own file changes.
        public var changesFile: Bool { !added.isEmpty || !changed.isEmpty || conflicts.contains { $0.choice == .takeOver } }
        public var unresolved: [Conflict] { conflicts.filter { $0.choice == nil } }
    }

    /// Merges `incoming` into `own`. `choose` answers for a conflict (by the incoming fact); nil keeps it out.
    public static func merge(_ incoming: KnowledgeTable, into own: KnowledgeTable, choose: (KnowledgeFact) -> Choice?) -> Outcome {
        var work = Work(own: own)
        var outcome = Outcome(table: own)
        outcome.notUnderstood = incoming.rows.filter { $0.fact == nil && !$0.fields.allSatisfy(\.isEmpty) }.map(\.line)
        for row in incoming.rows {
            guard let fact = row.fact else { continue }
            let extra = incoming.extraFields(of: row)
            let overlapping = work.overlapping(fact)
            guard !overlapping.isEmpty else {
                work.add(fact, extra: extra)
                outcome.added.append(fact)
                continue
            }
            let mine = overlapping.map { work.items[$0].fact }
            if mine.count == 1, let only = mine.first, only.period == fact.period, only.scope == fact.scope,
                fact.gecontroleerd > only.gecontroleerd
            {
                work.replace(overlapping[0], with: fact, extra: extra)
                outcome.changed.append((only, fact))
                continue
            }
            let coveredBySame = mine.contains { own in
                own.value.says(same: fact.value) && own.period.vanaf <= fact.period.vanaf
                    && (own.period.tot.map { end in fact.period.tot.map { end >= $0 } ?? false } ?? true)
                    && Self.scope(own.scope, covers: fact.scope)
            }
            if coveredBySame {
                outcome.known.append(fact)
                continue
            }
            let conflict = Conflict(incoming: fact, own: mine, choice: choose(fact))
            if conflict.choice == .takeOver {
                work.giveWay(overlapping, to: fact)
                work.add(fact, extra: extra)
            }
            outcome.conflicts.append(conflict)
        }
        outcome.table = work.table()
        return outcome
    }

    /// The facts of the result while it is made: every own row stays where it is (as its facts, or the pieces a
    /// conflict taken over left of it), and new facts are kept apart until the file is put together. Facts are found
    /// by subject and code, so a merge of two large files does not compare every row with every row.
    struct Work {
        struct Item {
            var fact: KnowledgeFact
            var extra: [String: String]
            /// True while the item is the own row exactly as read (its fields are written back unchanged).
            var asRead: Bool
            var alive = true
        }

        enum Owner {
            case own(Int)
            case added
        }

        let own: KnowledgeTable
        var items: [Item] = []
        var owners: [Owner] = []
        /// Per own row, the items that now stand in its place (one, or the pieces left of it, or none).
        var ownItems: [[Int]]
        /// New items, in the order they were added (pieces of a new item stay in its place).
        var addedItems: [Int] = []
        var byKey: [String: [Int]] = [:]
        var header: [String]

        init(own: KnowledgeTable) {
            self.own = own
            header = own.header
            ownItems = Array(repeating: [], count: own.rows.count)
            for (index, row) in own.rows.enumerated() {
                guard let fact = row.fact else { continue }
                ownItems[index] = [append(Item(fact: fact, extra: own.extraFields(of: row), asRead: true), owner: .own(index))]
            }
        }

        static func key(_ fact: KnowledgeFact) -> String { fact.subject.rawValue + ";" + fact.code }

        mutating func append(_ item: Item, owner: Owner) -> Int {
            let id = items.count
            items.append(item)
            owners.append(owner)
            byKey[Self.key(item.fact), default: []].append(id)
            return id
        }

        /// The live items about the same subject as `fact` on some day of its period.
        func overlapping(_ fact: KnowledgeFact) -> [Int] {
            (byKey[Self.key(fact)] ?? []).filter { id in
                items[id].alive && items[id].fact.sharesSubject(with: fact) && items[id].fact.period.overlaps(fact.period)
            }
        }

        /// A column the own file does not have yet is added at the end, so no value of the incoming file is lost.
        mutating func addColumns(of extra: [String: String]) {
            for name in extra.keys.sorted() where !header.contains(where: { $0.trimmingBlanks().lowercased() == name.lowercased() }) {
                header.append(name)
            }
        }

        mutating func add(_ fact: KnowledgeFact, extra: [String: String]) {
            var fact = fact
            fact.origin = KnowledgeOrigin(file: own.path, label: own.label, line: 0)
            addedItems.append(append(Item(fact: fact, extra: extra, asRead: false), owner: .added))
            addColumns(of: extra)
        }

        /// The own item takes the incoming value, bron and check date; its own extra columns stay unless the incoming row fills them.
        mutating func replace(_ id: Int, with fact: KnowledgeFact, extra: [String: String]) {
            var replaced = fact
            replaced.origin = items[id].fact.origin
            items[id].fact = replaced
            for (name, value) in extra { items[id].extra[name] = value }
            items[id].asRead = false
            addColumns(of: extra)
        }

        /// The items give way to `fact`: what remains of each outside its period, and inside its period for the
        /// leerwegen it does not name, stays, in the same place (an item may become two or three).
        mutating func giveWay(_ ids: [Int], to fact: KnowledgeFact) {
            for id in ids {
                let mine = items[id].fact
                var pieces: [(FactPeriod, LeerwegScope)] = mine.period.subtracting(fact.period).map { ($0, mine.scope) }
                if let shared = mine.period.intersection(fact.period), let rest = mine.scope.subtracting(fact.scope) {
                    pieces.append((shared, rest))
                }
                pieces.sort { $0.0 < $1.0 }
                items[id].alive = false
                let owner = owners[id]
                let replacements = pieces.map { piece -> Int in
                    var part = mine
                    part.period = piece.0
                    part.scope = piece.1
                    return append(Item(fact: part, extra: items[id].extra, asRead: false), owner: owner)
                }
                switch owner {
                case .own(let row):
                    if let at = ownItems[row].firstIndex(of: id) { ownItems[row].replaceSubrange(at...at, with: replacements) }
                case .added:
                    if let at = addedItems.firstIndex(of: id) { addedItems.replaceSubrange(at...at, with: replacements) }
                }
            }
        }

        /// The file: own rows in place, a new row after the last own row about the same code (related facts stay
        /// together and a diff shows only the new lines), new rows about other codes at the end, grouped by code.
        func table() -> KnowledgeTable {
            var table = own
            table.header = header
            let width = header.count
            func padded(_ fields: [String]) -> [String] { fields + Array(repeating: "", count: max(0, width - fields.count)) }
            var lastRowOfCode: [String: Int] = [:]
            for (index, row) in own.rows.enumerated() { if let code = row.fact?.code { lastRowOfCode[code] = index } }
            var addedByCode: [String: [Int]] = [:]
            var otherCodes: [String] = []
            for id in addedItems where items[id].alive {
                let code = items[id].fact.code
                if addedByCode[code] == nil, lastRowOfCode[code] == nil { otherCodes.append(code) }
                addedByCode[code, default: []].append(id)
            }
            func row(_ id: Int) -> KnowledgeRow {
                let item = items[id]
                return KnowledgeRow(line: item.fact.origin.line, fields: table.fields(for: item.fact, extra: item.extra), fact: item.fact)
            }
            var rows: [KnowledgeRow] = []
            for (index, original) in own.rows.enumerated() {
                guard let code = original.fact?.code else {
                    rows.append(KnowledgeRow(line: original.line, fields: padded(original.fields), fact: nil))
                    continue
                }
                for id in ownItems[index] where items[id].alive {
                    if items[id].asRead {
                        rows.append(KnowledgeRow(line: original.line, fields: padded(original.fields), fact: items[id].fact))
                    } else {
                        rows.append(row(id))
                    }
                }
                if lastRowOfCode[code] == index { rows += (addedByCode[code] ?? []).map(row) }
            }
            for code in otherCodes { rows += (addedByCode[code] ?? []).map(row) }
            table.rows = rows
            return table
        }
    }

    /// True when every leerweg of `inner` is one of `outer` (an unknown leerweg is covered only by all or unknown).
    static func scope(_ outer: LeerwegScope, covers inner: LeerwegScope) -> Bool {
        if outer == .all { return true }
        guard let theirs = inner.leerwegen else { return outer == .unknown }
        guard let mine = outer.leerwegen else { return false }
        return theirs.allSatisfy { mine.contains($0) }
    }
}
