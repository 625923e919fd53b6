import AjarTestSupport
import Foundation
import GRDB
import Testing

/// A process killed with SIGKILL in the middle of a burst of input leaves a database that opens
/// and holds every turn it answered (replies are written only after their turn is committed).
@Suite struct KillTests {
    static let counter = """
        dialogue: counter
        start: listen
        intents:
          stop:
            keywords: ["stop"]
        fallback:
          set: { last: "{input}" }
          say: "Got {input}."
        states:
          listen:
            say: "Listening."
            on:
              - intent: stop
                goto: stopped
          stopped:
            say: "Stopped."
            end: true
        """

    @Test func killedMidBurstKeepsEveryAnsweredTurn() throws {
        let folder = try AjarBinary.temporaryDirectory()
        let dialogue = folder.appendingPathComponent("counter.yaml")
        try Self.counter.write(to: dialogue, atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("ajar.sqlite").path

        let process = Process()
        process.executableURL = URL(fileURLWithPath: AjarBinary.path)
        process.arguments = ["chat", "--dialogue", dialogue.path, "--state", database, "--user", "burst"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let collected = OutputCollector()
        // A reading thread, not a readability handler: those can crash libdispatch on Linux
        // when many processes run at once.
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            while case let data = output.fileHandleForReading.availableData, !data.isEmpty {
                collected.append(data)
            }
            finished.signal()
        }
        // The writer below fails once the process is dead: an error, not a SIGPIPE for the test runner.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        reader.start()

        let burst = (1...20_000).map { "\($0)\n" }.joined()
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(burst.utf8))  // fails once the process is dead
        }
        writer.start()

        // Kill once a good part of the burst has been answered.
        let deadline = Date().addingTimeInterval(30)
        while !collected.text.contains("Got 300.") && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        _ = finished.wait(timeout: .now() + 10)

        let shown = collected.text
            .split(separator: "\n")
            .compactMap { line in line.hasPrefix("Got ") ? Int(line.dropFirst(4).dropLast()) : nil }
        let lastShown = try #require(shown.last)
        #expect(lastShown >= 300)
        #expect(shown == Array(1...lastShown), "replies came out of order or with gaps")

        let queue = try DatabaseQueue(path: database)
        let integrity = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        let json = try #require(try queue.read { db in try String.fetchOne(db, sql: "SELECT data FROM session WHERE conversation = 'terminal:burst'") })
        let session = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stored = try #require((session["x"] as? [String: String])?["last"].flatMap { Int($0) })
        #expect(stored >= lastShown, "a turn whose reply was shown is missing from the database")
        try? FileManager.default.removeItem(at: folder)
    }
}
