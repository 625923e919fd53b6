@testable import AjarReframer
import Testing

@Suite struct GerundTests {
    static let gerunds = GerundFormer(rules: .english)

    static let examples: [Example] = [
        // Plain "-ing".
        Example("open", "opening"), Example("listen", "listening"), Example("talk", "talking"),
        Example("go", "going"), Example("do", "doing"), Example("say", "saying"), Example("buy", "buying"),
        Example("ski", "skiing"), Example("help", "helping"), Example("text", "texting"),
        // Silent "e" dropped.
        Example("make", "making"), Example("argue", "arguing"), Example("come", "coming"),
        Example("have", "having"), Example("forgive", "forgiving"), Example("share", "sharing"),
        Example("continue", "continuing"), Example("compromise", "compromising"),
        // ...but kept where it is not silent.
        Example("be", "being"), Example("see", "seeing"), Example("agree", "agreeing"),
        Example("free", "freeing"), Example("dye", "dyeing"), Example("eye", "eyeing"),
        Example("canoe", "canoeing"), Example("tiptoe", "tiptoeing"), Example("singe", "singeing"),
        // "ie" -> "ying".
        Example("lie", "lying"), Example("tie", "tying"), Example("die", "dying"), Example("vie", "vying"),
        // Final "c" -> "ck".
        Example("panic", "panicking"), Example("picnic", "picnicking"), Example("mimic", "mimicking"),
        Example("traffic", "trafficking"), Example("sync", "syncing"),
        // Doubling after a single stressed vowel.
        Example("get", "getting"), Example("stop", "stopping"), Example("plan", "planning"),
        Example("quit", "quitting"), Example("sit", "sitting"), Example("chat", "chatting"),
        Example("hug", "hugging"), Example("shop", "shopping"), Example("jog", "jogging"),
        Example("commit", "committing"), Example("admit", "admitting"), Example("prefer", "preferring"),
        Example("refer", "referring"), Example("occur", "occurring"), Example("forget", "forgetting"),
        Example("begin", "beginning"), Example("control", "controlling"), Example("regret", "regretting"),
        Example("equip", "equipping"), Example("upset", "upsetting"), Example("rebel", "rebelling"),
        Example("recommit", "recommitting"), Example("overstep", "overstepping"), Example("reset", "resetting"),
        // ...and not otherwise.
        Example("visit", "visiting"), Example("offer", "offering"), Example("happen", "happening"),
        Example("travel", "traveling"), Example("enter", "entering"), Example("limit", "limiting"),
        Example("edit", "editing"), Example("budget", "budgeting"), Example("focus", "focusing"),
        Example("cancel", "canceling"), Example("benefit", "benefiting"), Example("develop", "developing"),
        Example("fix", "fixing"), Example("show", "showing"), Example("play", "playing"),
        Example("rain", "raining"), Example("eat", "eating"), Example("yell", "yelling"),
        Example("vent", "venting"), Example("reopen", "reopening"), Example("vomit", "vomiting"),
        // A hyphenated verb changes its last part.
        Example("re-open", "re-opening"), Example("re-commit", "re-committing"),
    ]

    @Test(arguments: examples)
    func formsGerundsBySpellingRules(_ example: Example) {
        #expect(Self.gerunds.gerund(of: example.input) == example.expected)
    }

    @Test func followsOverridesFromTheScript() {
        var rules = LanguageRules.english
        rules.gerunds["travel"] = "travelling"
        #expect(GerundFormer(rules: rules).gerund(of: "travel") == "travelling")
    }

    @Test func doublesNothingWithoutVowels() {
        var rules = LanguageRules.english
        rules.vowels = ""
        #expect(GerundFormer(rules: rules).gerund(of: "stop") == "stoping")
    }
}
