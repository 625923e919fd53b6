public import AjarEngine
public import AjarRuntime
public import struct Foundation.Date

/// The safety layer: the ``SafetyScreen`` the runtime asks before the dialogue sees a message.
///
/// It answers crisis language, signs of abuse and of harm to others with care and help lines
/// instead of coaching; asks gently ("Are you safe right now?") when a phrase might mean danger;
/// keeps the help lines when told "you misunderstood"; and once abuse has come up for a person,
/// never lets the "help them open up" coaching reach them again, cancels their reminders and
/// makes any reminder still delivered to them neutral. No script can turn it off.
///
/// ```swift
/// let data = try SafetyData.load(directory: "config/safety", locale: "en-US")
/// let engine = Engine(dialogue: dialogue)
/// let layer = SafetyLayer(data: data, records: ConversationSafetyRecordStore(store: store),
///                         store: store, engine: engine)
/// let runtime = ConversationRuntime(engine: engine, store: store, safety: layer)
/// ```
public final class SafetyLayer: SafetyScreen {
    public let data: SafetyData
    private let policy: SafetyPolicy
    private let records: any SafetyRecordStore
    let store: (any ConversationStore)?
    let engine: Engine?
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - store: the conversations' store, to cancel reminders and to show where the coaching
    ///     stood; `nil` for neither.
    ///   - engine: the dialogue's engine, to show where the coaching stood (its current question);
    ///     `nil` for none. ("Stop reminders" is the dialogue's `cancel_reminders` effect.)
    ///   - now: the wall clock, for the times a conversation was flagged.
    public init(
        data: SafetyData, records: any SafetyRecordStore, store: (any ConversationStore)? = nil, engine: Engine? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.data = data
        self.policy = SafetyPolicy(resourcesEvery: data.replies.file.flaggedResourcesEvery)
        self.records = records
        self.store = store
        self.engine = engine
        self.now = now
    }

    /// - Throws: ``SafetyRecordUnavailable`` when the person's record cannot be read and the
    ///   message raises no concern: they may have been flagged, so no coaching goes out blind.
    ///   A message that does raise a concern is answered with the resources all the same.
    public func screen(_ message: Message) async throws -> SafetyVerdict {
        let assessment = data.detector.assess(message.text)
        let conversation = message.conversation
        var record: SafetyRecord
        do {
            record = try await records.record(for: conversation)
        } catch {
            guard !assessment.isQuiet else { throw SafetyRecordUnavailable(conversation: conversation, underlying: "\(error)") }
            record = SafetyRecord()  // a store that fails must not stop the resources
        }
        let before = record
        let decision = policy.decide(assessment, record: &record)
        if record.flagCount != before.flagCount {
            let time = now()
            record.firstFlaggedAt = record.firstFlaggedAt ?? time
            record.lastFlaggedAt = time
        }
        if record != before { try? await records.save(record, for: conversation) }
        if decision.cancelReminders { await cancelReminders(of: conversation) }
        guard decision.intervenes else { return .pass }
        var lines = decision.parts.flatMap { render($0) }
        if decision.resumeCoaching { lines += await whereWeWere(conversation) }
        return .intervene(replies: lines)
    }

    /// Whether abuse has come up for this conversation.
    public func isFlagged(_ conversation: ConversationID) async -> Bool {
        (try? await records.record(for: conversation))?.abuseFlagged ?? false
    }

    /// What to show a person coming back, instead of the dialogue's resume lines: `nil` unless
    /// abuse has come up for them (then their coaching question must not be shown again).
    public func opening(for conversation: ConversationID) async -> [String]? {
        guard await isFlagged(conversation) else { return nil }
        return data.replies.render(data.replies.file.flaggedOpening, for: .abuse)
    }

    // MARK: Lines

    func render(_ part: SafetyDecision.Part) -> [String] {
        let replies = data.replies
        let file = replies.file
        switch part {
        case .full(let concerns):
            var lines = replies.render(replies.full(concerns[0]), for: concerns[0])
            let question = lines.popLast().map { [$0] } ?? []
            for other in concerns.dropFirst() {
                let extra = replies.render(replies.resourceTemplates(other), for: other)
                lines += extra.filter { !lines.contains($0) }
            }
            return lines + question
        case .check(let concern):
            return [file.check[concern.rawValue] ?? file.askAgain]
        case .urgent(let concern):
            return [file.notSafeLead] + replies.render(replies.resourceTemplates(concern), for: concern) + [file.notSafeClose]
        case .safeAfterCheck:
            return replies.render(file.safeAfterCheck, for: .crisis)
        case .safeAfterReply:
            return replies.render(file.safeAfterReply, for: .crisis)
        case .misunderstoodAfterCheck:
            return replies.render(file.misunderstoodAfterCheck, for: .crisis)
        case .misunderstoodAfterReply(let concern):
            return replies.render(file.misunderstoodAfterReply, for: concern)
        case .goodbyeAfterReply(let concern):
            return replies.render(file.goodbyeAfterReply, for: concern)
        case .askAgain:
            return [file.askAgain]
        case .flaggedFirst:
            return replies.render(file.flaggedFirst, for: .abuse)
        case .flagged(let turn):
            return [file.flagged[(turn - 2) % file.flagged.count]]
        case .flaggedResources:
            return replies.render(file.flaggedResources, for: .abuse)
        case .flaggedGoodbye:
            return replies.render(file.flaggedGoodbye, for: .abuse)
        }
    }

    /// "Here's where we were:" and the dialogue's current question, so the person can go on.
    private func whereWeWere(_ conversation: ConversationID) async -> [String] {
        let file = data.replies.file
        guard let engine, let store, let stored = try? await store.session(for: conversation),
              engine.dialogue.states[stored.session.state] != nil, !stored.session.ended else {
            return [file.backNew]
        }
        let question = engine.resume(stored.session).replies
        return question.isEmpty ? [file.backNew] : [file.back] + question
    }
}

extension SafetyLayer {
    /// The gentle question asked when a phrase might mean danger.
    public func checkQuestion(_ concern: SafetyConcern) -> String {
        render(.check(concern))[0]
    }
}
