import AjarEngine
import AjarReminders
import AjarRuntime
import AjarTestSupport
import AjarWebhooks
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

extension Logger {
    /// Drops everything: tests assert on behaviour, not on log lines.
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
}

/// A two-state dialogue built by hand: asks a name, then greets it.
enum TinyDialogue {
    static let engine: Engine = {
        let name = Intent(id: "name", matcher: Matcher(patterns: [
            Pattern(elements: [.word("my"), .word("name"), .word("is"), .capture("name")], source: "my name is {name}"),
        ]))
        let states: [StateID: State] = [
            "ask": State(
                id: "ask", say: [Line(Template("What is your name?"))],
                transitions: [Transition(intent: "name", response: AjarEngine.Response(target: "done"))]),
            "done": State(
                id: "done", say: [Line(Template(parts: [.text("Hello, "), .variable(name: "name", filters: []), .text("!")]))],
                isEnd: true),
        ]
        return Engine(dialogue: Dialogue(
            name: "tiny", versionHash: "tiny-1", start: "ask", states: states, intents: [name],
            globalFallback: AjarEngine.Response(say: [Line(Template("Sorry?"))])))
    }()
}

/// A webhook server's parts over a real SQLite file, with a clock the test sets.
final class WebhookFixture: Sendable {
    static let secretText = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    let folder: URL
    let store: SQLiteConversationStore
    let transport = RecordingTransport(scheme: "irc")
    let hooks = RecordingTransport(scheme: "webhook", names: ["ops"])
    let metrics = AjarMetrics()
    let signer = WebhookSigner(secret: try! WebhookSecret(secretText))
    private let clock = SettableClock()
    let services: WebhookServices
    let settings: WebhookServerSettings

    init(secrets: [String] = [WebhookFixture.secretText], bodyLimit: Int = 64 * 1024, bodyTimeout: Duration = .seconds(10)) throws {
        folder = try AjarBinary.temporaryDirectory()
        store = try SQLiteConversationStore(path: folder.appendingPathComponent("ajar.sqlite").path)
        let clock = self.clock
        let now: @Sendable () -> Date = { clock.now }
        let runtime = ConversationRuntime(engine: TinyDialogue.engine, store: store, logger: .quiet, now: now)
        services = WebhookServices(
            runtime: runtime, store: store, router: ReminderRouter([transport, hooks]), scheduler: StoredReminderScheduler(),
            metrics: metrics, now: now, logger: .quiet)
        settings = WebhookServerSettings(
            port: 0, secrets: try secrets.map { try WebhookSecret($0) }, bodyLimit: bodyLimit, bodyTimeout: bodyTimeout,
            idleTimeout: .seconds(2))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var now: Date { clock.now }

    func setNow(_ date: Date) { clock.set(date) }

    func application() throws -> some ApplicationProtocol {
        try buildWebhookApplication(settings: settings, services: services)
    }

    /// Signed headers for `body` with `id`, at the fixture's time (or `at`).
    func headers(_ body: String, id: String = UUID().uuidString, at time: Date? = nil, signer: WebhookSigner? = nil) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        for header in (signer ?? self.signer).headers(id: id, timestamp: time ?? now, body: Array(body.utf8)) {
            fields[HTTPField.Name(header.name)!] = header.value
        }
        return fields
    }

    func reminders(to target: String) async throws -> [Reminder] {
        try await store.reminders(for: ConversationID(target)!)
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }

    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(readableBytesView))) as? [String: Any] ?? [:]
    }
}

/// A wall clock the test sets.
final class SettableClock: Sendable {
    private let value = Mutex(Date())
    var now: Date { value.withLock { $0 } }
    func set(_ date: Date) { value.withLock { $0 = date } }
}
