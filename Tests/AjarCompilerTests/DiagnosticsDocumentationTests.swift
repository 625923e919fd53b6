import AjarCompiler
import Foundation
import Testing

/// `docs/diagnostics.md` documents every code with an example; each example is compiled here and
/// must print exactly what the page shows.
@Suite struct DiagnosticsDocumentationTests {
    /// One `## AJxxxx` section of the page.
    struct Example: CustomTestStringConvertible {
        var code: String
        var files: [String: [UInt8]] = [:]
        var fileOrder: [String] = []
        var command: [String]?
        var expected: [String] = []
        var testDescription: String { code }
    }

    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/diagnostics.md")

    static let examples: [Example] = {
        guard let text = try? String(contentsOf: page, encoding: .utf8) else { return [] }
        return parse(text)
    }()

    /// Sections, their fenced blocks: `yaml` (files), `sh` (the command), `text` (the output).
    static func parse(_ text: String) -> [Example] {
        var examples: [Example] = []
        var block: (language: String, lines: [String])?
        for line in text.components(separatedBy: "\n") {
            if var open = block {
                if line == "```" {
                    block = nil
                    guard !examples.isEmpty else { continue }
                    apply(open, to: &examples[examples.count - 1])
                } else {
                    open.lines.append(line)
                    block = open
                }
            } else if line.hasPrefix("```") {
                block = (String(line.dropFirst(3)), [])
            } else if line.hasPrefix("## AJ") {
                examples.append(Example(code: String(line.dropFirst(3).prefix(6))))
            }
        }
        return examples
    }

    static func apply(_ block: (language: String, lines: [String]), to example: inout Example) {
        switch block.language {
        case "yaml":
            guard let first = block.lines.first, first.hasPrefix("# ") else { return }
            let name = String(first.dropFirst(2))
            example.files[name] = bytes(block.lines.dropFirst().map { $0 + "\n" }.joined())
            example.fileOrder.append(name)
        case "sh":
            example.command = block.lines.first.map { $0.split(separator: " ").dropFirst(2).map(String.init) }
        case "text":
            example.expected += block.lines
        default:
            break
        }
    }

    /// The text as UTF-8, with `<0xHH>` standing for one raw byte.
    static func bytes(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        var rest = Substring(text)
        while let range = rest.range(of: "<0x") {
            result += Array(rest[..<range.lowerBound].utf8)
            let hex = rest[range.upperBound...].prefix(2)
            if let byte = UInt8(hex, radix: 16), rest[range.upperBound...].dropFirst(2).first == ">" {
                result.append(byte)
                rest = rest[range.upperBound...].dropFirst(3)
            } else {
                result += Array("<0x".utf8)
                rest = rest[range.upperBound...]
            }
        }
        return result + Array(rest.utf8)
    }

    @Test func everyCodeIsDocumentedOnceInOrder() {
        #expect(Self.examples.map(\.code) == DiagnosticCode.compilerCodes.map(\.rawValue))
    }

    @Test(arguments: examples)
    func exampleProducesTheDocumentedOutput(_ example: Example) {
        #expect(!example.expected.isEmpty, "no output shown for \(example.code)")
        for line in example.expected {
            #expect(line.hasSuffix("[\(example.code)]"), "\(line)")
        }
        guard let paths = example.command ?? example.fileOrder.first.map({ [$0] }) else {
            // Only AJ0021 (inputs too large to show) has no runnable example; its tests are in LoadingLimitsTests.
            #expect(example.code == DiagnosticCode.limitExceeded.rawValue)
            return
        }
        let compiler = DialogueCompiler(reader: InMemoryScriptReader(bytes: example.files))
        let output = compiler.check(paths: paths).flatMap(\.diagnostics).map(\.description)
        #expect(output == example.expected)
    }
}
