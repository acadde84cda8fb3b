#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The files of the real model (`model/`) and of the example data (`voorbeeld/`), and the formats of
/// the generated ones. `vestigingen.csv`, `regio.csv` and `import.json` are written by
/// `routekaart gegevens importeer`; `kennis.csv` (every sourced fact about SWVs and licences: names, policies,
/// licences, contacts) and `aliassen.json` are entered by hand (each fact with its source) and kept by the importer;
/// `rio-kennis.csv` is written by the RIO import.
public enum ModelFiles {
    public static let folder = "model"
    public static let vestigingen = "model/vestigingen.csv"
    public static let regio = "model/regio.csv"
    public static let manifest = "model/import.json"
    public static let knowledge = KnowledgeLocation.bundled
    public static let rioKnowledge = KnowledgeLocation.rio
    public static let aliases = "model/aliassen.json"
    public static let exampleSWVs = "voorbeeld/swv.json"
    public static let exampleSchools = "voorbeeld/scholen.json"
    public static let exampleKnowledge = KnowledgeLocation.examples

    /// The generated files, written by the importer and proven reproducible by a test.
    public static let generated = [vestigingen, regio, manifest]

    public static let vestigingenColumns = [
        "vestigingscode", "naam", "plaats", "gemeente", "pc4", "swv", "pro", "vmbo", "leerwegen", "havo_vwo", "lwoo_in_naam", "bron",
        "gegevensdatum", "leerwegen_bron",
    ]
    public static let regioColumns = ["pc4", "gemeente", "swv"]

    // MARK: - Writing (deterministic: sorted, one fixed format)

    public static func vestigingenCSV(_ schools: [School]) -> String {
        var text = CSVTable.line(vestigingenColumns)
        for school in schools.sorted(by: { $0.code < $1.code }) {
            text += CSVTable.line([
                school.code, school.naam, school.plaats, school.gemeente, school.pc4 ?? "", school.swv, word(school.pro),
                word(school.vmbo), leerwegenWord(school), word(school.havoVwo), school.lwooInNaam ? "ja" : "nee", school.bron,
                school.gegevensDatum?.description ?? "", school.leerwegenBron ?? "",
            ])
        }
        return text
    }

    public static func regioCSV(_ entries: [RegioEntry]) -> String {
        var text = CSVTable.line(regioColumns)
        for entry in entries.sorted(by: { $0.pc4 < $1.pc4 }) {
            text += CSVTable.line([entry.pc4, entry.gemeente, entry.swv ?? RegioEntry.europoort])
        }
        return text
    }

    static func word(_ value: Bool?) -> String { value.map { $0 ? "ja" : "nee" } ?? unknown }

    /// `basis,kader`; `onbekend` when the school has vmbo but no exam data; empty without vmbo.
    static func leerwegenWord(_ school: School) -> String {
        guard let leerwegen = school.leerwegen else { return school.vmbo == false ? "" : unknown }
        return Leerweg.allCases.filter(leerwegen.contains).map(\.rawValue).joined(separator: ",")
    }

    static let unknown = "onbekend"

    // MARK: - Reading

    /// The schools of `vestigingen.csv`; every bad field is named with its line and column.
    public static func readVestigingen(_ table: CSVTable) throws(InputErrors) -> [School] {
        let c: [Int]
        do { c = try table.columns(vestigingenColumns) } catch { throw InputErrors([error]) }
        var errors: [InputError] = []
        var schools: [School] = []
        schools.reserveCapacity(table.rowCount)
        var plaats = CSVTable.Column(table, c[2])
        var gemeente = CSVTable.Column(table, c[3])
        var swv = CSVTable.Column(table, c[5])
        var bron = CSVTable.Column(table, c[11])
        var leerwegenBron = CSVTable.Column(table, c[13])
        // Few different lists of leerwegen and dates occur: each is read once, by the first row that has it.
        var leerwegenRead: [(row: Int, list: [Leerweg])] = []
        var datesRead: [(row: Int, day: Day)] = []
        for row in 0..<table.rowCount {
            func flag(_ column: Int) -> Bool? {
                if table.field(row, c[column], is: "ja") { return true }
                if table.field(row, c[column], is: "nee") { return false }
                if table.field(row, c[column], is: "onbekend") { return nil }
                errors.append(table.error(at: row, c[column], Messages.notAFlag(table.field(row, c[column]))))
                return nil
            }
            var leerwegen: [Leerweg]?
            let noLeerwegen = table.fieldIsEmpty(row, c[8])
            if !noLeerwegen && !table.field(row, c[8], is: "onbekend") {
                if let known = leerwegenRead.first(where: { table.field(row, c[8], equals: $0.row, c[8]) }) {
                    leerwegen = known.list
                } else {
                    var list: [Leerweg] = []
                    var valid = true
                    for word in table.field(row, c[8]).split(separator: ",") {
                        if let leerweg = Leerweg(rawValue: String(word)) {
                            list.append(leerweg)
                        } else {
                            valid = false
                            errors.append(table.error(at: row, c[8], Messages.notALeerweg(String(word))))
                        }
                    }
                    if valid { leerwegenRead.append((row, list)) }
                    leerwegen = list
                }
            }
            var dataDate: Day?
            if !table.fieldIsEmpty(row, c[12]) {
                if let known = datesRead.first(where: { table.field(row, c[12], equals: $0.row, c[12]) }) {
                    dataDate = known.day
                } else if let day = Day(table.field(row, c[12])) {
                    datesRead.append((row, day))
                    dataDate = day
                } else {
                    errors.append(table.error(at: row, c[12], Messages.notADate(table.field(row, c[12]))))
                }
            }
            let lwoo = flag(10)
            let pro = flag(6)
            let vmbo = flag(7)
            let havoVwo = flag(9)
            schools.append(
                School(
                    code: table.field(row, c[0]), naam: table.field(row, c[1]), plaats: plaats.string(row), gemeente: gemeente.string(row),
                    pc4: table.fieldIsEmpty(row, c[4]) ? nil : table.field(row, c[4]), swv: swv.string(row), voorbeeld: false, pro: pro,
                    vmbo: vmbo, leerwegen: leerwegen, havoVwo: havoVwo, lwooInNaam: lwoo ?? false, bron: bron.string(row),
                    gegevensDatum: dataDate, leerwegenBron: table.fieldIsEmpty(row, c[13]) ? nil : leerwegenBron.string(row)))
            if noLeerwegen, vmbo != false {
                errors.append(table.error(at: row, c[8], Messages.leerwegenMissing))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return schools
    }

    public static func readRegio(_ table: CSVTable) throws(InputErrors) -> [RegioEntry] {
        let c: [Int]
        do { c = try table.columns(regioColumns) } catch { throw InputErrors([error]) }
        var gemeente = CSVTable.Column(table, c[1])
        var swv = CSVTable.Column(table, c[2])
        var entries: [RegioEntry] = []
        entries.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let code = swv.string(row)
            entries.append(RegioEntry(pc4: table.field(row, c[0]), gemeente: gemeente.string(row), swv: code == RegioEntry.europoort ? nil : code))
        }
        return entries
    }

    enum Messages {
        static func notAFlag(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen geldige waarde; kies uit \"ja\", \"nee\", \"onbekend\""
        }
        static func notALeerweg(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen leerweg; kies uit basis, kader, gemengd, theoretisch (met komma's), of \"onbekend\""
        }
        static func notADate(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen geldige datum (JJJJ-MM-DD)" }
        static let leerwegenMissing = "een school met vmbo (of onbekend aanbod) heeft leerwegen of \"onbekend\"; leeg past alleen bij vmbo \"nee\""
    }
}

/// What the importer records about its inputs (`model/import.json`): per input its source id, the date
/// of its data and its number of rows.
public struct ImportManifest: Codable, Sendable, Equatable {
    public struct Part: Codable, Sendable, Equatable {
        public var bron: String
        public var datum: Day
        public var rijen: Int
    }
    public struct ExamPart: Codable, Sendable, Equatable {
        public var bron: String
        /// The school years whose candidates count (the newest two in the file).
        public var schooljaren: [String]
        public var rijen: Int
    }
    public var vestigingen: Part
    public var examens: ExamPart
    public var regio: Part

    /// Byte-stable JSON: sorted keys, indented, as the check stamp is written.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

struct AliasFile {
    var aliassen: [PlaceAlias]
}

// MARK: - Read from the data folder (`JSONFields`)

extension AliasFile {
    init(_ json: inout JSONFields) throws(InputError) { aliassen = try json.objects("aliassen", PlaceAlias.init) }
}

extension ImportManifest {
    init(_ json: inout JSONFields) throws(InputError) {
        vestigingen = try json.object("vestigingen", Part.init)
        examens = try json.object("examens", ExamPart.init)
        regio = try json.object("regio", Part.init)
    }
}

extension ImportManifest.Part {
    init(_ json: inout JSONFields) throws(InputError) {
        bron = try json.string("bron")
        datum = try json.day("datum")
        rijen = try json.int("rijen")
    }
}

extension ImportManifest.ExamPart {
    init(_ json: inout JSONFields) throws(InputError) {
        bron = try json.string("bron")
        schooljaren = try json.strings("schooljaren")
        rijen = try json.int("rijen")
    }
}
