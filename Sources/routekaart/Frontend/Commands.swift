/// One subcommand: its name, its line in the overview, its help, and what runs it.
struct Command: Sendable {
    let name: String
    let summary: String
    let help: String
    let run: @Sendable ([String]) throws(ExitError) -> Void
}

/// Every subcommand, in the order the overview lists them: the one list that
/// dispatch, help and "bedoelt u …?" all read.
enum Commands {
    static let all: [Command] = [
        Command(
            name: "advies", summary: "advies voor een leerling: vraaggesprek, of een casusbestand met --casus", help: Usage.Help.advies,
            run: AdviceCommand.run),
        Command(
            name: "test", summary: "voert de scenariobestanden uit en vergelijkt met de verwachte uitkomst", help: Usage.Help.test,
            run: TestCommand.run),
        Command(
            name: "controleer", summary: "controleert de inhoud: elk pad eindigt in een uitkomst, elke uitkomst heeft een bron, ...",
            help: Usage.Help.controleer, run: CheckCommand.run),
        Command(
            name: "swv", summary: "samenwerkingsverbanden opzoeken: 'swv lijst', 'swv toon CODE|GEMEENTE|PC4'", help: Usage.Help.swv,
            run: LookupCommands.swv),
        Command(name: "school", summary: "scholen opzoeken: 'school zoek TEKST'", help: Usage.Help.school, run: LookupCommands.school),
        Command(
            name: "criteria", summary: "indicatieve toets aan de landelijke criteria lwoo en pro (geen besluit)", help: Usage.Help.criteria,
            run: CriteriaCommand.run),
        Command(
            name: "boom", summary: "de hele routekaart als diagram (mermaid, dot) of als boek voor reviewers (markdown)", help: Usage.Help.boom,
            run: TreeCommands.boom),
        Command(name: "paden", summary: "alle paden van de eerste vraag tot een uitkomst", help: Usage.Help.paden, run: TreeCommands.paden),
        Command(
            name: "bronnen", summary: "de bronnen, hoe vaak ze worden genoemd, en de tekst van wetsartikelen", help: Usage.Help.bronnen,
            run: TreeCommands.bronnen),
        Command(
            name: "kennis", summary: "wat u en uw regio weten (beleid, licenties, contact): 'kennis', 'kennis controleer', 'kennis voeg-samen'",
            help: Usage.Help.kennis, run: KnowledgeCommand.run),
        Command(
            name: "gegevens", summary: "het landelijke model opnieuw maken uit de bestanden van DUO: 'gegevens importeer'",
            help: Usage.Help.gegevens, run: DataCommands.run),
    ]

    static var names: [String] { all.map(\.name) }

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
