public import ArgumentParser

/// The `ajar` command: bare `ajar` is `ajar chat`.
public struct AjarCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ajar",
        abstract: "A scripted coaching chat bot: terminal, IRC and webhooks.",
        discussion: """
            With no subcommand, `ajar` starts a conversation in the terminal with the default \
            dialogue (Dialogues/main.yaml).
            """,
        version: AjarVersion.string,
        subcommands: [
            ChatCommand.self,
            ReframeCommand.self,
            CheckCommand.self,
            TestCommand.self,
            GraphCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    public init() {}
}

/// The version printed by `ajar --version`.
public enum AjarVersion {
    public static let string = "0.1.0"
}
