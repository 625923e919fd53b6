import AjarEngine

/// Random inputs for property tests, from a seeded generator so a failure repeats.
struct RandomText {
    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    mutating func bytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Text mixing ASCII, spaces, accents, CJK, emoji (with ZWJ sequences and skin tones),
    /// combining marks and IRC's special characters.
    mutating func text(maxLength: Int) -> String {
        let pieces: [String] = [
            "a", "b", "z", "Q", "0", "9", " ", " ", " ", "  ", ":", ",", "#", "!", "@", "\\", ";", "=",
            "\u{E9}", "\u{F1}", "\u{4E2D}", "\u{6587}", "\u{1F600}", "\u{1F469}\u{200D}\u{1F4BB}",
            "\u{1F44D}\u{1F3FD}", "e\u{301}", "\u{301}", "\u{1F1EB}\u{1F1F7}", "\u{2}", "\u{3}04", "\u{1}",
            "\u{FEFF}", "\u{10FFFF}",
        ]
        let count = int(in: 0...maxLength)
        return (0..<count).map { _ in pieces[int(in: 0...pieces.count - 1)] }.joined()
    }

    /// A word usable as a middle parameter: no spaces, no leading colon, not empty.
    mutating func word() -> String {
        var word = text(maxLength: 8).replacingSpaces()
        while word.utf8.first == UInt8(ascii: ":") { word = String(word.unicodeScalars.dropFirst()) }
        return word.isEmpty ? "w" : word
    }

    mutating func letters(_ count: ClosedRange<Int>) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String((0..<int(in: count)).map { _ in alphabet[int(in: 0...alphabet.count - 1)] })
    }
}

extension String {
    func replacingSpaces() -> String {
        String(unicodeScalars.filter { $0 != " " }.map(Character.init))
    }
}
