import DutyModel
import TerminalKit

/// What happened: a key, a new terminal size, the result of an effect.
public enum AppAction: Equatable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// An effect could not be carried out (the change is undone in the state).
    case failed(Localized)
    /// The stored data, read again after an undo or redo, with what happened.
    case reloaded(directory: Directory, assignments: [Assignment], message: Localized)
}

/// Work for the main loop: the reducer describes it, the loop does it and reports back.
public enum Effect: Equatable, Sendable {
    case save(Assignment)
    case remove(person: PersonID, slot: Slot)
    /// Removals and additions as one change (a swap).
    case change(removing: [Assignment], adding: [Assignment], action: String)
    case undo, redo
    case quit
}
