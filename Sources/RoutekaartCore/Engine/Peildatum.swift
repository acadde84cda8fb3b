import Foundation

/// The date a case is judged on, decided in one place for every command:
/// `--peildatum` on the command line, else the date in the case file, else
/// today in the Netherlands.
public enum Peildatum {
    public static func decide(commandLine: Day?, file: Day? = nil, today: Day) -> Day {
        commandLine ?? file ?? today
    }

    /// Today's date in the Netherlands (Europe/Amsterdam), whatever the machine's time zone.
    public static func today(_ now: Date = Date()) -> Day {
        let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let components = Calendar(identifier: .gregorian).dateComponents(in: zone, from: now)
        return Day(year: components.year ?? 2026, month: components.month ?? 1, day: components.day ?? 1) ?? Day.inpassing
    }
}
