/// Reads what the person types on a terminal, one line at a time.
///
/// `readLine` blocks its thread (the chat calls it off the concurrency pool). While waiting it
/// looks at the ``NoticeBoard`` a few times a second and prints what it finds above the prompt.
public protocol LineEditor: AnyObject {
    /// The next line without its newline, or `nil` when the person leaves (Ctrl-D, end of input).
    func readLine(prompt: String) -> String?
    /// Remembers a line for recalling with the arrow keys (in memory only: nothing typed is written to disk).
    func addHistory(_ line: String)
}
