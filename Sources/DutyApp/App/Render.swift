import DutyModel
import TerminalKit

/// The smallest terminal the interface draws in; below it, one line says so.
public let minimumSize = (width: 40, height: 10)

/// Draws the state. Pure: the same state always gives the same screen.
public func render(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    let l = state.language
    guard state.width >= minimumSize.width, state.height >= minimumSize.height else {
        screen.put(l == .zh ? "终端太小（至少 \(minimumSize.width)×\(minimumSize.height)）" : "Terminal too small (need \(minimumSize.width)×\(minimumSize.height))",
                   x: 0, y: 0, columns: state.width, role: .error)
        return screen
    }
    drawTitle(&screen, state)
    Screens.unit(state.screen).draw(state, &screen)
    Override.draw(state, &screen)
    drawStatus(&screen, state)
    drawFunctionBar(&screen, state)
    return screen
}

func drawTitle(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language
    let post = state.screen == .desk ? state.desk.post.flatMap { id in state.directory.posts.first { $0.id == id }?.name } : nil
    var place = post ?? state.board.compound.map { state.directory.compounds[$0].name }
        ?? state.board.area.map { state.directory.areas[$0].name } ?? (l == .zh ? "全部小区" : "all compounds")
    if let kind = state.board.kind { place += " · " + kind.name(l) }
    let shown = state.screen == .desk ? state.now.date : state.date
    let weekday = shown.weekday.name(l)
    let date = "\(shown) \(l == .zh ? weekday : weekday.prefix(1).uppercased() + weekday.dropFirst())"
    let text = "值班 Zhiban · \(state.screen.title(l)) · \(date) · \(place)"
    screen.fill(x: 0, y: 0, width: screen.width, height: 1, role: .title)
    screen.put(text, x: 1, y: 0, columns: screen.width - 1, role: .title)
}

func drawStatus(_ screen: inout ScreenBuffer, _ state: AppState) {
    let y = screen.height - 2
    guard let status = state.status else { return }
    screen.put(status.text(state.language), x: 0, y: y, columns: screen.width, role: status.isError ? .error : .status)
}

/// The function bar: each command with a bar label on this screen, by its first key. When
/// they do not all fit, items go from the middle; help comes first and quit stays last.
func drawFunctionBar(_ screen: inout ScreenBuffer, _ state: AppState) {
    let y = screen.height - 1
    var items: [(key: String, label: String)] = []
    for spec in state.keyMap.table where spec.screens.contains(state.screen) {
        // Where typing is text, a letter key would be typed: show a key that is not.
        let keys = state.keyMap.keys(for: spec.command).filter { key in
            guard state.takesText, case .character = key else { return true }
            return false
        }
        guard let label = spec.bar, let key = keys.first else { continue }
        items.append((key.spec, label(state.language)))
    }
    func width(_ list: [(key: String, label: String)]) -> Int {
        list.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.label) + 1 }
    }
    while items.count > 2 && width(items) > screen.width { items.remove(at: items.count - 2) }
    var x = 0
    for item in items where x + DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) <= screen.width {
        x += screen.put(item.key + " ", x: x, y: y, role: .functionKey)
        x += screen.put(item.label, x: x, y: y, role: .functionLabel)
        x += screen.put(" ", x: x, y: y)
    }
}
