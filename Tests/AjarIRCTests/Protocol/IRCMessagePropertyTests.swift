import AjarIRCProtocol
import Testing

@Suite struct IRCMessagePropertyTests {
    @Test func randomBytesNeverCrashTheParser() {
        var random = RandomText(seed: 1)
        for _ in 0..<20_000 {
            let bytes = random.bytes(count: random.int(in: 0...80))
            let line = String(decoding: bytes, as: UTF8.self)
            _ = try? IRCMessage(parsing: line)
        }
    }

    @Test func randomIRCishTextNeverCrashesTheParser() {
        var random = RandomText(seed: 2)
        let starts = ["", "@", "@a=b ", ":", ":n!u@h ", "PRIVMSG ", "001 "]
        for _ in 0..<20_000 {
            let line = starts[random.int(in: 0...starts.count - 1)] + random.text(maxLength: 30)
            if let message = try? IRCMessage(parsing: line) {
                #expect(!message.command.isEmpty)
            }
        }
    }

    @Test func parsingASerialisedMessageGivesItBack() throws {
        var random = RandomText(seed: 3)
        for _ in 0..<5_000 {
            let message = randomMessage(&random)
            let line = try message.serialised()
            #expect(try IRCMessage(parsing: line) == message, "line: \(line)")
        }
    }

    @Test func serialisingAnyTextGivesExactlyOneLine() {
        var random = RandomText(seed: 4)
        let breaks = ["\r", "\n", "\r\n", "\0"]
        for _ in 0..<5_000 {
            var text = random.text(maxLength: 20)
            text.insert(contentsOf: breaks[random.int(in: 0...3)], at: text.startIndex)
            text += breaks[random.int(in: 0...3)] + "QUIT :x"
            guard let line = try? IRCMessage(command: "PRIVMSG", parameters: ["#a", text]).serialised() else { continue }
            let breaks = line.utf8.filter { (byte: UInt8) in byte == 0x0A || byte == 0x0D || byte == 0 }
            #expect(breaks.isEmpty)
            #expect((try? IRCMessage(parsing: line))?.parameters.count == 2)
        }
    }

    private func randomMessage(_ random: inout RandomText) -> IRCMessage {
        var tags: [IRCTag] = []
        for _ in 0..<random.int(in: 0...2) {
            tags.append(IRCTag(key: (random.int(in: 0...1) == 0 ? "+" : "") + random.letters(1...6), value: random.text(maxLength: 6)))
        }
        var source: IRCSource?
        if random.int(in: 0...1) == 0 {
            source = IRCSource(name: random.letters(1...9), user: random.letters(1...5), host: random.letters(1...10))
        }
        let command = random.int(in: 0...3) == 0 ? String(random.int(in: 100...999)) : random.letters(1...8).uppercased()
        var parameters = (0..<random.int(in: 0...4)).map { _ in random.word() }
        if random.int(in: 0...1) == 0 { parameters.append(random.text(maxLength: 20)) }
        return IRCMessage(tags: tags, source: source, command: command, parameters: parameters)
    }
}
