/// The names of the word sets in ``LanguageRules/wordClasses`` that the algorithm reads.
///
/// A script may add words to any of them (the compiler merges), or define new names for
/// its question patterns (`{name}`). Words are lowercase; a class entry may be several words
/// only where noted.
public enum WordClass: String, CaseIterable, Sendable {
    // Grammar words.
    /// "my", "the", "a", "her": start a noun phrase and cannot end one.
    case determiner
    /// "me", "him", "her", "them", "you": a whole noun phrase.
    case objectPronoun
    /// "i", "she", "they": start a new clause ("..., she never talks" is cut there).
    case subjectPronoun
    case preposition
    /// "up", "down", "off": phrasal-verb particles, kept after the gerund ("opening up").
    case particle
    /// "and", "or": join people ("my wife and kids") and verbs ("lie down and rest").
    case conjunction
    /// "not", "never": "get X to not V" becomes the persistence question.
    case negator
    /// "again", "more", "really": never a person or a verb.
    case adverb
    /// "more", "less", "so", "very": before an adjective ("make X more patient").
    case adjectiveModifier
    /// "two", "15": inside a noun phrase ("my 15 year old son").
    case number
    /// "to": the infinitive marker ("get X to V").
    case infinitive
    /// "from": "stop X from V-ing".
    case fromMarker
    /// "into": "talk X into V-ing".
    case intoMarker
    /// "that": "convince X that ..." (with ``LanguageRules/beliefVerbs``).
    case complementizer
    /// Words that start a new clause after a comma or "and" ("please", "because").
    case clauseStarter
    /// Words after which "you" is a subject ("what you think", "because you").
    case subjectMarker
    /// Words after "you" that make it a subject ("you are", "you never").
    case auxiliary

    // Lexicon.
    /// Common verbs, to find a verb where a noun could stand ("make my son clean up").
    case verb
    /// Common adjectives ("make X happy" -> "from being happy").
    case adjective
    /// Head nouns of a person ("partner", "kids"): the verb comes after them.
    case personNoun
    /// Words that are not a person after "get" ("get home", "get better", "get rid of").
    case nonPerson
    /// Places after "to" that are not a verb ("get my kids to school").
    case destination
    /// Verbs after which an adjective is a complement, not a verb ("be honest and open").
    case linkingVerb
    /// "start", "begin": "start exercising" is the action "exercising".
    case inception
    /// Verbs that take an infinitive ("want to", "try to"): a verb coordinated after it belongs to
    /// the infinitive ("want to spend time and go out").
    case catenative
    /// "be": its gerund is dropped in the persistence question ("keeps him so angry").
    case copula

    // Verbs of control.
    /// Take "X to V": get, convince, persuade, encourage, ask, help, "buy".
    case controlTo
    /// Take "X V": make, have, help.
    case controlBare
    /// Take "X adjective": make, get ("make X happy").
    case controlComplement
    /// Take "X V-ing": get ("get my partner talking").
    case controlGerund
    /// Take "X into V-ing": talk ("talk my partner into going").
    case controlInto
    /// Take "X from V-ing" or "X V-ing" and give the persistence question: stop.
    case controlPrevent
    /// Hostile or coercive verbs of control (force, threaten): never reframed.
    case controlHostile
    /// "stop", "quit", "give up" (may be several words): "stop V-ing" -> persistence question.
    case cessation
    /// Hostile verbs in the action ("hit", "hurt", "track"): never reframed.
    case hostile
    /// States wished on someone to control them ("jealous", "guilty", "scared"): never reframed,
    /// except as the behaviour that persists ("stop being jealous").
    case manipulative
    /// "less", "fewer": before a ``manipulative`` word it is no wish ("less insecure").
    case lessening
    /// Verbs that with a ``privateThing`` make surveillance ("check", "read", "unlock").
    case surveillance
    /// "share", "unlock": with a ``privateThing`` surveillance even without the user named.
    case exposure
    /// "phone", "messages", "password", "location".
    case privateThing
    /// "me", "my", "us": the user; a ``surveillance`` verb counts only with one of them.
    case firstPerson
    /// Prefixes before a verb that keep its doubling ("re" + "commit" -> "recommitting",
    /// "over" + "step" -> "overstepping").
    case verbPrefix
    /// Subjects in question openers ("i", "we", "you"); a second-person one makes the question
    /// generic ("how do you get your kids to..."), so second person is not reflected.
    case questionSubject
    /// Verbs of two or more syllables stressed on the last, which double their final consonant
    /// ("commit" -> "committing"; "visit" -> "visiting" is not listed).
    case stressedFinal

    // Sentence edges.
    /// Words skipped before a question ("so", "hi", "ok").
    case leadingFiller
    /// Abbreviations whose full stop does not end a sentence ("mr", "dr").
    case abbreviation
    /// Verbs whose object takes a bare verb after it ("made you cry", "let you go", "thank you"):
    /// after them "you" stays an object even when a verb follows.
    case objectBeforeVerb
}
