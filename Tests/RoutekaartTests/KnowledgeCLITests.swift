import Foundation
import RoutekaartCore
import Testing

/// The real binary: `kennis`, `kennis controleer`, `kennis voeg-samen`, `--kennis` more than once, the default file,
/// and `gegevens importeer --rio` (issue 18 items 1, 4 and 5).
@Suite struct KnowledgeCLITests {
    /// A folder to work in, with its own XDG_DATA_HOME so that the user's real knowledge file is never touched.
    struct Workspace {
        let folder: URL
        var environment: [String: String] { ["XDG_DATA_HOME": folder.appendingPathComponent("xdg").path] }
        var defaultFile: URL { folder.appendingPathComponent("xdg/routekaart/kennis.csv") }

        init() throws { folder = try Support.temporaryDirectory() }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }

        func read(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }

        func run(_ arguments: [String]) throws -> Support.Run {
            try Support.run(arguments, directory: folder, environment: environment)
        }
    }

    static let mine =
        Knowledge.header + """
            beleid;VO3003;;eigen-criteria;2024-08-01;;ondersteuningsplan 2024-2028 §3;2026-11-01
            licentie;00KV00;theoretisch;ja;2016-01-01;;besluit bestuur;2025-01-15
            licentie;01IW00;kader;nee;2017-08-01;2018-07-31;besluit bestuur;2026-11-01

            """

    static let regio =
        Knowledge.header + """
            beleid;VO3003;;landelijk;2016-01-01;;ondersteuningsplan 2015-2018 §1;2026-01-10
            contact;VO3003;;Loket lwoo/pro, 076-5221234;2024-08-01;;website van het SWV;2026-11-20
            beleid;VO2803;;populatiebekostiging;2018-01-01;;nieuwsbericht van het SWV;2026-11-20

            """

    @Test func checkReportsEveryBadRowWithFileLineAndColumnAndExits65() throws {
        let space = try Workspace()
        try space.write(
            "fout.csv",
            Knowledge.header + "beleid;VO3003;;landelijk;2016-01-01;;plan;2026-01-10\nbeleid;VO2803;;landelik;2024-08-01;;plan;2026-11-01\n"
                + "contact;VO3003;;Jan de Vries, 076-5221234;2024-08-01;;website;2026-11-01\n")
        let run = try space.run(["kennis", "controleer", "fout.csv"])
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(
            run.err.hasPrefix(
                "fout.csv:3: kolom waarde: \"landelik\" is geen beleid; kies landelijk, eigen-criteria of populatiebekostiging\n"
                    + "fout.csv:4: kolom waarde: \"Jan de Vries\" lijkt een persoon te noemen"), "\(run.err)")
        #expect(run.err.contains("2 fouten. Een kennisbestand met een fout wordt niet gebruikt (nooit half)"))
    }

    @Test func checkSaysWhatAGoodFileHoldsAndAMissingFileIs66() throws {
        let space = try Workspace()
        try space.write("mijn.csv", Self.mine)
        let good = try space.run(["kennis", "controleer", "mijn.csv"])
        #expect(good.status == 0, "\(good.err)")
        #expect(good.out == "mijn.csv: in orde, 3 feiten (1 beleid, 2 licentie).\n")
        let missing = try space.run(["kennis", "controleer", "weg.csv"])
        #expect(missing.status == 66)
        #expect(missing.err.hasPrefix("weg.csv: bestand niet gevonden"), "\(missing.err)")
        // No lines to correct in a file that is not there (usability test F18).
        #expect(missing.err.contains("Kijk de naam en de map van het bestand na."), "\(missing.err)")
        #expect(!missing.err.contains("verbeter elke regel"), "\(missing.err)")
        try space.write("fout.csv", "onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd\nbeleid;VO3003;;landelijk;31-02-2026;;plan;2026-12-01\n")
        let both = try space.run(["kennis", "controleer", "weg.csv", "fout.csv"])
        #expect(both.err.contains("verbeter elke regel hierboven. Kijk bij een bestand dat niet gevonden is de naam en de map na."), "\(both.err)")
        let none = try space.run(["kennis", "controleer"])
        #expect(none.status == 64)
    }

    @Test func theOverviewReadsEveryFileShowsAgeAndConflicts() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        try FileManager.default.createDirectory(at: space.defaultFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.mine.utf8).write(to: space.defaultFile)
        let run = try space.run(["kennis", "--kennis", "regio.csv"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("  regio.csv (--kennis): 3 feiten\n  \(space.defaultFile.path) (uw kennisbestand): 3 feiten\n"), "\(run.out)")
        #expect(run.out.contains("RSV Breda eo (VO3003)\n  beleid: landelijke criteria, vanaf 1 januari 2016\n"))
        #expect(run.out.contains("KSE (Katholieke Scholengemeenschap Etten-Leur e.o.) (Etten-Leur), 00KV00 — in RSV Breda eo (VO3003)"))
        // Checked in January 2025: more than a school year ago.
        #expect(run.out.contains("gecontroleerd 15 januari 2025 (\(space.defaultFile.path):3) — meer dan een schooljaar geleden gecontroleerd"))
        #expect(
            run.out.contains("Tegenstrijdig tussen kennisbestanden:\n  VO3003 beleid:\n    regio.csv:2: landelijke criteria, vanaf 1 januari 2016"))
        #expect(run.out.contains("Het advies gebruikt het recentst gecontroleerde: \(space.defaultFile.path):2."))
        // And with the data that came with the advisor (model/kennis.csv, checked against its source on 7 December
        // 2026): Dongemond College's licence for all leerwegen until July 2018 — the more recently checked, so used.
        #expect(run.out.contains("Tegenstrijdig met de meegeleverde gegevens (model/kennis.csv):\n  01IW00 lwoo-licentie (kader):\n"), "\(run.out)")
        #expect(
            run.out.contains(
                "data/model/kennis.csv:4: ja, 1 januari 2016 t/m 31 juli 2018 (gecontroleerd 7 december 2026); bron: rsv-breda-2015 §1"))
        #expect(run.out.contains("Het advies gebruikt het recentst gecontroleerde: \(Support.dataPath)/model/kennis.csv:4."), "\(run.out)")
    }

    @Test func kennisMayBeGivenMoreThanOnceAnywhereButNotTheSameFileTwice() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        try space.write("mijn.csv", Self.mine)
        let run = try space.run(["--kennis", "mijn.csv", "kennis", "--kennis=regio.csv"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("  mijn.csv (--kennis): 3 feiten\n  regio.csv (--kennis): 3 feiten\n"), "\(run.out)")
        let twice = try space.run(["kennis", "--kennis", "mijn.csv", "--kennis", "./mijn.csv"])
        #expect(twice.status == 64)
        #expect(twice.err.hasPrefix("Fout: het kennisbestand './mijn.csv' staat twee keer op de opdrachtregel"), "\(twice.err)")
        let empty = try space.run(["kennis", "--kennis="])
        #expect(empty.status == 64)
        // Every command accepts the general option (the advice uses it from part 2 of the issue on).
        let other = try space.run(["swv", "toon", "VO3003", "--kennis", "mijn.csv"])
        #expect(other.status == 0, "\(other.err)")
    }

    @Test func aBadFileAmongSeveralStopsTheOverviewWithExit65() throws {
        let space = try Workspace()
        try space.write("mijn.csv", Self.mine)
        try space.write("fout.csv", Knowledge.header + "pro;VO3003;;eigen-criteria;2024-08-01;;plan;2026-11-01\n")
        let run = try space.run(["kennis", "--kennis", "mijn.csv", "--kennis", "fout.csv"])
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("fout.csv:2: kolom onderwerp: voor pro bestaat geen opting out"))
        #expect(run.err.contains("een bestand met een fout wordt nooit half toegepast"))
    }

    @Test func mergingIntoTheDefaultFileCreatesItAndASecondMergeChangesNothing() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        #expect(!FileManager.default.fileExists(atPath: space.defaultFile.deletingLastPathComponent().path))
        let first = try space.run(["kennis", "voeg-samen", "regio.csv"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("  nieuw: 3\n"))
        #expect(first.out.hasSuffix("Geschreven: \(space.defaultFile.path) (3 feiten).\n"), "\(first.out)")
        // A new file: the standard header and a byte-order mark, so that Excel reads the accents as UTF-8.
        let written = try Data(contentsOf: space.defaultFile)
        #expect(Array(written) == Array(("\u{FEFF}" + Self.regio).utf8))
        let second = try space.run(["kennis", "voeg-samen", "regio.csv"])
        #expect(second.status == 0)
        #expect(second.out.contains("  al bekend: 3\n"))
        #expect(second.out.hasSuffix("Er verandert niets; het bestand blijft zoals het was.\n"))
        // Nothing else in the folder: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: space.defaultFile.deletingLastPathComponent().path) == ["kennis.csv"])
    }

    @Test func aConflictIsKeptOutUntilTheUserChooses() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        try space.write("mijn.csv", Self.mine)
        let plain = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv"])
        #expect(plain.status == 0, "\(plain.err)")
        #expect(
            plain.out.contains("    regel 2: VO3003 beleid: landelijke criteria, vanaf 1 januari 2016 (gecontroleerd 10 januari 2026)"),
            "\(plain.out)")
        #expect(plain.out.contains("      tegen uw regel 2: eigen criteria, vanaf 1 augustus 2024"))
        #expect(plain.out.contains("      → nog niet overgenomen: kies --neem-over 2 of --houd-eigen 2"))
        var mine = try space.read("mijn.csv")
        #expect(mine.contains("beleid;VO3003;;eigen-criteria;2024-08-01;;ondersteuningsplan 2024-2028 §3;2026-11-01\n"))
        #expect(!mine.contains("landelijk"))
        #expect(mine.contains("contact;VO3003;;Loket lwoo/pro"))

        let stray = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv", "--neem-over", "3"])
        #expect(stray.status == 64)
        #expect(stray.err.hasPrefix("Fout: regel 3 van regio.csv is geen tegenstrijdigheid; tegenstrijdig zijn de regels 2."), "\(stray.err)")
        let both = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv", "--neem-over", "alle", "--houd-eigen", "alle"])
        #expect(both.status == 64)

        let taken = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv", "--neem-over", "2"])
        #expect(taken.status == 0, "\(taken.err)")
        #expect(taken.out.contains("→ overgenomen; uw regel wijkt voor deze periode"))
        mine = try space.read("mijn.csv")
        // The incoming national criteria from 2016 cover the own period completely: the own row gives way.
        #expect(mine.contains("beleid;VO3003;;landelijk;2016-01-01;;ondersteuningsplan 2015-2018 §1;2026-01-10\n"))
        #expect(!mine.contains("eigen-criteria"))
    }

    @Test func anOwnFileWithAnErrorIsNeverMergedInto() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        let broken = Self.mine + "duur;VO3003;;twee;2024-08-01;;plan;2026-11-01\n"
        try space.write("mijn.csv", broken)
        let run = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv", "--neem-over", "alle"])
        #expect(run.status == 65)
        #expect(run.err.contains("mijn.csv:5: kolom waarde: \"twee\" is geen heel aantal schooljaren"))
        #expect(run.err.contains("Er is niets samengevoegd"))
        #expect(try space.read("mijn.csv") == broken)
        let same = try space.run(["kennis", "voeg-samen", "mijn.csv", "--naar", "./mijn.csv"])
        #expect(same.status == 64)
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let space = try Workspace()
        try space.write("regio.csv", Self.regio)
        let shared = space.folder.appendingPathComponent("gedeeld")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data(Self.mine.utf8).write(to: shared.appendingPathComponent("kennis.csv"))
        try FileManager.default.createSymbolicLink(
            at: space.folder.appendingPathComponent("mijn.csv"), withDestinationURL: shared.appendingPathComponent("kennis.csv"))
        let run = try space.run(["kennis", "voeg-samen", "regio.csv", "--naar", "mijn.csv"])
        #expect(run.status == 0, "\(run.err)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: space.folder.appendingPathComponent("mijn.csv").path).hasSuffix(
                "gedeeld/kennis.csv"))
        #expect(try String(contentsOf: shared.appendingPathComponent("kennis.csv"), encoding: .utf8).contains("contact;VO3003"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path) == ["kennis.csv"])
    }

    @Test func theRIOImportWritesAKnowledgeFileAndNeverReplacesHandEnteredFacts() throws {
        let space = try Workspace()
        let rio = try RIOImportTests.folder()
        let trial = try space.run(["gegevens", "importeer", "--rio", rio.path, "--datum", "2026-10-03", "--naar", "rio.csv", "--proef"])
        #expect(trial.status == 0, "\(trial.err)")
        #expect(trial.out.contains("Licenties: 3 vestigingen met een lwoo-licentie"))
        #expect(trial.out.hasSuffix("Proef: er is niets geschreven.\n"))
        #expect(!FileManager.default.fileExists(atPath: space.folder.appendingPathComponent("rio.csv").path))

        let run = try space.run(["gegevens", "importeer", "--rio", rio.path, "--datum", "2026-10-03", "--naar", "rio.csv"])
        #expect(run.status == 0, "\(run.err)")
        let written = try space.read("rio.csv")
        #expect(written.contains("licentie;01IW00;basis,kader;ja;2010-08-01;;rio-2026-10-03 (vo_onderwijslicenties);2026-10-03\n"))
        let again = try space.run(["gegevens", "importeer", "--rio", rio.path, "--datum", "2026-10-03", "--naar", "rio.csv"])
        #expect(again.out.contains("Vergeleken met het vorige bestand: 0 regels nieuw of gewijzigd, 0 vervallen of gewijzigd."), "\(again.out)")
        #expect(try space.read("rio.csv") == written)
        // The imported file is a knowledge file like any other.
        #expect(try space.run(["kennis", "controleer", "rio.csv"]).status == 0)

        try space.write("mijn.csv", Self.mine)
        let refused = try space.run(["gegevens", "importeer", "--rio", rio.path, "--datum", "2026-10-03", "--naar", "mijn.csv"])
        #expect(refused.status == 65)
        #expect(refused.err.contains("mijn.csv:2: dit bestand bevat regels die niet uit een RIO-import komen"), "\(refused.err)")
        #expect(try space.read("mijn.csv") == Self.mine)

        let future = try space.run(["gegevens", "importeer", "--rio", rio.path, "--datum", "2099-01-01", "--naar", "rio2.csv"])
        #expect(future.status == 64)
        let noDate = try space.run(["gegevens", "importeer", "--rio", rio.path])
        #expect(noDate.status == 64)
        #expect(noDate.err.contains("--datum ontbreekt."))
    }
}
