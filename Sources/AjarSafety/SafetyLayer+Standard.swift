public import AjarEngine
public import AjarRuntime
public import struct Foundation.Date

/// Why the safety layer could not be set up. A transport must then refuse to start: coaching
/// never runs without the safety screen.
public struct SafetyUnavailable: Error, CustomStringConvertible {
    /// What went wrong, starting with the file or folder it is about.
    public var description: String
}

extension SafetyLayer {
    /// The layer every transport runs: the phrase lists and replies from `path` (a data file, a
    /// folder of `<language>.yaml` files, or `nil` for the shipped `config/safety`, found from the
    /// current folder or beside the executable) for `locale` ("en", "en-GB"), with its records in
    /// the store's safety table.
    ///
    /// ```swift
    /// let layer = try SafetyLayer.standard(
    ///     store: store, engine: engine, path: configuration.safety.path, locale: configuration.safety.locale)
    /// let runtime = ConversationRuntime(engine: engine, store: store, safety: layer)
    /// ```
    public static func standard(
        store: any ConversationStore, engine: Engine, path: String? = nil, locale: String = SafetyData.defaultLocale,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(SafetyUnavailable) -> SafetyLayer {
        let data: SafetyData
        do {
            data = try SafetyData.load(path: path, locale: locale)
        } catch {
            throw SafetyUnavailable(description: error.description)
        }
        return SafetyLayer(
            data: data, records: ConversationSafetyRecordStore(store: store), store: store, engine: engine, now: now)
    }
}
