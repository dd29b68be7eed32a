import DutyModel

/// `zhiban undo` and `zhiban redo`: the same history the interface uses, said the same way.
public enum UndoCommand {
    /// Undoes (or with `undo` false, redoes) the newest change and says which it was.
    public static func run(_ store: any RosterStore, undo: Bool, _ l: Language, _ console: Console) throws {
        let change = undo ? try store.undo().value : try store.redo().value
        console.out(UndoableChange.report(change, undo: undo)(l))
    }
}
