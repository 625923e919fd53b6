public import AjarEngine
import AjarIRC
public import AjarReminders
public import AjarRuntime
public import AjarWebhooks
import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
public import ServiceLifecycle

/// The composition root of `ajar serve`: from the configuration it builds the store, the runtime,
/// the reminder scheduler and the configured transports (HTTP webhooks when `http.port` is set,
/// IRC when `irc.host` is set, outgoing webhooks when targets are configured), and runs them in
/// one service group until SIGTERM or SIGINT, then shuts down gracefully: the HTTP server stops
/// taking requests and finishes those in flight, the scheduler finishes its deliveries, IRC quits.
///
/// ```swift
/// let server = try await AjarServer.build(configuration: configuration, environment: environment, logger: logger)
/// try await server.run()
/// ```
public struct AjarServer: Sendable {
    /// The services, in start order (stopped in reverse).
    public let services: [any Service]
    public let scheduler: ReminderService
    public let metrics: AjarMetrics
    public let store: any ConversationStore
    private let httpClient: HTTPClient?
    private let logger: Logger

    /// - Parameters:
    ///   - safety: makes the safety layer over the store and engine (the executable passes
    ///     AjarSafety's; `nil` from it: no screen).
    ///   - onHTTPServerRunning: told the HTTP server's bound address (`127.0.0.1:8080`).
    public static func build(
        configuration: AjarConfiguration, environment: [String: String], logger: Logger,
        safety: @Sendable (any ConversationStore, Engine) throws -> SafetyHooks? = { _, _ in nil },
        onHTTPServerRunning: @escaping @Sendable (String) async -> Void = { _ in }
    ) throws -> AjarServer {
        let ircConfiguration: IRCClientConfiguration?
        do {
            ircConfiguration = try IRCClientConfiguration.make(from: configuration.irc)
        } catch {
            throw AjarServerError(lines: ["ajar serve: error: \(error)"])
        }
        guard configuration.http.port != nil || ircConfiguration != nil else {
            throw AjarServerError(lines: ["ajar serve: error: nothing to serve: set http.port (AJAR_HTTP_PORT) or irc.host (AJAR_IRC_HOST)"])
        }
        let httpSettings = try configuration.http.port.map { port in
            try webhookSettings(configuration.http, port: port)
        }
        let dialogue = try ServerDialogue.load(path: configuration.dialogue.path)
        let path = configuration.storage.path ?? StoragePaths.defaultDatabasePath(environment: environment)
        let store: SQLiteConversationStore
        do {
            store = try SQLiteConversationStore(
                path: path, receiptRetention: RetryPolicy.seconds(configuration.http.receiptRetention))
        } catch {
            throw AjarServerError(lines: ["\(path): error: cannot open the conversation store: \(error)"])
        }
        let metrics = AjarMetrics()
        let engine = Engine(dialogue: dialogue)
        let hooks: SafetyHooks?
        do {
            hooks = try safety(store, engine)
        } catch {
            throw AjarServerError(lines: ["ajar serve: error: the safety layer could not start: \(error)"])
        }

        // Transports by target scheme.
        var transports: [any ReminderTransport] = []
        var httpClient: HTTPClient?
        let webhooks = configuration.webhooks
        if !webhooks.targets.isEmpty {
            let secret = webhooks.secret?.value ?? configuration.http.secret?.value
            let signer = try secret.map { WebhookSigner(secret: try parseSecret($0, name: "AJAR_WEBHOOKS_SECRET")) }
            if signer == nil { logger.warning("outgoing webhooks are not signed: set webhooks.secret or http.secret (AJAR_WEBHOOKS_SECRET, AJAR_HTTP_SECRET)") }
            let client = OutgoingWebhookTransport.makeHTTPClient(timeout: webhooks.timeout)
            httpClient = client
            transports.append(OutgoingWebhookTransport(
                endpoints: webhooks.targets, signer: signer, client: client, timeout: webhooks.timeout))
        }
        var ircClient: IRCClient?
        var runtimeHandler: ForwardingHandler?
        if let ircConfiguration {
            let handler = ForwardingHandler()
            let client = IRCClient(configuration: ircConfiguration, handler: handler, logger: logger.named("ajar.irc"))
            runtimeHandler = handler
            ircClient = client
            transports.append(IRCReminderTransport(client: client))
        }
        let router = ReminderRouter(transports)

        // Claims only targets this process has a transport for (`terminal:` ones wait for the chat).
        let claim = configuration.reminders.claimDuration
        let queue = StoreReminderQueue(store: store, schemes: Set(router.schemes), claimDuration: claim)
        let scheduler = ReminderService(
            queue: queue, router: router,
            settings: .init(
                retry: RetryPolicy(configuration.reminders), quietHours: QuietHoursPolicy(configuration.reminders),
                claimRenewal: claim / 3),
            events: metrics, logger: logger.named("ajar.reminders"), reminderText: hooks?.reminderText)
        let runtime = ConversationRuntime(
            engine: engine, store: store, safety: hooks?.screen ?? PassThroughSafetyScreen(), scheduler: scheduler,
            logger: logger.named("ajar.runtime"), logUserText: configuration.logging.logUserText,
            timeZone: configuration.reminders.timeZone)
        runtimeHandler?.target.withLock { $0 = MeteredHandler(runtime: runtime, metrics: metrics) }

        var services: [any Service] = []
        if let ircClient { services.append(IRCClientService(client: ircClient, metrics: metrics)) }
        services.append(scheduler)
        if let httpSettings {
            let webhookServices = WebhookServices(
                runtime: runtime, store: store, router: router, scheduler: scheduler, metrics: metrics,
                logger: logger.named("ajar.http"))
            let app = try buildWebhookApplication(settings: httpSettings, services: webhookServices) { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? httpSettings.host):\($0.port ?? httpSettings.port)" }
                await onHTTPServerRunning(address ?? "\(httpSettings.host):\(httpSettings.port)")
            }
            services.append(app)
        }
        return AjarServer(services: services, scheduler: scheduler, metrics: metrics, store: store, httpClient: httpClient, logger: logger)
    }

    /// Runs every service until SIGTERM or SIGINT (or a service fails), then shuts down gracefully.
    public func run() async throws {
        var configuration = ServiceGroupConfiguration(
            services: services.map { .init(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        // Deliveries and requests in flight are bounded by their own timeouts; this is the backstop.
        configuration.maximumGracefulShutdownDuration = .seconds(45)
        configuration.maximumCancellationDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)
        do {
            try await group.run()
        } catch {
            try? await httpClient?.shutdown()
            throw error
        }
        try await httpClient?.shutdown()
    }

    private static func webhookSettings(_ http: AjarConfiguration.HTTPSection, port: Int) throws -> WebhookServerSettings {
        var secrets: [WebhookSecret] = []
        if let secret = http.secret { secrets.append(try parseSecret(secret.value, name: "AJAR_HTTP_SECRET")) }
        if let previous = http.previousSecret { secrets.append(try parseSecret(previous.value, name: "AJAR_HTTP_PREVIOUS_SECRET")) }
        let settings = WebhookServerSettings(host: http.host, port: port, secrets: secrets, bodyLimit: http.bodyLimit)
        do {
            try settings.validate()
        } catch {
            throw AjarServerError(lines: ["ajar serve: error: \(error)"])
        }
        return settings
    }

    private static func parseSecret(_ text: String, name: String) throws -> WebhookSecret {
        do {
            return try WebhookSecret(text)
        } catch {
            throw AjarServerError(lines: ["\(name): error: \(error)"])
        }
    }
}

/// The safety layer as `serve` uses it: the screen ahead of every message, and the text to
/// deliver for a reminder.
public struct SafetyHooks: Sendable {
    public var screen: any SafetyScreen
    public var reminderText: @Sendable (Reminder) async -> String

    public init(screen: any SafetyScreen, reminderText: @escaping @Sendable (Reminder) async -> String) {
        self.screen = screen
        self.reminderText = reminderText
    }
}

extension Logger {
    /// The same handler and level under another label.
    func named(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = logLevel
        return logger
    }
}
