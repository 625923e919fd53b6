/// The version of a dialogue: FNV-1a (64-bit) over every source file's bytes in include order,
/// each followed by its length so moving bytes between files changes the hash.
enum VersionHash {
    static func of(_ files: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        for bytes in files {
            for byte in bytes { mix(byte) }
            var length = UInt64(bytes.count)
            for _ in 0..<8 {
                mix(UInt8(truncatingIfNeeded: length))
                length >>= 8
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
