import AjarCompiler
import AjarExamples
import ArgumentParser

/// `ajar test [PATH ...]`: runs the example conversations kept next to the scripts.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the example conversations (*.test.yaml) of dialogue scripts.",
        discussion: """
            Prints each failure as FILE:LINE:COLUMN: error: MESSAGE on stderr, then the summary line \
            'N passed, N failed' on stdout. Exits 1 on any failure.
            """
    )

    @Argument(help: "Example files, scripts (their NAME.test.yaml), or directories to search.")
    var paths: [String] = ["Dialogues"]

    @Flag(name: .shortAndLong, help: "List every conversation, passed or failed.")
    var verbose = false

    func run() throws {
        let report = ExampleSuite().run(paths: paths)
        for problem in report.problems {
            StandardError.write(problem.description)
        }
        for result in report.results {
            if verbose { print("\(result.passed ? "PASS" : "FAIL") \(result.file): \(result.conversation)") }
            for failure in result.failures {
                StandardError.write(failure.description)
            }
        }
        if report.files == 0 && report.problems.isEmpty {
            StandardError.write("no example conversations (*.test.yaml) found in \(paths.joined(separator: ", "))")
        }
        print(report.summary)
        if report.failed > 0 || !report.problems.isEmpty {
            throw ExitCode(1)
        }
    }
}
