/// A tiny, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64).
///
/// The engine uses it when the caller passes no generator, seeded from the session's turn and
/// the script version, so `pick: random` stays deterministic. Tests can inject one too:
///
/// ```swift
/// var generator = SplitMix64(seed: 42)
/// let turn = engine.respond(to: "hi", in: session, using: &generator)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The internal state; advances by a fixed odd constant on every draw.
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
