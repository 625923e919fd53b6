import ArgumentParser
import Foundation
import Testing

@testable import AjarCLI

/// The help texts are part of the command-line contract: a change to them must be deliberate.
/// Run with `AJAR_UPDATE_SNAPSHOTS=1` to rewrite the snapshots after an intended change.
struct HelpTextTests {
    static let commands: [(name: String, type: any ParsableCommand.Type)] = [
        ("ajar", AjarCommand.self),
        ("chat", ChatCommand.self),
        ("reframe", ReframeCommand.self),
        ("check", CheckCommand.self),
        ("test", TestCommand.self),
        ("graph", GraphCommand.self),
        ("serve", ServeCommand.self),
    ]

    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: commands.map(\.name))
    func helpTextMatchesSnapshot(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }?.type)
        let help = AjarCommand.helpMessage(for: type, columns: 100)
        let file = Self.snapshots.appendingPathComponent("\(name).help.txt")
        if ProcessInfo.processInfo.environment["AJAR_UPDATE_SNAPSHOTS"] == "1" {
            try help.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(help == expected, "help for \(name) changed; rerun with AJAR_UPDATE_SNAPSHOTS=1 if intended")
    }

    @Test func everyCommandOfTheContractIsASubcommand() {
        let names = AjarCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        for command in ["chat", "reframe", "check", "test", "graph", "serve"] {
            #expect(names.contains(command))
        }
        #expect(AjarCommand.configuration.defaultSubcommand == ChatCommand.self)
    }
}
