import AjarEngine
import Yams

extension ScriptParser {
    static let lineKeys = ["text", "variants", "pick", "if"]

    /// `say:` as a string or a list of strings, `{text, if}` and `{variants, pick, if}`.
    mutating func parseLines(_ entry: Fields.Entry) -> [Line] {
        if Self.isNull(entry.value) {
            report(.emptyText, at: location(entry), "'\(entry.key)' has no lines")
            return []
        }
        if entry.value.scalar != nil {
            return parseTemplate(entry.value, "a line", at: location(entry)).map { [Line($0)] } ?? []
        }
        guard let items = list(entry) else { return [] }
        if items.isEmpty {
            report(.emptyText, at: location(entry), "'\(entry.key)' has no lines")
        }
        return items.compactMap { parseLine($0) }
    }

    mutating func parseLine(_ node: Node) -> Line? {
        if node.scalar != nil {
            return parseTemplate(node, "a line", at: location(node)).map { Line($0) }
        }
        guard node.mapping != nil else {
            report(.wrongType, node, "a line must be a string or a mapping with 'text' or 'variants', not \(Self.kind(node))")
            return nil
        }
        guard let fields = fields(node, "a line", allowed: Self.lineKeys) else { return nil }
        if fields["text"] != nil, let variants = fields["variants"] {
            report(.conflictingKeys, variants.keyNode, "a line has both 'text' and 'variants'", hint: "use one of them")
        } else if fields["text"] != nil, let pick = fields["pick"] {
            report(.conflictingKeys, pick.keyNode, "'pick' applies only to 'variants'", hint: "remove 'pick' or use 'variants'")
        }
        let condition = fields["if"].flatMap { parseCondition($0.value, depth: 0) }
        if let entry = fields["variants"] {
            guard let items = list(entry, single: true) else { return nil }
            if items.isEmpty { report(.emptyText, at: location(entry), "'variants' is empty") }
            let variants = items.compactMap { parseTemplate($0, "a variant", at: location($0)) }
            var selection = VariantSelection.rotate
            if let entry = fields["pick"], let pick = string(entry) {
                if let value = VariantSelection(rawValue: pick.value) {
                    selection = value
                } else {
                    report(.invalidValue, at: pick.location, "unknown 'pick' '\(pick.value)'",
                           hint: Suggestion.hint(for: pick.value, among: ["rotate", "random"]) ?? "use 'rotate' or 'random'")
                }
            }
            guard !variants.isEmpty else { return nil }
            return Line(variants: variants, selection: selection, condition: condition)
        }
        guard let entry = fields["text"] else {
            reportMissing(in: fields, "a line needs 'text' or 'variants'")
            return nil
        }
        return parseTemplate(entry.value, "a line", at: location(entry)).map { Line($0, condition: condition) }
    }

    /// A template from a scalar; records the variables it reads.
    mutating func parseTemplate(_ node: Node, _ what: String, at location: SourceLocation, allowEmpty: Bool = false) -> Template? {
        guard let text = string(node, what, at: location) else { return nil }
        if !allowEmpty, text.value.trimmingSpaces.isEmpty {
            report(.emptyText, at: text.location, "\(what) is empty")
            return nil
        }
        switch TemplateParser.parseWithOffsets(text.value) {
        case .success(let parsed):
            for variable in parsed.variables {
                file.references.variableUses.append(Located(value: variable.name, location: self.location(in: node, offset: variable.offset)))
            }
            return parsed.template
        case .failure(let error):
            report(.invalidTemplate, at: self.location(in: node, offset: error.offset), "invalid template: \(error.message)", hint: error.hint)
            return nil
        }
    }
}
