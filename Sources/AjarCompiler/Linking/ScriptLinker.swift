import AjarEngine
import AjarReframer

/// The files of one dialogue merged into one program, with the names they use, before the
/// whole-dialogue checks.
struct LinkedScript {
    var states: [StateID: State] = [:]
    /// Every state with the location of its name, in include and declaration order.
    var stateOrder: [Located<StateID>] = []
    var stateLocations: [StateID: SourceLocation] = [:]
    var intents: [Intent] = []
    var intentLocations: [IntentID: SourceLocation] = [:]
    var variables: [String: String] = [:]
    var variableLocations: [String: SourceLocation] = [:]
    var globalTransitions: [Transition] = []
    /// Every file's `notice:` rules, in include and declaration order.
    var notices: [Notice] = []
    var globalFallback: Located<Response>?
    var resume: Located<StateID>?
    var language = LanguageRules.english
    var references = References()
    var diagnostics: [Diagnostic] = []
}

/// Merges the files of a dialogue; a name defined twice is reported at the second definition.
enum ScriptLinker {
    static func link(_ files: [ScriptFile]) -> LinkedScript {
        var linked = LinkedScript()
        func duplicate(_ what: String, at location: SourceLocation, first: SourceLocation) {
            linked.diagnostics.append(Diagnostic(.duplicateDefinition, at: location, "\(what) is already defined at \(first)"))
        }
        for file in files {
            for state in file.states {
                if let first = linked.stateLocations[state.value.id] {
                    duplicate("state '\(state.value.id)'", at: state.location, first: first)
                    continue
                }
                linked.states[state.value.id] = state.value
                linked.stateOrder.append(Located(value: state.value.id, location: state.location))
                linked.stateLocations[state.value.id] = state.location
            }
            for intent in file.intents {
                if let first = linked.intentLocations[intent.value.id] {
                    duplicate("intent '\(intent.value.id)'", at: intent.location, first: first)
                    continue
                }
                linked.intents.append(intent.value)
                linked.intentLocations[intent.value.id] = intent.location
            }
            for variable in file.variables {
                if let first = linked.variableLocations[variable.name] {
                    if linked.variables[variable.name] != variable.value {
                        duplicate("variable '\(variable.name)' (with another default)", at: variable.location, first: first)
                    }
                    continue
                }
                linked.variables[variable.name] = variable.value
                linked.variableLocations[variable.name] = variable.location
            }
            linked.globalTransitions += file.globalTransitions
            linked.notices += file.notices
            if let fallback = file.fallback {
                if let first = linked.globalFallback {
                    duplicate("the global 'fallback'", at: fallback.location, first: first.location)
                } else {
                    linked.globalFallback = fallback
                }
            }
            if let resume = file.resume {
                if let first = linked.resume {
                    duplicate("'resume'", at: resume.location, first: first.location)
                } else {
                    linked.resume = resume
                }
            }
            linked.references.states += file.references.states
            linked.references.intents += file.references.intents
            linked.references.variableUses += file.references.variableUses
            linked.references.definedVariables.formUnion(file.references.definedVariables)
            linked.references.nextLocations.merge(file.references.nextLocations) { first, _ in first }
        }
        // Language tables: the entry script wins over what it includes, which wins over the defaults.
        for file in files.reversed() {
            linked.language.reflections.merge(file.reflections) { _, script in script }
            linked.language.gerunds.merge(file.gerunds) { _, script in script }
        }
        let defined = Set(linked.intents.map(\.id))
        linked.intents += Intent.builtIns.filter { !defined.contains($0.id) }
        return linked
    }
}
