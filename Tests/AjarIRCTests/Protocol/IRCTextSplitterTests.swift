@testable import AjarIRCProtocol
import Testing

@Suite struct IRCTextSplitterTests {
    static let cases: [(String, Int, [String])] = [
        ("one two three", 8, ["one two", "three"]),
        ("one two three", 100, ["one two three"]),
        ("one\ntwo\r\nthree\rfour", 100, ["one", "two", "three", "four"]),
        ("one\n\n   \ntwo", 100, ["one", "two"]),
        ("  indented  ", 100, ["indented"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("aa bbbbbbbbbb cc", 4, ["aa", "bbbb", "bbbb", "bb", "cc"]),
        ("word     spaced", 6, ["word", "spaced"]),
        ("caf\u{E9} caf\u{E9}", 5, ["caf\u{E9}", "caf\u{E9}"]),
        ("\u{E9}\u{E9}\u{E9}", 5, ["\u{E9}\u{E9}", "\u{E9}"]),
        ("\u{1F600}\u{1F600}", 7, ["\u{1F600}", "\u{1F600}"]),
        ("e\u{301}e\u{301}", 4, ["e\u{301}", "e\u{301}"]),
        ("nul\0here", 100, ["nulhere"]),
        ("", 10, []),
    ]

    @Test(arguments: cases)
    func splitsOnWordsThenGraphemes(_ text: String, _ maximum: Int, _ expected: [String]) {
        #expect(IRCTextSplitter.split(text, maximumBytes: maximum) == expected)
    }

    @Test func aGraphemeLongerThanTheBudgetIsCutBetweenScalarsNeverInsideOne() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 10)  // 1 + 20 bytes, one grapheme
        let pieces = IRCTextSplitter.split(zalgo, maximumBytes: 5)
        #expect(pieces.allSatisfy { $0.utf8.count <= 5 })
        #expect(pieces.joined() == zalgo)
    }

    @Test func everyPieceFitsAndTheTextSurvivesApartFromTheBreaks() {
        var random = RandomText(seed: 5)
        for _ in 0..<3_000 {
            let text = random.text(maxLength: 120)
            let maximum = random.int(in: 4...60)
            for line in IRCTextSplitter.lines(of: text) {
                let ranges = IRCTextSplitter.pieceRanges(of: line, maximumBytes: maximum)
                let scalars = line.unicodeScalars
                var position = line.startIndex
                for range in ranges {
                    let piece = String(scalars[range])
                    #expect(!piece.isEmpty)
                    #expect(piece.utf8.count <= maximum, "\(piece.debugDescription) over \(maximum)")
                    #expect(piece.first != " " && piece.last != " ")
                    // Only spaces are dropped between pieces.
                    #expect(scalars[position..<range.lowerBound].allSatisfy { $0 == " " })
                    position = range.upperBound
                }
                #expect(position == line.endIndex)
            }
        }
    }

    @Test func piecesNeverEndInsideAUTF8Sequence() {
        var random = RandomText(seed: 6)
        for _ in 0..<2_000 {
            let text = random.text(maxLength: 80)
            for piece in IRCTextSplitter.split(text, maximumBytes: random.int(in: 4...30)) {
                #expect(String(validating: Array(piece.utf8), as: UTF8.self) == piece)
            }
        }
    }

    @Test func theBudgetCountsTheServersPrefixAndCRLF() {
        let budget = IRCLineBudget(nickname: "ajar", username: "ajar")
        // ":ajar!~ajar@" + 63 + " " = 1+4+1+5+1+63+1
        #expect(budget.prefixBytes == 76)
        #expect(budget.textBytes(command: "PRIVMSG", target: "#ajar") == 512 - 76 - "PRIVMSG #ajar :".utf8.count - 2)
        let longest = String(repeating: "x", count: budget.textBytes(command: "PRIVMSG", target: "#ajar"))
        let relayed = ":ajar!~ajar@" + String(repeating: "h", count: 63) + " PRIVMSG #ajar :" + longest + "\r\n"
        #expect(relayed.utf8.count == 512)
    }
}
