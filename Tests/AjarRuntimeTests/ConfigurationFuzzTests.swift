import AjarEngine
@testable import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// Mangled configuration files and environment values: each load gives a configuration or a list
/// of problems, each saying where (`FILE:LINE:COLUMN`, the file, or the variable), and never
/// crashes or hangs.
@Suite struct ConfigurationFuzzTests {
    static let shipped = (try? String(contentsOf: AjarBinary.packageRoot.appendingPathComponent("config/ajar.yaml"), encoding: .utf8)) ?? ""
    static let tokens = [
        ":", " ", "  ", "\n", "\n  ", "- ", "[", "]", "{", "}", ",", "\"", "'", "#", "~", "&a", "*a", "!!str", "<<: ", "---",
        "\t", "\u{0}", "é", "\u{FEFF}", "\r\n", "22:00-08:00", "25:99-0:0", "@Europe/Berlin", "@Nowhere/Else", "off", "1.5",
        "-1", "0", "99999999999999999999", "90s", "10x", "https://example.org/x", "ftp://x", "secret: x", "host: a",
        "irc:", "reminders:", "webhooks:", "safety:", "quiet_hours_overrides:", "targets:",
    ]

    static func check(_ text: String, round: Int) {
        var values = ConfigurationValues()
        ConfigurationLoader(environment: [:]).readYAML(text, file: "F.yaml", into: &values)
        _ = values.configuration()
        for problem in values.problems {
            let location = problem.location
            let parts = location.split(separator: ":")
            let located = location == "F.yaml" || (parts.count == 3 && parts[0] == "F.yaml" && Int(parts[1]).map { $0 >= 1 } == true && Int(parts[2]).map { $0 >= 1 } == true)
            #expect(located, "round \(round): \(problem)")
            #expect(!problem.message.isEmpty)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutatedShippedFiles() {
        var random = SplitMix64(seed: 7)
        let lines = Self.shipped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for round in 0..<1_500 {
            var mutated = lines
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<mutated.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: mutated.remove(at: index)
                case 1: mutated.insert(mutated[index], at: index)
                case 2:
                    var line = mutated[index]
                    let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
                    line.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: at)
                    mutated[index] = line
                default:
                    mutated[index] = String(mutated[index].shuffled(using: &random))
                }
                if mutated.isEmpty { mutated = [""] }
            }
            Self.check(mutated.joined(separator: "\n"), round: round)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func randomTokenSoup() {
        var random = SplitMix64(seed: 8)
        for round in 0..<1_500 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.tokens.randomElement(using: &random)! }.joined()
            Self.check(text, round: round)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func randomEnvironmentValues() throws {
        var random = SplitMix64(seed: 9)
        let keys = ConfigurationKey.all
        for round in 0..<1_000 {
            var environment: [String: String] = [:]
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let key = keys.randomElement(using: &random)!
                let value = (0..<Int.random(in: 0...4, using: &random)).map { _ in Self.tokens.randomElement(using: &random)! }.joined()
                environment[key.environmentVariable] = value
            }
            do {
                _ = try ConfigurationLoader(environment: environment).load(file: nil)
            } catch {
                for problem in error.problems {
                    #expect(environment[problem.location] != nil || problem.location.hasPrefix("AJAR_"), "round \(round): \(problem)")
                }
            }
        }
    }
}
