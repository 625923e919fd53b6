/// The intents every dialogue has. The compiler inserts them when a script does not define
/// `skip` or `dont_know` itself; the engine also falls back to them, so a hand-built
/// ``Dialogue`` without them still understands "skip" and "I don't know".
extension Intent {
    /// `skip`: the user wants to move past the question ("skip", "pass", "next question", ...).
    ///
    /// Ranked 1, above ordinary intents, so "not sure" is not taken for a "sure".
    public static let builtInSkip = Intent(
        id: .skip,
        priority: 1,
        matcher: Matcher(keywords: [
            "skip", "skip it", "pass", "next question", "move on", "let's move on",
            "rather not say", "i'd rather not",
        ].map(Normalizer.words))
    )

    /// `dont_know`: the user does not know ("I don't know", "not sure", "no idea", "dunno", ...).
    /// Ranked 1, above ordinary intents, so "no idea" is not taken for a "no".
    public static let builtInDontKnow = Intent(
        id: .dontKnow,
        priority: 1,
        matcher: Matcher(keywords: [
            "i don't know", "i dont know", "don't know", "dont know", "not sure", "i'm not sure",
            "no idea", "i have no idea", "dunno", "idk", "hard to say",
        ].map(Normalizer.words))
    )

    /// Both built-in intents, in the order the compiler appends them.
    public static let builtIns: [Intent] = [builtInSkip, builtInDontKnow]
}
