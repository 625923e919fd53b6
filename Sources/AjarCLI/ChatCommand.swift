import ArgumentParser

/// `ajar chat`: a conversation in the terminal.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with Ajar in the terminal (the default command)."
    )

    @Option(help: "The dialogue script (file or directory) to run.")
    var dialogue: String?

    @Option(help: "The SQLite file that stores conversations.")
    var state: String?

    @Option(help: "Who is talking: each user has their own conversation.")
    var user: String?

    @Option(help: "The configuration file.")
    var config: String?

    func run() async throws {
        throw ValidationError("chat is not implemented yet")
    }
}
