/// The advice's dated deadlines as an iCalendar file (RFC 5545): one all-day
/// event per deadline that has not passed on the peildatum, with the step and
/// its source in the description. No personal data: only the advice's own words.
struct CalendarFormatter {
    typealias Messages = AdviceRenderer.Messages

    /// The deadlines still to come, one event per date and step, with the conditions of the cases each holds in.
    static func events(_ document: AdviceDocument) -> [(date: Day, step: AdviceDocument.StepView, conditions: [[String]])] {
        var events: [(date: Day, step: AdviceDocument.StepView, conditions: [[String]])] = []
        for (step, conditions) in document.datedSteps {
            guard let deadline = step.deadline, let date = deadline.date, !deadline.passed else { continue }
            if let index = events.firstIndex(where: { $0.date == date && $0.step.text == step.text }) {
                events[index].conditions.append(conditions)
            } else {
                events.append((date, step, [conditions]))
            }
        }
        return events
    }

    /// When no deadline is still to come: the first later date that a passed deadline's "what now" names (the next
    /// teldatum), with that step.
    static func nextNamedDate(_ document: AdviceDocument) -> (date: Day, step: AdviceDocument.StepView)? {
        var found: [(Day, AdviceDocument.StepView)] = []
        for (step, _) in document.datedSteps {
            guard let deadline = step.deadline, deadline.passed, let words = deadline.afterwards else { continue }
            for day in dates(in: words) where day > document.peildatum { found.append((day, step)) }
        }
        return found.min { $0.0 < $1.0 }
    }

    /// Dates written out in a text ("1 oktober 2027").
    static func dates(in text: String) -> [Day] {
        let words = text.split { $0 == " " || $0 == "," || $0 == ";" || $0 == "." || $0 == ":" || $0 == "(" || $0 == ")" }.map(String.init)
        var result: [Day] = []
        for index in words.indices.dropLast(2) {
            guard let day = Int(words[index]), let month = Day.monthNames.firstIndex(of: words[index + 1]), let year = Int(words[index + 2]),
                let date = Day(year: year, month: month + 1, day: day)
            else { continue }
            result.append(date)
        }
        return result
    }

    func format(_ document: AdviceDocument) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Routekaart//Routekaart advies//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        let stamp = Self.compact(document.peildatum) + "T000000Z"
        // One event per deadline and step: the same step in several branches is one event, with every branch it holds in.
        var events = Self.events(document)
        // No deadline to come: the next date the advice names, when it names one.
        if events.isEmpty, let next = Self.nextNamedDate(document) {
            var step = next.step
            step.text = (step.deadline?.afterwards ?? step.text)
            step.actor = next.step.actor
            events.append((next.date, step, [[]]))
        }
        for event in events {
            let step = event.step
            // The day to act: the last working day before a "vóór" date, the working day on or before an "uiterlijk"
            // date, and for "zo snel mogelijk" the first working day from the peildatum.
            let day = Self.dayToAct(event.date, deadline: step.deadline?.text ?? "", peildatum: document.peildatum)
            let next = Self.dayAfter(day)
            // Only a step that does not hold in every branch names its conditions.
            let conditional = !event.conditions.contains { $0.isEmpty }
            let summary = (conditional ? Messages.calendarIf : "") + "\(step.actor.label): " + Self.firstClause(step.text)
            var description = step.text
            if conditional {
                description += "\n" + Messages.calendarWhen + "\n" + event.conditions.map { "- " + $0.joined(separator: " ") }.joined(separator: "\n")
            }
            if day != event.date, let words = step.deadline?.text { description += "\n" + Messages.calendarDeadline(words) }
            if !step.citations.isEmpty { description += "\n" + Messages.sources(step.citations) }
            let uid = Self.hash(event.date.description + "|" + step.text) + "@routekaart"
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(Self.compact(day))",
                "DTEND;VALUE=DATE:\(Self.compact(next))", "SUMMARY:\(Self.escape(summary))", "DESCRIPTION:\(Self.escape(description))",
                "TRANSP:TRANSPARENT",
            ]
            // A reminder two weeks ahead, when there are two weeks left.
            if Self.days(from: document.peildatum, to: day) > Self.reminderDays {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P\(Self.reminderDays)D", "DESCRIPTION:\(Self.escape(summary))", "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The step's first clause (up to `;` or the end of the first sentence), at most about 80 characters.
    static func firstClause(_ text: String) -> String {
        // Up to a colon or semicolon, or the end of the first sentence (a period followed by a space: not the one of
        // "art. 2.30" or "2.43"); a name's code in brackets stays ("Vraag RSV Breda eo (VO3003) welk …").
        let head = text.prefix { $0 != ";" && $0 != ":" }
        let clause = head.firstRange(of: ". ").map { head[..<$0.lowerBound] } ?? head
        guard clause.count > 80 else { return String(clause).trimmingBlanks() }
        let cut = clause.prefix(80)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// `20261001`.
    static func compact(_ day: Day) -> String { day.description.replacing("-", with: "") }

    /// How many days before the day to act its reminder comes.
    static let reminderDays = 14

    /// The day to put in the agenda for a deadline on `date` in these words: a working day (Monday to Friday) on which
    /// the step is still in time.
    static func dayToAct(_ date: Day, deadline words: String, peildatum: Day) -> Day {
        let lower = words.lowercased()
        var day = date
        if lower.hasPrefix("zo snel mogelijk") {
            day = peildatum
            while isWeekend(day), day < date { day = dayAfter(day) }
            return min(day, date)
        }
        if lower.contains("vóór ") { day = dayBefore(date) }
        while isWeekend(day), day > peildatum { day = dayBefore(day) }
        return day
    }

    /// Saturday or Sunday.
    static func isWeekend(_ day: Day) -> Bool {
        let weekday = ((daysSinceEpoch(day) % 7) + 7) % 7  // 0 = Monday: 1 January 2001 was a Monday.
        return weekday >= 5
    }

    /// Days since 1 January 2001 (a Monday), for the day of the week; negative before.
    static func daysSinceEpoch(_ day: Day) -> Int {
        // Days from the civil date (the proleptic Gregorian calendar, Howard Hinnant's algorithm): days since
        // 1 January 1970, minus the 11,323 days from then to 1 January 2001.
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (day.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 - 11_323
    }

    /// The number of days from one day to another (negative when `to` comes first).
    static func days(from: Day, to: Day) -> Int { daysSinceEpoch(to) - daysSinceEpoch(from) }

    static func dayBefore(_ day: Day) -> Day {
        if day.day > 1, let previous = Day(year: day.year, month: day.month, day: day.day - 1) { return previous }
        if day.month > 1 {
            return Day(year: day.year, month: day.month - 1, day: Day.daysIn(month: day.month - 1, year: day.year)) ?? day
        }
        return Day(year: day.year - 1, month: 12, day: 31) ?? day
    }

    static func dayAfter(_ day: Day) -> Day {
        if let next = Day(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = Day(year: day.year, month: day.month + 1, day: 1) { return next }
        return Day(year: day.year + 1, month: 1, day: 1) ?? day
    }

    /// TEXT escaping (RFC 5545 §3.3.11), scalar by scalar: a line end of any kind (`\r\n`, which Swift sees as one
    /// Character, `\n` or a lone `\r`) is `\n`; other control characters, which TEXT does not allow, are left out.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r": result.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if previous != "\r" { result.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": result.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lines longer than 75 octets folded with CRLF + space (RFC 5545 §3.1): the first line 75 octets, the others
    /// 74 after their space. A line is folded between characters where it can; a character longer than a whole line
    /// (a grapheme of many combining marks or joined emoji) between its scalars, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        func limit() -> Int { parts.isEmpty ? 75 : 74 }
        func close() {
            parts.append(String(current))
            current = String.UnicodeScalarView()
            octets = 0
        }
        for character in line {
            let size = character.utf8.count
            if octets + size > limit() && octets > 0 { close() }
            if size <= limit() {
                current.append(contentsOf: character.unicodeScalars)
                octets += size
                continue
            }
            for scalar in character.unicodeScalars {
                let width = UTF8.width(scalar)
                if octets + width > limit() { close() }
                current.append(scalar)
                octets += width
            }
        }
        if octets > 0 || parts.isEmpty { close() }
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
