import AjarEngine
import AjarReframer
import Testing

/// Transitions: the state's `on`, skip / dont_know, global `on`; priorities, ties and conditions.
@Suite struct TransitionTests {
    static let intents = [
        Build.intent("greet", keywords: ["hello"]),
        Build.intent("urgent", priority: 5, keywords: ["help"]),
        Build.intent("thanks", keywords: ["thanks"]),
        Build.intent("bye", priority: 20, keywords: ["bye"]),
    ]

    static func chat(state: State, globals: [Transition] = [], intents: [Intent] = intents, variables: [String: String] = [:]) -> Chat {
        Chat(Build.dialogue(states: [state], intents: intents, on: globals, variables: variables))
    }

    @Test func theHighestPriorityMatchingIntentWinsWhereverItIsDeclared() {
        var chat = Self.chat(
            state: Build.state("start", on: [Transition(intent: "greet", response: Build.reply("greet"))]),
            globals: [
                Transition(intent: "urgent", response: Build.reply("urgent")),
                Transition(intent: "bye", response: Build.reply("bye")),
            ]
        )
        #expect(chat.send("hello, help") == ["urgent"])
        #expect(chat.turn.matchedIntent == "urgent")
        #expect(chat.send("hello help bye") == ["bye"])
        #expect(chat.send("hello") == ["greet"])
    }

    @Test func onEqualPriorityTheStatesOwnTransitionComesBeforeAGlobalOne() {
        var chat = Self.chat(
            state: Build.state("start", on: [Transition(intent: "thanks", response: Build.reply("own"))]),
            globals: [Transition(intent: "greet", response: Build.reply("global"))]
        )
        #expect(chat.send("hello and thanks") == ["own"])
    }

    @Test func onEqualPriorityDeclarationOrderDecides() {
        var chat = Self.chat(state: Build.state("start", on: [
            Transition(intent: "thanks", response: Build.reply("thanks first")),
            Transition(intent: "greet", response: Build.reply("greet second")),
        ]))
        #expect(chat.send("hello thanks") == ["thanks first"])
    }

    @Test func globalTransitionsApplyInEveryState() {
        let dialogue = Build.dialogue(
            states: [
                Build.state("start", say: ["one"], next: "second"),
                Build.state("second", say: ["two"]),
            ],
            intents: Self.intents,
            on: [Transition(intent: "bye", response: Build.reply("See you.", goto: "start"))]
        )
        var chat = Chat(dialogue)
        #expect(chat.session.state == "second")
        #expect(chat.send("bye") == ["See you.", "one", "two"])
    }

    @Test func aTransitionWhoseConditionFailsIsPassedOver() {
        var chat = Self.chat(
            state: Build.state("start", on: [
                Transition(intent: "greet", condition: .equals("mood", "sad"), response: Build.reply("gently")),
                Transition(intent: "greet", response: Build.reply("cheerfully", set: ["mood": "sad"])),
            ]),
            variables: ["mood": "fine"]
        )
        #expect(chat.send("hello") == ["cheerfully"])
        #expect(chat.send("hello") == ["gently"])
    }

    @Test func aConditionCanReadTheCapturesOfItsOwnMatch() {
        var chat = Self.chat(
            state: Build.state("start", on: [
                Transition(intent: "name", condition: .equals("name", "Ada"), response: Build.reply("Hi Ada!")),
                Transition(intent: "name", response: Build.reply("Hi {name}.")),
            ]),
            intents: [Build.intent("name", patterns: ["i am {name}"])]
        )
        #expect(chat.send("I am Ada") == ["Hi Ada!"])
        #expect(chat.send("I am Bob") == ["Hi Bob."])
    }

    @Test func equalsIgnoresCaseSoAShoutedOrCapitalisedWordIsFound() {
        var chat = Self.chat(
            state: Build.state("start", on: [
                Transition(intent: "my", condition: .equals("who", "husband"), response: Build.reply("he")),
                Transition(intent: "my", condition: .notEquals("who", "WIFE"), response: Build.reply("they")),
                Transition(intent: "my", response: Build.reply("she")),
            ]),
            intents: [Build.intent("my", patterns: ["my {who}"])]
        )
        #expect(chat.send("my Husband") == ["he"])
        #expect(chat.send("my HUSBAND") == ["he"])
        #expect(chat.send("my wife") == ["she"])
        #expect(chat.send("my Wife") == ["she"])
        #expect(chat.send("my partner") == ["they"])
    }

    @Test func aTransitionWithoutIntentIsTakenWheneverItsConditionHolds() {
        var chat = Self.chat(
            state: Build.state("start", on: [
                Transition(intent: nil, condition: .isSet("flag"), response: Build.reply("flagged")),
            ], fallback: Build.reply("plain", set: ["flag": "yes"]))
        )
        #expect(chat.send("anything") == ["plain"])
        #expect(chat.send("anything") == ["flagged"])
        #expect(chat.turn.matchedIntent == nil)
    }

    @Test func aTransitionOnAnUndefinedIntentIsNeverTaken() {
        var chat = Self.chat(state: Build.state("start", on: [
            Transition(intent: "nobody_defined_this", response: Build.reply("never")),
        ], fallback: Build.reply("fallback")))
        #expect(chat.send("nobody defined this") == ["fallback"])
    }

    @Test(arguments: [
        ("skip", "skipped"), ("Pass.", "skipped"), ("next question please", "skipped"), ("I'd rather not", "skipped"),
        ("I don't know", "no idea"), ("dunno", "no idea"), ("Not sure", "no idea"), ("idk", "no idea"),
    ])
    func builtInSkipAndDontKnowReachTheStatesHandlers(input: String, reply: String) {
        var chat = Self.chat(state: Build.state("start", skip: Build.reply("skipped"), dontKnow: Build.reply("no idea")))
        #expect(chat.send(input) == [reply])
    }

    @Test func dontKnowFallsBackToSkip() {
        var chat = Self.chat(state: Build.state("start", skip: Build.reply("skipped")))
        #expect(chat.send("no idea") == ["skipped"])
        #expect(chat.turn.matchedIntent == .dontKnow)
    }

    @Test func aScriptCanRedefineTheSkipPhrases() {
        var chat = Self.chat(
            state: Build.state("start", skip: Build.reply("skipped"), fallback: Build.reply("fallback")),
            intents: [Build.intent(.skip, keywords: ["later"])]
        )
        #expect(chat.send("later") == ["skipped"])
        #expect(chat.send("pass") == ["fallback"])
    }

    @Test func aHigherPriorityIntentBeatsSkip() {
        var chat = Self.chat(
            state: Build.state("start", skip: Build.reply("skipped")),
            globals: [Transition(intent: "urgent", response: Build.reply("urgent"))]
        )
        #expect(chat.send("skip, help") == ["urgent"])
    }

    @Test func aReframeIntentSetsTheReframersVariables() {
        var chat = Self.chat(
            state: Build.state("start", on: [Transition(intent: "control", response: Build.reply("{reframe}|{person}|{action}"))]),
            intents: [Intent(id: "control", priority: 10, matcher: Matcher(reframe: true))]
        )
        let replies = chat.send("How do I get my partner to open up to me?")
        #expect(replies == ["What is keeping your partner from opening up to you?|your partner|opening up to you"])
        #expect(chat.session.variables["person"] == "your partner")
    }

    @Test(arguments: ["hello there", "", "my partner opened up to me"])
    func aReframeIntentIgnoresWhatIsNotAControlQuestion(input: String) {
        var chat = Self.chat(
            state: Build.state("start", on: [Transition(intent: "control", response: Build.reply("reframed"))]),
            intents: [Intent(id: "control", priority: 10, matcher: Matcher(reframe: true))]
        )
        #expect(chat.send(input).isEmpty)
        #expect(chat.session.variables.isEmpty)
    }
}
