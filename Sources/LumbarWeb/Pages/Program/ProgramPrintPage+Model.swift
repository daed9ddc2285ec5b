/// What the printable program shows: the newest readable version of a client's program, addressed
/// to the client, for them to take home: how to go through it, what the assessment found, each
/// exercise with its dose and cues, and what to take care with.
struct ProgramPrintPage {
    let clientName: String
    /// The program as the client follows it (`Program.asFollowed`).
    let view: ProgramView
    /// The exercises left out until the trainer reviews them, by name.
    let leftOut: [String]
}
