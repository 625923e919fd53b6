import AjarEngine
import Testing

/// Numbered options: shown after the state's lines, picked by number, label words or their own matcher.
@Suite struct OptionTests {
    static let dialogue = Build.dialogue(
        states: [
            Build.state(
                "start", say: ["How often do you water it?"],
                options: [
                    Option(label: Build.template("Every day"), response: Build.reply(goto: "daily")),
                    Option(
                        label: Build.template("Once a week"),
                        matcher: Build.matcher(keywords: ["weekly"]),
                        response: Build.reply(goto: "weekly")
                    ),
                    Option(
                        label: Build.template("Something else"),
                        matcher: Build.matcher(patterns: ["every {days} days"]),
                        response: Build.reply("Every {days} days, noted.")
                    ),
                ],
                on: [Transition(intent: "daily_word", response: Build.reply("intent won"))],
                fallback: Build.reply("Pick one.")
            ),
            Build.state("daily", say: ["Too much."]),
            Build.state("weekly", say: ["Fine."]),
        ],
        intents: [Build.intent("daily_word", keywords: ["every day", "2"])]
    )

    @Test func optionsAreNumberedAfterTheStatesLines() {
        let chat = Chat(Self.dialogue)
        #expect(chat.replies == ["How often do you water it?", "1. Every day", "2. Once a week", "3. Something else"])
    }

    @Test(arguments: [
        ("1", "Too much."), ("2", "Fine."), ("2.", "Fine."), (" 2 ", "Fine."), ("#2", "Fine."), ("02", "Fine."),
        ("every day", "Too much."), ("Once a WEEK!", "Fine."), ("about once a week I think", "Fine."),
        ("weekly", "Fine."),
    ])
    func anOptionIsPickedByNumberLabelWordsOrKeyword(input: String, reply: String) {
        var chat = Chat(Self.dialogue)
        #expect(chat.send(input) == [reply])
    }

    @Test func anOptionsPatternCapturesIntoVariables() {
        var chat = Chat(Self.dialogue)
        #expect(chat.send("every Three days") == ["Every Three days, noted."])
        #expect(chat.session.variables["days"] == "Three")
        #expect(chat.session.state == "start")
    }

    @Test(arguments: ["0", "4", "99999999999999999999", "1 3", "once"])
    func aNumberOutOfRangeOrPartialLabelPicksNoOption(input: String) {
        var chat = Chat(Self.dialogue)
        #expect(chat.send(input) == ["Pick one."])
    }

    @Test func optionsComeBeforeTransitions() {
        var chat = Chat(Self.dialogue)
        #expect(chat.send("every day") == ["Too much."])
        #expect(chat.turn.matchedIntent == nil)
    }

    @Test func aLabelWithVariablesIsRenderedAndMatchedByItsWords() {
        let dialogue = Build.dialogue(
            states: [
                Build.state("start", options: [
                    Option(label: Build.template("Ask {person}"), response: Build.reply("asking")),
                ]),
            ],
            variables: ["person": "your Mum"]
        )
        var chat = Chat(dialogue)
        #expect(chat.replies == ["1. Ask your Mum"])
        #expect(chat.send("I could ask your mum") == ["asking"])
    }
}
