@testable import AjarEngine
import Testing

/// The engine's fast ASCII tokeniser must see exactly the words ``Normalizer`` sees.
@Suite struct TokenizerTests {
    static let alphabet: [Character] = Array("aZ09 '`’‘.,!?-_*\t\n\r\0\u{7F}é")

    static func tokens(of input: InputWords) -> [Normalizer.Token] {
        (0..<input.count).map { Normalizer.Token(original: input.original($0), normalized: input.normalized($0)) }
    }

    @Test(arguments: 0..<4)
    func inputWordsAgreeWithTheNormalizer(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...16, using: &generator)
            let text = String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! })
            let input = InputWords(text, index: WordTable().index)
            #expect(Self.tokens(of: input) == Normalizer.tokens(text), "\(text.debugDescription)")
        }
    }

    @Test func knownWordsGetTheirIdentifiersAndOthersNone() {
        var table = WordTable()
        let fern = table.intern("fern")
        let dont = table.intern("don't")
        let input = InputWords("My FERN, don`t 'fern'", index: table.index)
        #expect(input.ids == [WordTable.unknown, fern, dont, fern])
        #expect(input.originals(0..<3) == "My FERN don't")
        #expect(input.trimmedText == "My FERN, don`t 'fern'")
    }
}
