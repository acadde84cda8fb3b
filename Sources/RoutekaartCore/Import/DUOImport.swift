/// Builds the generated part of the real model from public files: the Regeling regio-indeling
/// (PC4 → gemeente → SWV VO), DUO's file of all vo vestigingen, and DUO's exam candidates per
/// vestiging (which vmbo leerwegen a vestiging examines). Reads DUO's own formats; finds every
/// column by its header name. Every problem is an `InputError` with file, line and column.
public enum DUOImport {
    /// The columns read from DUO's "alle vestigingen vo".
    public static let vestigingColumns = [
        "INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "POSTCODE", "PLAATSNAAM", "GEMEENTENAAM", "ONDERWIJSSTRUCTUUR",
    ]
    /// The columns read from DUO's "examenkandidaten en geslaagden" (plus one count column per school year).
    public static let examColumns = ["VESTIGINGSCODE", "ONDERWIJSTYPE VO", "OPLEIDINGSNAAM"]
    /// The columns read from the regio-indeling's table.
    public static let regioColumns = ["pc4", "gemeente", "swv_vo"]

    /// How many school years of exam candidates count: the newest two (a leerweg examined in neither is taken as not offered now).
    public static let examYearsUsed = 2

    /// At most this many problems are reported per file.
    static let maximumErrors = 25

    // MARK: - Regio-indeling

    public static func regio(_ table: CSVTable) throws(InputErrors) -> [RegioEntry] {
        let c: [Int]
        do { c = try table.columns(regioColumns) } catch { throw InputErrors([error]) }
        var errors: [InputError] = []
        var seen = Set<String>()
        var entries: [RegioEntry] = []
        for row in table.rows {
            let pc4 = row.fields[c[0]]
            let gemeente = row.fields[c[1]]
            let code = row.fields[c[2]]
            if !isPC4(pc4) {
                errors.append(table.error(row, c[0], Messages.notAPC4(pc4)))
            } else if !seen.insert(pc4).inserted {
                errors.append(table.error(row, c[0], Messages.duplicatePC4(pc4)))
            }
            if gemeente.isEmpty { errors.append(table.error(row, c[1], Messages.empty)) }
            if code != RegioEntry.europoort && !isSWVCode(code) {
                errors.append(table.error(row, c[2], Messages.unknownSWVCode(code)))
            }
            entries.append(RegioEntry(pc4: pc4, gemeente: gemeente, swv: code == RegioEntry.europoort ? nil : code))
        }
        guard errors.isEmpty else { throw InputErrors(Array(errors.prefix(maximumErrors))) }
        return entries.sorted { $0.pc4 < $1.pc4 }
    }

    // MARK: - Exam candidates → leerwegen

    /// The leerwegen each vestiging examined in the newest school years of the file, and those years.
    public struct ExamLeerwegen: Sendable {
        public var byCode: [String: Set<Leerweg>]
        /// Every school year in the file (`2019-2020`…), oldest first.
        public var allYears: [String]
        /// The years that count.
        public var usedYears: [String]
        public var rows: Int
    }

    /// DUO's vmbo programmes: `VMBO B - economie` → basis. `LWT` is the leerwerktraject, a variant of the
    /// basisberoepsgerichte leerweg, so it counts as basis.
    public static func leerweg(ofProgramme name: String) -> Leerweg? {
        let words = name.split(separator: " ")
        guard words.count >= 2, words[0] == "VMBO" else { return nil }
        switch words[1] {
        case "B", "LWT": return .basis
        case "K": return .kader
        case "G": return .gemengd
        case "T": return .theoretisch
        default: return nil
        }
    }

    public static func examLeerwegen(_ table: CSVTable) throws(InputErrors) -> ExamLeerwegen {
        let c: [Int]
        do { c = try table.columns(examColumns) } catch { throw InputErrors([error]) }
        // "EXAMENKANDIDATEN SCHOOLJAAR 2023-2024 - TOTAAL": one count column per school year.
        var yearColumns: [(year: String, column: Int)] = []
        for (index, name) in table.header.enumerated() {
            guard name.hasPrefix("EXAMENKANDIDATEN SCHOOLJAAR "), name.hasSuffix(" - TOTAAL") else { continue }
            let year = name.dropFirst("EXAMENKANDIDATEN SCHOOLJAAR ".count).dropLast(" - TOTAAL".count)
            yearColumns.append((String(year), index))
        }
        yearColumns.sort { $0.year < $1.year }
        guard !yearColumns.isEmpty else {
            throw InputErrors([
                InputError(.data, file: table.file, place: "regel 1", Messages.noYearColumns)
            ])
        }
        let used = Array(yearColumns.suffix(examYearsUsed))
        var errors: [InputError] = []
        var byCode: [String: Set<Leerweg>] = [:]
        for row in table.rows {
            guard row.fields[c[1]] == "VMBO" else { continue }
            let programme = row.fields[c[2]]
            guard let leerweg = leerweg(ofProgramme: programme) else {
                errors.append(table.error(row, c[2], Messages.unknownProgramme(programme)))
                continue
            }
            var examined = false
            for (_, column) in used {
                switch candidateCount(row.fields[column]) {
                case .some(let count): examined = examined || count > 0
                case nil: errors.append(table.error(row, column, Messages.notACount(row.fields[column])))
                }
            }
            if examined { byCode[row.fields[c[0]], default: []].insert(leerweg) }
        }
        guard errors.isEmpty else { throw InputErrors(Array(errors.prefix(maximumErrors))) }
        return ExamLeerwegen(byCode: byCode, allYears: yearColumns.map(\.year), usedYears: used.map(\.year), rows: table.rowCount)
    }

    /// A count as DUO writes it: a number, `<5` (one to four: some), or empty (none).
    static func candidateCount(_ text: String) -> Int? {
        if text.isEmpty { return 0 }
        if text == "<5" { return 1 }
        return Int(text).flatMap { $0 >= 0 ? $0 : nil }
    }

    // MARK: - Vestigingen

    /// What a vestiging offers, from DUO's ONDERWIJSSTRUCTUUR (`VBO/MAVO/HAVO/VWO`, `PRO`, `BRUGJAAR`).
    public struct Offer: Sendable, Equatable {
        public var pro: Bool?
        public var vmbo: Bool?
        public var havoVwo: Bool?
    }

    /// nil for a part DUO does not use. `BRUGJAAR` (a location for the first year(s) only) leaves the offer unknown.
    public static func offer(ofStructure structure: String) -> Offer? {
        let parts = structure.split(separator: "/").map { $0.trimmingBlanks() }
        let known: Set<String> = ["VBO", "MAVO", "HAVO", "VWO", "PRO", "BRUGJAAR"]
        guard !parts.isEmpty, parts.allSatisfy(known.contains) else { return nil }
        if parts == ["BRUGJAAR"] { return Offer(pro: nil, vmbo: nil, havoVwo: nil) }
        guard !parts.contains("BRUGJAAR") else { return nil }
        return Offer(
            pro: parts.contains("PRO"), vmbo: parts.contains("VBO") || parts.contains("MAVO"),
            havoVwo: parts.contains("HAVO") || parts.contains("VWO"))
    }

    /// The record of every vestiging, sorted by code. `known` maps folded place names to the regio-indeling's spelling.
    public static func schools(
        _ table: CSVTable, regio: [RegioEntry], exams: ExamLeerwegen, bron: String, examBron: String, datum: Day
    ) throws(InputErrors) -> (schools: [School], notes: [String]) {
        let c: [Int]
        do { c = try table.columns(vestigingColumns) } catch { throw InputErrors([error]) }
        var regioByPC4: [String: RegioEntry] = [:]
        var known: [String: String] = [:]
        for entry in regio {
            regioByPC4[entry.pc4] = entry
            known[SearchText.compact(entry.gemeente)] = entry.gemeente
        }
        var errors: [InputError] = []
        var schools: [School] = []
        var codes = Set<String>()
        var examsWithoutVmbo: [String] = []
        for row in table.rows {
            let f = row.fields
            let brin = f[c[0]]
            let code = f[c[1]]
            if !isSchoolCode(code) {
                errors.append(table.error(row, c[1], Messages.badCode(code)))
            } else if !codes.insert(code).inserted {
                errors.append(table.error(row, c[1], Messages.duplicateCode(code)))
            } else if !code.hasPrefix(brin) {
                errors.append(table.error(row, c[0], Messages.brinMismatch(brin, code)))
            }
            let naam = f[c[2]].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if naam.isEmpty { errors.append(table.error(row, c[2], Messages.empty)) }
            guard let pc4 = pc4(ofPostcode: f[c[3]]) else {
                errors.append(table.error(row, c[3], Messages.badPostcode(f[c[3]])))
                continue
            }
            guard let area = regioByPC4[pc4] else {
                errors.append(table.error(row, c[3], Messages.postcodeNotInRegio(pc4)))
                continue
            }
            guard let swv = area.swv else {
                errors.append(table.error(row, c[3], Messages.postcodeInEuropoort(pc4)))
                continue
            }
            guard let offer = offer(ofStructure: f[c[6]]) else {
                errors.append(table.error(row, c[6], Messages.unknownStructure(f[c[6]])))
                continue
            }
            if f[c[4]].isEmpty { errors.append(table.error(row, c[4], Messages.empty)) }
            if f[c[5]].isEmpty { errors.append(table.error(row, c[5], Messages.empty)) }
            var leerwegen: [Leerweg]?
            if let examined = exams.byCode[code] {
                if offer.vmbo == true {
                    leerwegen = Leerweg.allCases.filter(examined.contains)
                } else {
                    examsWithoutVmbo.append(code)
                }
            }
            schools.append(
                School(
                    code: code, naam: naam, plaats: PlaceNames.display(f[c[4]], known: known),
                    gemeente: PlaceNames.display(f[c[5]], known: known), pc4: pc4, swv: swv, voorbeeld: false, pro: offer.pro,
                    vmbo: offer.vmbo, leerwegen: leerwegen, havoVwo: offer.havoVwo, lwooInNaam: mentionsLwoo(naam),
                    bron: bron, gegevensDatum: datum, leerwegenBron: leerwegen == nil ? nil : examBron))
        }
        guard errors.isEmpty else { throw InputErrors(Array(errors.prefix(maximumErrors))) }
        var notes: [String] = []
        if !examsWithoutVmbo.isEmpty {
            notes.append(Messages.examsWithoutVmbo(examsWithoutVmbo.sorted()))
        }
        let missing = Set(exams.byCode.keys).subtracting(codes)
        if !missing.isEmpty { notes.append(Messages.examsForUnknownVestigingen(missing.count)) }
        return (schools.sorted { $0.code < $1.code }, notes)
    }

    /// The official name contains the word "lwoo" (any case, as a whole word): evidence, not proof, of a licence.
    public static func mentionsLwoo(_ name: String) -> Bool {
        SearchText.words(name).contains("lwoo")
    }

    /// `4942 VC` or `4942VC` → `4942`.
    static func pc4(ofPostcode text: String) -> String? {
        let compact = text.replacing(" ", with: "")
        let bytes = Array(compact.utf8)
        guard bytes.count == 6, bytes[0] != UInt8(ascii: "0"), bytes[0..<4].allSatisfy(isDigit),
            bytes[4...].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else { return nil }
        return String(compact.prefix(4))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    public static func isPC4(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            guard isDigit(byte), count > 0 || byte != UInt8(ascii: "0") else { return false }
            count += 1
        }
        return count == 4
    }

    /// `VO2001`…: an SWV VO code of the regio-indeling.
    public static func isSWVCode(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            switch count {
            case 0: guard byte == UInt8(ascii: "V") else { return false }
            case 1: guard byte == UInt8(ascii: "O") else { return false }
            default: guard isDigit(byte) else { return false }
            }
            count += 1
        }
        return count == 6
    }

    /// BRIN (two digits, two capitals) plus a two-digit vestigingsnummer: `01IW00`.
    public static func isSchoolCode(_ code: String) -> Bool {
        var count = 0
        for byte in code.utf8 {
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            guard count < 6, (count == 2 || count == 3) ? upper : isDigit(byte) else { return false }
            count += 1
        }
        return count == 6
    }

    enum Messages {
        static let empty = "mag niet leeg zijn"
        static let noYearColumns =
            "geen kolommen \"EXAMENKANDIDATEN SCHOOLJAAR JJJJ-JJJJ - TOTAAL\" gevonden; is dit DUO's bestand met examenkandidaten?"
        static func notAPC4(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen postcode van vier cijfers" }
        static func duplicatePC4(_ text: String) -> String { "de postcode \(text) staat twee keer in de regio-indeling" }
        static func unknownSWVCode(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen SWV-code; verwacht VO gevolgd door vier cijfers (VO2001…VO3106) of \"Europoort\""
        }
        static func unknownProgramme(_ text: String) -> String {
            "onbekende vmbo-opleiding \"\(Sanitized.short(text))\"; verwacht VMBO B, K, G, T of LWT gevolgd door het profiel"
        }
        static func notACount(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen aantal (een getal, <5 of leeg)" }
        static func badCode(_ code: String) -> String {
            "\"\(Sanitized.short(code))\" is geen vestigingscode; verwacht BRIN plus vestigingsnummer, zoals 01IW00"
        }
        static func duplicateCode(_ code: String) -> String { "de vestigingscode \(code) staat twee keer in het bestand" }
        static func brinMismatch(_ brin: String, _ code: String) -> String {
            "de vestigingscode \(code) begint niet met de instellingscode (BRIN) \(Sanitized.short(brin))"
        }
        static func badPostcode(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen postcode (verwacht 1234 AB)" }
        static func postcodeNotInRegio(_ pc4: String) -> String {
            "de postcode \(pc4) staat niet in de regio-indeling; zonder postcodegebied is het SWV van deze vestiging onbekend"
        }
        static func postcodeInEuropoort(_ pc4: String) -> String {
            "de postcode \(pc4) ligt in Europoort, dat volgens de regio-indeling bij geen samenwerkingsverband hoort"
        }
        static func unknownStructure(_ text: String) -> String {
            "onbekende onderwijsstructuur \"\(Sanitized.short(text))\"; verwacht delen als VBO, MAVO, HAVO, VWO, PRO, gescheiden door /, of BRUGJAAR"
        }
        static func examsWithoutVmbo(_ codes: [String]) -> String {
            "\(codes.count) vestiging(en) met vmbo-examenkandidaten maar zonder vmbo in de onderwijsstructuur (de onderwijsstructuur gaat voor; leerwegen niet overgenomen): "
                + codes.joined(separator: ", ")
        }
        static func examsForUnknownVestigingen(_ count: Int) -> String {
            "\(count) vestiging(en) met vmbo-examenkandidaten staan niet (meer) in het vestigingenbestand; die examenrijen zijn niet gebruikt"
        }
    }
}
