public import AjarCompiler

/// Finds example files under paths, compiles the scripts they name, and runs every conversation.
///
/// ```swift
/// let report = ExampleSuite().run(paths: ["Dialogues"])
/// print("\(report.passed) passed, \(report.failed) failed")
/// ```
public struct ExampleSuite: Sendable {
    public let reader: any ScriptReader

    public init(reader: any ScriptReader = FileScriptReader()) {
        self.reader = reader
    }

    /// What a run found.
    public struct Report: Sendable {
        public var results: [ExampleResult] = []
        /// Problems that are not one conversation's: unreadable example files, scripts that don't compile.
        public var problems: [Diagnostic] = []
        /// Example files found.
        public var files: Int = 0

        public var passed: Int { results.filter(\.passed).count }
        public var failed: Int { results.count - passed }
        public var succeeded: Bool { failed == 0 && problems.isEmpty && !results.isEmpty }
        /// The contract's summary line.
        public var summary: String { "\(passed) passed, \(failed) failed" }
    }

    /// `*.test.yaml` / `*.test.yml` files: each path itself if it is one, or found below it.
    public func exampleFiles(in paths: [String]) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            if reader.isDirectory(path) {
                do {
                    files += try reader.files(under: path).filter(Self.isExampleFile)
                } catch {
                    problems.append(Diagnostic(.exampleFormat, at: SourceLocation(file: path, line: 1, column: 1), "cannot list directory: \(error.reason)"))
                }
            } else if Self.isExampleFile(path) {
                files.append(path)
            } else {
                let sibling = ExampleParser.exampleFile(forScript: path)
                if (try? reader.read(sibling)) != nil {
                    files.append(sibling)
                } else {
                    problems.append(Diagnostic(.exampleFormat, at: SourceLocation(file: path, line: 1, column: 1), "no example conversations found (expected a *.test.yaml file or a directory)"))
                }
            }
        }
        return (files, problems)
    }

    public func run(paths: [String]) -> Report {
        var report = Report()
        let (files, problems) = exampleFiles(in: paths)
        report.problems = problems
        report.files = files.count
        let loader = ExampleLoader(reader: reader)
        let compiler = DialogueCompiler(reader: reader)
        var compiled: [String: CompilationResult] = [:]

        for path in files {
            let (file, diagnostics) = loader.load(path)
            report.problems += diagnostics
            guard let file else { continue }
            let compilation = compiled[file.script] ?? compiler.compile(entry: file.script)
            compiled[file.script] = compilation
            guard let dialogue = compilation.dialogue else {
                let errors = compilation.diagnostics.filter { $0.severity == .error }
                for conversation in file.conversations {
                    let failure = Diagnostic(.exampleScript, at: conversation.location, "in '\(conversation.name)': the script \(file.script) does not compile (\(errors.count) error(s))")
                    report.results.append(ExampleResult(file: path, conversation: conversation.name, failures: [failure] + errors))
                }
                continue
            }
            let runner = ExampleRunner(dialogue: dialogue)
            for conversation in file.conversations {
                report.results.append(runner.run(conversation, in: path))
            }
        }
        return report
    }

    static func isExampleFile(_ path: String) -> Bool {
        path.hasSuffix(".test.yaml") || path.hasSuffix(".test.yml")
    }
}

extension ExampleParser {
    /// `plants.yaml` -> `plants.test.yaml` beside it.
    static func exampleFile(forScript path: String) -> String {
        for suffix in [".yaml", ".yml"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".test.yaml"
        }
        return path + ".test.yaml"
    }
}
