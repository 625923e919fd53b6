import AjarCompiler
import ArgumentParser

/// `ajar check [PATH ...]`: validates dialogue scripts with located diagnostics.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate dialogue scripts.",
        discussion: """
            Prints one diagnostic per problem on stderr as FILE:LINE:COLUMN: error: MESSAGE [CODE] \
            and exits 1 when any script is invalid. Codes are listed in docs/diagnostics.md.
            """
    )

    @Argument(help: "Script files or directories to check.")
    var paths: [String] = ["Dialogues"]

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        let results = DialogueCompiler().check(paths: paths)
        var seen = Set<Diagnostic>()
        var errors = 0
        var warnings = 0
        for diagnostic in results.flatMap(\.diagnostics).sorted(by: { $0.location < $1.location }) where seen.insert(diagnostic).inserted {
            StandardError.write(diagnostic.description)
            if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
        }
        if errors > 0 {
            StandardError.write("\(errors) error(s), \(warnings) warning(s) in \(results.count) script(s)")
            throw ExitCode(1)
        }
        if !quiet {
            print("\(results.count) script(s) checked: no errors" + (warnings > 0 ? ", \(warnings) warning(s)" : ""))
        }
    }
}
