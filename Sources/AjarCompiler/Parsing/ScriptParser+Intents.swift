import AjarEngine
import Yams

extension ScriptParser {
    static let intentKeys = ["patterns", "keywords", "priority", "reframe"]

    /// An intent; when its value is not a mapping, one that matches nothing, so its name still counts as defined.
    mutating func parseIntent(_ named: Fields.Entry) -> Intent {
        let what = "intent '\(named.key)'"
        guard let fields = fields(named.value, what, allowed: Self.intentKeys) else {
            return Intent(id: IntentID(named.key), matcher: Matcher())
        }
        var priority = 0
        var reframe = false
        if let entry = fields["priority"], let value = int(entry) { priority = value }
        if let entry = fields["reframe"], let value = bool(entry) { reframe = value }
        let patterns = fields["patterns"].map { parsePatterns($0) } ?? []
        let keywords = fields["keywords"].map { parseKeywords($0) } ?? []
        if patterns.isEmpty, keywords.isEmpty, !reframe,
            fields["patterns"] == nil, fields["keywords"] == nil, fields["reframe"] == nil {
            reportMissing(in: fields, at: location(named.keyNode), "\(what) has nothing to match",
                   hint: "add 'patterns:', 'keywords:' or 'reframe: true'")
        }
        return Intent(id: IntentID(named.key), priority: priority,
                      matcher: Matcher(patterns: patterns, keywords: keywords, reframe: reframe))
    }

    /// `patterns:` of an intent or an option; their captures become defined variables.
    mutating func parsePatterns(_ entry: Fields.Entry) -> [Pattern] {
        var patterns: [Pattern] = []
        for item in list(entry, single: true) ?? [] {
            guard let text = string(item, "a pattern") else { continue }
            switch PatternParser.parse(text.value) {
            case .success(let pattern):
                patterns.append(pattern)
                file.references.definedVariables.formUnion(PatternParser.captures(in: pattern.elements))
            case .failure(let error):
                // Its captures still count as defined, so one typo is reported once.
                file.references.definedVariables.formUnion(Self.captureLikeNames(in: text.value))
                report(.invalidPattern, at: location(in: item, offset: error.offset), "invalid pattern: \(error.message)", hint: error.hint)
            }
        }
        return patterns
    }

    /// `keywords:` of an intent or an option: each a phrase of normalised words.
    mutating func parseKeywords(_ entry: Fields.Entry) -> [[String]] {
        var keywords: [[String]] = []
        for item in list(entry, single: true) ?? [] {
            guard let text = string(item, "a keyword") else { continue }
            let words = Normalizer.words(text.value)
            if words.isEmpty {
                report(.emptyText, at: text.location, "the keyword '\(text.value)' has no words")
            } else {
                keywords.append(words)
            }
        }
        return keywords
    }

    /// The names between braces in a pattern that does not parse.
    static func captureLikeNames(in text: String) -> [String] {
        text.split(separator: "{").dropFirst().compactMap { piece in
            piece.split(separator: "}", omittingEmptySubsequences: false).first.map { String($0).trimmingSpaces }
        }.filter(Identifier.isValid)
    }
}
