import Synchronization

/// Lines to show while the person is typing (reminders that fell due): posted from any task,
/// taken by the line editor, which prints them above its prompt.
public final class NoticeBoard: Sendable {
    private let pending = Mutex<[String]>([])

    public init() {}

    /// Queues already-styled lines for the editor to print.
    public func post(_ lines: [String]) {
        pending.withLock { $0 += lines }
    }

    /// Everything queued so far, oldest first; the board is empty afterwards.
    public func take() -> [String] {
        pending.withLock { lines in
            defer { lines = [] }
            return lines
        }
    }
}
