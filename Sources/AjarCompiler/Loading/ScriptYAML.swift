public import Yams

/// The compiler's guarded YAML loading, for other YAML files that authors write (example
/// conversations): bytes -> checked UTF-8 -> no anchors or aliases -> a `Yams.Node` tree whose
/// nodes carry their line and column.
///
/// Files over 2 MiB, invalid UTF-8, control characters, anchors and aliases (alias bombs), YAML
/// nested over 1,000 deep and syntax errors all come back as located diagnostics, never a crash.
///
/// ```swift
/// let (root, diagnostics) = ScriptYAML.compose(bytes, path: "plants.test.yaml")
/// ```
public enum ScriptYAML {
    /// The document in `bytes`, or why there is none. `root` is `nil` whenever `diagnostics` is not empty.
    public static func compose(_ bytes: [UInt8], path: String) -> (root: Node?, diagnostics: [Diagnostic]) {
        let loaded = ScriptLoader.load(bytes, path: path)
        return (loaded.root, loaded.diagnostics)
    }
}
