import AjarEngine
import Testing

/// Entering states: lines and their conditions, `next` chains, ends, effects and hand-offs.
@Suite struct StateEntryTests {
    @Test func startSaysTheStartStatesLinesAndFollowsNext() {
        let chat = Chat(Build.dialogue(states: [
            Build.state("start", say: ["Hi.", "I'm a bot."], next: "ask"),
            Build.state("ask", say: ["What's up?"]),
        ]))
        #expect(chat.replies == ["Hi.", "I'm a bot.", "What's up?"])
        #expect(chat.session.state == "ask")
        #expect(chat.session.turn == 0)
        #expect(chat.session.scriptVersion == "v1")
    }

    @Test func aNextCycleStopsAfterTheEntryLimit() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", say: ["ping"], next: "other"),
            Build.state("other", say: ["pong"], next: "start"),
        ]))
        #expect(chat.replies.count == Engine.maximumStatesPerTurn)
        chat.send("again")
        #expect(chat.replies.isEmpty)
    }

    @Test func aStateLinesConditionDecidesWhetherItIsSaid() {
        let dialogue = Build.dialogue(
            states: [Build.state("start", say: [], next: nil)].map { state in
                var state = state
                state.say = [
                    Line(Build.template("Welcome back, {name}."), condition: .isSet("name")),
                    Line(Build.template("Welcome."), condition: .isUnset("name")),
                    Line(Build.template("VIP!"), condition: .all([.isSet("name"), .any([.equals("tier", "gold"), .equals("tier", "vip")])])),
                    Line(Build.template("Not gold."), condition: .notEquals("tier", "gold")),
                ]
                return state
            }
        )
        #expect(Chat(dialogue).replies == ["Welcome.", "Not gold."])
        #expect(Chat(dialogue, variables: ["name": "Ada", "tier": "gold"]).replies == ["Welcome back, Ada.", "VIP!"])
        #expect(Chat(dialogue, variables: ["name": "", "tier": "vip"]).replies == ["Welcome.", "Not gold."])
    }

    @Test func anEndStateEndsTheConversation() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", say: ["Q?"], fallback: Build.reply(goto: "bye")),
            Build.state("bye", say: ["Bye."], end: true, next: "start"),
        ]))
        #expect(chat.send("x") == ["Bye."])
        #expect(chat.turn.effects == [.end])
        #expect(chat.session.ended)
        #expect(chat.session.state == "bye")
    }

    @Test func anInputAfterTheEndStartsAgainWithFreshVariables() {
        var chat = Chat(
            Build.dialogue(states: [
                Build.state("start", say: ["Hi {name}."], fallback: Build.reply(set: ["name": "{input}"], goto: "bye")),
                Build.state("bye", say: ["Bye {name}."], end: true),
            ], variables: ["name": "stranger"]),
            variables: ["name": "Ada"]
        )
        #expect(chat.replies == ["Hi Ada."])
        #expect(chat.send("Bob") == ["Bye Bob."])
        #expect(chat.send("hello again") == ["Hi stranger."])
        #expect(chat.session.ended == false)
        #expect(chat.session.variables.isEmpty)
        #expect(chat.session.turn == 2)
        #expect(chat.turn.effects.isEmpty)
    }

    @Test func aResponseCanEndTheConversationWhereItIs() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", fallback: Build.reply("Goodbye.", effects: [.end])),
        ]))
        #expect(chat.send("x") == ["Goodbye."])
        #expect(chat.turn.effects == [.end])
        #expect(chat.session.ended)
    }

    @Test func remindersCarryInterpolatedTextFromStatesAndResponses() {
        var chat = Chat(Build.dialogue(
            states: [
                Build.state("start", on: [Transition(intent: "plant", response: Build.reply(
                    effects: [.remind(afterSeconds: 60, text: Build.template("Water {plant}!"))], goto: "fine"
                ))]),
                Build.state(
                    "fine", say: ["More light."],
                    effects: [.remind(afterSeconds: 259_200, text: Build.template("How is {plant|lowercase} doing?"))],
                    next: "bye"
                ),
                Build.state("bye", say: ["Good luck!"], end: true),
            ],
            intents: [Build.intent("plant", patterns: ["my {plant} *"])]
        ))
        #expect(chat.send("my Fern is sad") == ["More light.", "Good luck!"])
        #expect(chat.turn.effects == [
            .remind(afterSeconds: 60, text: "Water Fern!"),
            .remind(afterSeconds: 259_200, text: "How is fern doing?"),
            .end,
        ])
    }

    @Test func aHandoffReportsTheNewFlowAndEntersIt() {
        var chat = Chat(Build.dialogue(
            states: [
                Build.state("start", on: [Transition(intent: "crisis", response: Response(effects: [.handoff(to: "safety")], target: "safety"))]),
                Build.state("safety", say: ["You matter. Here is a number to call."]),
            ],
            intents: [Build.intent("crisis", priority: 100, keywords: ["hurt myself"])]
        ))
        #expect(chat.send("I want to hurt myself") == ["You matter. Here is a number to call."])
        #expect(chat.turn.effects == [.handoff(to: "safety")])
        #expect(chat.session.state == "safety")
    }

    @Test func aHandoffWithoutTargetStillEntersItsState() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", fallback: Response(effects: [.handoff(to: "safety")])),
            Build.state("safety", say: ["Safety."]),
        ]))
        #expect(chat.send("x") == ["Safety."])
        #expect(chat.session.state == "safety")
    }

    @Test func aGotoToAMissingStateGoesToResume() {
        var chat = Chat(Build.dialogue(
            resume: "menu",
            states: [
                Build.state("start", fallback: Build.reply(goto: "gone")),
                Build.state("menu", say: ["Menu."]),
            ]
        ))
        #expect(chat.send("x") == ["Menu."])
        #expect(chat.session.state == "menu")
    }

    @Test func aDialogueWithoutItsStartStateDoesNotCrash() {
        var chat = Chat(Build.dialogue(start: "missing", states: [Build.state("other", say: ["Other."])]))
        #expect(chat.replies.isEmpty)
        #expect(chat.session.state == "missing")
        #expect(chat.send("hello").isEmpty)
        let empty = Engine(dialogue: Build.dialogue(states: []))
        #expect(empty.start().replies.isEmpty)
        #expect(empty.respond(to: "x", in: empty.start().session).replies.isEmpty)
        #expect(empty.resume(empty.start().session).replies.isEmpty)
    }
}
