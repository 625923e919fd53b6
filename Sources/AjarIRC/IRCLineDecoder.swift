public import NIOCore

/// One line read from the server, or the news that an over-long one was dropped.
public enum IRCInboundLine: Sendable, Hashable {
    /// A line without its line ending, decoded as UTF-8 (Latin-1 when it is not valid UTF-8).
    case line(String)
    /// A line longer than the decoder's limit was discarded (its length so far, in bytes).
    case tooLong(bytes: Int)
}

/// Frames the server's byte stream into lines: CRLF or a bare LF ends a line; empty lines are
/// skipped; a line over ``maximumLineLength`` bytes is discarded up to its end and reported, and
/// the connection goes on. Invalid UTF-8 falls back to Latin-1 rather than losing the line.
///
/// ```swift
/// try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(IRCLineDecoder()))
/// ```
public struct IRCLineDecoder: ByteToMessageDecoder {
    public typealias InboundOut = IRCInboundLine

    /// IRCv3: up to 8,191 bytes of tags plus 512 for the rest (CRLF included).
    public static let defaultMaximumLineLength = 8191 + 512

    public let maximumLineLength: Int
    /// Inside an over-long line: drop bytes until its LF.
    private var discarding = false
    /// Bytes at the front of the buffer already searched for LF.
    private var searched = 0

    public init(maximumLineLength: Int = Self.defaultMaximumLineLength) {
        self.maximumLineLength = max(maximumLineLength, 1)
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let line = nextLine(from: &buffer) else { return .needMoreData }
        if let line { context.fireChannelRead(Self.wrapInboundOut(line)) }
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while let line = nextLine(from: &buffer) {
            if let line { context.fireChannelRead(Self.wrapInboundOut(line)) }
        }
        // A last line without its line ending (a server that closes right after ERROR).
        if buffer.readableBytes > 0, !discarding, let bytes = buffer.readBytes(length: buffer.readableBytes) {
            if let line = Self.line(from: bytes[...]) { context.fireChannelRead(Self.wrapInboundOut(line)) }
        }
        buffer.clear()
        return .needMoreData
    }

    /// `nil`: need more bytes; `.some(nil)`: bytes were consumed without producing a line.
    private mutating func nextLine(from buffer: inout ByteBuffer) -> IRCInboundLine?? {
        let view = buffer.readableBytesView
        let searchStart = view.index(view.startIndex, offsetBy: min(searched, view.count))
        guard let lf = view[searchStart...].firstIndex(of: 0x0A) else {
            searched = view.count
            if view.count > maximumLineLength + 1 {  // + 1: room for a CR
                let reported: IRCInboundLine? = discarding ? nil : .tooLong(bytes: view.count)
                discarding = true
                buffer.moveReaderIndex(forwardBy: view.count)
                searched = 0
                return .some(reported)
            }
            return nil
        }
        searched = 0
        let length = view.distance(from: view.startIndex, to: lf)
        var content = view[view.startIndex..<lf]
        if content.last == 0x0D { content = content.dropLast() }
        let bytes = Array(content)
        buffer.moveReaderIndex(forwardBy: length + 1)
        if discarding {
            discarding = false
            return .some(nil)
        }
        if bytes.count > maximumLineLength { return .some(.tooLong(bytes: bytes.count)) }
        return .some(Self.line(from: bytes[...]))
    }

    private static func line(from bytes: ArraySlice<UInt8>) -> IRCInboundLine? {
        guard !bytes.isEmpty else { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return .line(text) }
        return .line(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
    }
}

/// Writes lines with CRLF. A line is expected to be serialised already (one line, no CR/LF);
/// CR, LF and NUL are dropped here as well, so a mistake upstream still cannot inject a command.
public struct IRCLineEncoder: MessageToByteEncoder {
    public typealias OutboundIn = String

    public init() {}

    public func encode(data: String, out: inout ByteBuffer) throws {
        out.reserveCapacity(minimumWritableBytes: data.utf8.count + 2)
        for byte in data.utf8 where byte != 0x0D && byte != 0x0A && byte != 0 {
            out.writeInteger(byte)
        }
        out.writeStaticString("\r\n")
    }
}
