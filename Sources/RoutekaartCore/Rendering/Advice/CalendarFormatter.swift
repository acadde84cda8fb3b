/// The advice's dated deadlines as an iCalendar file (RFC 5545): one all-day
/// event per deadline that has not passed on the peildatum, with the step and
/// its source in the description. No personal data: only the advice's own words.
struct CalendarFormatter {
    typealias Messages = AdviceRenderer.Messages

    func format(_ document: AdviceDocument) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Routekaart//Routekaart advies//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        let stamp = Self.compact(document.peildatum) + "T000000Z"
        // One event per deadline and step: the same step in several branches is one event, with every branch it holds in.
        var events: [(date: Day, step: AdviceDocument.StepView, conditions: [[String]])] = []
        for (step, conditions) in document.datedSteps {
            guard let deadline = step.deadline, let date = deadline.date, !deadline.passed else { continue }
            if let index = events.firstIndex(where: { $0.date == date && $0.step.text == step.text }) {
                events[index].conditions.append(conditions)
            } else {
                events.append((date, step, [conditions]))
            }
        }
        for event in events {
            let step = event.step
            let next = Self.dayAfter(event.date)
            // Only a step that does not hold in every branch names its conditions.
            let conditional = !event.conditions.contains { $0.isEmpty }
            let summary = (conditional ? Messages.calendarIf : "") + "\(step.actor.label): " + Self.firstClause(step.text)
            var description = step.text
            if conditional {
                description += "\n" + Messages.calendarWhen + "\n" + event.conditions.map { "- " + $0.joined(separator: " ") }.joined(separator: "\n")
            }
            if !step.citations.isEmpty { description += "\n" + Messages.sources(step.citations) }
            let uid = Self.hash(event.date.description + "|" + step.text) + "@routekaart"
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(Self.compact(event.date))",
                "DTEND;VALUE=DATE:\(Self.compact(next))", "SUMMARY:\(Self.escape(summary))", "DESCRIPTION:\(Self.escape(description))",
                "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The step's first clause (up to `;` or the end of the first sentence), at most about 80 characters.
    static func firstClause(_ text: String) -> String {
        let clause = text.prefix { $0 != ";" && $0 != ":" && $0 != "(" }.prefix { $0 != "." }
        guard clause.count > 80 else { return String(clause).trimmingBlanks() }
        let cut = clause.prefix(80)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// `20261001`.
    static func compact(_ day: Day) -> String { day.description.replacing("-", with: "") }

    static func dayAfter(_ day: Day) -> Day {
        if let next = Day(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = Day(year: day.year, month: day.month + 1, day: 1) { return next }
        return Day(year: day.year + 1, month: 1, day: 1) ?? day
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result
    }

    /// Lines longer than 75 octets folded with CRLF + space (RFC 5545 §3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > (parts.isEmpty ? 75 : 74) {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        parts.append(current)
        return parts.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }
    }

    /// A stable identifier: FNV-1a over the bytes, in hex.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
