/// Splits text into sentences of tokens in one pass over its Unicode scalars.
///
/// Any casing, punctuation and spacing is accepted: runs of spaces, repeated marks ("??!"),
/// curly apostrophes, emoji and symbols are all absorbed here, so later steps see clean words.
/// Scalars, not `Character`s: grapheme breaking is the slowest part of walking a `String`, and
/// combining marks are simply kept inside the word they follow.
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
        // The word so far as UTF-8, and lowercased alongside while it is ASCII.
        var word: [UInt8] = []
        var lower: [UInt8] = []
        var ascii = true
        word.reserveCapacity(32)
        lower.reserveCapacity(32)

        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                word.append(byte)
                lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                ascii = false
                UTF8.encode(scalar) { word.append($0) }
            }
        }

        // A joiner (apostrophe, hyphen, slash, decimal point) seen after a word, kept only if
        // another word character follows: "in-laws" stays whole, "partners'" loses its mark.
        var joiner: Unicode.Scalar?
        var lastWasDigit = false
        // Marks kept for ``Reflector`` run together ("?!", an emoji with its joiners).
        var marks = String.UnicodeScalarView()

        func flushMarks() {
            guard !marks.isEmpty else { return }
            emit(Token(.mark, String(marks)))
            marks.removeAll(keepingCapacity: true)
        }

        func flushWord() {
            guard !word.isEmpty else { return }
            let pending = joiner
            joiner = nil
            let text = String(decoding: word, as: UTF8.self)
            var token = Token(kind: .word, text: text, lower: ascii ? String(decoding: lower, as: UTF8.self) : text.lowercased())
            word.removeAll(keepingCapacity: true)
            lower.removeAll(keepingCapacity: true)
            ascii = true
            let abbreviation = pending == "." && abbreviations.contains(token.lower)
            if abbreviation {
                // "Mr." keeps its full stop and does not end the sentence.
                token = Token(kind: .word, text: token.text + ".", lower: token.lower)
            }
            emit(token)
            if pending == "." && !abbreviation {
                if keepMarks { marks.append(".") }
                emit(nil)
            } else if pending == "-" {
                emit(Token(.comma, ","))
            }
        }

        for scalar in text.unicodeScalars {
            var kind = Self.kind(of: scalar)
            if case .joiner(let mark, let alone) = kind {
                if !word.isEmpty && joiner == nil {
                    joiner = mark
                    continue
                }
                kind = alone
            }
            switch kind {
            case .letter, .digit, .mark:
                if kind == .mark && word.isEmpty {
                    if !marks.isEmpty { marks.append(scalar) }
                    continue
                }
                flushMarks()
                let digit = kind == .digit
                if let pending = joiner {
                    if pending != "." || (lastWasDigit && digit) {
                        append(pending)
                        joiner = nil
                    } else {
                        flushWord()
                    }
                }
                append(scalar)
                lastWasDigit = digit
                continue
            default:
                break
            }
            flushWord()
            if keepMarks && (kind == .sentenceEnd || (kind == .other && Self.isVisibleMark(scalar))
                || (!marks.isEmpty && Self.joinsMarks(scalar))) {
                marks.append(scalar)
                continue
            }
            flushMarks()
            switch kind {
            case .sentenceEnd:
                emit(nil)
            case .lineBreak:
                emit(nil)
            case .comma:
                emit(Token(.comma, ","))
            case .open:
                emit(Token(.open, "("))
            case .close:
                emit(Token(.close, ")"))
            case .ampersand:
                emit(Token(.word, "and"))
            case .space, .other, .letter, .digit, .mark, .joiner:
                break
            }
        }
        flushWord()
        flushMarks()
    }

    private indirect enum CharacterKind: Equatable {
        case letter, digit, sentenceEnd, lineBreak, comma, open, close, ampersand, space, other
        /// A combining mark: part of the word before it ("e" + U+0301).
        case mark
        /// Joins two parts of a word ("in-laws", "don't", "1.5"), written as `mark`; `alone` when
        /// no word comes before it.
        case joiner(Unicode.Scalar, alone: CharacterKind)
    }

    /// What a scalar does: ASCII by value, since Unicode properties are slow to look up.
    private static func kind(of scalar: Unicode.Scalar) -> CharacterKind {
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x27, 0x60: return .joiner("'", alone: .other)
            case 0x2D: return .joiner("-", alone: .comma)
            case 0x2F: return .joiner("/", alone: .other)
            case 0x2E: return .joiner(".", alone: .sentenceEnd)
            case 0x21, 0x3F, 0x3B: return .sentenceEnd
            case 0x0A, 0x0D: return .lineBreak
            case 0x2C, 0x3A: return .comma
            case 0x28, 0x5B, 0x7B: return .open
            case 0x29, 0x5D, 0x7D: return .close
            case 0x26: return .ampersand
            case 0x20, 0x09: return .space
            default: return .other
            }
        }
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4: return .joiner("'", alone: .other)
        case 0x2010, 0x2011: return .joiner("-", alone: .comma)
        case 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049: return .sentenceEnd
        case 0x2028, 0x2029, 0x85: return .lineBreak
        case 0x2012, 0x2013, 0x2014, 0xFF0C, 0x3001: return .comma
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: return properties.isWhitespace ? .space : .other
        }
    }

    /// Zero-width joiner and variation selectors: inside an emoji sequence.
    private static func joinsMarks(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value)
    }

    /// Punctuation and symbols that ``Reflector`` keeps; not spaces, controls or joiners.
    private static func isVisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
