import RoutekaartCore

/// The Dutch help of every command, with examples, and the usage errors.
enum Usage {
    static let version = "routekaart 1.0.0"

    /// The overview of `routekaart --help`: the commands from `Commands.all`, the general options, examples.
    static var overview: String {
        let width = (Commands.all.map(\.name.count) + ["help".count]).max() ?? 10
        let commandLines = (Commands.all.map { ($0.name, $0.summary) } + [("help", "hulp bij een opdracht: 'routekaart help advies'")])
            .map { "  " + $0.0.padded(to: width + 2) + $0.1 }
        return """
            routekaart — advies bij verhuizing en grensverkeer van leerlingen met lwoo of pro
            tussen samenwerkingsverbanden passend onderwijs VO.

            Gebruik: routekaart [OPDRACHT] [OPTIES]

            Zonder opdracht start het vraaggesprek (zoals 'routekaart advies').

            Opdrachten:
            \(commandLines.joined(separator: "\n"))

            Algemene opties (voor of na de opdracht):
              --data MAP     de gegevensmap (standaard: de meegeleverde map data/)
              --kennis BESTAND
                             een kennisbestand van u of uw regio (mag vaker; zie 'routekaart help kennis')
              --help, -h     deze hulp, of die van de opdracht
              --versie       het versienummer

            Voorbeelden:
              routekaart
              routekaart advies --casus voorbeelden/casus.json
              routekaart school zoek stedelijk gymnasium den bosch
              routekaart swv toon breda
              routekaart test scenarios

            """
    }

    /// The help of each command; `Commands.all` names which is whose.
    enum Help {
        static let advies = """
            Gebruik: routekaart advies [--casus BESTAND [--verder]] [OPTIES]

            Geeft advies voor één leerling. Zonder --casus start het vraaggesprek.
            Met --casus leest het de feiten uit een casusbestand (JSON) en drukt het advies af;
            ontbreken er antwoorden, dan noemt het welke vragen nog open staan (exitcode 65).
            Het advies is kort: eerst wat u moet uitzoeken, dan wat in elk geval moet, en per mogelijk
            antwoord één regel. Elke stap volledig: --volledig; regels, wetteksten en bronnen: --waarom.

            Opties:
              --casus BESTAND         casusbestand (zie README: 'Het casusbestand')
              --verder                ga met het casusbestand verder in het vraaggesprek; de antwoorden gaan
                                      terug in dat bestand (--bewaar NIEUW laat het zoals het is)
              --peildatum JJJJ-MM-DD  de datum van de casus (standaard: die uit het casusbestand, anders vandaag)
              --formaat FORMAAT       tekst (standaard), markdown of json
              --voor WIE              school (standaard) of ouders: eenvoudige taal om voor te lezen
              --volledig              elk geval met al zijn stappen, elke stap volledig (tekst en markdown)
              --waarom                laat ook zien welke feiten, regels en bronnen tot het advies leidden,
                                      en wat het korte advies weglaat
              --bewaar BESTAND        bewaart de antwoorden van het vraaggesprek in dit bestand
              --overschrijf           --bewaar en 'bewaar' mogen een bestaand ander bestand vervangen
              --agenda BESTAND        zet de termijnen die nog komen in een agendabestand (iCalendar, .ics); komt er
                                      geen, dan de volgende teldatum die het advies noemt, of geen bestand
              --voorbeeld             ook de verzonnen voorbeeld-SWV's en -scholen (om te oefenen; een casusbestand
                                      met "gegevens": "voorbeeld" laadt ze vanzelf)
              --data MAP              de gegevensmap

            Voorbeelden:
              routekaart advies
              routekaart advies --casus voorbeelden/casus.json --formaat json
              routekaart advies --casus voorbeelden/weet-ik-niet.json --volledig
              routekaart advies --casus voorbeelden/casus.json --verder --bewaar voorbeelden/casus.json
              routekaart advies --voor ouders
              routekaart advies --casus voorbeelden/casus.json --agenda termijnen.ics
              routekaart advies --voorbeeld

            """

        static let test = """
            Gebruik: routekaart test [PAD]

            Voert elk scenariobestand (*.json) in PAD uit (standaard: scenarios) en vergelijkt het advies
            met wat het bestand verwacht. Eén regel per bestand, dan 'N geslaagd, M mislukt'.
            Een scenario draait op de echte gegevens, of met "gegevens": "voorbeeld" ook op de voorbeeldgegevens.
            Exitcode 1 als er een mislukt.

            Voorbeeld:
              routekaart test scenarios

            """

        static let controleer = """
            Gebruik: routekaart controleer [--data MAP]

            Controleert de inhoud en het model: elke verwijzing bestaat, elk pad eindigt in een uitkomst,
            geen kringlopen, niets onbereikbaar, elke uitkomst noemt een bron uit het bronnenregister,
            elke vraag heeft hulptekst, elk feit wordt gevraagd of afgeleid; en elke vestiging, elk SWV en
            elke licentie van het landelijke model en van de voorbeeldgegevens. Exitcode 65 bij een fout.

            Voorbeeld:
              routekaart controleer --data data

            """

        static let swv = """
            Gebruik: routekaart swv lijst [--peildatum JJJJ-MM-DD] [--voorbeeld]
                     routekaart swv toon CODE|GEMEENTE|PC4 [--peildatum JJJJ-MM-DD] [--voorbeeld]

            'lijst' toont alle samenwerkingsverbanden VO met hun gemeenten en wat er van hun beleid
            bekend is op de peildatum ('beleid onbekend' als geen bron het zegt).
            'toon' toont één SWV: zijn gemeenten, beleidsperioden met hun bronnen, en zijn scholen.
            Het SWV mag ook worden gevonden via een gemeente of de 4 cijfers van een postcode
            (geen volledige postcode of adres: dat zijn persoonsgegevens).

            Voorbeelden:
              routekaart swv lijst
              routekaart swv toon VO3003 --peildatum 2016-09-01
              routekaart swv toon breda
              routekaart swv toon 4942

            """

        static let school = """
            Gebruik: routekaart school zoek TEKST [--peildatum JJJJ-MM-DD] [--voorbeeld]

            Zoekt vestigingen op (een deel van) de naam, de plaats, de gemeente, de BRIN- of vestigingscode
            of de 4 cijfers van de postcode; hoofdletters, accenten, apostrofs en streepjes tellen niet mee.
            Toont per vestiging plaats, SWV, aanbod en wat bekend is over lwoo-licenties.

            Voorbeelden:
              routekaart school zoek breda
              routekaart school zoek stedelijk gymnasium den bosch
              routekaart school zoek 01IW00

            """

        static let gegevens = """
            Gebruik: routekaart gegevens importeer --vestigingen BESTAND --examens BESTAND --regio BESTAND
                                                   --datum JJJJ-MM-DD --regio-datum JJJJ-MM-DD [--uit MAP] [--proef]
                     routekaart gegevens importeer --rio MAP --datum JJJJ-MM-DD [--naar BESTAND] [--proef]

            Maakt het landelijke model (model/vestigingen.csv, model/regio.csv, model/import.json) opnieuw
            uit DUO's bestand met alle vestigingen vo, DUO's examenkandidaten per vestiging en de tabel van
            de Regeling regio-indeling (pc4;gemeente;swv_po;swv_vo). Leest DUO's eigen formaat (puntkomma's,
            kolommen op naam, UTF-8 of Windows-1252). Wat met de hand is ingevoerd (namen en beleid van SWV's,
            licenties, elk met bron) blijft staan. Meldt wat er nieuw, vervallen en gewijzigd is; bij een fout
            (met bestand, regel en kolom) wordt er niets geschreven (exitcode 65).

            Opties:
              --vestigingen BESTAND    DUO "Alle vestigingen vo"
              --examens BESTAND        DUO "Examenkandidaten en geslaagden" per vestiging
              --regio BESTAND          de tabel van de Regeling regio-indeling als CSV
              --datum JJJJ-MM-DD       datum van DUO's vestigingengegevens (het bestand noemt er geen)
              --regio-datum JJJJ-MM-DD datum van de tekst van de regio-indeling
              --uit MAP                waar de modelbestanden komen (standaard: model/ in de gegevensmap)
              --proef                  alleen lezen, controleren en melden; niets schrijven
              --rio MAP                de map met DUO's RIO-bestanden (zie hieronder)
              --naar BESTAND           met --rio: het kennisbestand dat wordt geschreven (standaard: model/rio-kennis.csv)
              --data MAP               de gegevensmap (bronnenregister en met de hand ingevoerde gegevens)

            De bronnen heten duo-vestigingen-JJJJ, duo-examenkandidaten-JJJJ-JJJJ en regio-indeling-JJJJ
            en moeten in bronnen.json staan.

            Met --rio MAP leest het DUO's open data van RIO (samenwerkingserkenningen, de koppeling van vestigingen
            aan SWV's, vo-opleidingserkenningen en vo-onderwijslicenties; kolommen op naam, ; of ,) en schrijft het de
            lwoo-licenties per vestiging en de namen van de SWV's als kennisbestand, elk feit met bron rio-JJJJ-MM-DD:
            in model/rio-kennis.csv van de gegevensmap, of met --naar BESTAND elders. --datum is dan de dag van de
            download. Het meldt ook welke vestigingen volgens RIO bij een ander SWV horen dan de regio-indeling zegt.
            Het formaat komt uit DUO's gepubliceerde kolomlijsten en is nog niet getoetst aan een echte download.

            Voorbeeld:
              routekaart gegevens importeer --vestigingen data/bronbestanden/duo/vestigingen-vo.csv --examens data/bronbestanden/duo/examenkandidaten-vo.csv --regio data/bronbestanden/regio-indeling/pc4-swv.csv --datum 2026-10-02 --regio-datum 2015-04-23 --proef

            """

        static let criteria = """
            Gebruik: routekaart criteria [--peildatum JJJJ-MM-DD]

            Vraagt het IQ en per gebied (technisch lezen, begrijpend lezen, spelling, inzichtelijk rekenen)
            de DLE en DL, rekent de leerachterstand uit (1 − DLE/DL) en zegt of de landelijke criteria
            voor lwoo of pro lijken te zijn vervuld. Indicatief, geen besluit. Er wordt niets bewaard.

            Voorbeeld:
              routekaart criteria

            """

        static let boom = """
            Gebruik: routekaart boom [--formaat mermaid|dot|markdown]

            Drukt de hele routekaart af: als stroomschema (mermaid of dot) of als boek voor reviewers
            (markdown, met het mermaid-diagram).

            Voorbeelden:
              routekaart boom --formaat dot | dot -Tsvg > routekaart.svg
              routekaart boom --formaat markdown > docs/routekaart.md

            """

        static let paden = """
            Gebruik: routekaart paden [--formaat tekst|json] [--uitkomst ID]

            Somt alle paden op van de eerste vraag tot een uitkomst (elke combinatie van antwoorden,
            met de afgeleide feiten) en telt ze.

            Voorbeelden:
              routekaart paden
              routekaart paden --uitkomst S3 --formaat json

            """

        static let bronnen = """
            Gebruik: routekaart bronnen [BRON | BRON ARTIKEL] [--formaat tekst|json]

            Zonder BRON: het bronnenregister (korte naam, titel, datum, vindplaats, geldigheid van wetten)
            en hoe vaak elke bron wordt genoemd. Met een BRON: die bron, en van een wet de artikelen
            waarvan de tekst in het register staat. Met een artikel: de letterlijke tekst (van het lid),
            de tekstversie, de officiële vindplaats en waar de inhoud het artikel noemt.

            Opties:
              --formaat FORMAAT   tekst (standaard) of json
              --data MAP          de gegevensmap

            Voorbeelden:
              routekaart bronnen
              routekaart bronnen wvo-2020
              routekaart bronnen "wvo-2020 art. 2.30 lid 2"
              routekaart bronnen wvo-2020 2.43

            """
    }

    static func usageLine(_ command: String) -> String {
        Commands.named(command)?.help.split(separator: "\n").first.map(String.init) ?? "Gebruik: routekaart [OPDRACHT] [OPTIES]"
    }

    static func error(_ message: String, command: String) -> ExitError {
        let help = command.isEmpty ? "routekaart --help" : "routekaart \(command) --help"
        return ExitError(code: 64, message: "Fout: \(message)\n\(usageLine(command))\nZie '\(help)'.")
    }

    enum Messages {
        static func missingValue(_ option: String) -> String { "de optie \(option) heeft een waarde nodig." }
        static func emptyValue(_ option: String) -> String { "de optie \(option) is leeg; geef een waarde, zoals \(option) \(example(option))." }
        static func givenTwice(_ option: String) -> String {
            "de optie \(option) staat twee keer op de opdrachtregel; geef haar één keer."
        }
        static func example(_ option: String) -> String {
            switch option {
            case "--peildatum": "2026-09-01"
            case "--data": "data"
            case "--kennis": "kennis.csv"
            case "--formaat": "json"
            default: "BESTAND"
            }
        }
        static func unknownOption(_ option: String, _ suggestion: String?) -> String {
            "onbekende optie '\(Sanitized.short(option))'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
        }
        static func unknownCommand(_ command: String, _ suggestion: String?) -> String {
            "onbekende opdracht '\(Sanitized.short(command))'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
        }
        /// A date option that names no day (and why, for a text in the form of a date: "februari 2026 heeft 28 dagen"),
        /// or a day before lwoo and pro came to the samenwerkingsverbanden.
        static func badDate(_ option: String, _ value: String) -> String {
            if let day = Day(value, allowDutchOrder: true), day < Day.inpassing {
                return "'\(Sanitized.short(value))' bij \(option) ligt vóór 1 januari 2016, toen lwoo en pro bij de samenwerkingsverbanden kwamen; "
                    + "Routekaart adviseert vanaf die dag."
            }
            let why = Day.whyNoDay(value).map { " (\($0))" } ?? ""
            return "'\(Sanitized.short(value))' bij \(option) is geen datum\(why); gebruik JJJJ-MM-DD of DD-MM-JJJJ, zoals 2026-09-01 of 1-9-2026."
        }
        static func badChoice(_ option: String, _ value: String, _ valid: [String]) -> String {
            "'\(Sanitized.short(value))' bij \(option) is geen geldige waarde; kies uit \(valid.joined(separator: ", "))."
        }
        static func unexpected(_ word: String) -> String { "onverwacht argument '\(Sanitized.short(word))'." }
        static let verderNeedsCase = "--verder werkt alleen samen met --casus BESTAND."
    }
}
