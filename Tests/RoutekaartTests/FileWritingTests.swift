import Foundation
import RoutekaartCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One rule for every file the program writes (issue 21): a temporary file in the same folder, renamed into place; a
/// set of files all or nothing; an existing file (or what a link points to) replaced only when allowed; the input
/// never the output; a second writer found out; a closed terminal saves the case; no temporary file left behind.
@Suite struct FileWritingTests {
    /// The names in a folder that a writer may have left behind: hidden files (`.NAME.PID.N.tmp`, `.oud`, the journal)
    /// and the old importer's `*.nieuw-PID`.
    static func leftovers(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") || $0.contains(".nieuw-") }
            .sorted()
    }

    static func bytes(_ url: URL) -> [UInt8]? { (try? Data(contentsOf: url)).map(Array.init) }

    // MARK: - The writer itself

    @Test func aNewFileNeverReplacesAnything() throws {
        let folder = try Support.temporaryDirectory()
        let existing = folder.appendingPathComponent("er.txt")
        try Data("oud\n".utf8).write(to: existing)
        #expect(throws: FileWriter.Failure(.exists, existing.path)) {
            try FileWriter.write(Array("nieuw\n".utf8), to: existing.path, existing: .refuse)
        }
        #expect(Self.bytes(existing) == Array("oud\n".utf8))
        // A link, even one that points nowhere, is a name that is taken.
        let dangling = folder.appendingPathComponent("los.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: folder.appendingPathComponent("nergens").path)
        #expect(throws: FileWriter.Failure(.exists, dangling.path)) {
            try FileWriter.write(Array("nieuw\n".utf8), to: dangling.path, existing: .refuse)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nergens").path))
        let fresh = folder.appendingPathComponent("nieuw.txt")
        try FileWriter.write(Array("nieuw\n".utf8), to: fresh.path, existing: .refuse)
        #expect(Self.bytes(fresh) == Array("nieuw\n".utf8))
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
    }

    @Test func aLinkStaysALinkAndTheFileKeepsItsMode() throws {
        let folder = try Support.temporaryDirectory()
        let target = folder.appendingPathComponent("doel.txt")
        try Data("oud\n".utf8).write(to: target)
        chmod(target.path, 0o600)
        let link = folder.appendingPathComponent("koppeling.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "doel.txt")
        try FileWriter.write(Array("nieuw\n".utf8), to: link.path, existing: .replace)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "doel.txt")
        #expect(Self.bytes(target) == Array("nieuw\n".utf8))
        var status = stat()
        #expect(stat(target.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(Self.leftovers(in: folder).isEmpty)
    }

    @Test func aFolderAnInputOrAFileChangedMeanwhileIsNeverReplaced() throws {
        let folder = try Support.temporaryDirectory()
        let sub = folder.appendingPathComponent("map")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(throws: FileWriter.Failure(.notAFile, sub.path)) { try FileWriter.write([0x41], to: sub.path, existing: .replace) }
        let input = folder.appendingPathComponent("in.json")
        try Data("{}\n".utf8).write(to: input)
        let alias = folder.appendingPathComponent("ook-in.json")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: input.path)
        #expect(throws: FileWriter.Failure(.isInput(input.path), alias.path)) {
            try FileWriter.write([0x41], to: alias.path, existing: .replace, inputs: [input.path])
        }
        #expect(Self.bytes(input) == Array("{}\n".utf8))
        // What the program last saw is no longer there: someone else wrote the file.
        let shared = folder.appendingPathComponent("gedeeld.txt")
        try Data("van een ander\n".utf8).write(to: shared)
        #expect(throws: FileWriter.Failure(.changedMeanwhile, shared.path)) {
            try FileWriter.write([0x41], to: shared.path, existing: .replaceIfUnchanged(Array("wat ik las\n".utf8)))
        }
        #expect(throws: FileWriter.Failure(.changedMeanwhile, shared.path)) {
            try FileWriter.write([0x41], to: shared.path, existing: .replaceIfUnchanged(nil))
        }
        #expect(Self.bytes(shared) == Array("van een ander\n".utf8))
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
    }

    // MARK: - A set of files, all or nothing (item 1)

    @Test func aSetWhoseLastFileCannotBeReplacedLeavesEveryOldFile() throws {
        let folder = try Support.temporaryDirectory()
        try Data("oud a\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
        try Data("oud b\n".utf8).write(to: folder.appendingPathComponent("b.csv"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c.json"), withIntermediateDirectories: true)
        #expect(throws: FileWriter.Failure.self) {
            try FileWriter.replaceAll(
                [("a.csv", Array("nieuw a\n".utf8)), ("b.csv", Array("nieuw b\n".utf8)), ("c.json", Array("{}\n".utf8))], in: folder.path)
        }
        #expect(Self.bytes(folder.appendingPathComponent("a.csv")) == Array("oud a\n".utf8))
        #expect(Self.bytes(folder.appendingPathComponent("b.csv")) == Array("oud b\n".utf8))
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
        // Without the folder in the way, every file is replaced.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.json"))
        try FileWriter.replaceAll(
            [("a.csv", Array("nieuw a\n".utf8)), ("b.csv", Array("nieuw b\n".utf8)), ("c.json", Array("{}\n".utf8))], in: folder.path)
        #expect(Self.bytes(folder.appendingPathComponent("a.csv")) == Array("nieuw a\n".utf8))
        #expect(Self.bytes(folder.appendingPathComponent("c.json")) == Array("{}\n".utf8))
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
    }

    /// What a writer killed between two renames leaves (SIGKILL, a power cut): the journal, one file already new, the
    /// old files under their second names. The next start puts every old file back and removes the rest.
    @Test func aSetInterruptedHalfwayIsRolledBackAtTheNextStart() throws {
        let data = try Support.copyOfData()
        let model = data.appendingPathComponent("model")
        let names = ["vestigingen.csv", "regio.csv", "import.json"]
        var old: [String: [UInt8]] = [:]
        for name in names { old[name] = Self.bytes(model.appendingPathComponent(name)) }
        var journal = "routekaart-journaal 1\n"
        for (index, name) in names.enumerated() {
            let temporary = ".\(name).999999.\(index).tmp"
            let backup = ".\(name).999999.\(index).oud"
            try FileManager.default.linkItem(at: model.appendingPathComponent(name), to: model.appendingPathComponent(backup))
            try Data("half\n".utf8).write(to: model.appendingPathComponent(temporary))
            journal += "\(name)\t\(temporary)\t\(backup)\n"
        }
        try Data(journal.utf8).write(to: model.appendingPathComponent(FileWriter.journalName))
        // The first rename happened, then the program was killed.
        #expect(rename(model.appendingPathComponent(".vestigingen.csv.999999.0.tmp").path, model.appendingPathComponent("vestigingen.csv").path) == 0)

        let run = try Support.run(["school", "zoek", "Dongemond", "--data", data.path])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Dongemond"), "het oude model is weer heel: \(run.out)")
        for name in names { #expect(Self.bytes(model.appendingPathComponent(name)) == old[name], "\(name) is niet teruggezet") }
        #expect(Self.leftovers(in: model).isEmpty, "\(Self.leftovers(in: model))")
    }

    @Test func anImportThatCannotWriteOneFileReplacesNone() throws {
        let folder = try ImportTests.folder()
        let arguments = [
            "gegevens", "importeer", "--vestigingen", folder.vestigingen.path, "--examens", folder.examens.path, "--regio", folder.regio.path,
            "--datum", "2026-10-02", "--regio-datum", "2015-04-23", "--data", folder.data.path,
        ]
        let first = try Support.run(arguments)
        try #require(first.status == 0, "\(first.err)")
        let vestigingen = folder.model.appendingPathComponent("vestigingen.csv")
        let before = try #require(Self.bytes(vestigingen))
        // A new name for a school, and the last file of the set is a folder now: nothing may change.
        try Data(ImportTests.vestigingen.replacingOccurrences(of: "Dongemond College", with: "Dongemond Lyceum").utf8).write(to: folder.vestigingen)
        let manifest = folder.model.appendingPathComponent("import.json")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: true)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.model.path).sorted()

        let run = try Support.run(arguments)
        #expect(run.status == 73, "\(run.err)")
        #expect(run.err.contains("import.json is geen gewoon bestand"), "\(run.err)")
        #expect(run.err.contains("Er is niets vervangen"), "\(run.err)")
        #expect(Self.bytes(vestigingen) == before, "vestigingen.csv is vervangen terwijl import.json niet kon")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.model.path).sorted() == listing, "achtergelaten bestanden")
    }

    // MARK: - The agenda (item 2)

    static func caseFolder() throws -> (folder: URL, casus: URL) {
        let folder = try Support.temporaryDirectory()
        let casus = folder.appendingPathComponent("c.json")
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("voorbeelden/casus.json"), to: casus)
        return (folder, casus)
    }

    @Test func theAgendaIsNeverTheCaseFileItReads() throws {
        let (folder, casus) = try Self.caseFolder()
        let before = try #require(Self.bytes(casus))
        let run = try Support.run(["advies", "--casus", "c.json", "--agenda", "c.json"], directory: folder)
        #expect(run.status == 64, "\(run.err)")
        #expect(run.err.contains("hetzelfde bestand als de casus"), "\(run.err)")
        #expect(run.out.isEmpty, "geen advies voordat de naam in orde is")
        // Not with --overschrijf either, nor through a link.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("ook.ics").path, withDestinationPath: "c.json")
        let linked = try Support.run(["advies", "--casus", "c.json", "--agenda", "ook.ics", "--overschrijf"], directory: folder)
        #expect(linked.status == 64, "\(linked.err)")
        #expect(Self.bytes(casus) == before, "de casus is overschreven")
        #expect(Self.leftovers(in: folder).isEmpty)
    }

    @Test func anExistingAgendaOrItsLinksTargetIsReplacedOnlyWithOverschrijf() throws {
        let (folder, _) = try Self.caseFolder()
        let target = folder.appendingPathComponent("termijnen.ics")
        try Data("mijn agenda\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("koppeling.ics").path, withDestinationPath: "termijnen.ics")
        for name in ["termijnen.ics", "koppeling.ics"] {
            let run = try Support.run(["advies", "--casus", "c.json", "--agenda", name], directory: folder)
            #expect(run.status == 64, "\(name): \(run.err)")
            #expect(run.err.contains("\(name) bestaat al") && run.err.contains("--overschrijf"), "\(run.err)")
            #expect(Self.bytes(target) == Array("mijn agenda\n".utf8), "\(name): overschreven zonder --overschrijf")
        }
        let run = try Support.run(["advies", "--casus", "c.json", "--agenda", "koppeling.ics", "--overschrijf"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("koppeling.ics").path) == "termijnen.ics")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        #expect(Self.leftovers(in: folder).isEmpty)
    }

    @Test func theAgendaPathIsEchoedVisibly() throws {
        let (folder, _) = try Self.caseFolder()
        let name = "a\u{1B}[2Jb.ics"
        let run = try Support.run(["advies", "--casus", "c.json", "--agenda", name], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(!run.err.contains("\u{1B}"), "het pad ging rauw naar het scherm")
        #expect(run.err.contains("a\\u{1B}[2Jb.ics"), "\(run.err)")
    }

    // MARK: - Two interviews, one file (item 4)

    /// The file an interview says its answers are in ("… staan in NAME. …").
    static func namedFile(_ err: String) -> String? {
        guard let range = err.range(of: "staan in ") else { return nil }
        let rest = err[range.upperBound...]
        let name = rest.prefix { !$0.isWhitespace }
        return name.hasSuffix(".") ? String(name.dropLast()) : String(name)
    }

    @Test("twee vraaggesprekken met één --bewaar-bestand: elk zegt waar zijn eigen antwoorden staan", .timeLimit(.minutes(1)))
    func twoInterviewsSavingToOneFileLoseNothing() throws {
        let folder = try Support.temporaryDirectory()
        let arguments = ["advies", "--bewaar", "samen.json"] + SavingTests.peildatum
        let first = try LiveRun(arguments, directory: folder)
        let second = try LiveRun(arguments, directory: folder)
        #expect(first.waitFor("Vraag 1") && second.waitFor("Vraag 1"))
        first.type(["1"])
        #expect(first.waitFor("Vraag 2"))
        second.type(["2"])
        #expect(second.waitFor("Vraag 2"))
        first.type(["1"])
        #expect(first.waitFor("Vraag 3"))
        let one = first.finish()
        let two = second.finish()
        #expect(one.status == 1 && two.status == 1)
        let expected = [(first, "verhuizing", one), (second, "grensverkeer", two)]
        var files: Set<String> = []
        for (run, situatie, _) in expected {
            let name = try #require(Self.namedFile(run.err), "geen bestand genoemd: \(run.err)")
            files.insert(name)
            let answers = try Support.readCase(name, in: folder).antwoorden
            #expect(answers["situatie"] == situatie, "\(name) heeft niet de antwoorden van het vraaggesprek dat het noemde: \(run.err)")
        }
        #expect(files.count == 2, "twee vraaggesprekken in één bestand: \(files)")
        #expect(second.err.contains("veranderd"), "het tweede vraaggesprek zag niet dat het bestand van een ander was: \(second.err)")
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
    }

    // MARK: - A closed terminal (the lead's defect)

    /// The interview on a pseudo-terminal whose other end the test closes, as a terminal window that is closed:
    /// reading ends, writing fails with EIO. The case is saved, the exit code is 129, no temporary file stays.
    @Test("de terminal sluiten tijdens het vraaggesprek bewaart de casus (exitcode 129)", .timeLimit(.minutes(1)))
    func closingTheTerminalSavesTheCase() throws {
        let folder = try Support.temporaryDirectory()
        let terminal = try #require(PseudoTerminal())
        let master = terminal.master
        let slave = open(terminal.slaveName, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["advies"] + SavingTests.peildatum
        process.currentDirectoryURL = folder
        process.environment = Support.environment()
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(slave)

        var screen = [UInt8]()
        func readUntil(_ text: String) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            // A guard against a program that never prints it, not a timing.
            for _ in 0..<3_000 {
                if String(decoding: screen, as: UTF8.self).contains(text) { return true }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 10) >= 0 else { return false }
                if poller.revents & Int16(POLLIN) != 0 {
                    let count = read(master, &buffer, buffer.count)
                    if count > 0 { screen += buffer[..<count] }
                }
            }
            return false
        }
        #expect(readUntil("Vraag 1"))
        _ = "1\n".withCString { write(master, $0, 2) }
        #expect(readUntil("Vraag 2"))
        _ = "1\n".withCString { write(master, $0, 2) }
        #expect(readUntil("Vraag 3"), "\(String(decoding: screen, as: UTF8.self).suffix(300))")
        close(master)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 129, "exitcode \(process.terminationStatus)")
        let saved = Support.savedCases(in: folder)
        try #require(saved.count == 1, "geen casus bewaard")
        #expect(try Support.readCase(saved[0], in: folder).antwoorden.count == 2)
        #expect(Self.leftovers(in: folder).isEmpty, "\(Self.leftovers(in: folder))")
    }
}

/// A pseudo-terminal pair: the C library's functions, which the Glibc module does not import (they need
/// _XOPEN_SOURCE), found by name.
struct PseudoTerminal {
    let master: Int32
    let slaveName: String

    init?() {
        typealias OpenFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let library = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(library, "posix_openpt"), let grant = dlsym(library, "grantpt"), let unlock = dlsym(library, "unlockpt"),
            let name = dlsym(library, "ptsname")
        else { return nil }
        let master = unsafeBitCast(open, to: OpenFunction.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        guard unsafeBitCast(grant, to: OpenFunction.self)(master) == 0, unsafeBitCast(unlock, to: OpenFunction.self)(master) == 0,
            let slave = unsafeBitCast(name, to: NameFunction.self)(master)
        else {
            close(master)
            return nil
        }
        self.master = master
        slaveName = String(cString: slave)
    }
}
