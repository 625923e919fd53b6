import AjarEngine
import AjarReframer

/// Hand-written stand-ins for what the compiler produces, so tests read like scripts:
/// `pattern("* my {plant} (is|keeps) wilting *")`, `template("Hi {name|capitalize}")`.
///
/// The engine tests cannot import the compiler; these parsers are deliberately minimal and
/// trust their (test-authored) input.
enum Build {
    /// Parses pattern syntax: words, `*`, `{name}`, `[optional]`, `(a|b c)`.
    static func pattern(_ source: String) -> Pattern {
        var parser = PatternParser(characters: Array(source))
        return Pattern(elements: parser.sequence(until: []), source: source)
    }

    /// Parses template syntax: `{name}`, `{name|filter|filter}`, `{{` and `}}`.
    static func template(_ source: String) -> Template {
        var parts: [Template.Part] = []
        var text = ""
        var characters = Array(source)[...]
        while let character = characters.popFirst() {
            if character == "{" || character == "}", characters.first == character {
                characters.removeFirst()
                text.append(character)
            } else if character == "{" {
                let body = String(characters.prefix { $0 != "}" })
                characters = characters.dropFirst(body.count + 1)
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                let pieces = body.split(separator: "|").map(String.init)
                parts.append(.variable(name: pieces[0], filters: pieces.dropFirst().compactMap(Filter.init(rawValue:))))
            } else {
                text.append(character)
            }
        }
        if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
        return Template(parts: parts)
    }

    static func lines(_ texts: [String]) -> [Line] {
        texts.map { Line(template($0)) }
    }

    static func matcher(patterns: [String] = [], keywords: [String] = []) -> Matcher {
        Matcher(patterns: patterns.map(pattern), keywords: keywords.map(Normalizer.words))
    }

    static func intent(_ id: IntentID, priority: Int = 0, patterns: [String] = [], keywords: [String] = []) -> Intent {
        Intent(id: id, priority: priority, matcher: matcher(patterns: patterns, keywords: keywords))
    }

    /// A response: `say` lines, then `goto`.
    static func reply(_ say: String..., set assignments: [String: String] = [:], effects: [EffectTemplate] = [], goto target: StateID? = nil) -> Response {
        Response(
            say: lines(say),
            assignments: assignments.sorted { $0.key < $1.key }.map { Assignment(variable: $0.key, value: template($0.value)) },
            effects: effects,
            target: target
        )
    }

    static func state(
        _ id: StateID, say: [String] = [], options: [Option] = [], on transitions: [Transition] = [],
        skip: Response? = nil, dontKnow: Response? = nil, fallback: Response? = nil, reask: Reask? = nil,
        end: Bool = false, effects: [EffectTemplate] = [], next: StateID? = nil
    ) -> State {
        State(
            id: id, say: lines(say), options: options, transitions: transitions, onSkip: skip, onDontKnow: dontKnow,
            fallback: fallback, reask: reask, isEnd: end, effects: effects, next: next
        )
    }

    static func dialogue(
        start: StateID = "start", resume: StateID? = nil, version: String = "v1", states: [State], intents: [Intent] = [],
        on globals: [Transition] = [], fallback: Response? = nil, variables: [String: String] = [:],
        language: LanguageRules = LanguageRules()
    ) -> Dialogue {
        Dialogue(
            name: "test", versionHash: version, start: start, resume: resume,
            states: Dictionary(states.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            intents: intents, globalTransitions: globals, globalFallback: fallback, variables: variables,
            language: language
        )
    }
}

private struct PatternParser {
    var characters: [Character]
    var index = 0

    mutating func sequence(until terminators: Set<Character>) -> [Pattern.Element] {
        var elements: [Pattern.Element] = []
        while index < characters.count, !terminators.contains(characters[index]) {
            let character = characters[index]
            index += 1
            switch character {
            case " ": continue
            case "*": elements.append(.wildcard)
            case "{":
                let name = String(characters[index...].prefix { $0 != "}" })
                index += name.count + 1
                elements.append(.capture(name))
            case "[":
                elements.append(.optional(sequence(until: ["]"])))
                index += 1
            case "(":
                var alternatives = [sequence(until: ["|", ")"])]
                while index < characters.count, characters[index] == "|" {
                    index += 1
                    alternatives.append(sequence(until: ["|", ")"]))
                }
                index += 1
                elements.append(.alternatives(alternatives))
            default:
                var word = String(character)
                while index < characters.count, !" *{[(|)]".contains(characters[index]) {
                    word.append(characters[index])
                    index += 1
                }
                elements.append(.word(word))
            }
        }
        return elements
    }
}

/// A conversation driven turn by turn, keeping the latest ``Turn``.
struct Chat {
    let engine: Engine
    var turn: Turn

    init(_ dialogue: Dialogue, variables: [String: String] = [:]) {
        engine = Engine(dialogue: dialogue)
        turn = engine.start(variables: variables)
    }

    var session: Session { turn.session }
    var replies: [String] { turn.replies }

    /// Sends `text` and returns the bot's replies.
    @discardableResult
    mutating func send(_ text: String) -> [String] {
        turn = engine.respond(to: text, in: turn.session)
        return turn.replies
    }
}
