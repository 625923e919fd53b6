/// The default English tables behind ``LanguageRules/english``.
enum English {
    static let rules: LanguageRules = {
        var rules = LanguageRules(empty: ())
        rules.reflections = reflections
        rules.subjectReflections = ["you": "I", "u": "I"]
        rules.personReflections = [
            "me": "you", "myself": "you", "i": "you", "us": "you", "we": "you", "ourselves": "you",
            "you": "me", "yourself": "me", "u": "me",
        ]
        rules.gerunds = [
            "be": "being", "singe": "singeing", "format": "formatting", "program": "programming",
            "handicap": "handicapping", "kidnap": "kidnapping", "worship": "worshiping",
        ]
        rules.gerundEndings = [
            "": "ing", "e": "ing", "ee": "eeing", "ye": "yeing", "oe": "oeing", "ie": "ying",
            "ic": "icking", "ac": "acking",
        ]
        rules.vowels = "aeiou"
        rules.undoubledFinals = "wxy"
        rules.consonantDigraphs = ["qu"]
        rules.wordClasses = wordClasses
        rules.adjectiveEndings = ["ful", "ous", "ive", "able", "ible", "less", "ish", "ical", "tic", "ient", "ed"]
        rules.nonAdjectiveEndings = ["eed"]
        rules.pluralEndings = ["s"]
        rules.nonPluralEndings = ["ss", "us", "is", "ous"]
        rules.questionOpeners = questionOpeners
        rules.leadIns = leadIns
        rules.trailingFillers = [
            "please", "pls", "plz", "lol", "haha", "thanks", "thank you", "thx", "ty", "asap", "ajar",
            "though", "tho", "any tips", "any ideas", "any advice", "any suggestions",
        ]
        rules.beliefVerbs = ["convince": "believe", "persuade": "believe"]
        rules.constraintTemplate = "What is keeping {person} from {action}?"
        rules.persistenceTemplate = "What do you think keeps {person} {action}?"
        rules.insteadOf = "instead of"
        return rules
    }()

    static let reflections: [String: String] = [
        "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
        "i'm": "you're", "im": "you're", "i am": "you are", "i was": "you were", "i've": "you've",
        "ive": "you've", "i'll": "you'll", "i'd": "you'd", "am": "are", "am i": "are you",
        "was i": "were you", "wasn't i": "weren't you",
        "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
        "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
        "you": "me", "your": "my", "yours": "mine", "yourself": "myself", "yourselves": "ourselves",
        "you are": "I am", "you're": "I'm", "youre": "I'm", "you were": "I was", "you've": "I've",
        "you'll": "I'll", "you'd": "I'd", "are you": "am I", "were you": "was I",
        "aren't you": "am I not", "you aren't": "I am not", "you weren't": "I wasn't",
        "weren't you": "wasn't I", "ur": "my", "u": "me",
    ]

    static let questionOpeners: [String] = [
        "how {modal} {questionSubject} {openerAdverb}*",
        "how {modal} {questionSubject} {openerAdverb}* {attempt} to",
        "how {modal} {questionSubject} {openerAdverb}* go about",
        "how {modal} {questionSubject} {openerAdverb}* be able to",
        "how am|are|is i|we|one {openerAdverb}* able|supposed|meant|going|expected to",
        "how {questionSubject} {modal} {openerAdverb}*",
        "how to {openerAdverb}*",
        "how to {openerAdverb}* {attempt} to",
        "how to {openerAdverb}* go about",
        "what {modal} {questionSubject} {openerAdverb}* do|say [in order] to",
        "what is the|a|one {wayAdjective}* way|ways [for me|us] to",
        "what's|whats the|a|one {wayAdjective}* way|ways [for me|us] to",
        "what are|re the|some? {wayAdjective}* ways [for me|us] to",
        "is|are there a|an|any|some? {wayAdjective}* way|ways|method|methods [for me|us] to",
        "is|are there a|an|any|some? {wayAdjective}* way|ways that|where? {questionSubject} {modal} {openerAdverb}*",
        "is there anything|something else? {questionSubject} {modal} do|say [in order] to",
        "is it possible [for me|us] to",
        "any|some? {wayAdjective}* tips|advice|ideas|suggestions|thoughts|help on|for|about [how to]",
        "can|could|would|will you {openerAdverb}* help me [to]",
        "please? help me [to]",
    ]

    static let leadIns: [String] = [
        "i|i'm|im {openerAdverb}* wonder|wondered|wondering",
        "i was|am {openerAdverb}* wondering",
        "i'd|id like to know|ask",
        "i would like to know|ask",
        "i want|need to know|ask|learn|understand",
        "do|does you|anyone|anybody know",
        "can|could you tell me",
        "please? tell me",
        "i don't|dont know",
        "i have no idea",
        "any idea|ideas",
        "quick? question",
        "my|the|a quick? question is|was",
    ]
}
