import AjarEngine
import Testing

/// Lines with variants: rotated by the turn counter, or drawn from the injected generator.
@Suite struct VariantTests {
    static func dialogue(_ selection: VariantSelection) -> Dialogue {
        var state = Build.state("start")
        state.say = [Line(variants: ["a", "b", "c"].map(Build.template), selection: selection)]
        state.fallback = Build.reply(goto: "start")
        return Build.dialogue(states: [state])
    }

    @Test func rotatingVariantsTakeTurns() {
        var chat = Chat(Self.dialogue(.rotate))
        var said = chat.replies
        for _ in 0..<4 { said += chat.send("again") }
        #expect(said == ["a", "b", "c", "a", "b"])
    }

    @Test func randomVariantsComeFromTheInjectedGenerator() {
        let engine = Engine(dialogue: Self.dialogue(.random))
        let session = engine.start().session
        func draws(seed: UInt64) -> [String] {
            var generator = SplitMix64(seed: seed)
            var session = session
            var said: [String] = []
            for _ in 0..<20 {
                let turn = engine.respond(to: "again", in: session, using: &generator)
                said += turn.replies
                session = turn.session
            }
            return said
        }
        #expect(draws(seed: 7) == draws(seed: 7))
        #expect(Set(draws(seed: 7)) == ["a", "b", "c"])
        #expect(draws(seed: 7) != draws(seed: 8))
    }

    @Test func withoutAGeneratorRandomVariantsAreStillDeterministic() {
        let engine = Engine(dialogue: Self.dialogue(.random))
        var session = engine.start().session
        var said: [String] = []
        for _ in 0..<30 {
            let first = engine.respond(to: "again", in: session)
            #expect(engine.respond(to: "again", in: session) == first)
            said += first.replies
            session = first.session
        }
        #expect(Set(said) == ["a", "b", "c"])
    }

    @Test func aLineWithOneVariantNeverDrawsFromTheGenerator() {
        let engine = Engine(dialogue: Build.dialogue(states: [Build.state("start", fallback: Build.reply("only"))]))
        var generator = SplitMix64(seed: 1)
        _ = engine.respond(to: "x", in: engine.start().session, using: &generator)
        #expect(generator == SplitMix64(seed: 1))
    }
}
