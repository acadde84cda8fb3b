import RoutekaartCore

/// The Dutch help of every command, with examples, and the usage errors.
enum Usage {
    static let version = "routekaart 1.0.0"

    static let overview = """
        routekaart — advies bij verhuizing en grensverkeer van leerlingen met lwoo of pro
        tussen samenwerkingsverbanden passend onderwijs VO.

        Gebruik: routekaart [OPDRACHT] [OPTIES]

        Zonder opdracht start het vraaggesprek (zoals 'routekaart advies').

        Opdrachten:
          advies      advies voor een leerling: vraaggesprek, of een casusbestand met --casus
          test        voert de scenariobestanden uit en vergelijkt met de verwachte uitkomst
          controleer  controleert de inhoud: elk pad eindigt in een uitkomst, elke uitkomst heeft een bron, ...
          swv         samenwerkingsverbanden opzoeken: 'swv lijst', 'swv toon CODE|GEMEENTE|PC4'
          school      scholen opzoeken: 'school zoek TEKST'
          criteria    indicatieve toets aan de landelijke criteria lwoo en pro (geen besluit)
          boom        de hele routekaart als diagram (mermaid, dot) of als boek voor reviewers (markdown)
          paden       alle paden van de eerste vraag tot een uitkomst
          bronnen     de bronnen, hoe vaak ze worden genoemd, en de tekst van wetsartikelen
          gegevens    het landelijke model opnieuw maken uit de bestanden van DUO: 'gegevens importeer'
          help        hulp bij een opdracht: 'routekaart help advies'

        Algemene opties:
          --data MAP     de gegevensmap (standaard: de meegeleverde map data/)
          --voorbeeld    ook de verzonnen voorbeeld-SWV's en -scholen (advies, swv, school)
          --help, -h     deze hulp
          --versie       het versienummer

        Voorbeelden:
          swift run routekaart
          swift run routekaart school zoek stedelijk gymnasium den bosch
          swift run routekaart swv toon breda
          swift run routekaart test scenarios

        """

    static let commands: [String: String] = [
        "advies": """
        Gebruik: routekaart advies [--casus BESTAND [--verder]] [OPTIES]

        Geeft advies voor één leerling. Zonder --casus start het vraaggesprek.
        Met --casus leest het de feiten uit een casusbestand (JSON) en drukt het advies af;
        ontbreken er antwoorden, dan noemt het welke vragen nog open staan (exitcode 65).

        Opties:
          --casus BESTAND        casusbestand (zie README: 'Het casusbestand')
          --verder               ga met het casusbestand verder in het vraaggesprek
          --peildatum JJJJ-MM-DD de datum van de casus (standaard: vandaag, of die uit het casusbestand)
          --formaat FORMAAT      tekst (standaard), markdown of json
          --voor WIE             school (standaard) of ouders: eenvoudige taal om voor te lezen
          --waarom               laat ook zien welke feiten, regels en bronnen tot het advies leidden
          --bewaar BESTAND       bewaart de antwoorden van het vraaggesprek in dit bestand
          --agenda BESTAND       zet de termijnen van het advies in een agendabestand (iCalendar, .ics)
          --voorbeeld            ook de verzonnen voorbeeld-SWV's en -scholen (om te oefenen; een casusbestand
                                 met "gegevens": "voorbeeld" laadt ze vanzelf)
          --data MAP             de gegevensmap

        Voorbeelden:
          routekaart advies
          routekaart advies --casus casus.json --formaat json
          routekaart advies --casus casus.json --verder --bewaar casus.json
          routekaart advies --voor ouders
          routekaart advies --casus casus.json --agenda termijnen.ics
          routekaart advies --voorbeeld

        """,
        "test": """
        Gebruik: routekaart test [PAD]

        Voert elk scenariobestand (*.json) in PAD uit (standaard: scenarios) en vergelijkt het advies
        met wat het bestand verwacht. Eén regel per bestand, dan 'N geslaagd, M mislukt'.
        Een scenario draait op de echte gegevens, of met "gegevens": "voorbeeld" ook op de voorbeeldgegevens.
        Exitcode 1 als er een mislukt.

        Voorbeeld:
          routekaart test scenarios

        """,
        "controleer": """
        Gebruik: routekaart controleer [--data MAP]

        Controleert de inhoud en het model: elke verwijzing bestaat, elk pad eindigt in een uitkomst,
        geen kringlopen, niets onbereikbaar, elke uitkomst noemt een bron uit het bronnenregister,
        elke vraag heeft hulptekst, elk feit wordt gevraagd of afgeleid; en elke vestiging, elk SWV en
        elke licentie van het landelijke model en van de voorbeeldgegevens. Exitcode 65 bij een fout.

        Voorbeeld:
          routekaart controleer --data data

        """,
        "swv": """
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

        """,
        "school": """
        Gebruik: routekaart school zoek TEKST [--peildatum JJJJ-MM-DD] [--voorbeeld]

        Zoekt vestigingen op (een deel van) de naam, de plaats, de gemeente, de BRIN- of vestigingscode
        of de 4 cijfers van de postcode; hoofdletters, accenten, apostrofs en streepjes tellen niet mee.
        Toont per vestiging plaats, SWV, aanbod en wat bekend is over lwoo-licenties.

        Voorbeelden:
          routekaart school zoek breda
          routekaart school zoek stedelijk gymnasium den bosch
          routekaart school zoek 01IW00

        """,
        "criteria": """
        Gebruik: routekaart criteria [--peildatum JJJJ-MM-DD]

        Vraagt het IQ en per gebied (technisch lezen, begrijpend lezen, spelling, inzichtelijk rekenen)
        de DLE en DL, rekent de leerachterstand uit (1 − DLE/DL) en zegt of de landelijke criteria
        voor lwoo of pro lijken te zijn vervuld. Indicatief, geen besluit. Er wordt niets bewaard.

        Voorbeeld:
          routekaart criteria

        """,
        "boom": """
        Gebruik: routekaart boom [--formaat mermaid|dot|markdown]

        Drukt de hele routekaart af: als stroomschema (mermaid of dot) of als boek voor reviewers
        (markdown, met het mermaid-diagram).

        Voorbeelden:
          routekaart boom --formaat dot | dot -Tsvg > routekaart.svg
          routekaart boom --formaat markdown > docs/routekaart.md

        """,
        "paden": """
        Gebruik: routekaart paden [--formaat tekst|json] [--uitkomst ID]

        Somt alle paden op van de eerste vraag tot een uitkomst (elke combinatie van antwoorden,
        met de afgeleide feiten) en telt ze.

        Voorbeelden:
          routekaart paden
          routekaart paden --uitkomst S3 --formaat json

        """,
        "gegevens": """
        Gebruik: routekaart gegevens importeer --vestigingen BESTAND --examens BESTAND --regio BESTAND
                                               --datum JJJJ-MM-DD --regio-datum JJJJ-MM-DD [--uit MAP] [--proef]

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
          --data MAP               de gegevensmap (bronnenregister en met de hand ingevoerde gegevens)

        De bronnen heten duo-vestigingen-JJJJ, duo-examenkandidaten-JJJJ-JJJJ en regio-indeling-JJJJ
        en moeten in bronnen.json staan.

        Voorbeeld:
          routekaart gegevens importeer --vestigingen data/bronbestanden/duo/vestigingen-vo.csv \
              --examens data/bronbestanden/duo/examenkandidaten-vo.csv \
              --regio data/bronbestanden/regio-indeling/pc4-swv.csv --datum 2026-10-02 --regio-datum 2015-04-23

        """,
        "bronnen": """
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

        """,
    ]

    static func usageLine(_ command: String) -> String {
        commands[command].flatMap { $0.split(separator: "\n").first.map(String.init) } ?? "Gebruik: routekaart [OPDRACHT] [OPTIES]"
    }

    static func error(_ message: String, command: String) -> ExitError {
        let help = command.isEmpty ? "routekaart --help" : "routekaart \(command) --help"
        return ExitError(code: 64, message: "Fout: \(message)\n\(usageLine(command))\nZie '\(help)'.")
    }

    enum Messages {
        static func missingValue(_ option: String) -> String { "de optie \(option) heeft een waarde nodig." }
        static func unknownOption(_ option: String, _ suggestion: String?) -> String {
            "onbekende optie '\(Sanitized.short(option))'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
        }
        static func unknownCommand(_ command: String, _ suggestion: String?) -> String {
            "onbekende opdracht '\(Sanitized.short(command))'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "")
        }
        static func badDate(_ option: String, _ value: String) -> String {
            "'\(Sanitized.short(value))' bij \(option) is geen geldige datum vanaf 2016-01-01; gebruik JJJJ-MM-DD, zoals 2026-09-01."
        }
        static func badChoice(_ option: String, _ value: String, _ valid: [String]) -> String {
            "'\(Sanitized.short(value))' bij \(option) is geen geldige waarde; kies uit \(valid.joined(separator: ", "))."
        }
        static func unexpected(_ word: String) -> String { "onverwacht argument '\(Sanitized.short(word))'." }
        static let verderNeedsCase = "--verder werkt alleen samen met --casus BESTAND."
    }
}
