#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way Routekaart writes a file: case files, agenda files, knowledge files, the check stamp and the model
/// files of the importer. The bytes go to a temporary file in the same folder, to disk, and are then renamed into
/// place, so a reader sees the old file or the new one, never half of one.
///
/// Whether an existing file may be replaced is said by the caller (`Existing`): a new file never replaces anything
/// (not even a symbolic link), the program's own file (or `--overschrijf`) may be replaced, and a file that others
/// may change (the knowledge file, an interview's case file) only while it still holds what the program last saw.
/// What a symbolic link points to is replaced, so a link stays a link. A folder, a device or a pipe is never
/// replaced, and no file the command reads is ever its output. A set of files (`replaceAll`) is replaced all or
/// nothing, with a journal that the next start rolls back when the program was killed halfway.
///
/// Writers in one process take turns (a lock, also held by the signal thread before the program exits, so that
/// no temporary file is left behind); writers in several processes take turns per folder (`flock` on the folder)
/// for the check and the rename.
public enum FileWriter {
    /// What may happen to a file that is already there.
    public enum Existing: Sendable, Equatable {
        /// Nothing: the file must be new (an existing name, even a symbolic link, is refused).
        case refuse
        /// The program's own file, or the user said `--overschrijf`.
        case replace
        /// Only while it holds these bytes (nil: only while there is no file): someone else may have written it.
        case replaceIfUnchanged([UInt8]?)
    }

    /// Why nothing was written.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            /// The name is taken and the file may not be replaced.
            case exists
            /// The name is a folder, a device or a pipe.
            case notAFile
            /// The name is (a link to) a file the command reads.
            case isInput(String)
            /// The file changed since the program read or wrote it.
            case changedMeanwhile
            /// One of a set of files is a symbolic link (a set is replaced only in its own folder).
            case symbolicLink
            /// The folder or file cannot be created or written.
            case cannotWrite
        }

        public var reason: Reason
        public var path: String

        public init(_ reason: Reason, _ path: String) {
            self.reason = reason
            self.path = path
        }

        public var description: String {
            let path = Sanitized.path(path)
            switch reason {
            case .exists: return Messages.exists(path)
            case .notAFile: return Messages.notAFile(path)
            case .isInput(let input): return Messages.isInput(path, Sanitized.path(input))
            case .changedMeanwhile: return Messages.changedMeanwhile(path)
            case .symbolicLink: return Messages.symbolicLink(path)
            case .cannotWrite: return Messages.cannotWrite(path)
            }
        }
    }

    /// Taken by every write in this process; taken for good by a thread that is about to end the program.
    private static let turn = Mutex(())

    /// Writes `bytes` to `path` as the one rule says. `inputs` are the files the command read: none of them may be
    /// the output. `createFolder` makes a missing folder (the default knowledge file's).
    public static func write(
        _ bytes: [UInt8], to path: String, existing: Existing, inputs: [String] = [], createFolder: Bool = false
    ) throws(Failure) {
        let result: Result<Void, Failure> = turn.withLock { _ in
            Result { () throws(Failure) in try writeInTurn(bytes, to: path, existing: existing, inputs: inputs, createFolder: createFolder) }
        }
        try result.get()
    }

    /// Says before any work is done whether `write` would refuse the name (it exists, it is a folder, it is an input),
    /// so that a command can refuse its arguments first. `write` looks again.
    public static func check(_ path: String, existing: Existing, inputs: [String] = []) throws(Failure) {
        _ = try look(at: path, existing: existing, inputs: inputs)
    }

    /// The file a name stands for (a link followed, unless the file must be new), whether it is there, and why it
    /// may not be written.
    private static func look(at path: String, existing: Existing, inputs: [String]) throws(Failure) -> (String, Bool, stat) {
        guard !path.isEmpty else { throw Failure(.cannotWrite, path) }
        var target = path
        var status = stat()
        if existing == .refuse {
            if lstat(path, &status) == 0 { throw Failure(isFile(status) || isLink(status) ? .exists : .notAFile, path) }
        } else {
            target = resolvedLink(path)
        }
        let present = stat(target, &status) == 0
        if present && !isFile(status) { throw Failure(.notAFile, path) }
        if present, let input = inputs.first(where: { sameFile(status, $0) }) { throw Failure(.isInput(input), path) }
        if case .replaceIfUnchanged(let previous) = existing, contents(target) != previous { throw Failure(.changedMeanwhile, path) }
        return (target, present, status)
    }

    /// Runs `end` (which ends the program) once no write is under way, and lets no other write start: a signal
    /// never leaves a temporary file or half a set of files behind.
    public static func afterWrites(_ end: () -> Never) -> Never {
        turn.withLock { _ in end() }
    }

    private static func writeInTurn(_ bytes: [UInt8], to path: String, existing: Existing, inputs: [String], createFolder: Bool)
        throws(Failure)
    {
        var (target, present, status) = try look(at: path, existing: existing, inputs: inputs)
        let folder = Path.parent(target)
        if createFolder { makeFolder(folder) }

        let temporary = try temporaryFile(beside: target, bytes, mode: present ? status.st_mode & 0o7777 : nil, path: path)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        let lock = FolderLock(folder)
        defer { lock.release() }
        switch existing {
        case .refuse:
            // A hard link fails when the name is taken, whoever takes it; without hard links, the folder lock keeps
            // other Routekaart processes out between the look and the rename.
            if link(temporary, target) == 0 {
                break
            } else if errno == EEXIST {
                throw Failure(.exists, path)
            } else if lstat(target, &status) == 0 {
                throw Failure(.exists, path)
            } else if rename(temporary, target) != 0 {
                throw Failure(.cannotWrite, path)
            }
            renamed = true
        case .replace:
            guard rename(temporary, target) == 0 else { throw Failure(errno == EISDIR ? .notAFile : .cannotWrite, path) }
            renamed = true
        case .replaceIfUnchanged(let previous):
            guard contents(target) == previous else { throw Failure(.changedMeanwhile, path) }
            guard rename(temporary, target) == 0 else { throw Failure(errno == EISDIR ? .notAFile : .cannotWrite, path) }
            renamed = true
        }
        syncFolder(folder)
    }

    // MARK: - A set of files, all or nothing

    /// The journal of a set being replaced in a folder: while it is there, the set is half replaced.
    public static let journalName = ".routekaart-journaal"

    /// Replaces every file of `files` (name in `folder` → bytes), or none of them. All new files are written and
    /// flushed first, each existing file gets a second name (a hard link), a journal names them all, and only then
    /// are the new files renamed into place; when a rename fails, the old files are put back. A program killed
    /// halfway leaves the journal, and `recover` (at the next start) puts the old files back.
    public static func replaceAll(_ files: [(name: String, bytes: [UInt8])], in folder: String, inputs: [String] = []) throws(Failure) {
        let result: Result<Void, Failure> = turn.withLock { _ in
            Result { () throws(Failure) in try replaceAllInTurn(files, in: folder, inputs: inputs) }
        }
        try result.get()
    }

    private static func replaceAllInTurn(_ files: [(name: String, bytes: [UInt8])], in folder: String, inputs: [String]) throws(Failure) {
        makeFolder(folder)
        let lock = FolderLock(folder)
        defer { lock.release() }
        try recoverInTurn(folder)
        removeLeftovers(in: folder)
        struct Entry {
            var name: String
            var target: String
            var temporary: String
            var backup: String?
        }
        var entries: [Entry] = []
        func undo() {
            for entry in entries {
                unlink(entry.temporary)
                if let backup = entry.backup { unlink(backup) }
            }
        }
        for file in files {
            let target = Path.join(folder, file.name)
            guard !file.name.contains("/"), !file.name.contains("\n"), !file.name.contains("\t") else {
                undo()
                throw Failure(.cannotWrite, target)
            }
            var status = stat()
            let present = lstat(target, &status) == 0
            if present && isLink(status) {
                undo()
                throw Failure(.symbolicLink, target)
            }
            if present && !isFile(status) {
                undo()
                throw Failure(.notAFile, target)
            }
            if present, let input = inputs.first(where: { sameFile(status, $0) }) {
                undo()
                throw Failure(.isInput(input), target)
            }
            let temporary: String
            do throws(Failure) {
                temporary = try temporaryFile(beside: target, file.bytes, mode: present ? status.st_mode & 0o7777 : nil, path: target)
            } catch {
                undo()
                throw error
            }
            entries.append(Entry(name: file.name, target: target, temporary: temporary, backup: nil))
            if present {
                // The old file under a second name: what a failed or interrupted replacement puts back.
                let backup = leftoverName(for: file.name, in: folder, suffix: "oud")
                guard link(target, backup) == 0 else {
                    undo()
                    throw Failure(.cannotWrite, target)
                }
                entries[entries.count - 1].backup = backup
            }
        }
        // The journal: one line per file (name, temporary name, backup name or empty), written before any rename.
        var journal = "routekaart-journaal 1\n"
        for entry in entries {
            journal += [entry.name, Path.lastComponent(entry.temporary), entry.backup.map(Path.lastComponent) ?? ""].joined(separator: "\t") + "\n"
        }
        let journalPath = Path.join(folder, journalName)
        do throws(Failure) {
            let temporary = try temporaryFile(beside: journalPath, Array(journal.utf8), mode: nil, path: journalPath)
            guard rename(temporary, journalPath) == 0 else {
                unlink(temporary)
                throw Failure(.cannotWrite, journalPath)
            }
        } catch {
            undo()
            throw error
        }
        syncFolder(folder)
        for (index, entry) in entries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let failed = errno == EISDIR ? Failure.Reason.notAFile : .cannotWrite
            for done in entries[..<index] {
                if let backup = done.backup { _ = rename(backup, done.target) } else { unlink(done.target) }
            }
            undo()
            unlink(journalPath)
            syncFolder(folder)
            throw Failure(failed, entry.target)
        }
        // Done: the journal goes first (from here on nothing is rolled back), then the old files' second names.
        syncFolder(folder)
        unlink(journalPath)
        for entry in entries { if let backup = entry.backup { unlink(backup) } }
        syncFolder(folder)
    }

    /// Puts back the old files of a set whose replacement was interrupted (the journal is still there); true when
    /// there was one. Nothing to do costs one `stat`.
    @discardableResult
    public static func recover(in folder: String) throws(Failure) -> Bool {
        var status = stat()
        guard lstat(Path.join(folder, journalName), &status) == 0 else { return false }
        let result: Result<Bool, Failure> = turn.withLock { _ in
            Result { () throws(Failure) in
                let lock = FolderLock(folder)
                defer { lock.release() }
                return try recoverInTurn(folder)
            }
        }
        return try result.get()
    }

    @discardableResult
    private static func recoverInTurn(_ folder: String) throws(Failure) -> Bool {
        let journalPath = Path.join(folder, journalName)
        var status = stat()
        guard lstat(journalPath, &status) == 0 else { return false }
        guard isFile(status), let bytes = contents(journalPath) else { throw Failure(.cannotWrite, journalPath) }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst()
        for line in lines {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy({ !$0.contains("/") }) else { continue }
            let target = Path.join(folder, parts[0])
            let temporary = Path.join(folder, parts[1])
            let renamed = lstat(temporary, &status) != 0
            if !parts[2].isEmpty {
                let backup = Path.join(folder, parts[2])
                // Not renamed yet: the old file has both names (and `rename` of one name onto the other does nothing).
                if lstat(backup, &status) == 0 {
                    if sameFile(status, target) {
                        unlink(backup)
                    } else if rename(backup, target) != 0 {
                        throw Failure(.cannotWrite, target)
                    }
                }
            } else if renamed {
                // There was no old file: the new one goes.
                unlink(target)
            }
            unlink(temporary)
        }
        guard unlink(journalPath) == 0 || errno == ENOENT else { throw Failure(.cannotWrite, journalPath) }
        syncFolder(folder)
        return true
    }

    // MARK: - Parts

    /// A new temporary file beside `target` with the bytes, flushed to disk; its name.
    private static func temporaryFile(beside target: String, _ bytes: [UInt8], mode: mode_t?, path: String) throws(Failure) -> String {
        let folder = Path.parent(target)
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<8 {
            temporary = leftoverName(for: Path.lastComponent(target), in: folder, suffix: "tmp")
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(.cannotWrite, path) }
        // The mode of the file it replaces, exactly (the umask applies only to new files).
        if let mode { fchmod(descriptor, mode) }
        var written = 0
        let complete = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while written < buffer.count {
                let count = systemWrite(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
        // The data on disk before a name points at it: a crash leaves the old file or the new one, never half.
        let synced = complete && fsync(descriptor) == 0
        guard close(descriptor) == 0, synced else {
            unlink(temporary)
            throw Failure(.cannotWrite, path)
        }
        return temporary
    }

    /// `.NAME.PID.RANDOM.SUFFIX` in the folder: hidden, and telling which process left it.
    static func leftoverName(for name: String, in folder: String, suffix: String) -> String {
        Path.join(folder, ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).\(suffix)")
    }

    /// Removes what a set's writer that was killed before its journal left behind: temporary files and second
    /// names (`.NAME.PID.N.tmp`, `.oud`) of processes that no longer run.
    static func removeLeftovers(in folder: String) {
        var names: [String] = []
        for name in self.names(in: folder) {
            guard name.hasPrefix("."), name.hasSuffix(".tmp") || name.hasSuffix(".oud") else { continue }
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { names.append(name) }
        }
        for name in names { unlink(Path.join(folder, name)) }
    }

    /// The path a symbolic link points to (followed to the end), or the path itself.
    static func resolvedLink(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                pointer.baseAddress.map { base in base.withMemoryRebound(to: CChar.self, capacity: 4096) { readlink(current, $0, 4095) } } ?? -1
            }
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[..<count], as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : Path.join(Path.parent(current), destination)
        }
        return current
    }

    /// The bytes of a regular file, or nil when there is none.
    public static func contents(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, isFile(status) else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes += chunk[..<count]
        }
    }

    /// The names in a folder (not `.` and `..`), unsorted; none when it cannot be read.
    public static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// True when the path is (a link to) a regular file: not a folder, a device or a pipe.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && isFile(status)
    }

    static func isFile(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFREG }
    static func isLink(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFLNK }

    /// True when `other` is the same file (device and inode) as the one `status` describes.
    static func sameFile(_ status: stat, _ other: String) -> Bool {
        var info = stat()
        return stat(other, &info) == 0 && info.st_dev == status.st_dev && info.st_ino == status.st_ino
    }

    /// True when the two paths name the same existing file (links followed).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var status = stat()
        return stat(a, &status) == 0 && sameFile(status, b)
    }

    static func makeFolder(_ folder: String) {
        var status = stat()
        guard stat(folder, &status) != 0 else { return }
        let parent = Path.parent(folder)
        if parent != folder { makeFolder(parent) }
        mkdir(folder, 0o777)
    }

    /// The rename itself on disk.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// An exclusive lock on a folder between Routekaart processes (a lock that goes with the process, never a file
    /// left behind); nothing when the folder cannot be opened.
    struct FolderLock {
        let descriptor: Int32

        init(_ folder: String) {
            descriptor = open(folder, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
            }
        }

        func release() {
            guard descriptor >= 0 else { return }
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, pointer, count)
        #elseif canImport(Musl)
            Musl.read(descriptor, pointer, count)
        #else
            Darwin.read(descriptor, pointer, count)
        #endif
    }

    static func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
            Musl.write(descriptor, pointer, count)
        #else
            Darwin.write(descriptor, pointer, count)
        #endif
    }

    enum Messages {
        static func exists(_ path: String) -> String { "\(path) bestaat al; er is niets overschreven" }
        static func notAFile(_ path: String) -> String { "\(path) is geen gewoon bestand (een map, apparaat of pijp); er is niets geschreven" }
        static func isInput(_ path: String, _ input: String) -> String {
            "\(path) is het bestand dat wordt gelezen (\(input)); het wordt niet overschreven: kies een andere naam"
        }
        static func changedMeanwhile(_ path: String) -> String {
            "\(path) is veranderd sinds routekaart het las of schreef (door een ander programma, een tweede vraaggesprek of een collega?); "
                + "er is niets overschreven"
        }
        static func symbolicLink(_ path: String) -> String {
            "\(path) is een koppeling (symlink); de import vervangt alleen gewone bestanden in de map: vervang de koppeling door het bestand"
        }
        static func cannotWrite(_ path: String) -> String { "\(path): kan niet schrijven; er is niets vervangen (controleer de map en de rechten)" }
    }
}
