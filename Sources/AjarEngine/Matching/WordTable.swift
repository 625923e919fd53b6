/// Interns every normalised word a dialogue's matchers mention, so matching compares integers.
///
/// Built while the engine compiles a dialogue; ``index`` freezes it into a ``WordIndex`` for
/// looking input words up.
struct WordTable: Sendable {
    static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]
    /// Every word, in identifier order.
    private var words: [String] = []

    /// The word's identifier, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(truncatingIfNeeded: words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    /// Normalises `text` (which may hold several words or stray punctuation) and interns each word.
    mutating func internWords(_ text: String) -> [Int32] {
        Normalizer.words(text).map { intern($0) }
    }

    /// How many words the table holds.
    var count: Int { words.count }

    /// The table, ready for lookups.
    var index: WordIndex { WordIndex(words: words) }
}

/// A read-only open-addressing hash table from a word's UTF-8 bytes to its identifier.
///
/// Faster than `[String: Int32]` on the hot path: it hashes the input's bytes where they lie
/// (lower-casing as it goes), so no `String` is made per input word, and FNV-1a is cheaper than
/// the seeded SipHash `Dictionary` uses (which only matters against hash flooding, and word
/// lists come from the script, not from users).
struct WordIndex: Sendable {
    /// A word identifier per slot, or ``WordTable/unknown`` for an empty slot.
    private let slots: [Int32]
    /// Word `id` occupies `arena[starts[id]..<starts[id + 1]]`.
    private let starts: [Int]
    private let arena: [UInt8]
    private let mask: Int

    init(words: [String]) {
        var capacity = 8
        while capacity < words.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: WordTable.unknown, count: capacity)
        var starts = [0]
        var arena: [UInt8] = []
        for (id, word) in words.enumerated() {
            arena.append(contentsOf: word.utf8)
            starts.append(arena.count)
            var slot = Int(truncatingIfNeeded: Self.hash(Array(word.utf8), folding: false)) & (capacity - 1)
            while slots[slot] != WordTable.unknown { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
        self.slots = slots
        self.starts = starts
        self.arena = arena
        self.mask = capacity - 1
    }

    /// The identifier of the word spelled by `bytes`, lower-cased and apostrophe-straightened
    /// first when `folding`; ``WordTable/unknown`` if the dialogue never mentions it.
    func id(of bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Int32 {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes, folding: folding)) & mask
        while true {
            let id = slots[slot]
            if id == WordTable.unknown { return id }
            let start = starts[Int(id)]
            if starts[Int(id) + 1] - start == bytes.count, equals(bytes, at: start, folding: folding) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, folding: Bool) -> Bool {
        for offset in 0..<bytes.count where arena[start + offset] != (folding ? Self.fold(bytes[offset]) : bytes[offset]) {
            return false
        }
        return true
    }

    /// The identifier of an already normalised word.
    func id(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id(of: $0, folding: false) }
    }

    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, folding: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(folding ? fold(byte) : byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }

    /// Lower-cases an ASCII letter and straightens the backtick apostrophe, as ``Normalizer`` does.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        if byte == UInt8(ascii: "`") { return UInt8(ascii: "'") }
        if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte + 32 }
        return byte
    }
}
