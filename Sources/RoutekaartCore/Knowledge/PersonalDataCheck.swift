/// Decides whether text in a knowledge file looks like personal data. The advisor keeps no personal data (DOMAIN
/// §8), and a knowledge file is shared across a region, so it must hold none either: a contact is the public
/// contact of an organisation (its loket, a general telephone number, a web address), never a person.
///
/// How it decides (a heuristic that refuses rather than lets through; the README says the same):
/// - an **e-mail address** is the organisation's only when every word before the `@` is a general word (`info`,
///   `loket`, `secretariaat`, `aanmelden`, `lwoo`, … see `functionalWords`) or the name of the domain itself
///   (`swvbreda@swvbreda.nl`); `j.devries@…` or `piet@…` is refused;
/// - a **mobile number** (06, also as +31 6) is refused: it usually belongs to a person;
/// - a **BSN-like number** (nine digits that pass the elfproef) is refused;
/// - a **form of address or title** followed by a name (`mevrouw Jansen`, `dhr. De Vries`, `t.a.v. Jan`) and
///   **initials** followed by a name (`J. de Vries`, `J.P. Jansen`) are refused;
/// - in a contact only: **two capitalised words in a row** (tussenvoegsels like `de` and `van der` between them
///   allowed) that are neither general words nor words of the SWV's or school's own name, place or gemeenten
///   (`Jan de Vries`, but not `Loket Passend Onderwijs Breda`) are refused as a person's name;
/// - a contact must hold a way to reach the organisation: a telephone number, a web address or a general e-mail
///   address.
/// A single surname on its own (`bel Jansen`) cannot be told from a place and passes: the check helps, it does not
/// guarantee.
enum PersonalDataCheck {
    enum Finding: Equatable, Sendable {
        case personalEmail(String)
        case mobileNumber(String)
        case bsn(String)
        case person(String)
        case noChannel

        var message: String {
            switch self {
            case .personalEmail(let text):
                "\"\(Sanitized.short(text))\" lijkt het e-mailadres van een persoon; geef het algemene adres van de organisatie "
                    + "(zoals info@… of loket@…), geen persoonsgegevens"
            case .mobileNumber(let text):
                "\"\(Sanitized.short(text))\" is een mobiel nummer, meestal van een persoon; geef het algemene nummer van het loket "
                    + "of de organisatie, geen persoonsgegevens"
            case .bsn(let text):
                "\"\(Sanitized.short(text))\" lijkt een burgerservicenummer; een kennisbestand bevat geen persoonsgegevens"
            case .person(let text):
                "\"\(Sanitized.short(text))\" lijkt een persoon te noemen; noem alleen het loket of de organisatie, een algemeen "
                    + "telefoonnummer of een webadres, geen persoonsgegevens"
            case .noChannel:
                "een contact is een telefoonnummer, een webadres of een algemeen e-mailadres van de organisatie, eventueel met het "
                    + "loket erbij (zoals \"Loket lwoo, 076-1234567\"); hier staat geen van drieën"
            }
        }
    }

    /// For free text (bron, naam, extra columns): e-mail addresses of persons, mobile numbers, BSN-like numbers,
    /// a form of address or initials before a name.
    static func inFreeText(_ text: String, context: Set<String> = []) -> Finding? {
        let scan = Scan(text)
        if let finding = scan.channelFinding { return finding }
        return scan.addressedPerson(context: context)
    }

    /// For how a fact was found out (the `bron` of a knowledge file, the source typed in the interview): all of
    /// `inFreeText`, and a name after a word that introduces a person ("gebeld met Jan de Vries").
    static func inSource(_ text: String, context: Set<String> = []) -> Finding? {
        let scan = Scan(text)
        if let finding = scan.channelFinding { return finding }
        return scan.addressedPerson(context: context) ?? scan.cuedPerson(context: context)
    }

    /// For a contact: all of `inFreeText`, two capitalised unknown words in a row, and a way to reach the organisation.
    /// `context` holds the folded words of the organisation's own name, place and gemeenten.
    static func inContact(_ text: String, context: Set<String>) -> Finding? {
        let scan = Scan(text)
        if let finding = scan.channelFinding { return finding }
        if let finding = scan.addressedPerson(context: context) { return finding }
        if let finding = scan.personName(context: context) { return finding }
        return scan.channels == 0 ? .noChannel : nil
    }

    /// The folded words of a name or place, for `context`.
    static func words(of text: String) -> Set<String> {
        Set(Scan.split(text).map { Scan.folded($0) }.filter { !$0.isEmpty })
    }

    /// The text taken apart: its e-mail addresses, telephone numbers and web addresses (the channels), and the words left.
    struct Scan {
        var channels = 0
        var channelFinding: Finding?
        /// The words outside the channels, in order, with their original spelling.
        var words: [String] = []

        init(_ text: String) {
            var rest: [String] = []
            for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                let trimmed = Scan.trimming(Substring(token), Scan.wrapping)
                if trimmed.contains("@") {
                    if Scan.isFunctionalEmail(trimmed) {
                        channels += 1
                    } else if channelFinding == nil {
                        channelFinding = .personalEmail(trimmed)
                    }
                    rest.append(" ")
                } else if Scan.isWebAddress(trimmed) {
                    channels += 1
                    rest.append(" ")
                } else {
                    rest.append(String(token))
                }
            }
            let remaining = rest.joined(separator: " ")
            let numbers = Scan.numbers(in: remaining)
            for number in numbers {
                switch number.kind {
                case .phone: channels += 1
                case .mobile: if channelFinding == nil { channelFinding = .mobileNumber(number.text) }
                case .bsn: if channelFinding == nil { channelFinding = .bsn(number.text) }
                }
            }
            words = Scan.split(Scan.removing(numbers.map(\.range), from: remaining))
        }

        /// A title or form of address, or initials, before a capitalised word that is not the organisation's own.
        func addressedPerson(context: Set<String>) -> Finding? {
            for (index, word) in words.enumerated() {
                let folded = Scan.folded(word).replacing(".", with: "")
                let isTitle = PersonalDataCheck.titles.contains(folded)
                let isInitials = Scan.isInitials(word)
                if Scan.isInitialsWithName(word) { return .person(word) }
                guard isTitle || isInitials else { continue }
                var next = index + 1
                while next < words.count, PersonalDataCheck.tussenvoegsels.contains(Scan.folded(words[next])) { next += 1 }
                // "vraag naar Jansen", "de heer Jansen": a small word between the title and the name.
                if isTitle, next < words.count, ["naar", "heer"].contains(Scan.folded(words[next])) { next += 1 }
                guard next < words.count else { continue }
                let candidate = words[next]
                if Scan.isInitials(candidate) || (Scan.isCapitalised(candidate) && !context.contains(Scan.folded(candidate))) {
                    // The whole name, for the message: initials, tussenvoegsels and capitalised words that follow.
                    var end = next
                    while end + 1 < words.count {
                        let following = words[end + 1]
                        guard
                            Scan.isInitials(following) || Scan.isCapitalised(following)
                                || PersonalDataCheck.tussenvoegsels.contains(Scan.folded(following))
                        else { break }
                        end += 1
                    }
                    while end > next, PersonalDataCheck.tussenvoegsels.contains(Scan.folded(words[end])) { end -= 1 }
                    return .person(words[index...end].joined(separator: " "))
                }
            }
            return nil
        }

        /// Two capitalised words in a row (tussenvoegsels between them allowed), neither a general word nor the organisation's own.
        /// "gebeld met Jan de Vries", "volgens Anja Smit": after a word that introduces a person, two capitalised words
        /// (tussenvoegsels between them allowed) that are not the organisation's own words nor words of a document.
        func cuedPerson(context: Set<String>) -> Finding? {
            for (index, word) in words.enumerated() where PersonalDataCheck.personCues.contains(Scan.folded(word)) {
                var run: [String] = []
                var unknown = 0
                for next in words[(index + 1)...] {
                    let folded = Scan.folded(next)
                    if !run.isEmpty, PersonalDataCheck.tussenvoegsels.contains(folded) {
                        run.append(next)
                        continue
                    }
                    guard
                        Scan.isCapitalised(next), !PersonalDataCheck.functionalWords.contains(folded), !context.contains(folded),
                        !PersonalDataCheck.titles.contains(folded)
                    else { break }
                    run.append(next)
                    unknown += 1
                    if unknown >= 2 { return .person(run.joined(separator: " ")) }
                }
            }
            return nil
        }

        func personName(context: Set<String>) -> Finding? {
            var run: [String] = []
            var unknownInRun = 0
            for word in words {
                let folded = Scan.folded(word)
                if !run.isEmpty, PersonalDataCheck.tussenvoegsels.contains(folded) {
                    run.append(word)
                    continue
                }
                let unknown =
                    Scan.isCapitalised(word) && !PersonalDataCheck.functionalWords.contains(folded) && !context.contains(folded)
                    && !PersonalDataCheck.titles.contains(folded)
                if unknown {
                    run.append(word)
                    unknownInRun += 1
                    if unknownInRun >= 2 { return .person(run.joined(separator: " ")) }
                } else {
                    run = []
                    unknownInRun = 0
                }
            }
            return nil
        }

        static func trimming(_ text: Substring, _ characters: Set<Character>) -> String {
            var part = text
            while let first = part.first, characters.contains(first) { part = part.dropFirst() }
            while let last = part.last, characters.contains(last) { part = part.dropLast() }
            return String(part)
        }

        static let wrapping: Set<Character> = ["(", ")", "[", "]", "<", ">", ",", ";", ":", "\"", "'", "«", "»", "“", "”", "‘", "’"]

        static let separators: Set<Character> = [
            " ", "\t", "\r", "\n", ",", ";", ":", "(", ")", "[", "]", "<", ">", "\"", "/", "|", "«", "»", "“", "”", "!", "?",
        ]

        /// Words: split at spaces and punctuation that never belongs in a name; dots and hyphens stay (initials, double names).
        static func split(_ text: String) -> [String] {
            text.split(whereSeparator: { separators.contains($0) }).map(String.init)
                .map { trimming(Substring($0), ["'", "’", "‘"]) }.filter { !$0.isEmpty }
        }

        static func folded(_ word: String) -> String {
            var text = TextTools.folded(word)
            while text.hasSuffix(".") { text.removeLast() }
            return text
        }

        /// `Jansen`, `De`, `Etten-Leur`: an upper-case letter first and a lower-case letter after it; not `VO`, `RSV` or `06`.
        static func isCapitalised(_ word: String) -> Bool {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
        }

        /// `J.`, `J.P.`, `A.B.C.`
        static func isInitials(_ word: String) -> Bool {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, scalars.count % 2 == 0, scalars.count <= 8 else { return false }
            for (index, scalar) in scalars.enumerated() {
                if index % 2 == 0 {
                    guard scalar.properties.isUppercase else { return false }
                } else {
                    guard scalar == "." else { return false }
                }
            }
            return true
        }

        /// `J.Jansen`, `J.P.de Vries`: initials glued to a name.
        static func isInitialsWithName(_ word: String) -> Bool {
            guard let lastDot = word.lastIndex(of: ".") else { return false }
            let head = String(word[...lastDot])
            let tail = String(word[word.index(after: lastDot)...])
            return isInitials(head) && (isCapitalised(tail) || tussenvoegsels.contains(folded(tail)))
        }

        /// `info@swv.nl`, `loket.lwoo@swv-breda.nl`, `swvbreda@swvbreda.nl`; not `j.devries@swv.nl`.
        static func isFunctionalEmail(_ text: String) -> Bool {
            var address = text
            if address.lowercased().hasPrefix("mailto:") { address.removeFirst(7) }
            guard let at = address.lastIndex(of: "@") else { return false }
            let local = TextTools.folded(address[..<at])
            let domain = TextTools.folded(address[address.index(after: at)...])
            guard !local.isEmpty, domain.contains(".") else { return false }
            let organisation = domain.split(separator: ".").first.map(String.init) ?? ""
            let compact = organisation.replacing("-", with: "")
            if local == organisation || local.replacing("-", with: "") == compact { return true }
            let pieces = local.split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard !pieces.isEmpty else { return true }
            return pieces.allSatisfy { functionalWords.contains($0) || $0 == organisation || $0 == compact }
        }

        /// `https://…`, `www.swv-breda.nl`, `swv-breda.nl/contact`.
        static func isWebAddress(_ text: String) -> Bool {
            let lower = text.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return lower.count > 7 }
            let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, let last = labels.last, (2...6).contains(last.count), last.allSatisfy({ $0.isLetter && $0.isASCII })
            else { return false }
            return labels.allSatisfy { label in
                !label.isEmpty && label.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "-") && $0.isASCII }
            } && labels.dropLast().contains { $0.contains { $0.isLetter } } && !labels.allSatisfy { $0.count == 1 }
        }

        struct Number {
            enum Kind { case phone, mobile, bsn }
            var kind: Kind
            var text: String
            var range: Range<Int>
        }

        /// Telephone numbers (10 digits from a 0, or +31/0031 and 9 digits; 0800/0900 with 4 to 7 more), and
        /// nine-digit numbers that pass the elfproef, by their place in the scalars of `text`.
        static func numbers(in text: String) -> [Number] {
            let scalars = Array(text.unicodeScalars)
            func isDigit(_ index: Int) -> Bool { index < scalars.count && index >= 0 && ("0"..."9").contains(scalars[index]) }
            func isSeparator(_ scalar: Unicode.Scalar) -> Bool { " -./()".unicodeScalars.contains(scalar) }
            /// The digits from `start`, through separators, as long as digits follow; stops at `limit` digits.
            func digits(from start: Int, limit: Int) -> (digits: [Int], end: Int) {
                var found: [Int] = []
                var index = start
                var lastDigitEnd = start
                while index < scalars.count, found.count < limit {
                    let scalar = scalars[index]
                    if ("0"..."9").contains(scalar) {
                        found.append(Int(scalar.value) - 48)
                        index += 1
                        lastDigitEnd = index
                    } else if isSeparator(scalar),
                        isDigit(index + 1) || (index + 2 < scalars.count && isSeparator(scalars[index + 1]) && isDigit(index + 2))
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                return (found, lastDigitEnd)
            }
            var result: [Number] = []
            var index = 0
            while index < scalars.count {
                let startsNumber = isDigit(index) || (scalars[index] == "+" && isDigit(index + 1))
                let boundary = index == 0 || !(isDigit(index - 1) || scalars[index - 1].properties.isAlphabetic)
                guard startsNumber, boundary else {
                    index += 1
                    continue
                }
                let plus = scalars[index] == "+"
                let (found, end) = digits(from: plus ? index + 1 : index, limit: 14)
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                var national: [Int]?
                if plus, found.starts(with: [3, 1]) {
                    national = [0] + found.dropFirst(2)
                } else if found.starts(with: [0, 0, 3, 1]) {
                    national = [0] + found.dropFirst(4)
                } else if found.first == 0 {
                    national = found
                }
                if let national, !isDigit(end) {
                    let service =
                        national.starts(with: [0, 8, 0, 0]) || national.starts(with: [0, 9, 0, 0]) || national.starts(with: [0, 9, 0, 6])
                        || national.starts(with: [0, 9, 0, 9])
                    if national.count == 10, national.starts(with: [0, 6]) {
                        result.append(Number(kind: .mobile, text: text, range: index..<end))
                    } else if national.count == 10 || (service && (8...11).contains(national.count)) {
                        result.append(Number(kind: .phone, text: text, range: index..<end))
                    }
                } else if !plus, found.count == 9, !isDigit(end), elfproef(found) {
                    result.append(Number(kind: .bsn, text: text, range: index..<end))
                }
                index = max(end, index + 1)
            }
            return result
        }

        /// The Dutch BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).
        static func elfproef(_ digits: [Int]) -> Bool {
            guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
            var sum = 0
            for (position, digit) in digits.enumerated() { sum += (position == 8 ? -1 : 9 - position) * digit }
            return sum % 11 == 0
        }

        static func removing(_ ranges: [Range<Int>], from text: String) -> String {
            guard !ranges.isEmpty else { return text }
            var scalars = Array(text.unicodeScalars)
            for range in ranges.reversed() { scalars.replaceSubrange(range, with: [" "]) }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// Forms of address and titles (folded, without dots): the word after one is a person's name.
    static let titles: Set<String> = [
        "mevrouw", "mevr", "mw", "mvr", "meneer", "mijnheer", "mnr", "dhr", "heer", "mr", "drs", "dr", "ir", "ing", "prof", "juf",
        "juffrouw", "meester", "tav", "contactpersoon", "contactpersonen", "collega", "vraag", "mevrouwen",
    ]

    /// Words after which a source typed in words names whom one spoke to ("gebeld met …", "volgens …").
    static let personCues: Set<String> = ["met", "volgens", "gesproken", "gebeld", "sprak", "door", "via"]

    /// Words between a first name and a surname (`Jan de Vries`, `Anna van der Berg`).
    static let tussenvoegsels: Set<String> = [
        "de", "den", "der", "van", "von", "ter", "ten", "te", "het", "'t", "t", "in", "op", "la", "le", "du", "da", "di", "el", "al",
        "vande", "vander", "vd", "v.d",
    ]

    /// General words of an organisation's contact (folded): not names of persons.
    static let functionalWords: Set<String> = [
        // How and where
        "loket", "onderwijsloket", "ondersteuningsloket", "zorgloket", "aanmeldloket", "lwooloket", "secretariaat", "bureau", "kantoor",
        "servicepunt", "servicedesk", "steunpunt", "meldpunt", "helpdesk", "receptie", "balie", "informatie", "info", "contact",
        "contactformulier", "formulier", "telefoon", "tel", "telefonisch", "telefoonnummer", "nummer", "e-mail", "email", "mail",
        "e", "website", "site", "web", "internet", "bel", "zie", "via", "of", "en", "op", "bij", "voor", "het", "de", "een", "van",
        "in", "aan", "met", "naar", "over", "route", "adres", "postadres", "bezoekadres", "algemeen", "algemene", "centraal", "centrale",
        "bereikbaar", "werkdagen", "werkdag", "dagelijks", "alleen", "ook", "tussen", "tot", "uur", "u", "ma", "di", "wo", "do", "vr",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "ochtend", "middag", "office", "post", "administratie",
        "directie", "bestuur", "communicatie", "vragen", "vraagbaak", "aanmelden", "aanmelding", "aanmeldingen", "aanvragen", "aanvraag",
        "advies", "backoffice", "frontoffice", "mailbox",
        // What
        "samenwerkingsverband", "samenwerkingsverbanden", "swv", "rsv", "passend", "passende", "onderwijs", "voortgezet", "vo", "po",
        "vso", "so", "lwoo", "pro", "pvo", "praktijkonderwijs", "leerwegondersteunend", "leerwegondersteuning", "ondersteuning",
        "ondersteuningsplan", "ondersteuningsloket", "commissie", "toewijzing", "toewijzingscommissie", "toelating", "toelatingscommissie",
        "toelaatbaarheid", "toelaatbaarheidsverklaring", "tlv", "aanwijzing", "aanwijzingen", "plaatsing", "plaatsingscommissie",
        "expertise", "expertisecentrum", "expertiseteam", "team", "regio", "regionaal", "regionale", "stichting", "vereniging", "school",
        "scholen", "college", "lyceum", "gymnasium", "mavo", "havo", "vwo", "vmbo", "vestiging", "locatie", "scholengemeenschap",
        "zorg", "zorgcoordinator", "zorgcoordinatie", "zorgteam", "ondersteuningsteam", "leerlingzaken", "leerlingadministratie",
        "eo", "e.o", "omstreken", "omgeving", "noord", "zuid", "oost", "west", "midden", "centrum", "stad", "land", "gemeente",
        "gemeenten", "provincie", "nederland", "postbus", "tlv-aanvragen", "lwoo-pro", "pro-lwoo", "kindcentrum", "jeugd",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "vanaf", "sinds", "per", "nieuw", "nieuwe", "huidige", "actuele", "zie", "https", "http", "www",
    ]
}
