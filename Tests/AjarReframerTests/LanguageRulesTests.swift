@testable import AjarReframer
import Testing

@Suite struct LanguageRulesTests {
    @Test func scriptWordsExtendTheEnglishTables() {
        var rules = LanguageRules.english
        #expect(Reframer(rules: rules).reframe("How do I make my partner zorble?") == nil)
        rules.wordClasses[WordClass.verb.rawValue, default: []].insert("zorble")
        #expect(Reframer(rules: rules).reframe("How do I make my partner zorble?")?.question
            == "What is keeping your partner from zorbling?")
    }

    @Test func scriptGerundsOverrideTheRules() {
        var rules = LanguageRules.english
        rules.gerunds["travel"] = "travelling"
        #expect(Reframer(rules: rules).reframe("How do I get my wife to travel with me?")?.question
            == "What is keeping your wife from travelling with you?")
    }

    @Test func templatesComeFromTheRules() {
        var rules = LanguageRules.english
        rules.constraintTemplate = "what  stops {person} from {action}"
        rules.persistenceTemplate = "why might {person} keep {action}???"
        let reframer = Reframer(rules: rules)
        #expect(reframer.reframe("How do I get my partner to open up?")?.question
            == "What stops your partner from opening up?")
        #expect(reframer.reframe("How do I get my son to stop lying?")?.question
            == "Why might your son keep lying?")
    }

    @Test func questionFormsComeFromTheRules() {
        var rules = LanguageRules.english
        rules.questionOpeners = ["pray tell how {questionSubject} might"]
        let reframer = Reframer(rules: rules)
        #expect(reframer.reframe("How do I get my partner to open up?") == nil)
        #expect(reframer.reframe("Pray tell how I might get my partner to open up")?.question
            == "What is keeping your partner from opening up?")
    }

    @Test func withoutTablesNothingIsEnglish() {
        let bare = LanguageRules(
            reflections: [:], subjectReflections: [:], personReflections: [:], gerunds: [:], gerundEndings: [:],
            wordClasses: [:], questionOpeners: [], leadIns: [], trailingFillers: [])
        #expect(Reframer(rules: bare).reframe("How do I get my partner to open up?") == nil)
        #expect(Reflector(rules: bare).reflect("my partner") == "my partner")
    }

    @Test func everyWordClassHasItsOwnBit() {
        #expect(WordClass.allCases.count < 64)
        for (index, name) in WordClass.allCases.enumerated() {
            #expect(name.ordinal == index)
        }
    }

    @Test func everyWordClassHasEnglishWords() {
        for name in WordClass.allCases {
            #expect(!(LanguageRules.english.wordClasses[name.rawValue] ?? []).isEmpty, "\(name)")
        }
    }
}

@Suite struct LanguageRulesMergingTests {
    @Test func mergesScriptTablesOverEnglish() {
        let rules = LanguageRules.english.merging(
            reflections: ["Mum": "mother"], gerunds: ["travel": "travelling"],
            wordClasses: ["verb": ["Zorble"]], constraintTemplate: "What stops {person} from {action}?")
        #expect(rules.reflections["mum"] == "mother")
        #expect(rules.reflections["my"] == "your")
        #expect(rules.wordClasses["verb"]?.contains("zorble") == true)
        #expect(rules.wordClasses["verb"]?.contains("listen") == true)
        #expect(Reframer(rules: rules).reframe("How do I get my mum to travel and zorble?")?.question
            == "What stops your mother from travelling and zorbling?")
    }
}
