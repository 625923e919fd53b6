import AjarCompiler
import AjarEngine
import AjarRuntime
import AjarSafety
import Foundation
import Logging
import Synchronization

/// What `ajar chat` needs before the first line: configuration, logging, dialogue, store, user.
/// Each step fails with a message for standard error, never a crash.
struct ChatSetup {
    var configuration: AjarConfiguration
    var dialogue: Dialogue
    var store: SQLiteConversationStore
    var user: String

    struct Failure: Error {
        var lines: [String]
    }

    static func prepare(
        dialogue dialogueOption: String?, state: String?, user userOption: String?, config: String?,
        environment: [String: String]
    ) throws(Failure) -> ChatSetup {
        let configuration: AjarConfiguration
        do {
            configuration = try ConfigurationLoader(environment: environment).load(file: config ?? ConfigurationLoader.defaultFile())
        } catch {
            throw Failure(lines: error.problems.map(\.description))
        }
        ChatLogging.bootstrap(level: configuration.logging.level)

        let entry = ChatDialogueLocator.entryScript(option: dialogueOption, configured: configuration.dialogue.path)
        let result = DialogueCompiler().compile(entry: entry)
        guard let dialogue = result.dialogue, !result.hasErrors else {
            let lines = result.diagnostics.map(\.description)
            throw Failure(lines: lines.isEmpty ? ["\(entry): error: the dialogue could not be compiled"] : lines)
        }

        let path = state ?? configuration.storage.path ?? StoragePaths.defaultDatabasePath(environment: environment)
        let store: SQLiteConversationStore
        do {
            store = try SQLiteConversationStore(path: path)
        } catch {
            throw Failure(lines: ["\(path): error: cannot open the conversation store: \(error)"])
        }
        return ChatSetup(configuration: configuration, dialogue: dialogue, store: store, user: userOption ?? Self.osUserName(environment))
    }

    /// The runtime over the compiled dialogue and the SQLite store, with the safety screen
    /// ahead of every message (it throws rather than run without it); the layer too, for the
    /// text of reminders as they are shown.
    func makeRuntime() throws -> (runtime: ConversationRuntime, safety: SafetyLayer) {
        let engine = Engine(dialogue: dialogue)
        let safety = try SafetyLayer.standard(
            store: store, engine: engine, path: configuration.safety.path, locale: configuration.safety.locale)
        let runtime = ConversationRuntime(
            engine: engine, store: store, safety: safety,
            logger: Logger(label: "ajar.runtime"), logUserText: configuration.logging.logUserText)
        return (runtime, safety)
    }

    /// The OS user name: the password database, then `USER`, then "user".
    static func osUserName(_ environment: [String: String]) -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            let text = String(cString: name)
            if !text.isEmpty { return text }
        }
        return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "user"
    }
}

/// Logging for the executable: to standard error, at the configured level (default `warning`,
/// so piped output stays clean). Bootstrapped once per process.
enum ChatLogging {
    private static let done = Mutex(false)

    static func bootstrap(level: Logger.Level) {
        let first = done.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// Finds the dialogue `ajar chat` runs.
enum ChatDialogueLocator {
    static let defaultEntry = "Dialogues/main.yaml"

    /// `--dialogue`, else the configured `dialogue.path`, else `Dialogues/main.yaml` here or in the
    /// checkout the executable was built in. A directory means its `main.yaml`.
    static func entryScript(option: String?, configured: String?) -> String {
        if let path = option ?? configured { return DialogueCompiler().entryScript(for: path) }
        return InstallationPaths.find(defaultEntry) ?? defaultEntry
    }
}
