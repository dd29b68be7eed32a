import DutyModel
import TerminalKit

/// The only place the state changes. Pure: no disk, clock or terminal; what must happen
/// outside comes back as effects, and their results come back as actions.
///
/// A key goes first to the current screen as text (a query line, a form), then through the
/// key map to a command, which the current screen handles (``Screen/commands``). A paste goes
/// to the field being typed in as one edit.
public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
    switch action {
    case let .key(key):
        if key == .resize { return [] }
        if let effects = Override.type(key, &state) { return effects }
        let screen = Screens.unit(state.screen)
        if let effects = screen.type(key, &state) { return effects }
        guard let command = state.keyMap.command(for: key, on: state.screen) else {
            state.status = .init(Localized(zh: "按键 \(key.spec) 在此无作用，按 \(state.keyMap.name(of: .help).zh) 查看帮助",
                                           en: "\(key.spec) does nothing here; press \(state.keyMap.name(of: .help).en) for help"))
            return []
        }
        state.status = nil
        return perform(&state, command)
    case let .paste(text):
        return paste(&state, text)
    case let .resized(width, height):
        state.width = width
        state.height = height
        BoardScreen.keepVisible(&state)
        return []
    case let .tick(time):
        state.now = time
        return []
    case let .failed(message):
        state.status = .init(message, isError: true)
        return []
    case let .notice(message):
        state.status = .init(message)
        return []
    case let .committed(version):
        state.version = max(state.version, version)
        return []
    case let .refreshed(snapshot):
        state.take(snapshot)
        return []
    case let .reloaded(snapshot, message):
        state.take(snapshot)
        state.status = .init(message)
        return []
    case let .deskLoaded(log):
        state.desk.log = log
        state.desk.clampCursor(state)
        return []
    case let .queued(ids, message):
        state.desk.unsent.formUnion(ids)
        state.status = .init(message)
        return []
    case let .sent(ids, message):
        state.desk.unsent.subtract(ids)
        state.status = .init(message)
        return []
    case let .solverProgress(progress):
        state.solver?.progress = progress
        return []
    case let .solverFinished(outcome):
        state.solver?.outcome = outcome
        return []
    case let .pinyinReady(pinyin):
        state.mergePinyin(pinyin)
        return []
    }
}

/// Text that came at once: the field being typed in (the override's reason first, as for
/// keys) takes it as one edit. Where nothing takes text, a short run is keys typed quickly and
/// each is handled as a key, as before; a longer one is dropped with a word.
func paste(_ state: inout AppState, _ text: String) -> [Effect] {
    if let effects = Override.paste(text, &state) { return effects }
    if let effects = Screens.unit(state.screen).paste(text, &state) { return effects }
    if text.count <= KeyBurst.typedAtOnce { return text.flatMap { reduce(&state, .key(.character($0))) } }
    state.status = .init(Localized(zh: "此处没有输入栏：粘贴的 \(text.count) 个字符未使用",
                                   en: "Nothing here takes text: the \(text.count) pasted characters were not used"))
    return []
}

/// Hands `command` to the current screen. A command the screen has no handler for is said on
/// the status line as a fault, never dropped (a test keeps the table and the screens agreeing).
func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard let handler = Screens.unit(state.screen).commands[command] else {
        state.status = .init(Localized(zh: "内部错误：命令 \(command.rawValue) 在“\(state.screen.title.zh)”上没有处理",
                                       en: "Internal error: no handler for \(command.rawValue) on \(state.screen.title.en)"),
                             isError: true)
        return []
    }
    return handler(&state)
}
