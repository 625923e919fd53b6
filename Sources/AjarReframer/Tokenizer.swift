/// Splits text into sentences of tokens in one pass over its characters.
///
/// Any casing, punctuation and spacing is accepted: runs of spaces, repeated marks ("??!"),
/// curly apostrophes, emoji and symbols are all absorbed here, so later steps see clean words.
struct Tokenizer: Sendable {
    /// Words whose full stop does not end a sentence ("mr", "dr").
    let abbreviations: Set<String>

    /// The sentences of `text`; a sentence ends at ".", "!", "?", ";", "…" or a line break.
    func sentences(_ text: String) -> [[Token]] {
        var sentences: [[Token]] = []
        var current: [Token] = []
        scan(text, keepMarks: false) { token in
            if let token {
                current.append(token)
            } else if !current.isEmpty {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Every token of `text`, marks included, with no sentence splitting (for ``Reflector``).
    func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        scan(text, keepMarks: true) { token in
            if let token { tokens.append(token) }
        }
        return tokens
    }

    /// Calls `emit` with each token, and with `nil` at each sentence end.
    private func scan(_ text: String, keepMarks: Bool, emit: (Token?) -> Void) {
        var word = ""
        // A joiner (apostrophe, hyphen, slash, decimal point) seen after a word, kept only if
        // another word character follows: "in-laws" stays whole, "partners'" loses its mark.
        var joiner: Character?

        func flushWord() {
            guard !word.isEmpty else { return }
            let pending = joiner
            joiner = nil
            var token = Token(.word, word)
            word = ""
            if pending == "." && abbreviations.contains(token.lower) {
                // "Mr." keeps its full stop and does not end the sentence.
                token = Token(kind: .word, text: token.text + ".", lower: token.lower)
            }
            emit(token)
            if pending == "." && !abbreviations.contains(token.lower) {
                if keepMarks { emit(Token(.mark, ".")) }
                emit(nil)
            } else if pending == "-" {
                emit(Token(.comma, ","))
            }
        }

        for character in text {
            if character.isLetter || character.isNumber {
                if let pending = joiner {
                    if pending != "." || (word.last?.isNumber == true && character.isNumber) {
                        word.append(pending)
                        joiner = nil
                    } else {
                        flushWord()
                    }
                }
                word.append(character)
                continue
            }
            if let normalized = Self.joiners[character], !word.isEmpty, joiner == nil {
                joiner = normalized
                continue
            }
            flushWord()
            switch character {
            case ".", "!", "?", ";", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}":
                if keepMarks { emit(Token(.mark, String(character))) }
                emit(nil)
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
                emit(nil)
            case ",", ":", "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{FF0C}", "\u{3001}":
                emit(Token(.comma, ","))
            case "(", "[", "{":
                emit(Token(.open, "("))
            case ")", "]", "}":
                emit(Token(.close, ")"))
            case "&":
                emit(Token(.word, "and"))
            default:
                if keepMarks && !character.isWhitespace && (character.isPunctuation || character.isSymbol) {
                    emit(Token(.mark, String(character)))
                }
            }
        }
        flushWord()
    }

    /// Characters that join two parts of one word, and how they are written in it.
    private static let joiners: [Character: Character] = [
        "'": "'", "\u{2019}": "'", "\u{2018}": "'", "`": "'", "\u{02BC}": "'", "\u{00B4}": "'",
        "-": "-", "\u{2010}": "-", "\u{2011}": "-", "/": "/", ".": ".",
    ]
}
