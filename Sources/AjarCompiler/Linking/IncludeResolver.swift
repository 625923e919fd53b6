/// Follows `include:` from an entry script: every file once, in include order (the including file
/// first, then its includes depth first), with cycles and missing files reported at the include.
struct IncludeResolver {
    /// Includes nest at most this deep.
    static let maximumDepth = 64

    private(set) var scripts: [ScriptCache.Script] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visited: Set<String> = []

    /// Resolves everything `entry` includes. `entry` itself must have been read successfully.
    static func resolve(_ entry: ScriptCache.Script, cache: inout ScriptCache) -> IncludeResolver {
        var resolver = IncludeResolver()
        resolver.visit(entry, stack: [entry.file.path], cache: &cache)
        return resolver
    }

    private mutating func visit(_ script: ScriptCache.Script, stack: [String], cache: inout ScriptCache) {
        visited.insert(script.file.path)
        scripts.append(script)
        for include in script.file.includes {
            let target = ScriptPath.resolve(include.value, relativeTo: script.file.path)
            if let start = stack.firstIndex(of: target) {
                let loop = (stack[start...] + [target]).joined(separator: " -> ")
                diagnostics.append(Diagnostic(.includeCycle, at: include.location, "include cycle: \(loop)"))
                continue
            }
            if visited.contains(target) { continue }
            guard stack.count < Self.maximumDepth else {
                diagnostics.append(Diagnostic(.limitExceeded, at: include.location, "includes nest more than \(Self.maximumDepth) files deep"))
                continue
            }
            switch cache.script(target) {
            case .success(let included):
                visit(included, stack: stack + [target], cache: &cache)
            case .failure(let error):
                let resolved = target == include.value ? "" : " (resolved to \(target))"
                diagnostics.append(Diagnostic(.missingInclude, at: include.location, "cannot include '\(include.value)'\(resolved): \(error.reason)"))
            }
        }
    }
}
