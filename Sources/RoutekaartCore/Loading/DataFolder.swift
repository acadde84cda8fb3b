#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The files of a data folder read once into memory, with their fingerprint: what the loader
/// parses is exactly what was fingerprinted.
struct DataFolder: Sendable {
    let directory: String
    /// Relative path → bytes, for every file but the raw import inputs and the stamp itself.
    let files: [String: [UInt8]]
    /// Expected files that could not be read (too large, no permission), with the reason.
    let refused: [String: InputError]
    /// A 64-bit FNV-1a hash over every file's relative path and bytes, in path order.
    let fingerprint: String

    /// What is not part of the advisor's data: the check stamp (`CheckStamp`) that records this folder's fingerprint.
    static let skipped: Set<String> = [stampFile]
    static let stampFile = "gecontroleerd.json"

    /// The files the advisor reads, and nothing else: the top level's JSON files and, one level deep, the files of
    /// these folders with these extensions. Nothing below is walked (the raw import inputs in `bronbestanden/`, a
    /// folder someone put there, a symbolic link to `/usr`), hidden files (a writer's temporary files) are not read,
    /// and only regular files are (a link to a file is followed; a device or a pipe is not read).
    static let expected: [(folder: String, extensions: [String])] = [
        ("", [".json"]), ("inhoud", [".json"]), ("model", [".json", ".csv"]), ("voorbeeld", [".json", ".csv"]), ("wet", [".md"]),
    ]

    /// The folders of `expected` that hold the model (`ModelLoader`); the others hold the content and the law texts.
    static let modelFolders: Set<String> = ["model", "voorbeeld"]
    static var contentFolders: Set<String> { Set(expected.map(\.folder)).subtracting(modelFolders) }

    /// Every file the advisor reads, with the fingerprint.
    static func reading(_ directory: String) -> DataFolder { reading(directory, folders: nil).fingerprinted() }

    /// A part of the folder: the files of the expected folders in `folders` (nil: all) that `wanted` picks by their
    /// relative path, without a fingerprint (`joined` puts the parts together and adds it).
    static func reading(_ directory: String, folders: Set<String>?, only wanted: (String) -> Bool = { _ in true }) -> DataFolder {
        // Plain path strings and a listing by hand: the URL-based enumerator costs more than the data itself.
        var files: [String: [UInt8]] = [:]
        var refused: [String: InputError] = [:]
        for (folder, extensions) in expected where folders?.contains(folder) ?? true {
            let absolute = folder.isEmpty ? directory : directory + "/" + folder
            for name in FileWriter.names(in: absolute) where !name.hasPrefix(".") && extensions.contains(where: { name.hasSuffix($0) }) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                guard wanted(relative), !skipped.contains(relative), FileWriter.isRegularFile(absolute + "/" + name) else { continue }
                do {
                    files[relative] = try FileReader.bytes(absolute + "/" + name)
                } catch {
                    refused[relative] = error
                }
            }
        }
        return DataFolder(directory: directory, files: files, refused: refused, fingerprint: "")
    }

    /// The parts of one folder as one, with the fingerprint over all their files: the same as reading it whole.
    static func joined(_ parts: [DataFolder]) -> DataFolder {
        var files: [String: [UInt8]] = [:]
        var refused: [String: InputError] = [:]
        for part in parts {
            files.merge(part.files) { mine, _ in mine }
            refused.merge(part.refused) { mine, _ in mine }
        }
        return DataFolder(directory: parts.first?.directory ?? "", files: files, refused: refused, fingerprint: "").fingerprinted()
    }

    /// The same files with their fingerprint.
    private func fingerprinted() -> DataFolder {
        // FNV-1a over 8-byte words in four lanes (32 bytes a step, so the multiplications do not wait for each
        // other), the last words and bytes in the first lane, the lanes folded together at the end.
        let prime: UInt64 = 0x100_0000_01b3
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b = a ^ 1
        var c = a ^ 2
        var d = a ^ 3
        func mix(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset + 32 <= bytes.count {
                a = (a ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                b = (b ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
                c = (c ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
                d = (d ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
                offset += 32
            }
            while offset + 8 <= bytes.count {
                a = (a ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                offset += 8
            }
            while offset < bytes.count {
                a = (a ^ UInt64(bytes[offset])) &* prime
                offset += 1
            }
            // The end of a part, so that moving bytes from one file to the next changes the fingerprint.
            a = (a ^ 0xff ^ UInt64(bytes.count)) &* prime
        }
        for path in files.keys.sorted() {
            Array(path.utf8).withUnsafeBytes(mix)
            files[path]?.withUnsafeBytes(mix)
        }
        var hash = a
        for lane in [b, c, d] { hash = (hash ^ lane) &* prime }
        let hex = String(hash, radix: 16)
        return DataFolder(
            directory: directory, files: files, refused: refused, fingerprint: String(repeating: "0", count: 16 - hex.count) + hex)
    }

    func path(_ name: String) -> String { Path.join(directory, name) }

    /// A JSON file of the folder, read field by field (`JSONFields`); a problem is added to `errors` and gives nil.
    func read<T>(_ name: String, _ make: (inout JSONFields) throws(InputError) -> T, errors: inout [InputError]) -> T? {
        do {
            return try JSONFields.read(try data(name), file: path(name), make)
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// The bytes of a file of the folder: from memory, or, for a file that was not there when the folder
    /// was read, with the reader's message.
    func data(_ name: String) throws(InputError) -> [UInt8] {
        if let data = files[name] { return data }
        if let error = refused[name] { throw error }
        return try FileReader.bytes(path(name))
    }
}
