/// Rule tables that drive reflection and reframing. Scripts provide them (`language:`).
///
/// Everything language-specific is data here; the algorithms in ``Reflector`` and ``Reframer`` are
/// generic. `LanguageRules()` is ``english``; a script's tables are merged over it by the compiler:
///
/// ```swift
/// var rules = LanguageRules.english
/// rules.gerunds["singe"] = "singeing"
/// rules.wordClasses["personNoun", default: []].insert("flatmate")
/// Reframer(rules: rules).reframe("How do I get my flatmate to tidy up?")?.question
/// // "What is keeping your flatmate from tidying up?"
/// ```
public struct LanguageRules: Sendable, Hashable {
    /// Phrase -> reflected phrase, applied in one pass, longest phrase first ("i am" -> "you are").
    /// Entries for second-person words ("you" -> "me") give their object-position form.
    public var reflections: [String: String]
    /// Reflections used instead when the phrase starts in subject position ("you" -> "I").
    public var subjectReflections: [String: String]
    /// The reflected form of a word that is the whole person of a reframe
    /// ("myself" -> "you": "What is keeping you from ...", not "yourself").
    public var personReflections: [String: String]
    /// Verb -> gerund overrides the rules get wrong ("be" -> "being", "singe" -> "singeing").
    public var gerunds: [String: String]
    /// Verb ending -> gerund ending, the longest matching ending wins ("ie" -> "ying", "e" -> "ing");
    /// the empty ending is the default ("" -> "ing").
    public var gerundEndings: [String: String]
    /// Letters that are vowels, for syllable counting and consonant doubling ("" turns doubling off).
    public var vowels: String
    /// Final consonants that are never doubled ("wxy": "showing", "fixing", "playing").
    public var undoubledFinals: String
    /// Letter pairs that count as one consonant ("qu": "quit" has one vowel, so "quitting").
    public var consonantDigraphs: [String]
    /// Named word sets. The algorithm reads the names listed in ``WordClass``; question patterns
    /// may use any name as `{name}`.
    public var wordClasses: [String: Set<String>]
    /// Word endings that mark an adjective ("ful", "ous") or participle ("ed") after "make X"/"get X".
    public var adjectiveEndings: [String]
    /// Endings that look like ``adjectiveEndings`` but are not ("eed": "need", "feed").
    public var nonAdjectiveEndings: [String]
    /// Endings of plural nouns ("s") and endings that look plural but are not ("ss", "us").
    public var pluralEndings: [String]
    public var nonPluralEndings: [String]
    /// Question openers before the verb of control, as patterns:
    /// words, `a|b` alternatives, `{class}`, `x?` optional, `x*` repeated, `[a b]` optional group.
    public var questionOpeners: [String]
    /// Phrases that may come before an opener ("i was wondering", "can you tell me").
    public var leadIns: [String]
    /// Phrases dropped from the end of the question ("please", "any tips").
    public var trailingFillers: [String]
    /// Verb of control -> verb of the reframe when a that-clause follows ("convince" -> "believe").
    public var beliefVerbs: [String: String]
    /// "What is keeping {person} from {action}?"
    public var constraintTemplate: String
    /// "What do you think keeps {person} {action}?", for "stop V-ing" and "not V" (no double negative).
    public var persistenceTemplate: String
    /// Joins a behaviour to the one wanted instead ("stop yelling and listen" -> "yelling instead of listening").
    public var insteadOf: String
}

extension LanguageRules {
    /// The English tables (``english``).
    public init() {
        self = English.rules
    }

    /// Rules with the given tables; any table left out is English's.
    public init(
        reflections: [String: String]? = nil,
        subjectReflections: [String: String]? = nil,
        personReflections: [String: String]? = nil,
        gerunds: [String: String]? = nil,
        gerundEndings: [String: String]? = nil,
        vowels: String? = nil,
        undoubledFinals: String? = nil,
        consonantDigraphs: [String]? = nil,
        wordClasses: [String: Set<String>]? = nil,
        adjectiveEndings: [String]? = nil,
        nonAdjectiveEndings: [String]? = nil,
        pluralEndings: [String]? = nil,
        nonPluralEndings: [String]? = nil,
        questionOpeners: [String]? = nil,
        leadIns: [String]? = nil,
        trailingFillers: [String]? = nil,
        beliefVerbs: [String: String]? = nil,
        constraintTemplate: String? = nil,
        persistenceTemplate: String? = nil,
        insteadOf: String? = nil
    ) {
        let english = English.rules
        self.reflections = reflections ?? english.reflections
        self.subjectReflections = subjectReflections ?? english.subjectReflections
        self.personReflections = personReflections ?? english.personReflections
        self.gerunds = gerunds ?? english.gerunds
        self.gerundEndings = gerundEndings ?? english.gerundEndings
        self.vowels = vowels ?? english.vowels
        self.undoubledFinals = undoubledFinals ?? english.undoubledFinals
        self.consonantDigraphs = consonantDigraphs ?? english.consonantDigraphs
        self.wordClasses = wordClasses ?? english.wordClasses
        self.adjectiveEndings = adjectiveEndings ?? english.adjectiveEndings
        self.nonAdjectiveEndings = nonAdjectiveEndings ?? english.nonAdjectiveEndings
        self.pluralEndings = pluralEndings ?? english.pluralEndings
        self.nonPluralEndings = nonPluralEndings ?? english.nonPluralEndings
        self.questionOpeners = questionOpeners ?? english.questionOpeners
        self.leadIns = leadIns ?? english.leadIns
        self.trailingFillers = trailingFillers ?? english.trailingFillers
        self.beliefVerbs = beliefVerbs ?? english.beliefVerbs
        self.constraintTemplate = constraintTemplate ?? english.constraintTemplate
        self.persistenceTemplate = persistenceTemplate ?? english.persistenceTemplate
        self.insteadOf = insteadOf ?? english.insteadOf
    }

    /// The default English tables.
    public static let english = LanguageRules()

    /// Rules with every table empty, the starting point of ``English``.
    init(empty: Void) {
        reflections = [:]
        subjectReflections = [:]
        personReflections = [:]
        gerunds = [:]
        gerundEndings = [:]
        vowels = ""
        undoubledFinals = ""
        consonantDigraphs = []
        wordClasses = [:]
        adjectiveEndings = []
        nonAdjectiveEndings = []
        pluralEndings = []
        nonPluralEndings = []
        questionOpeners = []
        leadIns = []
        trailingFillers = []
        beliefVerbs = [:]
        constraintTemplate = ""
        persistenceTemplate = ""
        insteadOf = ""
    }
}
