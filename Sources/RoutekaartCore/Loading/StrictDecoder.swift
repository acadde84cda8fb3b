#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Decodes JSON strictly: a syntax error, a duplicate key, a wrong type or an
/// unknown key is an `InputError` that names the file and the place
/// (`swv[3].perioden[1].tot`). Unknown keys are refused so that nothing
/// unexpected (a pupil's name, say) can ride along in a file.
public enum StrictDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(InputError) -> T {
        let tree = try parse(data, file: file)
        let decoder = JSONValueDecoder()
        let value: T
        do {
            value = try decoder.decode(T.self, from: tree)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw InputError(.data, file: file, "kan het bestand niet lezen")
        }
        if let (place, key) = decoder.firstUnread() {
            throw InputError(.data, file: file, place: place.isEmpty ? nil : place, "onbekende sleutel \"\(Sanitized.short(key))\"")
        }
        return value
    }

    /// The parsed JSON of a file, or its syntax problem with line and column.
    static func parse(_ data: some Collection<UInt8>, file: String) throws(InputError) -> JSONValue {
        try document(Array(data), file: file).value(at: 0)
    }

    /// The parsed document of a file of the data folder, or its syntax problem with line and column.
    static func document(_ data: [UInt8], file: String) throws(InputError) -> JSONDocument {
        do {
            return try JSONParser.document(data)
        } catch {
            throw InputError(.data, file: file, place: "regel \(error.line), kolom \(error.column)", "geen geldige JSON: \(error.problem)")
        }
    }

    static func join(_ place: String, _ key: String) -> String { place.isEmpty ? key : place + "." + key }

    /// The Dutch place of a coding path: `swv[3].perioden[1].tot`.
    public static func place(of path: [any CodingKey]) -> String {
        path.reduce("") { result, key in
            if let index = key.intValue { return result + "[\(index)]" }
            return join(result, Sanitized.short(key.stringValue))
        }
    }

    static func describe(_ error: DecodingError, file: String) -> InputError {
        switch error {
        case .dataCorrupted(let context):
            return InputError(.data, file: file, place: place(of: context.codingPath), context.debugDescription)
        case .keyNotFound(let key, let context):
            return InputError(
                .data, file: file, place: place(of: context.codingPath), "de verplichte sleutel \"\(key.stringValue)\" ontbreekt")
        case .typeMismatch(let type, let context):
            return InputError(.data, file: file, place: place(of: context.codingPath), "verwacht \(dutchName(of: type))")
        case .valueNotFound(let type, let context):
            return InputError(
                .data, file: file, place: place(of: context.codingPath), "mag niet leeg (null) zijn; verwacht \(dutchName(of: type))")
        @unknown default:
            return InputError(.data, file: file, "kan het bestand niet lezen")
        }
    }

    static func dutchName(of type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "een lijst ([...])" }
        if name.hasPrefix("Dictionary") { return "een object ({...})" }
        switch name {
        case "String", "Day", "MonthDay": return "een tekst tussen aanhalingstekens"
        case "Int", "Double": return "een getal"
        case "Bool": return "true of false"
        default: return "een object ({...})"
        }
    }
}
