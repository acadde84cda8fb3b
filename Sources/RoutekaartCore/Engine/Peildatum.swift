#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The date a case is judged on, decided in one place for every command:
/// `--peildatum` on the command line, else the date in the case file, else
/// today in the Netherlands.
public enum Peildatum {
    public static func decide(commandLine: Day?, file: Day? = nil, today: Day) -> Day {
        commandLine ?? file ?? today
    }

    /// Today's date in the Netherlands (Europe/Amsterdam), whatever the machine's time zone.
    public static func today(_ now: Date = Date()) -> Day {
        let utc = Int((now.timeIntervalSince1970).rounded(.down))
        return AmsterdamTime.day(utcSeconds: utc)
    }
}

/// The civil time of the Netherlands: CET (UTC+1), and CEST (UTC+2) from the last Sunday of March to the last
/// Sunday of October, both at 01:00 UTC (EU Directive 2000/84/EC). Computed here, so that no time-zone database
/// is needed.
enum AmsterdamTime {
    static func day(utcSeconds: Int) -> Day {
        let local = utcSeconds + offset(utcSeconds: utcSeconds)
        let (year, month, day) = civil(days: floorDivide(local, 86_400))
        return Day(year: year, month: month, day: day) ?? Day.inpassing
    }

    static func offset(utcSeconds: Int) -> Int {
        let year = civil(days: floorDivide(utcSeconds, 86_400)).year
        let summer = lastSunday(year, 3) * 86_400 + 3_600
        let winter = lastSunday(year, 10) * 86_400 + 3_600
        return utcSeconds >= summer && utcSeconds < winter ? 7_200 : 3_600
    }

    /// Days since 1970-01-01 of the last Sunday of a month.
    static func lastSunday(_ year: Int, _ month: Int) -> Int {
        let last = days(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) - 1
        // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on a Sunday.
        return last - (((last + 4) % 7) + 7) % 7
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Days since 1970-01-01 of a date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a number of days since 1970-01-01 (`civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
