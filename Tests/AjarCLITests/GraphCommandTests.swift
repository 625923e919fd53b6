import AjarTestSupport
import Foundation
import Testing

/// `ajar graph` through the real binary; Graphviz renders what it prints.
struct GraphCommandTests {
    @Test func dotOutputNamesEveryStateAndRendersWithGraphviz() async throws {
        let output = try await AjarBinary.run(["graph", "Dialogues/examples/plants.yaml"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("digraph dialogue {"))
        for state in ["hello", "water", "too_much", "fine", "goodbye"] {
            #expect(output.stdout.contains("\"\(state)\" [label="), "missing \(state)")
        }
        #expect(output.stdout.contains("\"water\" -> \"too_much\" [label=\"1. Every day\"]"))
        #expect(output.stdout.contains("\"fine\" -> \"goodbye\" [label=\"next\", style=dashed]"))

        let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(dot != nil, "Graphviz is needed: apt-get install graphviz (.ci/run installs it)")
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("plants.dot")
        try output.stdout.write(to: source, atomically: true, encoding: .utf8)
        let render = Process()
        render.executableURL = URL(fileURLWithPath: dot!)
        render.arguments = ["-Tsvg", "-o", folder.appendingPathComponent("plants.svg").path, source.path]
        try render.run()
        render.waitUntilExit()
        #expect(render.terminationStatus == 0)
        let svg = try String(contentsOf: folder.appendingPathComponent("plants.svg"), encoding: .utf8)
        #expect(svg.contains("too_much"))
    }

    @Test func mermaidOutputIsAFlowchart() async throws {
        let output = try await AjarBinary.run(["graph", "Dialogues", "--format", "mermaid"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdoutLines.first == "flowchart LR")
        #expect(output.stdout.contains("start_ -->"))
        #expect(output.stdout.contains("\"farewell\""))
    }

    @Test func invalidScriptGivesDiagnosticsAndExitOne() async throws {
        let output = try await AjarBinary.run(["graph", "/nonexistent/x.yaml"])
        #expect(output.status == 1)
        #expect(output.stderr.contains(": error: "))
    }

    @Test func unknownFormatIsAUsageError() async throws {
        let output = try await AjarBinary.run(["graph", "Dialogues", "--format", "png"])
        #expect(output.status == 64)
    }
}
