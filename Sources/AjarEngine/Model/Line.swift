/// One line the bot says: one or more variants, chosen deterministically, optionally conditional.
public struct Line: Sendable {
    public var variants: [Template]
    public var selection: VariantSelection
    /// The line is said only when this holds.
    public var condition: Condition?

    public init(variants: [Template], selection: VariantSelection = .rotate, condition: Condition? = nil) {
        self.variants = variants
        self.selection = selection
        self.condition = condition
    }

    /// A single fixed line.
    public init(_ template: Template, condition: Condition? = nil) {
        self.init(variants: [template], selection: .rotate, condition: condition)
    }
}

/// How a line with several variants picks one.
public enum VariantSelection: String, Sendable {
    /// In turn, driven by the session's turn counter: same session, same choice.
    case rotate
    /// From the random number generator the caller passes in.
    case random
}

/// Text with `{variable}` slots, parsed at compile time.
///
/// `"What is keeping {partner|reflect} from {action}?"`
public struct Template: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case variable(name: String, filters: [Filter])
    }

    public var parts: [Part]
    public init(parts: [Part]) { self.parts = parts }

    /// A template with no slots.
    public init(_ text: String) { self.parts = [.text(text)] }

    /// Every variable the template reads.
    public var variableNames: [String] {
        parts.compactMap { part in
            if case .variable(let name, _) = part { return name }
            return nil
        }
    }
}

/// A transformation applied to a variable's value when it is interpolated: `{name|reflect}`.
public enum Filter: String, Sendable, Hashable, CaseIterable {
    /// Swap first and second person ("my partner" -> "your partner").
    case reflect
    case lowercase
    case uppercase
    /// Upper-case the first letter.
    case capitalize
    /// Drop the closing punctuation and spaces (`.`, `!`, `?`, `…`, `,`, `;`, `:`, dashes), so a
    /// user's sentence can sit inside one of the bot's: "{input|reflect|clause|capitalize}: ...".
    case clause
    /// Keep a long answer short enough to say back: its first sentence, cut to its first clause
    /// or its first 12 words (with "…") when longer; closing punctuation dropped, as `clause`.
    /// A full stop written straight after a value cut with "…" is left out.
    case brief
}

/// A condition on variables.
public indirect enum Condition: Sendable, Hashable {
    case isSet(String)
    case isUnset(String)
    case equals(String, String)
    case notEquals(String, String)
    case all([Condition])
    case any([Condition])
}
