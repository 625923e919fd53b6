import AjarReframer
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `ajar reframe [TEXT ...]`: "how do I get X to Y" -> "What is keeping X from Y-ing?".
struct ReframeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reframe",
        abstract: "Turn 'how do I get X to Y' questions into constraint questions.",
        discussion: """
            Prints one line for each TEXT, or with no TEXT one line for each line of standard input. \
            A line that is not such a question gives an empty line.
            """
    )

    @Argument(help: "Questions to reframe.")
    var texts: [String] = []

    func run() throws {
        let reframer = Reframer(rules: LanguageRules())
        if !texts.isEmpty {
            for text in texts { print(reframer.reframe(text)?.question ?? "") }
            return
        }
        while let line = readLine(strippingNewline: true) {
            print(reframer.reframe(line)?.question ?? "")
            fflush(nil)
        }
    }
}
