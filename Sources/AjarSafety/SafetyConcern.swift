/// What the safety layer listens for.
public enum SafetyConcern: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Suicide, self-harm, overdose.
    case crisis
    /// Violence, threats, fear of the partner, coercive control.
    case abuse
    /// The person might hurt someone else.
    case harmToOthers = "harm_to_others"

    /// Crisis first, then harm to others, then abuse: the order replies are given in.
    public static func < (lhs: SafetyConcern, rhs: SafetyConcern) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .crisis: 0
        case .harmToOthers: 1
        case .abuse: 2
        }
    }
}

/// How sure a phrase makes the layer: `clear` gets the full reply, `unsure` a gentle question.
public enum SafetyCertainty: String, Sendable, Hashable, Codable {
    case clear
    case unsure
}

/// What a message says in answer to "Are you safe right now?" (or after a reply).
public enum SafetyAnswer: String, Sendable, Hashable, Codable {
    case notSafe = "not_safe"
    case misunderstood
    case safe
    case no
    case goodbye
}
