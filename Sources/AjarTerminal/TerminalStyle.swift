/// How the chat looks on a terminal: colours (or none) and the width lines are wrapped to.
///
/// Colour is on only for a terminal that can show it: standard output is a TTY, `NO_COLOR` is
/// unset or empty (no-color.org), and `TERM` is not `dumb`.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether escape codes may be written at all.
    public var colour: Bool
    /// Columns to wrap the bot's lines to.
    public var width: Int

    public init(colour: Bool, width: Int) {
        self.colour = colour
        self.width = max(20, width)
    }

    /// Decides from the environment and whether standard output is a terminal.
    public static func detect(environment: [String: String], outputIsTerminal: Bool, width: Int?) -> TerminalStyle {
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb" || environment["TERM"] == nil
        let columns = width ?? environment["COLUMNS"].flatMap(Int.init) ?? 80
        return TerminalStyle(colour: outputIsTerminal && !noColour && !dumb, width: columns)
    }

    /// The prompt before what the person types.
    public var prompt: String { paint("you> ", Code.boldGreen) }

    /// A bot line, wrapped, each piece coloured.
    public func bot(_ line: String) -> [String] {
        TextWrapper.wrap(line, width: width).map { paint($0, Code.cyan) }
    }

    /// A note from Ajar itself (welcome back, confirmations, help).
    public func note(_ text: String) -> [String] {
        TextWrapper.wrap(text, width: width).map { paint($0, Code.dim) }
    }

    /// A reminder that fell due.
    public func reminder(_ text: String) -> [String] {
        TextWrapper.wrap("Reminder: " + text, width: width).map { paint($0, Code.yellow) }
    }

    /// Clears the line the cursor is on (so a notice can replace a half-drawn prompt).
    public var clearLine: String { colour ? "\r\u{1B}[2K" : "\n" }

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    enum Code {
        static let boldGreen = "1;32"
        static let cyan = "36"
        static let dim = "2"
        static let yellow = "33"
    }
}
