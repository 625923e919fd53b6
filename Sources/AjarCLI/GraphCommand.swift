import AjarCompiler
import AjarGraph
import ArgumentParser

/// `ajar graph PATH [--format dot|mermaid]`: a script's states and transitions as a graph.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a dialogue's states and transitions as a Graphviz or Mermaid graph.",
        discussion: "Example: ajar graph Dialogues/main.yaml | dot -Tpng -o dialogue.png"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot
        case mermaid
    }

    @Argument(help: "An entry script, or a directory (its main.yaml).")
    var path: String

    @Option(help: "Output format: dot or mermaid.")
    var format: Format = .dot

    func run() throws {
        let compiler = DialogueCompiler()
        let result = compiler.compile(entry: compiler.entryScript(for: path))
        for diagnostic in result.diagnostics {
            StandardError.write(diagnostic.description)
        }
        guard let dialogue = result.dialogue else { throw ExitCode(1) }
        let graph = DialogueGraph(dialogue)
        print(format == .dot ? graph.dot() : graph.mermaid(), terminator: "")
    }
}
