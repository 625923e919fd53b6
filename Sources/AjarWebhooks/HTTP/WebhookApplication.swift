public import Hummingbird
import Logging
import NIOCore

/// The composition root of the webhook server, shared by `ajar serve` and the tests: the router
/// with its routes and middleware, and the Hummingbird application listening where `settings` say.
///
/// ```swift
/// let app = try buildWebhookApplication(settings: settings, services: services)
/// let group = ServiceGroup(services: [app, scheduler], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
/// try await group.run()
/// ```
///
/// - Parameter onServerRunning: called with the listening channel (its `localAddress` tells the
///   port when `settings.port` is 0).
/// - Throws: ``WebhookServerSettingsError`` for a non-loopback host without a secret.
public func buildWebhookApplication(
    settings: WebhookServerSettings, services: WebhookServices,
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try settings.validate()
    if settings.secrets.isEmpty {
        services.logger.warning("no webhook secret: signatures are not checked (loopback only); set AJAR_HTTP_SECRET")
    }
    let router = buildWebhookRouter(settings: settings, services: services)
    let idle = TimeAmount.nanoseconds(Int64(settings.idleTimeout.components.seconds) * 1_000_000_000
        + settings.idleTimeout.components.attoseconds / 1_000_000_000)
    return Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: idle)),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "ajar"),
        onServerRunning: onServerRunning,
        logger: services.logger
    )
}

/// The router alone (for tests through `app.test(.router)`).
public func buildWebhookRouter(settings: WebhookServerSettings, services: WebhookServices) -> Router<AjarRequestContext> {
    let router = Router(context: AjarRequestContext.self)
    let verifier = settings.secrets.isEmpty ? nil : WebhookVerifier(secrets: settings.secrets, tolerance: settings.signatureTolerance)
    router.add(middleware: SignedRequestMiddleware(
        verifier: verifier, bodyLimit: settings.bodyLimit, bodyTimeout: settings.bodyTimeout, metrics: services.metrics, now: services.now))
    let once = SingleFlight<WebhookReceipt>()
    OperationsRoutes(metrics: services.metrics).add(to: router)
    ReminderRoutes(services: services, once: once).add(to: router)
    ConversationRoutes(services: services, once: once).add(to: router)
    return router
}
