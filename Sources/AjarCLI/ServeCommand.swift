import AjarRuntime
import AjarSafety
import AjarServer
import ArgumentParser
import Foundation
import Logging

/// `ajar serve`: runs the configured transports (IRC, HTTP webhooks) and the reminder scheduler
/// until SIGINT or SIGTERM, then shuts down gracefully and exits 0.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the configured transports (IRC, HTTP webhooks) and the reminder scheduler.",
        discussion: """
            Runs until SIGINT or SIGTERM, then finishes requests and deliveries in flight and exits. \
            Everything comes from the configuration file and AJAR_* environment variables: \
            AJAR_HTTP_PORT starts the webhook server, AJAR_IRC_HOST the IRC client.
            """
    )

    @Option(help: "The configuration file (default: config/ajar.yaml when it exists).")
    var config: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration: AjarConfiguration
        do {
            configuration = try ConfigurationLoader(environment: environment).load(file: config ?? ConfigurationLoader.defaultFile())
        } catch {
            for problem in error.problems { StandardError.write(problem.description) }
            throw ExitCode(1)
        }
        ChatLogging.bootstrap(level: configuration.logging.level)
        var logger = Logger(label: "ajar.serve")
        logger.logLevel = configuration.logging.level
        let server: AjarServer
        do {
            server = try AjarServer.build(
                configuration: configuration, environment: environment, logger: logger,
                safety: { store, engine in
                    let layer = try SafetyLayer.standard(
                        store: store, engine: engine, path: configuration.safety.path, locale: configuration.safety.locale)
                    return SafetyHooks(screen: layer, reminderText: { await layer.deliverableText(for: $0) })
                }
            ) { address in
                StandardError.write("ajar serve: webhooks on http://\(address)")
            }
        } catch let error as AjarServerError {
            for line in error.lines { StandardError.write(line) }
            throw ExitCode(1)
        }
        try await server.run()
        StandardError.write("ajar serve: stopped")
    }
}
