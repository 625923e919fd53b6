/// IRC's case-insensitive comparison of nicknames and channel names (`rfc1459` mapping):
/// ASCII letters fold to lower case and `[]\~` fold to `{}|^`, so `Alice[m]` and `alice{m}` match.
public enum IRCCaseMapping {
    /// The folded form of `name`, for comparisons and keys.
    public static func fold(_ name: some StringProtocol) -> String {
        var bytes = Array(name.utf8)
        for index in bytes.indices {
            switch bytes[index] {
            case 0x41...0x5E: bytes[index] += 0x20  // A-Z and [ \ ] ^ -> a-z and { | } ~
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether two names are the same under the case mapping.
    public static func equal(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Bool {
        fold(lhs) == fold(rhs)
    }
}
