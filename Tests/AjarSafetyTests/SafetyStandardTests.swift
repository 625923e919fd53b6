import AjarEngine
import AjarRuntime
import AjarSafety
import AjarTestSupport
import Foundation
import Testing

/// `SafetyLayer.standard(store:engine:path:locale:)`: what `ajar chat` and `ajar serve` call with
/// `safety.path` and `safety.locale`.
@Suite struct SafetyStandardTests {
    typealias F = SafetyFixture
    let shipped = SafetyFixture.root.appendingPathComponent("config/safety")

    func firstReply(_ layer: SafetyLayer, _ text: String) async throws -> String {
        let store = MemoryConversationStore()
        let runtime = ConversationRuntime(engine: F.engine, store: store, safety: layer)
        return try await runtime.handle(F.message(F.id(), text)).replies.joined(separator: "\n")
    }

    func unavailable(path: String?, locale: String = "en") -> String? {
        do {
            _ = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine, path: path, locale: locale)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func withNothingConfiguredItFindsTheShippedEnglishData() async throws {
        let layer = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine)
        #expect(layer.data.language == "en" && layer.data.replies.region == "US")
        #expect(try await firstReply(layer, "I want to kill myself").contains("988"))
    }

    @Test func aFolderAndALocalePickTheLanguageFileAndTheRegion() async throws {
        let layer = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine, path: shipped.path, locale: "en-GB")
        #expect(layer.data.replies.region == "GB")
        let reply = try await firstReply(layer, "I want to kill myself")
        #expect(reply.contains("116 123") && reply.contains("999") && !reply.contains("988"))
    }

    @Test func aFileIsUsedAsItIsWithTheLocalesRegion() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("our-lines.yaml")
        let text = try String(contentsOf: shipped.appendingPathComponent("en.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "call or text 988\"", with: "call or text 988 (our copy)\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let layer = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine, path: file.path, locale: "en")
        let replies = try await goodbye(layer)
        #expect(replies.contains("988 (our copy)"), "\(replies)")
    }

    @Test func aFileForTheWholeLocaleComesBeforeTheLanguagesFile() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try String(contentsOf: shipped.appendingPathComponent("en.yaml"), encoding: .utf8)
        try english.write(to: folder.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        try english.replacingOccurrences(of: "call Samaritans on 116 123\"", with: "call Samaritans (Wales) on 116 123\"")
            .write(to: folder.appendingPathComponent("en-GB.yaml"), atomically: true, encoding: .utf8)
        let british = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine, path: folder.path, locale: "en_gb")
        #expect(british.data.replies.region == "GB")
        #expect(try await goodbye(british).contains("call Samaritans (Wales) on 116 123"))
        let plain = try SafetyLayer.standard(store: MemoryConversationStore(), engine: F.engine, path: folder.path, locale: "en-NZ")
        #expect(plain.data.replies.region == "US")
        #expect(try await goodbye(plain).contains("call or text 988"))
    }

    /// The goodbye after a crisis reply, which carries the region's short help line.
    func goodbye(_ layer: SafetyLayer) async throws -> String {
        let runtime = ConversationRuntime(engine: F.engine, store: MemoryConversationStore(), safety: layer)
        let id = F.id()
        _ = try await runtime.handle(F.message(id, "I want to kill myself"))
        return try await runtime.handle(F.message(id, "bye")).replies.joined()
    }

    @Test func everyFailureNamesTheFileOrFolder() throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }

        let french = unavailable(path: shipped.path, locale: "fr-FR")
        #expect(french?.contains(shipped.appendingPathComponent("fr.yaml").path) == true, "\(french ?? "")")

        let missing = folder.appendingPathComponent("nowhere.yaml").path
        #expect(unavailable(path: missing)?.hasPrefix(missing) == true)

        let broken = folder.appendingPathComponent("en.yaml")
        try "language: en\nconcerns: [".write(to: broken, atomically: true, encoding: .utf8)
        #expect(unavailable(path: broken.path)?.hasPrefix(broken.path) == true)
        #expect(unavailable(path: folder.path)?.hasPrefix(broken.path) == true)

        #expect(unavailable(path: shipped.path, locale: "../../etc/passwd")?.contains("is not a locale") == true)
        #expect(unavailable(path: shipped.path, locale: "")?.contains("is not a locale") == true)
    }
}
