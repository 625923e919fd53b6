import AjarIRCProtocol
import NIOCore

extension IRCClient {
    /// Writes queued lines: urgent ones at once, ordinary ones when flood control allows.
    func writeLoop(_ outbound: NIOAsyncChannelOutboundWriter<String>) async throws {
        var flood = IRCFloodControl(rates: configuration.flood, now: .now)
        while !Task.isCancelled {
            await queue.waitForWork()
            if let item = queue.popUrgent() {
                try await write(item, to: outbound)
                flood.record(lineOf: item.bytes, at: .now)
                continue
            }
            guard let bytes = queue.peekOrdinaryBytes() else { continue }
            let delay = flood.delay(forLineOf: bytes, at: .now)
            if delay > .zero {
                // Short naps, so an urgent line (PONG) that arrives meanwhile still goes first.
                try await Task.sleep(for: min(delay, .milliseconds(100)))
                continue
            }
            guard let item = queue.popOrdinary() else { continue }
            try await write(item, to: outbound)
            flood.record(lineOf: item.bytes, at: .now)
        }
    }

    private func write(_ item: OutgoingQueue.Item, to outbound: NIOAsyncChannelOutboundWriter<String>) async throws {
        do {
            try await outbound.write(item.line)
            item.receipt?.succeed()
        } catch {
            queue.requeue(item)
            throw error
        }
    }
}
