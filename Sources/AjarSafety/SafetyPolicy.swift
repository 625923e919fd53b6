/// What the layer decided for one message: which replies (by kind; ``SafetyReplies`` gives the
/// words), and what else to do. No replies means the message goes on to the dialogue.
public struct SafetyDecision: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        /// The full reply: care, "automated coach", help lines, "Are you safe right now?".
        case full([SafetyConcern])
        /// The gentle question, when a phrase might mean danger.
        case check(SafetyConcern)
        /// The answer to the question was "no": help lines, danger first.
        case urgent(SafetyConcern)
        case safeAfterCheck
        case safeAfterReply
        case misunderstoodAfterCheck
        /// "You misunderstood" after a full reply: an apology, and the help lines stay.
        case misunderstoodAfterReply(SafetyConcern)
        case goodbyeAfterReply(SafetyConcern)
        case askAgain
        /// Once abuse has come up: listening, never coaching.
        case flaggedFirst
        case flagged(turn: Int)
        case flaggedResources
        case flaggedGoodbye
    }

    public var parts: [Part] = []
    /// Abuse was flagged by this message: cancel the conversation's reminders.
    public var cancelReminders = false
    /// Show where the coaching stood, so the person can go on.
    public var resumeCoaching = false

    /// Whether the layer answers instead of the dialogue.
    public var intervenes: Bool { !parts.isEmpty }
}

/// The safety layer's rules, as a pure function of the assessment and the conversation's record:
/// no I/O, so every path is tested directly.
public struct SafetyPolicy: Sendable {
    /// How often the flagged mode repeats the help lines (every Nth message).
    public var resourcesEvery: Int

    public init(resourcesEvery: Int = 3) {
        self.resourcesEvery = max(1, resourcesEvery)
    }

    public func decide(_ assessment: SafetyAssessment, record: inout SafetyRecord) -> SafetyDecision {
        var decision = SafetyDecision()

        // 1. Stated plainly: the full reply, whatever else was going on.
        if !assessment.clear.isEmpty {
            let concerns = assessment.clear.sorted()
            decision.parts = [.full(concerns)]
            record.flag(concerns)
            // Every time: a webhook may have added a reminder since the first flag.
            decision.cancelReminders = concerns.contains(.abuse)
            record.pending = concerns[0]
            record.pendingAfterReply = true
            record.askedAgain = false
            record.lastReply = concerns[0]
            return decision
        }

        // 2. The answer to "Are you safe right now?".
        if let pending = record.pending {
            switch assessment.answer {
            case .notSafe?, .no?:
                decision.parts = [.urgent(pending)]
                record.flag([pending])
                decision.cancelReminders = pending == .abuse
                record.pending = nil
                record.lastReply = pending
                return decision
            case .misunderstood?:
                decision.parts = [record.pendingAfterReply ? .misunderstoodAfterReply(pending) : .misunderstoodAfterCheck]
                return settle(&record, decision)
            case .safe?:
                decision.parts = [record.pendingAfterReply ? .safeAfterReply : .safeAfterCheck]
                return settle(&record, decision)
            case .goodbye? where record.pendingAfterReply:
                decision.parts = [.goodbyeAfterReply(pending)]
                record.pending = nil
                return decision
            case .goodbye?, nil:
                if assessment.unsure.isEmpty, record.pendingAfterReply, !record.askedAgain {
                    decision.parts = [.askAgain]
                    record.askedAgain = true
                    return decision
                }
                record.pending = nil
            }
        }

        // 3. Might be meant: ask before assuming.
        if let concern = assessment.unsure.sorted().first {
            decision.parts = [.check(concern)]
            record.pending = concern
            record.pendingAfterReply = false
            record.askedAgain = false
            return decision
        }

        // 4. "You misunderstood" after a reply: apologise, keep the help lines.
        if assessment.answer == .misunderstood, let last = record.lastReply {
            decision.parts = [.misunderstoodAfterReply(last)]
            decision.resumeCoaching = !record.abuseFlagged
            return decision
        }

        // 5. Once abuse has come up, the coaching never comes back for this person.
        if record.abuseFlagged {
            if assessment.answer == .goodbye {
                decision.parts = [.flaggedGoodbye]
                return decision
            }
            record.flaggedTurns += 1
            if record.flaggedTurns == 1 {
                decision.parts = [.flaggedFirst]
            } else {
                decision.parts = [.flagged(turn: record.flaggedTurns)]
                if record.flaggedTurns % resourcesEvery == 0 { decision.parts.append(.flaggedResources) }
            }
            return decision
        }
        return decision
    }

    private func settle(_ record: inout SafetyRecord, _ decision: SafetyDecision) -> SafetyDecision {
        var decision = decision
        record.pending = nil
        record.askedAgain = false
        decision.resumeCoaching = !record.abuseFlagged
        return decision
    }
}
