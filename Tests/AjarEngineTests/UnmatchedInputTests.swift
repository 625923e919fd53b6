import AjarEngine
import Testing

/// Input nothing matched: re-ask up to a limit, then the state's fallback, then the global one.
@Suite struct UnmatchedInputTests {
    @Test func reaskRepeatsUpToItsLimitThenTakesThen() {
        var chat = Chat(Build.dialogue(states: [
            Build.state(
                "start", say: ["Pick 1 or 2."],
                options: [Option(label: Build.template("Yes"), response: Build.reply("yes"))],
                reask: Reask(limit: 2, say: Build.lines(["Please pick 1 or 2."]), then: Build.reply("Moving on.", goto: "after")),
                next: nil
            ),
            Build.state("after", say: ["After."]),
        ]))
        #expect(chat.send("hmm") == ["Please pick 1 or 2."])
        #expect(chat.session.reasks == 1)
        #expect(chat.send("what") == ["Please pick 1 or 2."])
        #expect(chat.send("eh") == ["Moving on.", "After."])
        #expect(chat.session.state == "after")
        #expect(chat.session.reasks == 0)
    }

    @Test func enteringAStateResetsTheReaskCount() {
        var chat = Chat(Build.dialogue(states: [
            Build.state(
                "start", say: ["Q?"],
                options: [Option(label: Build.template("Again"), response: Build.reply(goto: "start"))],
                reask: Reask(limit: 1, say: Build.lines(["Q again?"]), then: Build.reply("gave up"))
            ),
        ]))
        #expect(chat.send("hmm") == ["Q again?"])
        #expect(chat.send("again") == ["Q?", "1. Again"])
        #expect(chat.send("hmm") == ["Q again?"])
        #expect(chat.send("hmm") == ["gave up"])
    }

    @Test func aReaskLimitOfZeroTakesThenAtOnce() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", reask: Reask(limit: 0, say: Build.lines(["never"]), then: Build.reply("then"))),
        ]))
        #expect(chat.send("x") == ["then"])
    }

    @Test func reaskComesBeforeTheFallback() {
        var chat = Chat(Build.dialogue(
            states: [
                Build.state(
                    "start", fallback: Build.reply("state fallback"),
                    reask: Reask(limit: 1, say: Build.lines(["reask"]), then: Build.reply("then"))
                ),
            ],
            fallback: Build.reply("global fallback")
        ))
        #expect(chat.send("x") == ["reask"])
        #expect(chat.send("x") == ["then"])
    }

    @Test func theStatesFallbackComesBeforeTheGlobalOne() {
        var chat = Chat(Build.dialogue(
            states: [
                Build.state("start", fallback: Build.reply("state fallback"), next: nil),
                Build.state("other", say: ["other"]),
            ],
            fallback: Build.reply("global fallback")
        ))
        #expect(chat.send("x") == ["state fallback"])
    }

    @Test func theGlobalFallbackAnswersWhenTheStateHasNone() {
        var chat = Chat(Build.dialogue(states: [Build.state("start", say: ["Q?"])], fallback: Build.reply("global fallback")))
        #expect(chat.send("x") == ["global fallback"])
        #expect(chat.session.state == "start")
    }

    @Test func withoutAnyFallbackTheBotSaysNothingAndStays() {
        var chat = Chat(Build.dialogue(states: [Build.state("start", say: ["Q?"])]))
        #expect(chat.send("x") == [])
        #expect(chat.turn.effects == [])
        #expect(chat.session.state == "start")
    }

    @Test func aResponseWithoutGotoStaysWithoutRepeatingTheStatesLines() {
        var chat = Chat(Build.dialogue(
            states: [Build.state("start", say: ["Q?"], fallback: Build.reply("Hm."))]
        ))
        #expect(chat.send("x") == ["Hm."])
        #expect(chat.send("y") == ["Hm."])
    }
}
