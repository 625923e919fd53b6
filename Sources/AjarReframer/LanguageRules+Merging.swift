extension LanguageRules {
    /// These rules with a script's `language:` tables merged over them, as the compiler does over
    /// ``english``: dictionary entries replace, word classes and lists add to what is there,
    /// templates replace. Words are lowercased, as the tables require.
    ///
    /// ```swift
    /// let rules = LanguageRules.english.merging(
    ///     reflections: ["mum": "mother"], gerunds: ["travel": "travelling"],
    ///     wordClasses: ["personNoun": ["flatmate"]])
    /// ```
    public func merging(
        reflections: [String: String] = [:],
        subjectReflections: [String: String] = [:],
        personReflections: [String: String] = [:],
        gerunds: [String: String] = [:],
        gerundEndings: [String: String] = [:],
        wordClasses: [String: [String]] = [:],
        stressedFinalVerbs: [String] = [],
        questionOpeners: [String] = [],
        leadIns: [String] = [],
        trailingFillers: [String] = [],
        beliefVerbs: [String: String] = [:],
        constraintTemplate: String? = nil,
        persistenceTemplate: String? = nil
    ) -> LanguageRules {
        func lower(_ table: [String: String]) -> [String: String] {
            Dictionary(table.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        }
        var merged = self
        merged.reflections.merge(lower(reflections)) { $1 }
        merged.subjectReflections.merge(lower(subjectReflections)) { $1 }
        merged.personReflections.merge(lower(personReflections)) { $1 }
        merged.gerunds.merge(lower(gerunds)) { $1 }
        merged.gerundEndings.merge(lower(gerundEndings)) { $1 }
        merged.beliefVerbs.merge(lower(beliefVerbs)) { $1 }
        for (name, words) in wordClasses {
            merged.wordClasses[name, default: []].formUnion(words.map { $0.lowercased() })
        }
        if !stressedFinalVerbs.isEmpty {
            merged.wordClasses[WordClass.stressedFinal.rawValue, default: []]
                .formUnion(stressedFinalVerbs.map { $0.lowercased() })
        }
        merged.questionOpeners += questionOpeners
        merged.leadIns += leadIns
        merged.trailingFillers += trailingFillers.map { $0.lowercased() }
        if let constraintTemplate { merged.constraintTemplate = constraintTemplate }
        if let persistenceTemplate { merged.persistenceTemplate = persistenceTemplate }
        return merged
    }
}
