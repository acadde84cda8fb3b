import RoutekaartCore

/// The guided interview (placeholder until the interview lands).
enum InterviewCommand {
    static func start(
        dataSet: DataSet, arguments: Arguments, renderer: AdviceRenderer, format: OutputFormat, peildatum: Day,
        initial: [String: String]
    ) throws(ExitError) {
        throw ExitError(code: 64, message: "Het vraaggesprek is nog niet beschikbaar; gebruik --casus BESTAND.")
    }
}
