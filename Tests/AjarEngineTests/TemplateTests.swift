import AjarEngine
import AjarReframer
import Testing

/// Templates: variable lookup, the built-in `input`, filters, `set:` and captures.
@Suite struct TemplateTests {
    static func echo(_ template: String, variables: [String: String] = [:], preset: [String: String] = [:]) -> Chat {
        Chat(
            Build.dialogue(
                states: [Build.state("start", on: [
                    Transition(intent: "call", response: Build.reply(template)),
                ], fallback: Build.reply(template))],
                intents: [Build.intent("call", patterns: ["call me {name}"])],
                variables: variables
            ),
            variables: preset
        )
    }

    @Test(arguments: [
        ("{name}", "ada LOVELACE"),
        ("{name|uppercase}", "ADA LOVELACE"),
        ("{name|lowercase}", "ada lovelace"),
        ("{name|capitalize}", "Ada LOVELACE"),
        ("{name|lowercase|capitalize}", "Ada lovelace"),
        ("<{name}> {{literal}}", "<ada LOVELACE> {literal}"),
    ])
    func filtersApplyInOrder(template: String, expected: String) {
        var chat = Self.echo(template)
        #expect(chat.send("call me ada LOVELACE") == [expected])
    }

    @Test func reflectUsesTheDialoguesLanguageRules() {
        let rules = LanguageRules(reflections: ["my": "your", "i am": "you are"])
        var chat = Chat(Build.dialogue(
            states: [Build.state("start", on: [Transition(intent: "feel", response: Build.reply("Why do you say {what|reflect}?"))])],
            intents: [Build.intent("feel", patterns: ["* that {what}"])],
            language: rules
        ))
        #expect(chat.send("I feel that I am sad about my job") == ["Why do you say you are sad about your job?"])
    }

    static func brief(_ template: String) -> Chat {
        Chat(Build.dialogue(states: [Build.state("start", fallback: Build.reply(template))]))
    }

    @Test(arguments: [
        // Short answers come back whole, closing punctuation dropped.
        ("He works late.", "He works late"),
        ("We fight, then we go quiet!!", "We fight, then we go quiet"),
        // The first sentence only.
        ("He works late. Then he is tired. Then he sleeps.", "He works late"),
        ("It took 1.5 hours to calm down", "It took 1.5 hours to calm down"),
        // Over twelve words: the first clause when it has four words or more...
        ("We only ever see each other at dinner, and the phone is always out on the table",
         "We only ever see each other at dinner"),
        // ...else the first twelve words and an ellipsis.
        ("Honestly, we both work really long hours at the hospital and when we get home we are exhausted",
         "Honestly, we both work really long hours at the hospital and when…"),
        ("one two three four five six seven eight nine ten eleven twelve", "one two three four five six seven eight nine ten eleven twelve"),
        // Up to fifteen words come back whole, so a second clause that carries the point stays.
        ("when he told me about his dad, I think I cried more than he did",
         "when he told me about his dad, I think I cried more than he did"),
        // A longer one that opens with "when" is not cut after its first clause.
        ("When he finally told me about his dad leaving, I think I cried more than he did that night",
         "When he finally told me about his dad leaving, I think I…"),
        ("If I ask him, he shrugs, and then he changes the subject to football or work or the weather",
         "If I ask him, he shrugs"),
    ])
    func briefKeepsAnEchoShort(input: String, expected: String) {
        var chat = Self.brief("{input|brief}")
        #expect(chat.send(input) == [expected])
    }

    @Test func aFullStopAfterACutEchoIsLeftOut() {
        var chat = Self.brief("{input|brief|capitalize}. Noted.")
        #expect(chat.send("we both work really long hours at the hospital and when we get home we are exhausted")
            == ["We both work really long hours at the hospital and when we… Noted."])
        #expect(chat.send("we work late.") == ["We work late. Noted."])
    }

    @Test func capitalizeLeavesAnEmptyValueEmpty() {
        var chat = Self.echo("[{missing|capitalize}]")
        #expect(chat.send("x") == ["[]"])
    }

    @Test func aVariableIsLookedUpInCapturesThenSessionThenDefaults() {
        var chat = Self.echo("{name}/{mood}/{missing}", variables: ["name": "default", "mood": "calm"], preset: ["mood": "tense"])
        #expect(chat.send("hi") == ["default/tense/"])
        #expect(chat.send("call me Bo") == ["Bo/tense/"])
        #expect(chat.send("hi") == ["Bo/tense/"])
    }

    @Test func theInputVariableIsTheTrimmedTextAndIsNotStored() {
        var chat = Self.echo("You said: {input}.")
        #expect(chat.send("  Hello,   there!\n") == ["You said: Hello,   there!."])
        #expect(chat.session.variables.isEmpty)
    }

    @Test func assignmentsRunInOrderBeforeTheResponsesLines() {
        var chat = Chat(Build.dialogue(states: [
            Build.state("start", fallback: Response(
                say: Build.lines(["{first} then {second}"]),
                assignments: [
                    Assignment(variable: "first", value: Build.template("{input|uppercase}")),
                    Assignment(variable: "second", value: Build.template("after {first}")),
                ]
            )),
        ]))
        #expect(chat.send("go") == ["GO then after GO"])
        #expect(chat.session.variables == ["first": "GO", "second": "after GO"])
    }

    @Test func capturesAreStoredInTheSessionForLaterTurns() {
        var chat = Chat(Build.dialogue(
            states: [
                Build.state("start", on: [Transition(intent: "plant", response: Build.reply(goto: "water"))]),
                Build.state("water", say: ["How often do you water {plant|reflect}?"], fallback: Build.reply("Still thinking of {plant}.")),
            ],
            intents: [Build.intent("plant", patterns: ["* my {plant} (is|keeps) wilting *"])],
            variables: ["plant": "your plant"]
        ))
        #expect(chat.send("Help, my Boston fern is wilting") == ["How often do you water Boston fern?"])
        #expect(chat.send("hmm") == ["Still thinking of Boston fern."])
    }
}
