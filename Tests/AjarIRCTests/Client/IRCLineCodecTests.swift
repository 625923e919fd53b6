@testable import AjarIRC
import NIOCore
import NIOEmbedded
import Testing

@Suite struct IRCLineCodecTests {
    /// Feeds `bytes` one at a time through a decoder and collects what comes out.
    private func decode(_ bytes: [UInt8], maximumLineLength: Int = IRCLineDecoder.defaultMaximumLineLength, close: Bool = false) throws -> [IRCInboundLine] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(IRCLineDecoder(maximumLineLength: maximumLineLength)))
        var out: [IRCInboundLine] = []
        for byte in bytes {
            var buffer = channel.allocator.buffer(capacity: 1)
            buffer.writeInteger(byte)
            try channel.writeInbound(buffer)
            while let line = try channel.readInbound(as: IRCInboundLine.self) { out.append(line) }
        }
        if close {
            _ = try? channel.finish()
            while let line = try channel.readInbound(as: IRCInboundLine.self) { out.append(line) }
        } else {
            _ = try channel.finish(acceptAlreadyClosed: true)
        }
        return out
    }

    @Test func splitsOnCRLFAndOnBareLFByteByByte() throws {
        let lines = try decode(Array("PING :a\r\nPING :b\nPING :c\r\n".utf8))
        #expect(lines == [.line("PING :a"), .line("PING :b"), .line("PING :c")])
    }

    @Test func skipsEmptyLines() throws {
        #expect(try decode(Array("\r\n\n\r\nX\r\n".utf8)) == [.line("X")])
    }

    @Test func keepsMultibyteCharactersSplitAcrossReads() throws {
        let text = "PRIVMSG #a :caf\u{E9} \u{1F469}\u{200D}\u{1F4BB} \u{4E2D}\u{6587}"
        #expect(try decode(Array((text + "\r\n").utf8)) == [.line(text)])
    }

    @Test func fallsBackToLatin1ForInvalidUTF8() throws {
        // "café" in Latin-1: 0xE9 alone is not valid UTF-8.
        let bytes: [UInt8] = Array("PRIVMSG #a :caf".utf8) + [0xE9] + Array("\r\n".utf8)
        #expect(try decode(bytes) == [.line("PRIVMSG #a :caf\u{E9}")])
    }

    @Test func dropsAnOverLongLineAndGoesOn() throws {
        let long = String(repeating: "x", count: 40)
        let lines = try decode(Array("ok\r\n\(long)\r\nnext\r\n".utf8), maximumLineLength: 10)
        #expect(lines.first == .line("ok"))
        #expect(lines.last == .line("next"))
        #expect(lines.count == 3)
        if case .tooLong = lines[1] {} else { Issue.record("expected tooLong, got \(lines[1])") }
    }

    @Test func aLineOfExactlyTheLimitPasses() throws {
        let exact = String(repeating: "y", count: 10)
        #expect(try decode(Array("\(exact)\r\n".utf8), maximumLineLength: 10) == [.line(exact)])
    }

    @Test func deliversALastLineWithoutLineEndingOnClose() throws {
        #expect(try decode(Array("ERROR :Closing link".utf8), close: true) == [.line("ERROR :Closing link")])
    }

    @Test func encoderEndsLinesWithCRLFAndDropsInjectedBreaks() throws {
        let channel = EmbeddedChannel(handler: MessageToByteHandler(IRCLineEncoder()))
        try channel.writeOutbound("PRIVMSG #a :hi\r\nQUIT")
        var buffer = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(buffer.readString(length: buffer.readableBytes) == "PRIVMSG #a :hiQUIT\r\n")
        _ = try channel.finish()
    }
}
