/// The layer's lines, from the data file, with one region's help lines filled in.
///
/// In a template, `{crisis}`, `{abuse}` and `{everywhere}` on a line of their own become the
/// region's resource lines; `{emergency}`, `{crisis_short}`, `{abuse_short}`,
/// `{everywhere_short}` and `{resources_short}` (the short line that fits the concern) are
/// replaced inside a line.
public struct SafetyReplies: Sendable {
    let file: SafetyDataFile.Replies
    /// The region whose help lines are used ("US").
    public let region: String
    private let resources: SafetyDataFile.Region
    private let everywhere: [String]
    private let everywhereShort: String

    static let blockPlaceholders: Set<String> = ["{crisis}", "{abuse}", "{everywhere}"]

    init(_ file: SafetyDataFile, region requested: String?) throws(SafetyDataError) {
        let wanted = requested?.uppercased()
        let name = wanted.flatMap { file.resources.regions[$0] != nil ? $0 : nil } ?? file.resources.default
        guard let resources = file.resources.regions[name] else {
            throw SafetyDataError("the default region '\(file.resources.default)' has no resources")
        }
        self.file = file.replies
        self.region = name
        self.resources = resources
        self.everywhere = file.resources.everywhere
        self.everywhereShort = file.resources.everywhereShort
        guard file.replies.flaggedResourcesEvery > 0, !file.replies.flagged.isEmpty, !file.replies.flaggedOpening.isEmpty else {
            throw SafetyDataError("'flagged' and 'flagged_opening' need at least one line and 'flagged_resources_every' must be at least 1")
        }
        for concern in SafetyConcern.allCases where file.replies.check[concern.rawValue] == nil {
            throw SafetyDataError("'check' has no question for '\(concern.rawValue)'")
        }
        try validate()
    }

    /// Every template renders without a leftover `{...}`, for every concern.
    private func validate() throws(SafetyDataError) {
        let all = file.crisis + file.abuse + file.harmToOthers + Array(file.check.values)
            + [file.notSafeLead, file.notSafeClose, file.goodbyeAfterReply, file.askAgain, file.back, file.backNew]
            + file.safeAfterCheck + file.safeAfterReply + file.misunderstoodAfterCheck + file.misunderstoodAfterReply
            + file.flaggedFirst + file.flagged + file.flaggedOpening
            + [file.flaggedResources, file.flaggedGoodbye, file.neutralReminder]
        for template in all {
            for line in render(template, for: .crisis) where line.contains("{") {
                throw SafetyDataError("the reply '\(template)' has an unknown placeholder")
            }
        }
        for concern in SafetyConcern.allCases where !full(concern).contains(where: { $0.contains("{emergency}") }) {
            throw SafetyDataError("the reply for '\(concern.rawValue)' must say {emergency}")
        }
    }

    // MARK: Rendering

    func render(_ template: String, for concern: SafetyConcern) -> [String] {
        switch template.trimmingSpaces {
        case "{crisis}": return resources.crisis
        case "{abuse}": return resources.abuse
        case "{everywhere}": return everywhere
        default: break
        }
        var line = template
        line = line.replacing("{emergency}", with: resources.emergency)
        line = line.replacing("{crisis_short}", with: resources.crisisShort)
        line = line.replacing("{abuse_short}", with: resources.abuseShort)
        line = line.replacing("{everywhere_short}", with: everywhereShort)
        line = line.replacing("{resources_short}", with: shortResources(for: concern))
        return [line]
    }

    func render(_ templates: [String], for concern: SafetyConcern) -> [String] {
        templates.flatMap { render($0, for: concern) }
    }

    /// The short help line that fits a concern, with the everywhere line.
    func shortResources(for concern: SafetyConcern) -> String {
        let local = concern == .abuse ? resources.abuseShort : resources.crisisShort
        return "\(local); in danger now, \(resources.emergency). \(everywhereShort)"
    }

    /// The full reply's templates for a concern.
    func full(_ concern: SafetyConcern) -> [String] {
        switch concern {
        case .crisis: file.crisis
        case .abuse: file.abuse
        case .harmToOthers: file.harmToOthers
        }
    }

    /// The templates of a full reply that carry help lines: the resource blocks and `{emergency}`.
    func resourceTemplates(_ concern: SafetyConcern) -> [String] {
        full(concern).filter { Self.blockPlaceholders.contains(String($0.trimmingSpaces)) || $0.contains("{emergency}") }
    }

    /// The neutral text delivered instead of a reminder once abuse has come up.
    public var neutralReminder: String { render(file.neutralReminder, for: .abuse)[0] }
}

extension String {
    var trimmingSpaces: Substring {
        var text = self[...]
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
