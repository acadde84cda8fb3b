/// A calendar date without time or time zone: the unit of every date in the
/// domain (peildatum, date of a move, start and end of a policy period).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real date in the Gregorian calendar, or nil (`2016-02-30` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(checked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1 January 2016: lwoo and pro became part of passend onderwijs (`kamerbrief-2014`; `rsv-breda-2015`, Inleiding).
    public static let inpassing = Day(checked: 2016, 1, 1)

    /// Parses `JJJJ-MM-DD` and, when `allowDutchOrder` is set, also `DD-MM-JJJJ` (day and month may have one digit).
    public init?(_ text: String, allowDutchOrder: Bool = false) {
        // Three groups of ASCII digits separated by '-', read straight from the bytes.
        var groups: [(value: Int, digits: Int)] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard digits < 4 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else if byte == UInt8(ascii: "-"), digits > 0, groups.count < 2 {
                groups.append((value, digits))
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, groups.count == 2 else { return nil }
        groups.append((value, digits))
        if groups[0].digits == 4, groups[1].digits == 2, groups[2].digits == 2 {
            self.init(year: groups[0].value, month: groups[1].value, day: groups[2].value)
        } else if allowDutchOrder, groups[0].digits <= 2, groups[1].digits <= 2, groups[2].digits == 4 {
            self.init(year: groups[2].value, month: groups[1].value, day: groups[0].value)
        } else {
            return nil
        }
    }

    /// Why a text in the form of a date (`31-02-2026`, `2026-13-01`) names no day: "februari 2026 heeft 28 dagen", "er
    /// is geen maand 13"; nil for a text of another form or a real date.
    public static func whyNoDay(_ text: String) -> String? {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 3, groups.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        let numbers = groups.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (year, month, day): (Int, Int, Int)
        if groups[0].count == 4, groups[1].count <= 2, groups[2].count <= 2 {
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else if groups[0].count <= 2, groups[1].count <= 2, groups[2].count == 4 {
            (year, month, day) = (numbers[2], numbers[1], numbers[0])
        } else {
            return nil
        }
        guard (1...12).contains(month) else { return "er is geen maand \(month)" }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else { return "\(monthNames[month - 1]) \(year) heeft \(days) dagen" }
        return nil
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `JJJJ-MM-DD`, the format of every file.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// `1 oktober 2026`, for sentences.
    public var dutch: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    /// The first date on or after `self` whose month and day are those of `monthDay` (`MM-DD`).
    public func nextOccurrence(ofMonthDay monthDay: MonthDay) -> Day {
        if let sameYear = Day(year: year, month: monthDay.month, day: monthDay.day), sameYear >= self {
            return sameYear
        }
        return Day(year: year + 1, month: monthDay.month, day: min(monthDay.day, Day.daysIn(month: monthDay.month, year: year + 1)))
            ?? self
    }

    /// The date `months` months later (clamped to the month's last day).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear))) ?? self
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else { throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.notADay(text)) }
        self = day
    }

    /// Why a text in a data file is no day.
    static func notADay(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen geldige datum (JJJJ-MM-DD)" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A day in the year without the year (`10-01` for 1 October): a recurring deadline.
public struct MonthDay: Hashable, Sendable, Codable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), (1...Day.daysIn(month: month, year: 2001)).contains(day)
        else { return nil }
        self.month = month
        self.day = day
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = MonthDay(text) else { throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.notADay(text)) }
        self = value
    }

    /// Why a text in a data file is no day in the year.
    static func notADay(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen geldige dag in het jaar (MM-DD)" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }
}
