/// One engine step in progress: the session being changed and what the bot says and does.
///
/// The public ``Engine`` methods each make one, drive it, and return what ``finish()`` makes of it.
struct TurnRunner<Generator: RandomNumberGenerator> {
    /// How many states one step may enter, so a `next` cycle cannot hang the engine.
    static var maximumEntries: Int { Engine.maximumStatesPerTurn }

    let program: EngineProgram
    var session: Session
    var generator: Generator
    /// This turn's input, or `nil` in ``Engine/start(variables:)`` and ``Engine/resume(_:)``.
    let input: InputWords?
    var replies: [String] = []
    var effects: [Effect] = []
    var matchedIntent: IntentID?
    private var entries = 0

    init(program: EngineProgram, session: Session, generator: Generator, input: InputWords?) {
        self.program = program
        self.session = session
        self.generator = generator
        self.input = input
        self.session.scriptVersion = program.versionHash
    }

    /// The step's result; the runner is used up.
    consuming func finish() -> Turn {
        Turn(session: session, replies: replies, effects: effects, matchedIntent: matchedIntent)
    }

    /// Adds a line to the replies, making room for a few at once on the first.
    mutating func emit(_ line: String) {
        if replies.isEmpty { replies.reserveCapacity(4) }
        replies.append(line)
    }

    // MARK: Entering states

    /// Enters `id` (or `resume`, then `start`, if it does not exist).
    mutating func enter(_ id: StateID) {
        enter(index: program.resolve(id))
    }

    /// Enters the state at `index`: says its lines and options, carries out its effects and
    /// follows its `next` chain, entering at most ``maximumEntries`` states in this step.
    mutating func enter(index: Int?) {
        var index = index
        while entries < Self.maximumEntries, let current = index {
            entries += 1
            let entered = program.states[current]
            session.state = entered.id
            session.reasks = 0
            present(entered)
            // A state's own `handoff` effect only reports the change of flow; `next` moves.
            perform(entered.state.effects)
            if entered.state.isEnd {
                end()
                return
            }
            index = entered.nextIndex
        }
    }

    /// Says a state's lines (those whose condition holds) and its numbered options.
    mutating func present(_ entered: StateProgram) {
        say(entered.state.say)
        for (offset, option) in entered.options.enumerated() {
            emit(option.display ?? "\(offset + 1). \(render(option.option.label))")
        }
    }

    // MARK: Responses

    /// Stores the match's captures, then assigns, says, produces effects and moves.
    ///
    /// Assignments come before the lines so a line can say what was just set.
    mutating func perform(_ compiled: ResponseProgram, captures: [Capture]) {
        let response = compiled.response
        for capture in captures { assign(capture.name, capture.value) }
        for assignment in response.assignments {
            assign(assignment.variable, render(assignment.value))
        }
        say(response.say)
        perform(response.effects)
        if let destination = compiled.destination {
            enter(index: destination)
        } else if response.repeatsQuestion, !session.ended, let current = program.stateIndex[session.state] {
            present(program.states[current])
        }
    }

    /// Produces effects (a `handoff`'s move is the response's ``ResponseProgram/destination``).
    private mutating func perform(_ templates: [EffectTemplate]) {
        for template in templates {
            switch template {
            case .remind(let seconds, let text):
                effects.append(.remind(afterSeconds: seconds, text: render(text)))
            case .end:
                end()
            case .handoff(let target):
                effects.append(.handoff(to: target))
            case .cancelReminders:
                effects.append(.cancelReminders)
            case .remindAt(let time, let text):
                effects.append(.remindAt(time, text: render(text)))
            case .snoozeReminders(let seconds):
                effects.append(.snoozeReminders(seconds: seconds))
            }
        }
    }

    private mutating func end() {
        guard !session.ended else { return }
        session.ended = true
        effects.append(.end)
    }

    // MARK: Lines

    mutating func say(_ lines: [Line]) {
        for line in lines {
            if let condition = line.condition, !holds(condition) { continue }
            guard let template = pick(line) else { continue }
            emit(render(template))
        }
    }

    private mutating func pick(_ line: Line) -> Template? {
        let count = line.variants.count
        guard count > 1 else { return line.variants.first }
        switch line.selection {
        case .rotate:
            let remainder = session.turn % count
            return line.variants[remainder < 0 ? remainder + count : remainder]
        case .random:
            return line.variants[Int.random(in: 0..<count, using: &generator)]
        }
    }
}
