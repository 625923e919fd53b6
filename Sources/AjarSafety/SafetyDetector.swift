/// Finds crisis language, signs of abuse and of harm to others in a message, with guards
/// against false alarms: negation ("I'm not going to hurt myself"), idioms ("I'm dying to
/// know") and the partner's own feelings ("he's scared of being vulnerable").
///
/// Built once from the data file; ``assess(_:)`` normalises the message once and runs every
/// phrase set over the same words. No regular expressions, nothing rebuilt per call.
///
/// ```swift
/// let detector = try SafetyData.load(file: "config/safety/en.yaml").detector
/// detector.assess("I don't want to live anymore").clear   // [.crisis]
/// detector.assess("I'm dying to know how it ends").isQuiet // true
/// ```
public struct SafetyDetector: Sendable {
    private let contractions: [String: [String]]
    private let breaks: Set<String>
    private let negation: NegationRule
    private let phrases: [(concern: SafetyConcern, certainty: SafetyCertainty, set: PhraseSet)]
    private let traps: PhraseSet
    /// Answers in the order they win: "not safe" over "you misunderstood" over "I'm safe"...
    private let answers: [(answer: SafetyAnswer, set: PhraseSet, wholeClause: Bool)]

    init(_ file: SafetyDataFile) throws(SafetyDataError) {
        var contractions: [String: [String]] = [:]
        for (short, long) in file.contractions {
            contractions[short.lowercased()] = long.lowercased().split(separator: " ").map(String.init)
        }
        self.contractions = contractions
        breaks = Set(file.clauseBreaks.map { $0.lowercased() })
        negation = NegationRule(
            negators: file.negation.negators.map { $0.lowercased().split(separator: " ").map(String.init) },
            window: file.negation.window,
            bridges: Set(file.negation.bridges.map { $0.lowercased() }))

        var groups: [String: [[PhrasePattern.Element]]] = [:]
        for (name, items) in file.groups {
            var sequences: [[PhrasePattern.Element]] = []
            for item in items {
                sequences += try PhrasePattern(item, groups: [:], contractions: contractions).sequences
            }
            groups[name] = sequences
        }
        func compile(_ items: [String]) throws(SafetyDataError) -> PhraseSet {
            var patterns: [PhrasePattern] = []
            for item in items { patterns.append(try PhrasePattern(item, groups: groups, contractions: contractions)) }
            return PhraseSet(patterns)
        }

        var phrases: [(SafetyConcern, SafetyCertainty, PhraseSet)] = []
        for (name, lists) in file.concerns {
            guard let concern = SafetyConcern(rawValue: name) else {
                throw SafetyDataError("unknown concern '\(name)' (expected crisis, abuse or harm_to_others)")
            }
            phrases.append((concern, .clear, try compile(lists.clear)))
            phrases.append((concern, .unsure, try compile(lists.unsure)))
        }
        for concern in SafetyConcern.allCases where !phrases.contains(where: { $0.0 == concern && $0.2.count > 0 }) {
            throw SafetyDataError("no phrases for the concern '\(concern.rawValue)'")
        }
        self.phrases = phrases.sorted { ($0.0, $0.1.rawValue) < ($1.0, $1.1.rawValue) }
        traps = try compile(file.traps)

        var answers: [(SafetyAnswer, PhraseSet, Bool)] = []
        let order: [(SafetyAnswer, Bool)] = [(.notSafe, false), (.misunderstood, false), (.safe, true), (.no, true), (.goodbye, true)]
        for (answer, wholeClause) in order {
            guard let items = file.answers[answer.rawValue] else {
                throw SafetyDataError("no phrases for the answer '\(answer.rawValue)'")
            }
            answers.append((answer, try compile(items), wholeClause))
        }
        for name in file.answers.keys where SafetyAnswer(rawValue: name) == nil {
            throw SafetyDataError("unknown answer '\(name)' (expected not_safe, misunderstood, safe, no or goodbye)")
        }
        self.answers = answers
    }

    /// Reads `message` once and reports every concern and how it answers a safety question.
    public func assess(_ message: String) -> SafetyAssessment {
        let text = SafetyText(message, contractions: contractions, breaks: breaks)
        guard text.count > 0 else { return SafetyAssessment() }
        let trapped = traps.hits(in: text).map(\.range)
        func counts(_ hit: PhraseSet.Hit) -> Bool {
            !negation.negates(hit, in: text) && !trapped.contains { $0.overlaps(hit.range) }
        }
        var clear: Set<SafetyConcern> = []
        var unsure: Set<SafetyConcern> = []
        for entry in phrases {
            if entry.certainty == .unsure, clear.contains(entry.concern) { continue }
            if entry.set.hits(in: text).contains(where: counts) {
                if entry.certainty == .clear { clear.insert(entry.concern) } else { unsure.insert(entry.concern) }
            }
        }
        var answer: SafetyAnswer?
        for entry in answers {
            let hits = entry.set.hits(in: text).filter { !negation.negates($0, in: text) }
            if hits.contains(where: { !entry.wholeClause || text.isWholeClause($0.range) }) {
                answer = entry.answer
                break
            }
        }
        return SafetyAssessment(clear: clear, unsure: unsure, answer: answer)
    }
}
