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
        var outcome = Outcome(table: own)
        outcome.notUnderstood = incoming.rows.filter { $0.fact == nil && !$0.fields.allSatisfy(\.isEmpty) }.map(\.line)
        for row in incoming.rows {
            guard let fact = row.fact else { continue }
            let extra = incoming.extraFields(of: row)
            let overlapping = outcome.table.rows.indices.filter { index in
                guard let mine = outcome.table.rows[index].fact else { return false }
                return mine.sharesSubject(with: fact) && mine.period.overlaps(fact.period)
            }
            guard !overlapping.isEmpty else {
                insert(fact, extra: extra, into: &outcome.table)
                outcome.added.append(fact)
                continue
            }
            let mine = overlapping.compactMap { outcome.table.rows[$0].fact }
            if mine.count == 1, let only = mine.first, only.period == fact.period, only.scope == fact.scope,
                fact.gecontroleerd > only.gecontroleerd
            {
                replace(at: overlapping[0], with: fact, extra: extra, in: &outcome.table)
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
                giveWay(overlapping, to: fact, in: &outcome.table)
                insert(fact, extra: extra, into: &outcome.table)
            }
            outcome.conflicts.append(conflict)
        }
        return outcome
    }

    /// True when every leerweg of `inner` is one of `outer` (an unknown leerweg is covered only by all or unknown).
    static func scope(_ outer: LeerwegScope, covers inner: LeerwegScope) -> Bool {
        if outer == .all { return true }
        guard let theirs = inner.leerwegen else { return outer == .unknown }
        guard let mine = outer.leerwegen else { return false }
        return theirs.allSatisfy { mine.contains($0) }
    }

    /// Puts a new row after the last row about the same code, else at the end: related facts stay together and a diff
    /// shows only the new line.
    static func insert(_ fact: KnowledgeFact, extra: [String: String], into table: inout KnowledgeTable) {
        var fact = fact
        fact.origin = KnowledgeOrigin(file: table.path, label: table.label, line: 0)
        for name in extra.keys where table.position(of: name) == nil {
            // A column the own file does not have yet: added at the end, so no value is lost.
            table.header.append(name)
            for index in table.rows.indices { table.rows[index].fields.append("") }
        }
        let row = KnowledgeRow(line: 0, fields: table.fields(for: fact, extra: extra), fact: fact)
        if let last = table.rows.lastIndex(where: { $0.fact?.code == fact.code }) {
            table.rows.insert(row, at: last + 1)
        } else {
            table.rows.append(row)
        }
    }

    /// The own row takes the incoming value, bron and check date; its own extra columns stay unless the incoming row fills them.
    static func replace(at index: Int, with fact: KnowledgeFact, extra: [String: String], in table: inout KnowledgeTable) {
        var merged = table.extraFields(of: table.rows[index])
        for (name, value) in extra { merged[name] = value }
        for name in extra.keys where table.position(of: name) == nil {
            table.header.append(name)
            for position in table.rows.indices { table.rows[position].fields.append("") }
        }
        var fact = fact
        fact.origin = table.rows[index].fact?.origin ?? KnowledgeOrigin(file: table.path, label: table.label, line: 0)
        table.rows[index].fields = table.fields(for: fact, extra: merged)
        table.rows[index].fact = fact
    }

    /// The own rows at `indices` give way to `fact`: what remains of each outside its period, and inside its period
    /// for the leerwegen it does not name, stays as rows (a row may be split in two or three).
    static func giveWay(_ indices: [Int], to fact: KnowledgeFact, in table: inout KnowledgeTable) {
        for index in indices.reversed() {
            guard let mine = table.rows[index].fact else { continue }
            var pieces: [(FactPeriod, LeerwegScope)] = mine.period.subtracting(fact.period).map { ($0, mine.scope) }
            if let shared = mine.period.intersection(fact.period), let rest = mine.scope.subtracting(fact.scope) {
                pieces.append((shared, rest))
            }
            pieces.sort { $0.0 < $1.0 }
            let extra = table.extraFields(of: table.rows[index])
            let original = table.rows[index]
            table.rows.remove(at: index)
            for (offset, piece) in pieces.enumerated() {
                var part = mine
                part.period = piece.0
                part.scope = piece.1
                table.rows.insert(
                    KnowledgeRow(line: offset == 0 ? original.line : 0, fields: table.fields(for: part, extra: extra), fact: part),
                    at: index + offset)
            }
        }
    }
}
