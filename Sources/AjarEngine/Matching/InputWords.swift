/// One user input, tokenised once: word identifiers for matching, and a way back to each
/// word's normalised and original spelling.
///
/// Plain ASCII input (the common case) takes a fast byte scan that yields exactly what
/// ``Normalizer/tokens(_:)`` yields; anything else goes through the ``Normalizer`` itself.
struct InputWords {
    /// The raw text, as the user typed it.
    let text: String
    /// Each word's identifier in the dialogue's ``WordIndex`` (``WordTable/unknown`` if absent).
    private(set) var ids: [Int32] = []
    /// ASCII path: the UTF-8 byte range of each word in `text`, apostrophes at the edges trimmed.
    private var spans: [Range<Int>] = []
    /// Non-ASCII path: the normaliser's tokens.
    private var tokens: [Normalizer.Token] = []
    private var isASCII = true

    init(_ text: String, index: WordIndex) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        self.text = contiguous
        // Reserved up front: growing 1, 2, 4, 8 would cost an allocation each time.
        let estimate = min(contiguous.utf8.count / 2 + 1, 32)
        var ids: [Int32] = []
        var spans: [Range<Int>] = []
        ids.reserveCapacity(estimate)
        spans.reserveCapacity(estimate)
        let scanned = contiguous.utf8.withContiguousStorageIfAvailable { bytes in
            Self.scanASCII(bytes, index: index, ids: &ids, spans: &spans)
        } ?? false
        if scanned {
            self.ids = ids
            self.spans = spans
        } else {
            isASCII = false
            tokens = Normalizer.tokens(contiguous)
            self.ids = tokens.map { index.id(of: $0.normalized) }
        }
    }

    var count: Int { ids.count }

    /// The word as matchers see it: lower-cased, apostrophes straightened.
    func normalized(_ index: Int) -> String {
        isASCII ? spelling(of: spans[index], lowercased: true) : tokens[index].normalized
    }

    /// The word as the user spelled it (apostrophes straightened).
    func original(_ index: Int) -> String {
        isASCII ? spelling(of: spans[index], lowercased: false) : tokens[index].original
    }

    /// The user's words in `range`, joined by single spaces: the value of a capture.
    func originals(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound { result.append(" ") }
            result.append(original(index))
        }
        return result
    }

    /// The word's value if it is a whole number of at most nine ASCII digits ("2", "02"), for
    /// picking options; read from the bytes, so no string is made.
    func number(_ index: Int) -> Int? {
        guard isASCII else { return nil }
        let span = spans[index]
        guard span.count <= 9 else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var value = 0
            for byte in bytes[span] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        } ?? nil
    }

    /// Every normalised word (only needed for labels that contain variables).
    func allNormalized() -> [String] {
        (0..<count).map(normalized)
    }

    private func spelling(of span: Range<Int>, lowercased: Bool) -> String {
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: span.count) { buffer in
            var index = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
            for offset in 0..<span.count {
                buffer[offset] = Self.fold(utf8[index], lowercased: lowercased)
                utf8.formIndex(after: &index)
            }
            return span.count
        }
    }

    /// Scans ASCII bytes into words. Returns `false` at the first non-ASCII byte, for the slow path.
    private static func scanASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, index lookup: WordIndex, ids: inout [Int32], spans: inout [Range<Int>]
    ) -> Bool {
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 { return false }
            guard isWordByte(byte) else {
                index += 1
                continue
            }
            var wordStart = index
            while index < end, bytes[index] < 0x80, isWordByte(bytes[index]) { index += 1 }
            if index < end, bytes[index] >= 0x80 { return false }
            var wordEnd = index
            while wordStart < wordEnd, isApostrophe(bytes[wordStart]) { wordStart += 1 }
            while wordEnd > wordStart, isApostrophe(bytes[wordEnd - 1]) { wordEnd -= 1 }
            guard wordStart < wordEnd else { continue }
            ids.append(lookup.id(of: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), folding: true))
            spans.append(wordStart..<wordEnd)
        }
        return true
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    @inline(__always)
    private static func isApostrophe(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`")
    }

    /// Straightens the backtick apostrophe and optionally lower-cases an ASCII letter.
    @inline(__always)
    private static func fold(_ byte: UInt8, lowercased: Bool) -> UInt8 {
        if byte == UInt8(ascii: "`") { return UInt8(ascii: "'") }
        if lowercased, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte + 32 }
        return byte
    }
}

extension InputWords {
    /// The text without surrounding white space: the built-in variable `input`.
    var trimmedText: String {
        guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else {
            return text
        }
        var slice = Substring(text)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
