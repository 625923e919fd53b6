import AjarSafety
import Testing

/// The detector alone: normalising, negation, traps, answers, and the data's own checks.
@Suite struct SafetyDetectorTests {
    let detector = SafetyFixture.data.detector

    @Test func expandsContractionsAndSplitsClauses() {
        let text = SafetyText("I'm not okay, but I DON’T care", contractions: ["i'm": ["i", "am"], "don't": ["do", "not"]], breaks: ["but"])
        #expect(text.words == ["i", "am", "not", "okay", "i", "do", "not", "care"])
        #expect(text.clauses == [0, 0, 0, 0, 1, 1, 1, 1])
        #expect(text.isWholeClause(4..<8))
        #expect(!text.isWholeClause(0..<3))
    }

    @Test func aNegationJustBeforeAPhraseCancelsIt() {
        #expect(detector.assess("I am not going to hurt myself").isQuiet)
        #expect(detector.assess("I would never ever kill myself").isQuiet)
        #expect(detector.assess("I don't think I would ever hurt myself").isQuiet)
    }

    @Test func aNegationDoesNotReachAcrossOtherWordsOrClauses() {
        #expect(detector.assess("not okay, I want to die").clear == [.crisis])
        #expect(detector.assess("I'm not sleeping and I want to die").clear == [.crisis])
        #expect(detector.assess("It's not that I'm not trying, I just want to die").clear == [.crisis])
    }

    @Test func aNegationInsideAGapCancelsThePhrase() {
        #expect(detector.assess("he does not hit me").isQuiet)
        #expect(detector.assess("my husband has hit me").clear == [.abuse])
    }

    @Test func idiomsAreTraps() {
        for text in ["I'm dying to see the new film", "that episode killed me lol", "my feet are killing me", "social suicide, honestly"] {
            #expect(detector.assess(text).isQuiet, "\(text)")
        }
    }

    @Test func thePartnersOwnFearIsNotDanger() {
        #expect(detector.assess("he's scared of being vulnerable").isQuiet)
        #expect(detector.assess("she's terrified of rejection").isQuiet)
        #expect(detector.assess("I'm scared of being hit").clear == [.abuse])
    }

    @Test func clearWinsOverUnsureForTheSameConcern() {
        let assessment = detector.assess("he hurt me and he slapped me")
        #expect(assessment.clear == [.abuse])
        #expect(assessment.unsure.isEmpty)
    }

    @Test func severalConcernsAreAllReported() {
        #expect(detector.assess("He hits me and I want to die").clear == [.crisis, .abuse])
    }

    @Test(arguments: [
        ("yes", SafetyAnswer.safe), ("Yes, I'm safe.", .safe), ("yes I'm safe", .safe), ("yeah we are fine", .safe), ("I am", .safe), ("no, I'm fine", .safe),
        ("no", .no), ("nope", .no), ("not really", .notSafe), ("I'm scared", .notSafe), ("I don't know", .notSafe),
        ("he's here", .notSafe), ("you misunderstood me", .misunderstood), ("I was joking!", .misunderstood),
        ("it was a figure of speech", .misunderstood), ("bye", .goodbye),
    ])
    func readsAnswersToTheSafetyQuestion(_ text: String, _ answer: SafetyAnswer) {
        #expect(detector.assess(text).answer == answer)
    }

    @Test func anAnswerMustBeTheWholeClauseWhereItIsShort() {
        #expect(detector.assess("I am tired of this").answer == nil)
        #expect(detector.assess("no one listens to me").answer == nil)
        #expect(detector.assess("I'm not scared").answer == nil)
    }

    @Test func emptyAndOddInputIsQuiet() {
        for text in ["", "   ", "!!!", "🙂🙂", String(repeating: "a ", count: 5_000)] {
            #expect(detector.assess(text).isQuiet)
        }
    }

    @Test func isFastEnoughToRunBeforeEveryMessage() {
        let message = "I don't know, he works late and we barely talk, and when we do he just goes quiet and I end up feeling alone"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<1_000 { _ = detector.assess(message) }
        }
        #expect(elapsed < .seconds(2), "1,000 assessments took \(elapsed)")
    }

    @Test func badDataIsRefusedWithAReason() throws {
        let valid = try String(contentsOf: SafetyFixture.root.appendingPathComponent("config/safety/en.yaml"), encoding: .utf8)
        #expect(throws: SafetyDataError.self) { try SafetyData.load(yaml: "language: en") }
        let broken = valid.replacingOccurrences(of: "- \"kill* myself\"", with: "- \"(kill myself\"")
        #expect(throws: SafetyDataError.self) { try SafetyData.load(yaml: broken) }
        let unknownGroup = valid.replacingOccurrences(of: "- \"kill* myself\"", with: "- \"<nobody> kills me\"")
        #expect(throws: SafetyDataError.self) { try SafetyData.load(yaml: unknownGroup) }
        let noEmergency = valid.replacingOccurrences(of: "If you might act on these thoughts, or you're in danger right now, {emergency}.", with: "Take care.")
        #expect(throws: SafetyDataError.self) { try SafetyData.load(yaml: noEmergency) }
    }

    @Test func theRegionPicksTheHelpLines() throws {
        let directory = SafetyFixture.root.appendingPathComponent("config/safety").path
        #expect(try SafetyData.load(directory: directory, locale: "en-GB").replies.region == "GB")
        #expect(try SafetyData.load(directory: directory, locale: "en_US").replies.region == "US")
        #expect(try SafetyData.load(directory: directory, locale: "en-NZ").replies.region == "US")
        #expect(throws: SafetyDataError.self) { try SafetyData.load(directory: directory, locale: "fr-FR") }
    }
}
