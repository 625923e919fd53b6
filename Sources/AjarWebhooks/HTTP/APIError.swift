import Foundation
public import HTTPTypes
public import Hummingbird

/// An error answer of the HTTP API: `{"error": "...", "field": "to"}` with its status.
///
/// ```swift
/// throw APIError(.badRequest, field: "at", "expected an RFC 3339 time such as 2026-11-24T20:00:00Z")
/// ```
public struct APIError: Error, Sendable, Hashable, HTTPResponseError {
    public var status: HTTPResponse.Status
    /// The request field at fault, when one is.
    public var field: String?
    public var message: String
    /// A short stable label (`signature_mismatch`, `body_too_large`), when there is one.
    public var reason: String?

    public init(_ status: HTTPResponse.Status, field: String? = nil, _ message: String, reason: String? = nil) {
        self.status = status
        self.field = field
        self.message = message
        self.reason = reason
    }

    public var headers: HTTPFields { [.contentType: "application/json"] }

    /// The JSON body.
    public var json: String {
        var object: [String: String] = ["error": message]
        if let field { object["field"] = field }
        if let reason { object["reason"] = reason }
        return JSONText.encode(object)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    /// The error as a response (for middleware that answers without throwing).
    public var response: Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json)))
    }
}

/// Compact, key-sorted JSON for answers.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A JSON answer with `status`.
    static func response(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
