#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes lines to standard error, unbuffered.
enum StandardError {
    static func write(_ line: String) {
        var text = line
        text.append("\n")
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = fputs_bytes(buffer, from: offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    private static func fputs_bytes(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        return Int(Glibc.write(2, base + offset, buffer.count - offset))
    }
}
