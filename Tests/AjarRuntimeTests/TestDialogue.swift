import AjarEngine

/// A dialogue built by hand (no compiler): asks a name, then a number, then says both and
/// schedules a reminder. Each conversation's transcript depends on what it was told, so mixed-up
/// sessions show.
enum TestDialogue {
    static let dialogue: Dialogue = {
        func text(_ parts: Template.Part...) -> Line { Line(Template(parts: parts)) }
        let name = Intent(id: "name", matcher: Matcher(patterns: [
            Pattern(elements: [.word("my"), .word("name"), .word("is"), .capture("name")], source: "my name is {name}"),
        ]))
        let number = Intent(id: "number", matcher: Matcher(patterns: [
            Pattern(elements: [.word("i"), .word("like"), .capture("number")], source: "i like {number}"),
        ]))
        let states: [StateID: State] = [
            "ask": State(
                id: "ask",
                say: [Line(Template("Hello, I am a test bot.")), Line(Template("What is your name?"))],
                transitions: [Transition(intent: "name", response: Response(target: "number"))]),
            "number": State(
                id: "number",
                say: [text(.text("Hello, "), .variable(name: "name", filters: []), .text("! Which number do you like?"))],
                transitions: [Transition(intent: "number", response: Response(target: "done"))]),
            "done": State(
                id: "done",
                say: [text(.variable(name: "name", filters: []), .text(" likes "), .variable(name: "number", filters: []), .text("."))],
                isEnd: true,
                effects: [.remind(afterSeconds: 60, text: Template(parts: [.text("Still liking "), .variable(name: "number", filters: []), .text("?")]))]),
        ]
        return Dialogue(
            name: "names", versionHash: "test-1", start: "ask", states: states, intents: [name, number],
            globalFallback: Response(say: [Line(Template("Sorry?"))]))
    }()

    static var engine: Engine { Engine(dialogue: dialogue) }
}
