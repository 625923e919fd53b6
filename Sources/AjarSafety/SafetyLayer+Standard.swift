public import AjarEngine
public import AjarRuntime

/// Why the safety layer could not be set up. A transport must then refuse to start: coaching
/// never runs without the safety screen.
public struct SafetyUnavailable: Error, CustomStringConvertible {
    public var description: String
}

extension SafetyLayer {
    /// The layer every transport runs: the shipped phrase lists and replies (`config/safety`,
    /// found from the current folder or beside the executable), flags kept with the sessions.
    ///
    /// ```swift
    /// let layer = try SafetyLayer.standard(store: store, engine: engine)
    /// let runtime = ConversationRuntime(engine: engine, store: store, safety: layer)
    /// ```
    public static func standard(
        store: any ConversationStore, engine: Engine, directory: String? = nil, locale: String = SafetyData.defaultLocale
    ) throws -> SafetyLayer {
        guard let folder = SafetyData.locate(configured: directory) else {
            throw SafetyUnavailable(description: "cannot find the safety data (\(SafetyData.defaultDirectory)/): run Ajar from its folder")
        }
        let data: SafetyData
        do {
            data = try SafetyData.load(directory: folder, locale: locale)
        } catch {
            throw SafetyUnavailable(description: "cannot load the safety data in \(folder): \(error)")
        }
        return SafetyLayer(data: data, records: SessionSafetyRecordStore(store: store, engine: engine), store: store, engine: engine)
    }
}
