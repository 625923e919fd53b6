import AjarCompiler
import AjarEngine
import Foundation
import Testing

/// `Fixtures/garden` uses every part of the format; these tests spot-check what it compiles to.
@Suite struct CompiledDialogueTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    static let result = DialogueCompiler().compile(entry: fixtures + "/garden/main.yaml")

    var dialogue: Dialogue {
        get throws { try #require(Self.result.dialogue, "\(Self.result.diagnostics)") }
    }

    @Test func compilesWithoutDiagnostics() {
        #expect(Self.result.diagnostics.isEmpty, "\(Self.result.diagnostics.map(\.description))")
    }

    @Test func topLevelKeys() throws {
        let dialogue = try dialogue
        #expect(dialogue.name == "garden")
        #expect(dialogue.start == "hello")
        #expect(dialogue.resume == "ask")
        #expect(dialogue.variables == ["plant": "your plant", "mood": ""])
        #expect(Set(dialogue.states.keys) == ["hello", "ask", "water", "too_much", "fine", "goodbye", "safety"])
    }

    @Test func intentsKeepDeclarationOrderAcrossFilesThenBuiltIns() throws {
        let dialogue = try dialogue
        #expect(dialogue.intents.map(\.id) == ["wilting", "help_question", "crisis", "thanks", .skip, .dontKnow])
        let wilting = dialogue.intents[0]
        #expect(wilting.priority == 5)
        #expect(wilting.matcher.patterns.map(\.elements) == [
            [.wildcard, .word("my"), .capture("plant"), .alternatives([[.word("is")], [.word("keeps")]]), .word("wilting"), .wildcard],
            [.word("why"), .word("is"), .word("my"), .capture("plant"), .optional([.word("so")]), .word("sad"), .wildcard],
        ])
        #expect(dialogue.intents[1].matcher.reframe)
        #expect(dialogue.intents[1].priority == 10)
        #expect(dialogue.intents[3].matcher.keywords == [["thanks"], ["thank", "you"], ["cheers"]])
    }

    @Test func linesTemplatesAndConditions() throws {
        let dialogue = try dialogue
        let hello = try #require(dialogue.states["hello"])
        #expect(hello.say.count == 2)
        #expect(hello.say[0].variants == [Template("Hi! I help with sad plants.")])
        #expect(hello.say[1].variants == [Template("What's wilting?"), Template("Which plant worries you?")])
        #expect(hello.say[1].selection == .random)
        #expect(hello.next == "ask")

        let water = try #require(dialogue.states["water"])
        #expect(water.say[0].condition == .isSet("mood"))
        #expect(water.say[0].variants == [Template(parts: [.text("You sound "), .variable(name: "mood", filters: []), .text(".")])])
        #expect(water.say[1].variants == [Template(parts: [
            .text("How often do you water "), .variable(name: "plant", filters: [.reflect]), .text("?"),
        ])])
        let fine = try #require(dialogue.states["fine"])
        #expect(fine.say[0].variants == [Template("Then it may want more {light}.")])

        let ask = try #require(dialogue.states["ask"])
        #expect(ask.transitions[1].condition == .all([.isSet("reframe"), .notEquals("mood", "calm")]))
    }

    @Test func optionsAndInputResponses() throws {
        let water = try #require(try dialogue.states["water"])
        #expect(water.options.count == 2)
        #expect(water.options[0].label == Template("Every day"))
        #expect(water.options[0].matcher == nil)
        #expect(water.options[0].response.target == "too_much")
        let weekly = try #require(water.options[1].matcher)
        #expect(weekly.keywords == [["weekly"], ["every", "week"]])
        #expect(weekly.patterns.map(\.source) == ["* (once|one time) a week *"])
        #expect(water.onDontKnow?.target == "fine")
        #expect(water.onDontKnow?.say.count == 1)
        #expect(water.onSkip?.target == "fine")
        #expect(water.fallback?.target == nil)
        #expect(water.reask?.limit == 2)
        #expect(water.reask?.then.target == "fine")
        #expect(water.reask?.say.count == 1)
    }

    @Test func effectsAssignmentsAndHandoffs() throws {
        let dialogue = try dialogue
        let ask = try #require(dialogue.states["ask"])
        #expect(ask.transitions[0].intent == "wilting")
        #expect(ask.transitions[0].response.assignments.map(\.variable) == ["mood"])
        #expect(ask.transitions[0].response.assignments[0].value == Template(parts: [.text("worried about "), .variable(name: "plant", filters: [])]))

        let tooMuch = try #require(dialogue.states["too_much"])
        guard case .remind(let seconds, let text)? = tooMuch.effects.first else {
            Issue.record("no reminder on too_much")
            return
        }
        #expect(seconds == 5_400)
        #expect(text.variableNames == ["plant"])

        let thanks = try #require(dialogue.states["fine"]?.transitions.first?.response)
        #expect(thanks.effects.count == 2)
        if case .end? = thanks.effects.last {} else { Issue.record("the thanks response should end") }

        let crisis = try #require(dialogue.globalTransitions.first)
        #expect(crisis.intent == "crisis")
        #expect(crisis.response.target == "safety")
        if case .handoff(let to)? = crisis.response.effects.first { #expect(to == "safety") } else { Issue.record("no handoff") }
        #expect(dialogue.globalTransitions.count == 2)
        #expect(dialogue.globalFallback?.say.count == 1)
        #expect(dialogue.states["goodbye"]?.isEnd == true)
    }

    @Test func languageTablesMergeOverTheDefaultsEntryFirst() throws {
        let language = try dialogue.language
        #expect(language.gerunds["singe"] == "singeing")
        #expect(language.reflections["i am"] == "you are")
        for (phrase, reflected) in type(of: language).english.reflections where phrase != "my" && phrase != "i am" {
            #expect(language.reflections[phrase] == reflected)
        }
    }

    @Test func versionHashIsStableAndFollowsTheBytes() throws {
        let hash = try dialogue.versionHash
        #expect(hash.count == 16)
        #expect(hash.allSatisfy { $0.isHexDigit })
        #expect(DialogueCompiler().compile(entry: Self.fixtures + "/garden/main.yaml").dialogue?.versionHash == hash)

        let script = "dialogue: d\nstart: a\nstates:\n  a:\n    say: hi\n    end: true\n"
        let first = compile(script).dialogue?.versionHash
        let edited = compile(script.replacingOccurrences(of: "hi", with: "hello")).dialogue?.versionHash
        #expect(first != nil && edited != nil && first != edited)
    }
}
