/// The shape of a safety data file (`config/safety/en.yaml`), as decoded. Every key is required,
/// so a missing reply is an error at start-up, not a silent gap in a crisis.
struct SafetyDataFile: Decodable, Sendable {
    var language: String
    var contractions: [String: String]
    var clauseBreaks: [String]
    var negation: Negation
    var groups: [String: [String]]
    var concerns: [String: Phrases]
    var traps: [String]
    var answers: [String: [String]]
    var replies: Replies
    var resources: Resources

    struct Negation: Decodable, Sendable {
        var negators: [String]
        var window: Int
        var bridges: [String]
    }

    struct Phrases: Decodable, Sendable {
        var clear: [String]
        var unsure: [String]
    }

    struct Replies: Decodable, Sendable {
        var crisis: [String]
        var abuse: [String]
        var harmToOthers: [String]
        var check: [String: String]
        var notSafeLead: String
        var notSafeClose: String
        var goodbyeAfterReply: String
        var safeAfterCheck: [String]
        var safeAfterReply: [String]
        var misunderstoodAfterCheck: [String]
        var misunderstoodAfterReply: [String]
        var askAgain: String
        var back: String
        var backNew: String
        var flaggedFirst: [String]
        var flagged: [String]
        var flaggedResourcesEvery: Int
        var flaggedResources: String
        var flaggedGoodbye: String
        var flaggedOpening: [String]
        var neutralReminder: String

        enum CodingKeys: String, CodingKey {
            case crisis, abuse, check, back, flagged
            case harmToOthers = "harm_to_others"
            case notSafeLead = "not_safe_lead"
            case notSafeClose = "not_safe_close"
            case goodbyeAfterReply = "goodbye_after_reply"
            case safeAfterCheck = "safe_after_check"
            case safeAfterReply = "safe_after_reply"
            case misunderstoodAfterCheck = "misunderstood_after_check"
            case misunderstoodAfterReply = "misunderstood_after_reply"
            case askAgain = "ask_again"
            case backNew = "back_new"
            case flaggedFirst = "flagged_first"
            case flaggedResourcesEvery = "flagged_resources_every"
            case flaggedResources = "flagged_resources"
            case flaggedGoodbye = "flagged_goodbye"
            case flaggedOpening = "flagged_opening"
            case neutralReminder = "neutral_reminder"
        }
    }

    struct Resources: Decodable, Sendable {
        var `default`: String
        var regions: [String: Region]
        var everywhere: [String]
        var everywhereShort: String

        enum CodingKeys: String, CodingKey {
            case `default`, regions, everywhere
            case everywhereShort = "everywhere_short"
        }
    }

    struct Region: Decodable, Sendable {
        var crisis: [String]
        var crisisShort: String
        var abuse: [String]
        var abuseShort: String
        var emergency: String

        enum CodingKeys: String, CodingKey {
            case crisis, abuse, emergency
            case crisisShort = "crisis_short"
            case abuseShort = "abuse_short"
        }
    }

    enum CodingKeys: String, CodingKey {
        case language, contractions, negation, groups, concerns, traps, answers, replies, resources
        case clauseBreaks = "clause_breaks"
    }
}
