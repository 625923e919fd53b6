import AjarEngine
import AjarReframer
import Testing

/// The spec's example script (docs/dialogue-format.md), built by hand, with its example conversation.
@Suite struct PlantsConversationTests {
    static let dialogue: Dialogue = {
        var hello = Build.state("hello", on: [Transition(intent: "wilting", response: Build.reply(goto: "water"))])
        hello.say = [
            Line(Build.template("Hi! I help with sad plants.")),
            Line(variants: [Build.template("What's wilting?"), Build.template("Which plant worries you?")]),
        ]
        let water = Build.state(
            "water", say: ["How often do you water {plant|reflect}?"],
            options: [
                Option(label: Build.template("Every day"), response: Build.reply(goto: "too_much")),
                Option(label: Build.template("Once a week"), matcher: Build.matcher(keywords: ["weekly"]), response: Build.reply(goto: "fine")),
            ],
            dontKnow: Build.reply("Not knowing is fine. Let's check the soil instead.", goto: "fine"),
            reask: Reask(limit: 1, say: Build.lines(["Pick 1 or 2, or say 'skip'."]), then: Build.reply(goto: "fine"))
        )
        return Build.dialogue(
            start: "hello",
            states: [
                hello, water,
                Build.state("too_much", say: ["That may be too much. Let the soil dry first."], next: "goodbye"),
                Build.state(
                    "fine", say: ["Then it may want more light."],
                    effects: [.remind(afterSeconds: 259_200, text: Build.template("How is {plant} doing in the light?"))],
                    next: "goodbye"
                ),
                Build.state("goodbye", say: ["Good luck!"], end: true),
            ],
            intents: [
                Build.intent("wilting", priority: 5, patterns: ["* my {plant} (is|keeps) wilting *", "why is my {plant} [so] sad *"]),
                Build.intent("thanks", keywords: ["thanks", "thank you", "cheers"]),
            ],
            on: [Transition(intent: "thanks", response: Build.reply("You're welcome."))],
            fallback: Build.reply("I didn't catch that. Tell me about a plant of yours."),
            variables: ["plant": "your plant"]
        )
    }()

    @Test func aWiltingFernGetsWateredLess() {
        var chat = Chat(Self.dialogue)
        #expect(chat.replies == ["Hi! I help with sad plants.", "What's wilting?"])
        #expect(chat.send("Why is my fern so sad?") == ["How often do you water fern?", "1. Every day", "2. Once a week"])
        #expect(chat.send("2") == ["Then it may want more light.", "Good luck!"])
        #expect(chat.turn.effects == [.remind(afterSeconds: 259_200, text: "How is fern doing in the light?"), .end])
    }

    @Test func unclearAnswersAreReaskedOnceThenMoveOn() {
        var chat = Chat(Self.dialogue)
        #expect(chat.send("hello") == ["I didn't catch that. Tell me about a plant of yours."])
        #expect(chat.send("thanks!") == ["You're welcome."])
        chat.send("my ficus keeps wilting")
        #expect(chat.send("hmm") == ["Pick 1 or 2, or say 'skip'."])
        #expect(chat.send("hmm") == ["Then it may want more light.", "Good luck!"])
    }

    @Test func notKnowingMovesOnGently() {
        var chat = Chat(Self.dialogue)
        chat.send("my ficus keeps wilting")
        #expect(chat.send("no idea") == ["Not knowing is fine. Let's check the soil instead.", "Then it may want more light.", "Good luck!"])
    }
}
