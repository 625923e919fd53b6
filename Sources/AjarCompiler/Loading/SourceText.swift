/// The decoded text of one script, with a table of where its lines start.
///
/// Lines end where YAML ends them (LF, CR, CRLF, NEL, LS, PS), so a line number here is the one
/// libyaml reports; columns count Unicode scalars, 1-based. A leading byte-order mark is dropped.
struct SourceText: Sendable {
    let path: String
    let text: String
    /// `lineStarts[n]` is where line `n + 1` starts in `text.unicodeScalars`.
    let lineStarts: [String.Index]

    /// Scripts larger than this are refused before parsing.
    static let maximumSize = 2 * 1024 * 1024

    enum Decoded {
        case success(SourceText)
        case failure(Diagnostic)
    }

    /// Decodes `bytes`, or explains why they are not a readable script.
    static func decode(_ bytes: [UInt8], path: String) -> Decoded {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard bytes.count <= maximumSize else {
            return .failure(Diagnostic(.limitExceeded, at: start, "the file is \(bytes.count) bytes long; scripts are limited to \(maximumSize) bytes"))
        }
        if let problem = UTF8Scan.firstProblem(in: bytes) {
            let location = SourceLocation(file: path, line: problem.line, column: problem.column)
            return .failure(Diagnostic(.invalidEncoding, at: location, problem.message))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return .success(SourceText(path: path, text: text))
    }

    init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.unicodeScalars.startIndex]
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                next = scalars.index(after: next)
                starts.append(next)
            } else if Self.isBreak(scalar) {
                starts.append(next)
            }
            index = next
        }
        lineStarts = starts
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// The text of line `number` (1-based) without its line break, or `nil` past the end.
    func line(_ number: Int) -> Substring.UnicodeScalarView? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.unicodeScalars.endIndex
        let scalars = text.unicodeScalars
        while end > start, Self.isBreak(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        return Substring(text)[start..<end].unicodeScalars
    }

    /// The line and column of the character `offset` characters into `text` (as Yams counts reader errors).
    func location(ofCharacterOffset offset: Int) -> SourceLocation {
        let index = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        return location(of: index)
    }

    /// The line and column of `index` in `text`.
    func location(of index: String.Index) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        let column = text.unicodeScalars[lineStarts[low]..<index].count + 1
        return SourceLocation(file: path, line: low + 1, column: column)
    }
}
