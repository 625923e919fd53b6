import Foundation

/// Standard input as an `AsyncStream` of lines (without their newline), read on a thread of its
/// own so blocking reads never hold a thread of the concurrency pool.
public enum StandardInputLines {
    public static func stream() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let thread = Thread {
            while let line = Swift.readLine(strippingNewline: true) {
                continuation.yield(line)
            }
            continuation.finish()
        }
        thread.name = "ajar.stdin"
        thread.start()
        return stream
    }
}
