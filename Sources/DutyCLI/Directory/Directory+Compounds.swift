import DutyModel

extension Directory {
    /// Whether a compound is the one `text` names (its ID or name), or any when `text` is nil;
    /// an error naming `text` when no compound is.
    func compoundFilter(_ text: String?, _ language: Language) throws -> (CompoundID) -> Bool {
        guard let text else { return { _ in true } }
        let ids = Set(compounds.filter { $0.id.rawValue == text || $0.name == text }.map(\.id))
        guard !ids.isEmpty else { throw CLIError(language == .zh ? "没有小区“\(text)”" : "no compound “\(text)”") }
        return { ids.contains($0) }
    }
}
