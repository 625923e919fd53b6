/// The stable codes of the script compiler. Each is documented, with an example that triggers it,
/// in `docs/diagnostics.md`; a test compiles every example so the doc and the code agree.
///
/// Codes never change meaning once published; new checks get new codes.
extension DiagnosticCode {
    /// The file is not valid YAML (or has a key twice in one mapping).
    public static let yamlSyntax = DiagnosticCode(rawValue: "AJ0001")
    /// A key the format does not know, usually a typo ("did you mean 'say'?").
    public static let unknownKey = DiagnosticCode(rawValue: "AJ0002")
    /// A value of the wrong kind: a list where a string is expected, a string where a number is expected...
    public static let wrongType = DiagnosticCode(rawValue: "AJ0003")
    /// A required key is missing (`start:`, an option's `label:`, a reminder's `in:` ...).
    public static let missingKey = DiagnosticCode(rawValue: "AJ0004")
    /// `start`, `resume`, `goto`, `next` or `handoff` names a state that does not exist.
    public static let unknownState = DiagnosticCode(rawValue: "AJ0005")
    /// A state that no path from `start` (or `resume`) leads to.
    public static let unreachableState = DiagnosticCode(rawValue: "AJ0006")
    /// A state that is not `end: true` and has no way out: no `goto`, `next`, `handoff` or end anywhere.
    public static let deadEnd = DiagnosticCode(rawValue: "AJ0007")
    /// A state, intent, variable default or global `fallback`/`resume` defined in two places.
    public static let duplicateDefinition = DiagnosticCode(rawValue: "AJ0008")
    /// Files include each other in a loop.
    public static let includeCycle = DiagnosticCode(rawValue: "AJ0009")
    /// An included file does not exist or cannot be read.
    public static let missingInclude = DiagnosticCode(rawValue: "AJ0010")
    /// A line, `set`, reminder or condition reads a variable that is never declared, captured or set.
    public static let undefinedVariable = DiagnosticCode(rawValue: "AJ0011")
    /// A transition names an intent that is neither defined nor built in.
    public static let unknownIntent = DiagnosticCode(rawValue: "AJ0012")
    /// A pattern that cannot be parsed (unbalanced brackets, empty capture...).
    public static let invalidPattern = DiagnosticCode(rawValue: "AJ0013")
    /// A line template that cannot be parsed (unclosed `{`, unknown filter...).
    public static let invalidTemplate = DiagnosticCode(rawValue: "AJ0014")
    /// An `if:` that is not a valid condition.
    public static let invalidCondition = DiagnosticCode(rawValue: "AJ0015")
    /// A duration that is not a number and a unit (`90s`, `10m`, `2h`, `3d`, `1w`, `1h30m`).
    public static let invalidDuration = DiagnosticCode(rawValue: "AJ0016")
    /// An empty line, option label, keyword or list where text is needed.
    public static let emptyText = DiagnosticCode(rawValue: "AJ0017")
    /// States that follow each other with `next:` in a loop: the bot would talk forever.
    public static let nextCycle = DiagnosticCode(rawValue: "AJ0018")
    /// The file is not UTF-8, or holds a character YAML does not allow (NUL, other control characters).
    public static let invalidEncoding = DiagnosticCode(rawValue: "AJ0019")
    /// The file holds no YAML document at all.
    public static let emptyFile = DiagnosticCode(rawValue: "AJ0020")
    /// The file is too large or nested too deeply to be a script.
    public static let limitExceeded = DiagnosticCode(rawValue: "AJ0021")
    /// YAML anchors (`&name`) and aliases (`*name`) are not supported in scripts.
    public static let anchorsNotSupported = DiagnosticCode(rawValue: "AJ0022")
    /// A fragment (an included file, or a file with no `dialogue:`) has `dialogue:` or `start:`.
    public static let entryKeyInFragment = DiagnosticCode(rawValue: "AJ0023")
    /// A directory given to `ajar check` holds no entry script.
    public static let noEntryScript = DiagnosticCode(rawValue: "AJ0024")
    /// A path given to the compiler does not exist or cannot be read.
    public static let pathNotFound = DiagnosticCode(rawValue: "AJ0025")
    /// A value that has the right type but is not allowed (a negative limit, an unknown `pick:`, a bad name).
    public static let invalidValue = DiagnosticCode(rawValue: "AJ0026")
    /// Keys that cannot go together (`goto` with `handoff`, `text` with `variants`...).
    public static let conflictingKeys = DiagnosticCode(rawValue: "AJ0027")
    /// A reminder's `at:` is not a time of day (`19:00`, `tomorrow 08:30`, `+3d 19:00`).
    public static let invalidTime = DiagnosticCode(rawValue: "AJ0028")
    /// A `notice:` rule says, moves or has an effect: notice rules may only `set` variables.
    public static let actionInNotice = DiagnosticCode(rawValue: "AJ0029")

    /// Every code the compiler reports, in order: what `docs/diagnostics.md` documents.
    public static let compilerCodes: [DiagnosticCode] = [
        .yamlSyntax, .unknownKey, .wrongType, .missingKey, .unknownState, .unreachableState, .deadEnd,
        .duplicateDefinition, .includeCycle, .missingInclude, .undefinedVariable, .unknownIntent,
        .invalidPattern, .invalidTemplate, .invalidCondition, .invalidDuration, .emptyText, .nextCycle,
        .invalidEncoding, .emptyFile, .limitExceeded, .anchorsNotSupported, .entryKeyInFragment,
        .noEntryScript, .pathNotFound, .invalidValue, .conflictingKeys, .invalidTime, .actionInNotice,
    ]
}

extension DiagnosticCode: CustomStringConvertible {
    public var description: String { rawValue }
}
