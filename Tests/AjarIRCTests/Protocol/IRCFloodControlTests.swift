import AjarIRCProtocol
import AjarEngine
import Testing

@Suite struct IRCFloodControlTests {
    let start = ContinuousClock.now

    @Test func letsABurstGoThenPacesLines() {
        var flood = IRCFloodControl(rates: IRCFloodControl.Rates(burstLines: 3, linesPerSecond: 1, burstBytes: 10_000, bytesPerSecond: 10_000), now: start)
        for _ in 0..<3 {
            #expect(flood.delay(forLineOf: 10, at: start) == .zero)
            flood.record(lineOf: 10, at: start)
        }
        #expect(flood.delay(forLineOf: 10, at: start) == .seconds(1))
        #expect(flood.delay(forLineOf: 10, at: start + .milliseconds(500)) == .milliseconds(500))
        #expect(flood.delay(forLineOf: 10, at: start + .seconds(1)) == .zero)
    }

    @Test func longLinesWaitForTheByteBucket() {
        var flood = IRCFloodControl(rates: IRCFloodControl.Rates(burstLines: 10, linesPerSecond: 10, burstBytes: 512, bytesPerSecond: 256), now: start)
        flood.record(lineOf: 512, at: start)
        #expect(flood.delay(forLineOf: 256, at: start) == .seconds(1))
        #expect(flood.delay(forLineOf: 512, at: start) == .seconds(2))
    }

    @Test func urgentLinesGoIntoDebtAndSlowWhatFollows() {
        var flood = IRCFloodControl(rates: IRCFloodControl.Rates(burstLines: 1, linesPerSecond: 1, burstBytes: 10_000, bytesPerSecond: 10_000), now: start)
        flood.record(lineOf: 10, at: start)
        flood.record(lineOf: 10, at: start)
        #expect(flood.delay(forLineOf: 10, at: start) == .seconds(2))
    }

    @Test func aQuietSpellRefillsOnlyUpToTheBurst() {
        var flood = IRCFloodControl(rates: .default, now: start)
        let later = start + .seconds(3600)
        var sent = 0
        while flood.delay(forLineOf: 100, at: later) == .zero, sent < 100 {
            flood.record(lineOf: 100, at: later)
            sent += 1
        }
        #expect(sent == IRCFloodControl.Rates.default.burstLines)
    }

    @Test func neverExceedsTheSustainedRateOverALongRun() {
        let rates = IRCFloodControl.Rates.default
        var flood = IRCFloodControl(rates: rates, now: start)
        var now = start
        var random = SplitMix64(seed: 9)
        var bytes = 0
        var lines = 0
        for _ in 0..<300 {
            let size = Int.random(in: 20...512, using: &random)
            now += flood.delay(forLineOf: size, at: now)
            flood.record(lineOf: size, at: now)
            bytes += size
            lines += 1
        }
        let seconds = (now - start) / .seconds(1)
        #expect(Double(lines - rates.burstLines) <= seconds * rates.linesPerSecond + 0.001)
        #expect(Double(bytes - rates.burstBytes) <= seconds * Double(rates.bytesPerSecond) + 1)
    }
}

@Suite struct ReconnectBackoffTests {
    @Test func growsExponentiallyWithJitterUpToTheCap() {
        var backoff = ReconnectBackoff(initial: .seconds(2), maximum: .seconds(300))
        var random = SplitMix64(seed: 1)
        let ceilings: [Duration] = [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(32), .seconds(64), .seconds(128), .seconds(256), .seconds(300), .seconds(300)]
        for ceiling in ceilings {
            let delay = backoff.nextDelay(using: &random)
            #expect(delay >= ceiling / 2 && delay <= ceiling, "\(delay) outside \(ceiling / 2)...\(ceiling)")
        }
        #expect(backoff.attempts == ceilings.count)
    }

    @Test func jitterSpreadsBotsApart() {
        var delays: Set<Duration> = []
        for seed in 0..<20 {
            var backoff = ReconnectBackoff()
            var random = SplitMix64(seed: UInt64(seed))
            delays.insert(backoff.nextDelay(using: &random))
        }
        #expect(delays.count > 15)
    }

    @Test func resetStartsOverAndHugeAttemptCountsStayCapped() {
        var backoff = ReconnectBackoff(initial: .seconds(1), maximum: .seconds(10))
        var random = SplitMix64(seed: 2)
        for _ in 0..<100 { _ = backoff.nextDelay(using: &random) }
        #expect(backoff.ceiling(forAttempt: 1_000_000) == .seconds(10))
        backoff.reset()
        #expect(backoff.nextDelay(using: &random) <= .seconds(1))
    }
}

@Suite struct SASLPlainTests {
    @Test(arguments: [
        ([UInt8](), ""), (Array("f".utf8), "Zg=="), (Array("fo".utf8), "Zm8="), (Array("foo".utf8), "Zm9v"),
        (Array("foobar".utf8), "Zm9vYmFy"), ([0, 255, 128], "AP+A"),
    ])
    func base64MatchesRFC4648(_ bytes: [UInt8], _ expected: String) {
        #expect(Base64.encode(bytes) == expected)
        #expect(Base64.decode(expected) == bytes)
    }

    @Test func splitsLongCredentialsInto400ByteChunksWithATerminator() {
        let short = SASLPlain.authenticateParameters(username: "ajar", password: "secret")
        #expect(short == ["AGFqYXIAc2VjcmV0"])
        // 2 + 4 + 294 = 300 bytes -> exactly 400 base64 characters -> a "+" follows.
        let exact = SASLPlain.authenticateParameters(username: "ajar", password: String(repeating: "p", count: 294))
        #expect(exact.count == 2 && exact[0].utf8.count == 400 && exact[1] == "+")
        let long = SASLPlain.authenticateParameters(username: "ajar", password: String(repeating: "p", count: 400))
        #expect(long.count == 2 && long[1] != "+")
        #expect(Base64.decode(long.joined()) == Array("\0ajar\0\(String(repeating: "p", count: 400))".utf8))
    }
}
