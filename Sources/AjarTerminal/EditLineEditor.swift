#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing and in-memory history through the system's libedit (BSD licence), loaded at run
/// time with `dlopen`: nothing is needed to build, and without the library the chat falls back to
/// ``PlainLineEditor``. Uses libedit's readline-compatible callback interface so the thread can
/// wake up for notices (reminders) while the person is typing.
public final class EditLineEditor: LineEditor {
    private typealias LineHandler = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    private typealias InstallFunction = @convention(c) (UnsafePointer<CChar>?, LineHandler?) -> Void
    private typealias VoidFunction = @convention(c) () -> Void
    private typealias IntFunction = @convention(c) () -> Int32
    private typealias AddHistoryFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32

    private let install: InstallFunction
    private let readCharacter: VoidFunction
    private let remove: VoidFunction
    private let redisplay: IntFunction
    private let addHistoryFunction: AddHistoryFunction
    private let notices: NoticeBoard
    private let style: TerminalStyle

    /// The library names tried, in order.
    static let libraryNames = ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"]

    /// `nil` when libedit cannot be loaded.
    public init?(notices: NoticeBoard, style: TerminalStyle) {
        guard let library = Self.libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first,
              let install = dlsym(library, "rl_callback_handler_install"),
              let readCharacter = dlsym(library, "rl_callback_read_char"),
              let remove = dlsym(library, "rl_callback_handler_remove"),
              let redisplay = dlsym(library, "rl_forced_update_display"),
              let addHistory = dlsym(library, "add_history")
        else { return nil }
        self.install = unsafeBitCast(install, to: InstallFunction.self)
        self.readCharacter = unsafeBitCast(readCharacter, to: VoidFunction.self)
        self.remove = unsafeBitCast(remove, to: VoidFunction.self)
        self.redisplay = unsafeBitCast(redisplay, to: IntFunction.self)
        self.addHistoryFunction = unsafeBitCast(addHistory, to: AddHistoryFunction.self)
        self.notices = notices
        self.style = style
        if let using = dlsym(library, "using_history") {
            unsafeBitCast(using, to: VoidFunction.self)()
        }
    }

    public func readLine(prompt: String) -> String? {
        EditLineState.received = nil
        install(Self.markingInvisible(prompt), { line in
            // Called by libedit on this thread with a malloc'd line, or NULL at end of input.
            EditLineState.received = .some(line.map { String(cString: $0) })
            free(line)
        })
        defer { remove() }
        while EditLineState.received == nil {
            let shown = notices.take()
            if !shown.isEmpty {
                StandardStreams.out(style.clearLine + shown.joined(separator: "\n") + "\n")
                _ = redisplay()
            }
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 250)
            if ready < 0 && errno != EINTR { return nil }
            if ready > 0 {
                if descriptor.revents & Int16(POLLIN) == 0 { return nil }  // hung up
                readCharacter()
            }
        }
        return EditLineState.received ?? nil
    }

    public func addHistory(_ line: String) {
        _ = addHistoryFunction(line)
    }

    /// Wraps escape sequences in the prompt in \u{1} ... \u{2} so libedit does not count them
    /// as columns (the readline convention libedit follows).
    static func markingInvisible(_ prompt: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" && !inEscape {
                result += "\u{1}"
                inEscape = true
            }
            result.unicodeScalars.append(scalar)
            if inEscape && scalar == "m" {
                result += "\u{2}"
                inEscape = false
            }
        }
        return result
    }
}

/// The line libedit hands to the C callback, which cannot capture context.
enum EditLineState {
    /// `nil`: still waiting; `.some(nil)`: end of input; `.some(line)`: a line.
    // Only touched on the thread running `EditLineEditor.readLine`: one chat reads at a time.
    nonisolated(unsafe) static var received: String??
}
