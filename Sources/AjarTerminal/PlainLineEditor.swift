#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor with no editing beyond the terminal's own (backspace, Ctrl-U): used when libedit
/// is not installed or `TERM` is `dumb`. Reads standard input in the terminal's line mode.
public final class PlainLineEditor: LineEditor {
    private let notices: NoticeBoard
    private let style: TerminalStyle
    private var buffered: [UInt8] = []

    public init(notices: NoticeBoard, style: TerminalStyle) {
        self.notices = notices
        self.style = style
    }

    public func readLine(prompt: String) -> String? {
        StandardStreams.out(prompt)
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffered[..<newline])
                buffered.removeFirst(newline + 1)
                return String(decoding: line, as: UTF8.self)
            }
            let shown = notices.take()
            if !shown.isEmpty {
                // What was typed so far stays in the terminal's buffer; only its echo is lost.
                StandardStreams.out(style.clearLine + shown.joined(separator: "\n") + "\n" + prompt)
            }
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 250)
            if ready < 0 && errno != EINTR { return finish() }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(0, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return finish() }
            buffered += chunk[..<count]
        }
    }

    public func addHistory(_ line: String) {}

    /// End of input: a last line without a newline, then `nil`.
    private func finish() -> String? {
        guard !buffered.isEmpty else { return nil }
        defer { buffered = [] }
        return String(decoding: buffered, as: UTF8.self)
    }
}
