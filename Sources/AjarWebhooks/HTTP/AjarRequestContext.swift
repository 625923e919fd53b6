public import Hummingbird

/// The request context of the webhook server: Hummingbird's core context plus what the
/// signature middleware found.
public struct AjarRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The verified `webhook-id` of a signed POST (or the unverified one when signatures are off).
    public var webhookID: String?

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
