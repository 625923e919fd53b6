@testable import AjarTerminal
import Testing

/// The terminal's presentation, without a terminal.
@Suite struct TerminalFormattingTests {
    @Test(arguments: [
        ("one two three", 8, ["one two", "three"]),
        ("one two three", 80, ["one two three"]),
        ("", 10, [""]),
        ("a  b   c", 3, ["a b", "c"]),
        ("supercalifragilistic", 8, ["supercal", "ifragili", "stic"]),
        ("hi supercalifragilistic", 8, ["hi", "supercal", "ifragili", "stic"]),
        ("first line\nsecond", 20, ["first line", "second"]),
        ("café crème brûlée", 10, ["café crème", "brûlée"]),
    ])
    func wrapsWordsToTheWidth(_ text: String, _ width: Int, _ expected: [String]) {
        #expect(TextWrapper.wrap(text, width: width) == expected)
    }

    @Test(arguments: [
        (["TERM": "xterm"], true, true),
        (["TERM": "xterm", "NO_COLOR": "1"], true, false),
        (["TERM": "xterm", "NO_COLOR": ""], true, true),
        (["TERM": "dumb"], true, false),
        ([:], true, false),
        (["TERM": "xterm"], false, false),
    ])
    func colourOnlyWhereTheTerminalWantsIt(_ environment: [String: String], _ isTerminal: Bool, _ colour: Bool) {
        #expect(TerminalStyle.detect(environment: environment, outputIsTerminal: isTerminal, width: 80).colour == colour)
    }

    @Test func takesTheWidthFromTheTerminalThenColumns() {
        #expect(TerminalStyle.detect(environment: ["COLUMNS": "100"], outputIsTerminal: true, width: 60).width == 60)
        #expect(TerminalStyle.detect(environment: ["COLUMNS": "100"], outputIsTerminal: true, width: nil).width == 100)
        #expect(TerminalStyle.detect(environment: [:], outputIsTerminal: true, width: nil).width == 80)
        #expect(TerminalStyle.detect(environment: [:], outputIsTerminal: true, width: 5).width == 20)
    }

    @Test func paintsBotLinesAndThePromptOnlyWithColour() {
        let plain = TerminalStyle(colour: false, width: 80)
        #expect(plain.prompt == "you> ")
        #expect(plain.bot("Hi") == ["Hi"])
        let coloured = TerminalStyle(colour: true, width: 80)
        #expect(coloured.prompt == "\u{1B}[1;32myou> \u{1B}[0m")
        #expect(coloured.bot("Hi") == ["\u{1B}[36mHi\u{1B}[0m"])
    }

    @Test func marksEscapeSequencesInvisibleForLibedit() {
        #expect(EditLineEditor.markingInvisible("\u{1B}[1;32myou> \u{1B}[0m") == "\u{1}\u{1B}[1;32m\u{2}you> \u{1}\u{1B}[0m\u{2}")
        #expect(EditLineEditor.markingInvisible("you> ") == "you> ")
    }

    @Test func writesOneOutputLinePerReply() {
        #expect(PipedChat.text(["a", "b\nc", "d\n"]) == "a\nb c\nd\n")
        #expect(PipedChat.text([]) == "")
    }

    @Test func queuesNoticesUntilTaken() {
        let board = NoticeBoard()
        board.post(["one"])
        board.post(["two", "three"])
        #expect(board.take() == ["one", "two", "three"])
        #expect(board.take().isEmpty)
    }
}
