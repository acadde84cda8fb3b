#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Answers about one school, SWV or postcode straight from the bytes of a data folder proven by its
/// check stamp, without putting the whole country together: the advice on a case needs two or three
/// records of the 1,630 vestigingen and 4,046 postcodes, and must not take longer as the country grows.
///
/// It rests on rules the stamp proves (`ModelValidator`): `vestigingen.csv` is sorted by vestigingscode,
/// `regio.csv` by PC4 and `swv-gemeenten.csv` by code, each key once, no field holds a line break, and the
/// gemeenten of each SWV are what the other two files give. So a record is found by halving
/// the file's bytes, and read with the same reader as the whole file (`ModelFiles`); what the lookup gives
/// equals what the whole model gives (`ProvenLookupTests` compares every record).
final class ModelLookup: @unchecked Sendable {
    private let vestigingen: SortedCSV
    private let regio: SortedCSV
    private let swvGemeenten: SortedCSV
    private let parts: LazyValue<SmallParts>
    let parameters: [Parameter]
    private let lock = Lock()
    private var schools: [String: School?] = [:]
    private var swvs: [String: SWV?] = [:]

    /// The model's small files: decoded on first use, from the proven bytes.
    struct SmallParts: Sendable {
        var handSWVs: [SWV] = []
        var licences: [LicenceRecord] = []
        var manifest: ImportManifest?
        var exampleSWVs: [SWV] = []
        var exampleSchools: [School] = []
    }

    init(_ folder: DataFolder, examples: Bool, parameters: [Parameter]) {
        vestigingen = SortedCSV(folder.files[ModelFiles.vestigingen] ?? Data(), file: folder.path(ModelFiles.vestigingen))
        regio = SortedCSV(folder.files[ModelFiles.regio] ?? Data(), file: folder.path(ModelFiles.regio))
        swvGemeenten = SortedCSV(folder.files[ModelFiles.swvGemeenten] ?? Data(), file: folder.path(ModelFiles.swvGemeenten))
        self.parameters = parameters
        parts = LazyValue {
            // Proven bytes: they decode, as they did when every rule passed.
            var ignored: [InputError] = []
            var parts = SmallParts()
            parts.handSWVs = folder.decode(SWVFile.self, ModelFiles.swvs, errors: &ignored)?.swv ?? []
            parts.licences = folder.decode(LicenceFile.self, ModelFiles.licences, errors: &ignored)?.licenties ?? []
            parts.manifest = folder.decode(ImportManifest.self, ModelFiles.manifest, errors: &ignored)
            if examples {
                parts.exampleSWVs = folder.decode(SWVFile.self, ModelFiles.exampleSWVs, errors: &ignored)?.swv ?? []
                parts.exampleSchools = folder.decode(SchoolFile.self, ModelFiles.exampleSchools, errors: &ignored)?.scholen ?? []
            }
            return parts
        }
    }

    var regioOrigin: DataOrigin? { parts.value.manifest.map { DataOrigin(bron: $0.regio.bron, datum: $0.regio.datum) } }

    func school(_ code: String) -> School? {
        if let known = cached(\.schools, code) { return known }
        var found: School?
        if let line = vestigingen.line(withKey: code), let school = try? ModelFiles.readVestigingen(vestigingen.table(of: [line])).first {
            found = ModelLoader.withLicences(school, parts.value.licences)
        } else {
            found = parts.value.exampleSchools.first { $0.code == code }
        }
        return store(\.schools, code, found)
    }

    func regio(pc4: String) -> RegioEntry? {
        guard let line = regio.line(withKey: pc4) else { return nil }
        return (try? ModelFiles.readRegio(regio.table(of: [line])))?.first
    }

    /// A real SWV is a code of `swv-gemeenten.csv` (the importer writes every code of the regio-indeling there, with
    /// its gemeenten in order; a rule proves they are what `regio.csv` and `vestigingen.csv` give), with what is
    /// entered by hand.
    func swv(_ code: String) -> SWV? {
        if let known = cached(\.swvs, code) { return known }
        var found: SWV?
        if let line = swvGemeenten.line(withKey: code),
            let entry = (try? ModelFiles.readSWVGemeenten(swvGemeenten.table(of: [line])))?.first, entry.code == code
        {
            var swv = parts.value.handSWVs.first { $0.code == code } ?? SWV(code: code, naam: nil, voorbeeld: false, perioden: [])
            swv.gemeenten = entry.gemeenten
            found = swv
        } else {
            found = parts.value.exampleSWVs.first { $0.code == code }
        }
        return store(\.swvs, code, found)
    }

    private func cached<T>(_ cache: ReferenceWritableKeyPath<ModelLookup, [String: T?]>, _ key: String) -> T?? {
        lock.lock()
        defer { lock.unlock() }
        return self[keyPath: cache][key]
    }

    private func store<T>(_ cache: ReferenceWritableKeyPath<ModelLookup, [String: T?]>, _ key: String, _ value: T?) -> T? {
        lock.lock()
        defer { lock.unlock() }
        self[keyPath: cache][key] = .some(value)
        return value
    }
}

/// A `;`-separated file whose lines after the header are sorted by their first field (byte order), each
/// key once, with no line break inside a field: a line is found by halving the bytes.
struct SortedCSV: Sendable {
    /// The file's bytes as read (not copied: the country's largest file).
    let data: Data
    let file: String
    /// Where the first line after the header starts.
    let bodyStart: Int

    private static let newline = UInt8(ascii: "\n")

    init(_ data: Data, file: String) {
        self.data = data
        self.file = file
        bodyStart = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return (firstIndex(of: Self.newline, in: buffer, from: 0) ?? buffer.count - 1) + 1
        }
    }

    /// The line whose first field is `key`, without its line end.
    func line(withKey key: String) -> [UInt8]? {
        let key = Array(key.utf8)
        return data.withUnsafeBytes { raw -> [UInt8]? in
            let buffer = raw.bindMemory(to: UInt8.self)
            var low = bodyStart
            var high = buffer.count
            // `low` and `high` are always the start of a line (or the end of the file).
            while low < high {
                var start = (low + high) / 2
                while start > low && buffer[start - 1] != Self.newline { start -= 1 }
                var end = start
                while end < buffer.count && buffer[end] != Self.newline { end += 1 }
                var fieldEnd = start
                while fieldEnd < end && buffer[fieldEnd] != UInt8(ascii: ";") && buffer[fieldEnd] != UInt8(ascii: "\r") { fieldEnd += 1 }
                let field = UnsafeBufferPointer(rebasing: buffer[start..<fieldEnd])
                if field.elementsEqual(key) { return Array(buffer[start..<end]) }
                if field.lexicographicallyPrecedes(key) { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    /// The header and these lines, read as a table by the reader of the whole file.
    func table(of lines: [[UInt8]]) throws(InputError) -> CSVTable {
        var text = Array(data.prefix(bodyStart))
        if text.last != Self.newline { text.append(Self.newline) }
        for line in lines {
            text += line
            text.append(Self.newline)
        }
        return try CSVTable(bytes: text, file: file)
    }
}
