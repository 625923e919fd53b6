import AjarTestSupport
import Synchronization
import Foundation
import GRDB

/// A small dialogue written to a temporary folder, so the chat tests do not depend on the
/// wording of the shipped `Dialogues/main.yaml`.
enum ChatFixture {
    static let dialogue = """
        dialogue: names
        start: ask
        intents:
          name:
            patterns: ["[my name is] {name}"]
          number:
            patterns: ["i like {number}"]
        fallback:
          say: "Sorry?"
        states:
          ask:
            say:
              - "Hello, I am a test bot."
              - "What is your name?"
            on:
              - intent: name
                goto: number
          number:
            say: "Hello, {name}! Which number do you like?"
            on:
              - intent: number
                goto: done
          done:
            say: "{name} likes {number}."
            remind: { in: "1s", text: "Still liking {number}, {name}?" }
            end: true
        """

    /// A folder holding `main.yaml` (the dialogue) and room for a database.
    static func folder() throws -> URL {
        let folder = try AjarBinary.temporaryDirectory()
        try dialogue.write(to: folder.appendingPathComponent("main.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// `chat --dialogue FOLDER/main.yaml --state FOLDER/state/ajar.sqlite --user USER`.
    static func arguments(_ folder: URL, user: String = "alice") -> [String] {
        [
            "chat", "--dialogue", folder.appendingPathComponent("main.yaml").path,
            "--state", databasePath(folder), "--user", user,
        ]
    }

    static func databasePath(_ folder: URL) -> String {
        folder.appendingPathComponent("state/ajar.sqlite").path
    }

    /// `SELECT COUNT(*) FROM table [WHERE ...]` on the database, read-only.
    static func count(_ folder: URL, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: databasePath(folder), configuration: configuration)
        return try queue.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }

    /// Runs one statement on the database (to set up what another process would have written).
    static func execute(_ folder: URL, _ sql: String) throws {
        try DatabaseQueue(path: databasePath(folder)).write { db in try db.execute(sql: sql) }
    }
}

/// Bytes gathered from a pipe on another thread.
final class OutputCollector: Sendable {
    private let data = Mutex(Data())

    func append(_ chunk: Data) {
        guard !chunk.isEmpty else { return }
        data.withLock { $0.append(chunk) }
    }

    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
