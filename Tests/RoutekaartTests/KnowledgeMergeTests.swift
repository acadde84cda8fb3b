import Foundation
import RoutekaartCore
import Testing

/// Merging a colleague's or the SWV office's knowledge file into one's own: new, changed, known and conflicting facts;
/// conflicts only by the user's choice; nothing lost; the result a valid file (issue 18 item 4).
@Suite struct KnowledgeMergeTests {
    static let own =
        Knowledge.header.replacingOccurrences(of: "\n", with: ";opmerking\n") + """
            naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-01-10;eigen aantekening
            beleid;VO3003;;landelijk;2016-01-01;;ondersteuningsplan 2015-2018 §1;2025-01-10;
            termijn;VO3003;;1 oktober;2016-01-01;;iets van een nieuwere versie;2026-01-10;
            licentie;01IW00;;ja;2016-01-01;;besluit bestuur;2026-01-10;
            duur;VO2803;;2;2024-08-01;2026-07-31;plan;2026-01-10;

            """

    static let incoming =
        Knowledge.header + """
            naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2025-06-01
            beleid;VO3003;;eigen-criteria;2024-08-01;;ondersteuningsplan 2024-2028 §3;2026-11-01
            licentie;01IW00;basis;nee;2025-08-01;;besluit bestuur 2025;2026-11-01
            duur;VO2803;;3;2024-08-01;2026-07-31;besluit 2026;2026-12-01
            late-aanvragen;VO2803;;nee;2024-08-01;;plan;2026-12-01
            contact;00KV00;;https://www.kse.nl/contact;2024-08-01;;website van de school;2026-12-01

            """

    static func tables() -> (own: KnowledgeTable, incoming: KnowledgeTable) {
        let own = Knowledge.parse(Self.own, path: "eigen.csv", label: "uw kennisbestand")
        let incoming = Knowledge.parse(Self.incoming, path: "regio.csv")
        #expect(own.errors.isEmpty && incoming.errors.isEmpty, "\(own.errors) \(incoming.errors)")
        return (own.table, incoming.table)
    }

    @Test func addedChangedKnownAndConflictingAreTold() {
        let (own, incoming) = Self.tables()
        let outcome = KnowledgeMerge.merge(incoming, into: own) { _ in nil }
        #expect(outcome.added.map(\.origin.line) == [6, 7])
        #expect(outcome.changed.map(\.new.origin.line) == [5])
        #expect(outcome.changed.first?.old.value == .duration(.schoolYears(2)))
        #expect(outcome.known.map(\.origin.line) == [2])
        #expect(outcome.conflicts.map(\.line) == [3, 4])
        #expect(outcome.unresolved.count == 2)
        #expect(outcome.conflicts[0].own.map(\.value) == [.policy(.landelijk)])
        // The own file keeps its rows, in place; the conflicts stay out.
        let text = String(decoding: KnowledgeWriter.bytes(of: outcome.table), as: UTF8.self)
        #expect(text.contains("beleid;VO3003;;landelijk;2016-01-01;;ondersteuningsplan 2015-2018 §1;2025-01-10;\n"))
        #expect(!text.contains("eigen-criteria"))
        #expect(text.contains("termijn;VO3003;;1 oktober;2016-01-01;;iets van een nieuwere versie;2026-01-10;\n"))
        #expect(text.contains("naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-01-10;eigen aantekening\n"))
        #expect(text.contains("duur;VO2803;;3;2024-08-01;2026-07-31;besluit 2026;2026-12-01;\n"))
        // New rows stand after the rows about the same code.
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.firstIndex { $0.hasPrefix("late-aanvragen;VO2803") } == (lines.firstIndex { $0.hasPrefix("duur;VO2803") } ?? 0) + 1)
        #expect(lines.last?.hasPrefix("contact;00KV00") == true)
    }

    @Test func takingOverAConflictShortensOrSplitsTheOwnRowsAndKeepsTheRest() throws {
        let (own, incoming) = Self.tables()
        let outcome = KnowledgeMerge.merge(incoming, into: own) { _ in .takeOver }
        #expect(outcome.conflicts.allSatisfy { $0.choice == .takeOver })
        let text = String(decoding: KnowledgeWriter.bytes(of: outcome.table), as: UTF8.self)
        // Policy: national until the day before the incoming own criteria start.
        #expect(text.contains("beleid;VO3003;;landelijk;2016-01-01;2024-07-31;ondersteuningsplan 2015-2018 §1;2025-01-10;\n"))
        #expect(text.contains("beleid;VO3003;;eigen-criteria;2024-08-01;;ondersteuningsplan 2024-2028 §3;2026-11-01;\n"))
        // Licence: all leerwegen until 31 July 2025; from then the other three still hold, basis does not.
        #expect(text.contains("licentie;01IW00;;ja;2016-01-01;2025-07-31;besluit bestuur;2026-01-10;\n"))
        #expect(text.contains("licentie;01IW00;kader,gemengd,theoretisch;ja;2025-08-01;;besluit bestuur;2026-01-10;\n"))
        #expect(text.contains("licentie;01IW00;basis;nee;2025-08-01;;besluit bestuur 2025;2026-11-01;\n"))
        // The result is a valid knowledge file.
        let check = Knowledge.parse(text, path: "eigen.csv")
        #expect(check.errors.isEmpty, "\(check.errors)")
        #expect(check.table.facts.count == outcome.table.facts.count)
    }

    @Test func keepingOwnChangesNothingForThatConflict() {
        let (own, incoming) = Self.tables()
        let outcome = KnowledgeMerge.merge(incoming, into: own) { $0.origin.line == 3 ? .keepOwn : .takeOver }
        #expect(outcome.conflicts.map(\.choice) == [.keepOwn, .takeOver])
        let text = String(decoding: KnowledgeWriter.bytes(of: outcome.table), as: UTF8.self)
        #expect(text.contains("beleid;VO3003;;landelijk;2016-01-01;;ondersteuningsplan 2015-2018 §1;2025-01-10;\n"))
        #expect(text.contains("licentie;01IW00;basis;nee;"))
    }

    @Test func anExtraColumnOfTheIncomingFileIsAddedSoNothingIsLost() throws {
        let own = Knowledge.parse(Knowledge.header + "beleid;VO3003;;landelijk;2016-01-01;2018-07-31;plan;2026-01-10\n", path: "eigen.csv").table
        let incoming = Knowledge.parse(
            Knowledge.header.replacingOccurrences(of: "\n", with: ";toelichting\n")
                + "beleid;VO3003;;eigen-criteria;2024-08-01;;plan 2024;2026-11-01;gehoord op het regio-overleg\n", path: "regio.csv"
        ).table
        let outcome = KnowledgeMerge.merge(incoming, into: own) { _ in nil }
        let text = String(decoding: KnowledgeWriter.bytes(of: outcome.table), as: UTF8.self)
        #expect(
            text == Knowledge.header.replacingOccurrences(of: "\n", with: ";toelichting\n")
                + "beleid;VO3003;;landelijk;2016-01-01;2018-07-31;plan;2026-01-10;\n"
                + "beleid;VO3003;;eigen-criteria;2024-08-01;;plan 2024;2026-11-01;gehoord op het regio-overleg\n")
    }

    @Test func mergingTheSameFileTwiceChangesNothingTheSecondTime() {
        let (own, incoming) = Self.tables()
        let first = KnowledgeMerge.merge(incoming, into: own) { _ in .takeOver }
        let second = KnowledgeMerge.merge(incoming, into: first.table) { _ in nil }
        #expect(!second.changesFile)
        #expect(second.conflicts.isEmpty)
        #expect(second.known.count == incoming.facts.count)
    }
}

/// What the knowledge files answer, which fact wins when they disagree, and what disagrees with the bundled data.
@Suite struct KnowledgeBaseTests {
    static func base(_ texts: [(String, String)]) -> KnowledgeBase {
        KnowledgeBase(tables: texts.map { Knowledge.parse($0.1, path: $0.0, label: "kennisbestand \($0.0)").table })
    }

    @Test func theQuestionsOfTheAdvisorAreAnsweredWithProvenance() throws {
        let base = Self.base([
            (
                "mijn.csv",
                Knowledge.header + """
                    beleid;VO3003;;eigen-criteria;2024-08-01;2028-07-31;ondersteuningsplan 2024-2028 §3;2026-12-07
                    duur;VO3003;;geen;2024-08-01;2028-07-31;ondersteuningsplan 2024-2028 §3.2;2026-12-07
                    late-aanvragen;VO3003;;ja;2024-08-01;2028-07-31;ondersteuningsplan §4;2025-06-01
                    licentie;00KV00;theoretisch;ja;2024-08-01;;besluit;2026-12-07
                    licentie;01IW00;onbekend;ja;2024-08-01;;rio-2026-10-03 (vo_onderwijslicenties);2026-10-03
                    naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-07
                    contact;VO3003;;Loket lwoo/pro, 076-5221234;2024-08-01;;website;2026-12-07

                    """
            )
        ])
        let day = Knowledge.day("2026-09-01")
        let policy = try #require(base.policy(of: "VO3003", on: day))
        #expect(policy.value == .eigenCriteria)
        #expect(policy.provenance == "kennisbestand mijn.csv: ondersteuningsplan 2024-2028 §3, gecontroleerd 7 december 2026")
        #expect(base.policy(of: "VO3003", on: Knowledge.day("2024-07-31")) == nil)
        #expect(base.policy(of: "VO2803", on: day) == nil)
        #expect(base.duration(of: "VO3003", on: day)?.value == .notSet)
        let late = try #require(base.lateApplications(of: "VO3003", on: day))
        #expect(late.value)
        #expect(late.isOld(on: Knowledge.today))
        #expect(!late.isOld(on: Knowledge.day("2026-05-31")))
        #expect(base.licence(of: "00KV00", for: .theoretisch, on: day)?.value == .held)
        #expect(base.licence(of: "00KV00", for: .basis, on: day) == nil)
        #expect(base.licence(of: "01IW00", for: .kader, on: day)?.value == .heldLeerwegUnknown)
        #expect(base.name(of: "VO3003", on: day)?.value == "RSV Breda eo")
        #expect(base.contact(of: "VO3003", on: day)?.value == "Loket lwoo/pro, 076-5221234")
    }

    @Test func theMoreRecentlyCheckedFactWinsAndTheOtherIsHandedAlong() throws {
        let regio = Knowledge.header + "beleid;VO3003;;landelijk;2016-01-01;;plan 2015;2026-01-01\n"
        let mine = Knowledge.header + "beleid;VO3003;;eigen-criteria;2024-08-01;;plan 2024;2026-11-01\n"
        for order in [[("regio.csv", regio), ("mijn.csv", mine)], [("mijn.csv", mine), ("regio.csv", regio)]] {
            let base = Self.base(order)
            let answer = try #require(base.policy(of: "VO3003", on: Knowledge.day("2026-09-01")))
            #expect(answer.value == .eigenCriteria)
            #expect(answer.origin.file == "mijn.csv")
            #expect(answer.disagreeing.map(\.origin.file) == ["regio.csv"])
            #expect(base.conflicts.count == 1)
            #expect(base.conflicts.first?.moreRecent?.origin.file == "mijn.csv")
            #expect(base.policy(of: "VO3003", on: Knowledge.day("2020-09-01"))?.value == .landelijk)
        }
        // Checked on the same day: the file named first.
        let same = Self.base([("a.csv", regio), ("b.csv", regio.replacingOccurrences(of: "landelijk", with: "populatiebekostiging"))])
        #expect(same.policy(of: "VO3003", on: Knowledge.day("2026-09-01"))?.origin.file == "a.csv")
        #expect(same.conflicts.first?.moreRecent == nil)
    }

    @Test func conflictsWithTheBundledFactsAreFoundAndSayWhichIsMoreRecent() throws {
        // RSV Breda eo: national criteria and a licence for Dongemond College (all leerwegen) and KSE (theoretisch) until July 2018.
        let base = Self.base([
            (
                "mijn.csv",
                Knowledge.header + """
                    beleid;VO3003;;eigen-criteria;2017-08-01;2018-07-31;navraag;2026-12-01
                    beleid;VO2803;;populatiebekostiging;2018-01-01;;nieuwsbericht;2026-12-01
                    licentie;00KV00;basis;ja;2016-08-01;;besluit;2026-12-01
                    licentie;00KV00;theoretisch;ja;2016-08-01;;besluit;2026-12-01
                    licentie;01IW00;kader;nee;2017-08-01;;besluit;2026-12-01
                    naam;VO3003;;Regionaal Samenwerkingsverband Breda;2016-01-01;;statuten;2026-12-01

                    """
            )
        ])
        // The bundled facts are a knowledge file like any other, after the user's.
        let conflicts = Support.bundled.model.knowledge.adding(base.tables).conflicts
        #expect(conflicts.allSatisfy { $0.first.origin.file == "mijn.csv" && $0.second.origin.kind == .bundled })
        #expect(
            conflicts.map { "\($0.first.subject.rawValue) \($0.first.code)" } == [
                "beleid VO3003", "licentie 00KV00", "licentie 01IW00", "naam VO3003",
            ])
        let policy = try #require(conflicts.first)
        #expect(policy.second.value == .policy(.landelijk))
        #expect(policy.second.bron == "rsv-breda-2015 §1")
        // The bundled fact was checked against its source on 7 December 2026, the user's on 1 December: the bundled one counts.
        #expect(policy.moreRecent?.origin.kind == .bundled)
        #expect(conflicts[1].second.scope == .some([.basis, .kader, .gemengd]) && conflicts[1].second.value == .licence(false))
    }
}
