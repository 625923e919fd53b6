#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to standard output and error: each call is on its way when it returns, so
/// piped replies are never held back and a killed process has written all it answered.
public enum StandardStreams {
    /// Writes `text` to standard output in full.
    public static func out(_ text: String) { write(text, to: 1) }

    /// Writes `text` to standard error in full.
    public static func error(_ text: String) { write(text, to: 2) }

    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(0) == 1 }

    /// Whether standard output is a terminal.
    public static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// The terminal's width in columns, when standard output is one.
    public static var terminalWidth: Int? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // the reader is gone (EPIPE): nothing sensible left to do
            }
            offset += written
        }
    }
}
