import AjarSafety
import Testing

/// The rules alone, as a pure function of assessment and record.
@Suite struct SafetyPolicyTests {
    let policy = SafetyPolicy(resourcesEvery: 3)

    @Test func aClearConcernGetsTheFullReplyAndWaitsForAnAnswer() {
        var record = SafetyRecord()
        let decision = policy.decide(SafetyAssessment(clear: [.crisis]), record: &record)
        #expect(decision.parts == [.full([.crisis])])
        #expect(record.pending == .crisis && record.pendingAfterReply)
        #expect(!record.abuseFlagged)
    }

    @Test func abuseFlagsTheConversationAndCancelsReminders() {
        var record = SafetyRecord()
        let decision = policy.decide(SafetyAssessment(clear: [.abuse]), record: &record)
        #expect(decision.cancelReminders)
        #expect(record.abuseFlagged)
    }

    @Test func notSafeAfterAGentleCheckGivesTheHelpLines() {
        var record = SafetyRecord()
        #expect(policy.decide(SafetyAssessment(unsure: [.abuse]), record: &record).parts == [.check(.abuse)])
        let decision = policy.decide(SafetyAssessment(answer: .no), record: &record)
        #expect(decision.parts == [.urgent(.abuse)])
        #expect(record.abuseFlagged && decision.cancelReminders)
        #expect(record.pending == nil)
    }

    @Test func safeAfterACheckGoesBackToTheCoaching() {
        var record = SafetyRecord()
        _ = policy.decide(SafetyAssessment(unsure: [.crisis]), record: &record)
        let decision = policy.decide(SafetyAssessment(answer: .safe), record: &record)
        #expect(decision.parts == [.safeAfterCheck])
        #expect(decision.resumeCoaching)
    }

    @Test func youMisunderstoodKeepsTheHelpLines() {
        var record = SafetyRecord()
        _ = policy.decide(SafetyAssessment(clear: [.crisis]), record: &record)
        #expect(policy.decide(SafetyAssessment(answer: .misunderstood), record: &record).parts == [.misunderstoodAfterReply(.crisis)])
        // Said again later, it still does not erase them.
        #expect(policy.decide(SafetyAssessment(answer: .misunderstood), record: &record).parts == [.misunderstoodAfterReply(.crisis)])
    }

    @Test func anUnansweredQuestionIsAskedOnceMoreThenLetGo() {
        var record = SafetyRecord()
        _ = policy.decide(SafetyAssessment(clear: [.crisis]), record: &record)
        #expect(policy.decide(SafetyAssessment(), record: &record).parts == [.askAgain])
        #expect(!policy.decide(SafetyAssessment(), record: &record).intervenes)
        #expect(record.pending == nil)
    }

    @Test func aFlaggedConversationNeverReachesTheCoachingAgain() {
        var record = SafetyRecord()
        _ = policy.decide(SafetyAssessment(clear: [.abuse]), record: &record)
        #expect(policy.decide(SafetyAssessment(answer: .safe), record: &record).resumeCoaching == false)
        var parts: [[SafetyDecision.Part]] = []
        for _ in 0..<4 { parts.append(policy.decide(SafetyAssessment(), record: &record).parts) }
        #expect(parts[0] == [.flaggedFirst])
        #expect(parts[1] == [.flagged(turn: 2)])
        #expect(parts[2] == [.flagged(turn: 3), .flaggedResources])
        #expect(policy.decide(SafetyAssessment(answer: .goodbye), record: &record).parts == [.flaggedGoodbye])
        #expect(record.abuseFlagged)
    }

    @Test func aQuietMessagePasses() {
        var record = SafetyRecord()
        #expect(!policy.decide(SafetyAssessment(), record: &record).intervenes)
        #expect(record == SafetyRecord())
    }
}
