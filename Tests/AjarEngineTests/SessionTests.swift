import AjarEngine
import Foundation
import Testing

/// Sessions: counters, persistence, and coming back after the script changed.
@Suite struct SessionTests {
    static func dialogue(version: String, withOrigins: Bool = true) -> Dialogue {
        var states = [
            Build.state("start", say: ["Hi."], next: "ask"),
            Build.state("ask", say: ["What is on your mind?"], fallback: Build.reply(goto: "origins")),
            Build.state("menu", say: ["Where were we? Let's pick up here."], options: [
                Option(label: Build.template("Start over"), response: Build.reply(goto: "start")),
            ]),
        ]
        if withOrigins {
            states.append(Build.state(
                "origins", say: ["Which of these fits?"],
                options: [Option(label: Build.template("Upbringing"), response: Build.reply())],
                effects: [.remind(afterSeconds: 60, text: Build.template("Still there?"))]
            ))
        }
        return Build.dialogue(resume: "menu", version: version, states: states)
    }

    @Test func everyResponseCountsATurnAndRecordsTheScriptVersion() {
        let old = Engine(dialogue: Self.dialogue(version: "old"))
        let new = Engine(dialogue: Self.dialogue(version: "new"))
        let first = old.respond(to: "hello", in: old.start().session)
        #expect(first.session.turn == 1)
        #expect(first.session.scriptVersion == "old")
        let second = new.respond(to: "hello", in: first.session)
        #expect(second.session.turn == 2)
        #expect(second.session.scriptVersion == "new")
    }

    @Test func resumeRepeatsTheCurrentQuestionWithoutChangingAnything() {
        let engine = Engine(dialogue: Self.dialogue(version: "v1"))
        var session = engine.respond(to: "my partner", in: engine.start().session).session
        session.variables = ["person": "your partner"]
        let turn = engine.resume(session)
        #expect(turn.replies == ["Which of these fits?", "1. Upbringing"])
        #expect(turn.effects.isEmpty)
        #expect(turn.session == session)
    }

    @Test func resumeAfterAnEditThatRemovedTheStateGoesToResume() {
        let before = Engine(dialogue: Self.dialogue(version: "v1"))
        var session = before.respond(to: "my partner", in: before.start().session).session
        session.variables = ["person": "your partner"]
        #expect(session.state == "origins")

        let after = Engine(dialogue: Self.dialogue(version: "v2", withOrigins: false))
        let turn = after.resume(session)
        #expect(turn.replies == ["Where were we? Let's pick up here.", "1. Start over"])
        #expect(turn.session.state == "menu")
        #expect(turn.session.scriptVersion == "v2")
        #expect(turn.session.variables == session.variables)
        #expect(turn.session.turn == session.turn)
    }

    @Test func respondingInARemovedStateMovesToResume() {
        let session = Session(scriptVersion: "v1", state: "origins", variables: ["person": "Sam"], reasks: 3, turn: 4)
        let turn = Engine(dialogue: Self.dialogue(version: "v2", withOrigins: false)).respond(to: "1", in: session)
        #expect(turn.replies == ["Where were we? Let's pick up here.", "1. Start over"])
        #expect(turn.session.state == "menu")
        #expect(turn.session.reasks == 0)
        #expect(turn.session.variables == ["person": "Sam"])
    }

    @Test func aSessionSurvivesAJSONRoundTripInUnderOneKilobyte() throws {
        let session = Session(
            scriptVersion: String(repeating: "9f86d081884c7d65", count: 4),
            state: "strategies_offer",
            variables: [
                "person": "my partner of seven years",
                "action": "opening up to me about work",
                "reframe": "What is keeping your partner of seven years from opening up to you about work?",
                "plant": "Boston fern",
                "mood": "hopeful",
            ],
            reasks: 1, turn: 12, ended: false
        )
        let data = try JSONEncoder().encode(session)
        #expect(try JSONDecoder().decode(Session.self, from: data) == session)
        #expect(data.count < 1024)
    }

    @Test func aStoredSessionDrivesTheSameConversation() throws {
        let engine = Engine(dialogue: Self.dialogue(version: "v1"))
        let session = engine.start().session
        let restored = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(session))
        #expect(engine.respond(to: "hello", in: restored) == engine.respond(to: "hello", in: session))
    }

    @Test func extremeCountersInADecodedSessionDoNotTrap() {
        let engine = Engine(dialogue: Self.dialogue(version: "v1"))
        let session = Session(scriptVersion: "x", state: "ask", reasks: .min, turn: .max)
        let turn = engine.respond(to: "hello", in: session)
        #expect(turn.session.turn == .min)
        #expect(!engine.resume(turn.session).replies.isEmpty)
    }
}
