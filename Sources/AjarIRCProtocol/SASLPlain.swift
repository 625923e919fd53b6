/// SASL PLAIN (RFC 4616) as IRC carries it: base64 of `authzid NUL authcid NUL password`, sent in
/// `AUTHENTICATE` chunks of at most 400 bytes, with `+` after a last chunk of exactly 400.
///
/// ```swift
/// SASLPlain.authenticateParameters(username: "ajar", password: "secret")   // ["AGFqYXIAc2VjcmV0"]
/// ```
public enum SASLPlain {
    /// The parameters of the `AUTHENTICATE` lines that carry the credentials, in order.
    public static func authenticateParameters(username: String, password: String) -> [String] {
        let payload = Array("\0\(username)\0\(password)".utf8)
        let encoded = Array(Base64.encode(payload).utf8)
        var chunks: [String] = []
        var index = 0
        while index < encoded.count {
            let end = min(index + 400, encoded.count)
            chunks.append(String(decoding: encoded[index..<end], as: UTF8.self))
            index = end
        }
        if encoded.isEmpty || encoded.count % 400 == 0 { chunks.append("+") }
        return chunks
    }
}

/// Standard base64 with padding (RFC 4648): small enough to write than to depend on Foundation.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes padded base64; `nil` for anything else.
    public static func decode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        var index = 0
        while index < input.count {
            var values: [UInt8] = []
            var padding = 0
            for byte in input[index..<index + 4] {
                if byte == UInt8(ascii: "=") {
                    padding += 1
                    values.append(0)
                } else if padding == 0, let value = alphabet.firstIndex(of: byte) {
                    values.append(UInt8(value))
                } else {
                    return nil
                }
            }
            guard padding <= 2, padding == 0 || index + 4 == input.count else { return nil }
            out.append(values[0] << 2 | values[1] >> 4)
            if padding < 2 { out.append(values[1] << 4 | values[2] >> 2) }
            if padding < 1 { out.append(values[2] << 6 | values[3]) }
            index += 4
        }
        return out
    }
}
