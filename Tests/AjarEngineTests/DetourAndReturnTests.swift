import AjarEngine
import AjarReframer
import Testing

/// Leading back after a detour (`repeat: true`), saying a user's sentence inside the bot's
/// (`{input|reflect|clause|capitalize}`), coming back after the end, and the new effects.
@Suite struct DetourAndReturnTests {
    static let dialogue = Build.dialogue(
        states: [
            Build.state("start", say: ["Hi."], next: "ask"),
            Build.state("ask", say: ["Where do you two spend time?"], options: [
                Option(label: Build.template("Outside"), response: Build.reply(goto: "bye")),
            ], on: [
                Transition(intent: "help", response: Response(say: Build.lines(["I ask about your days. Back to my question:"]), repeatsQuestion: true)),
                Transition(intent: "snooze", response: Response(effects: [.snoozeReminders(seconds: 3_600)])),
                Transition(intent: "evening", response: Response(
                    say: Build.lines(["Noted."]),
                    effects: [.remindAt(ReminderTime(dayOffset: 1, hour: 19, minute: 0)!, text: Build.template("Evening, {who}"))])),
                Transition(intent: nil, condition: .isSet("input"), response: Build.reply("{input|reflect|clause|capitalize}: noted.", goto: "bye")),
            ]),
            Build.state("bye", say: ["Bye."], end: true),
        ],
        intents: [
            Build.intent("help", priority: 3, keywords: ["help"]),
            Build.intent("snooze", priority: 3, keywords: ["snooze"]),
            Build.intent("evening", priority: 3, keywords: ["tomorrow evening"]),
        ],
        variables: ["who": "you"]
    )

    @Test func repeatAsksTheCurrentQuestionAgainAfterTheLines() {
        let engine = Engine(dialogue: Self.dialogue)
        let turn = engine.respond(to: "help", in: engine.start().session)
        #expect(turn.replies == ["I ask about your days. Back to my question:", "Where do you two spend time?", "1. Outside"])
        #expect(turn.session.state == "ask")
    }

    @Test(arguments: [
        ("we mostly stay in.", "The two of you mostly stay in: noted."),
        ("I walk, he drives!!", "You walk, he drives: noted."),
        ("my kitchen … ", "Your kitchen: noted."),
        // `clause` drops what `brief` drops: a trailing dash too.
        ("we drift apart \u{2014}", "The two of you drift apart: noted."),
    ])
    func aReflectedAnswerSitsInsideTheBotsSentence(_ input: String, _ expected: String) {
        var language = LanguageRules.english
        language.reflections["we"] = "the two of you"
        var dialogue = Self.dialogue
        dialogue.language = language
        let engine = Engine(dialogue: dialogue)
        #expect(engine.respond(to: input, in: engine.start().session).replies.first == expected)
    }

    @Test func resumingAnEndedConversationStartsAgainRatherThanSayingGoodbye() {
        let engine = Engine(dialogue: Self.dialogue)
        let ended = engine.respond(to: "1", in: engine.start().session)
        #expect(ended.effects == [.end])
        let back = engine.resume(ended.session)
        #expect(back.replies == ["Hi.", "Where do you two spend time?", "1. Outside"])
        #expect(back.session.state == "ask")
        #expect(!back.session.ended)
    }

    @Test func timeOfDayRemindersAndSnoozesAreDescribedNotScheduled() throws {
        let engine = Engine(dialogue: Self.dialogue)
        let start = engine.start().session
        let evening = try #require(ReminderTime(dayOffset: 1, hour: 19, minute: 0))
        #expect(engine.respond(to: "tomorrow evening please", in: start).effects == [.remindAt(evening, text: "Evening, you")])
        let snooze = engine.respond(to: "snooze", in: start)
        #expect(snooze.effects == [.snoozeReminders(seconds: 3_600)])
        #expect(snooze.replies.isEmpty)
    }
}
