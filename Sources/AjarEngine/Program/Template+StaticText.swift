extension Template {
    /// The template's text when it has no variables.
    var staticText: String? {
        var text = ""
        for part in parts {
            guard case .text(let piece) = part else { return nil }
            text += piece
        }
        return text
    }
}
