import DutyModel
import Foundation
import TerminalKit

/// The solver panel: its progress while the engine runs, then the outcome and why.
public struct SolverPanel: Equatable, Sendable {
    public var progress: SolverProgress?
    public var outcome: SolverOutcome?
    /// How far the outcome's lines are scrolled.
    public var pager = Pager()
    public var running: Bool { outcome == nil }

    public init() {}
}

/// The engine solving the loaded days in the background; stop keeping the best, accept or discard.
enum SolverScreen: Screen {
    static let kind = ScreenKind.solver

    static let commands = Screens.commands([
        .stopSolver: { state in state.solver?.running == true ? [.stopSolver] : [] },
        .accept: { state in accept(&state) },
        .discard: { state in
            let running = state.solver?.running == true
            state.solver = nil
            state.screen = .board
            state.status = .init(Localized(zh: "已放弃求解结果", en: "Solver result discarded"))
            return running ? [.stopSolver] : []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in
        guard var panel = state.solver, let outcome = panel.outcome else { return }
        panel.pager.move(delta, count: outcome.lines.count, page: page(state))
        state.solver = panel
    })

    /// Lines of the outcome that fit below the summary.
    static func page(_ state: AppState) -> Int { max(1, state.height - 10) }

    /// `S` on the board: the panel opens and the engine starts on the loaded days.
    static func start(_ state: inout AppState) -> [Effect] {
        state.solver = SolverPanel()
        state.screen = .solver
        return [.startSolver(from: state.firstDay, days: state.days, seconds: state.solverSeconds)]
    }

    static func accept(_ state: inout AppState) -> [Effect] {
        guard let outcome = state.solver?.outcome else {
            let stop = state.keyMap.name(of: .stopSolver)
            state.status = .init(Localized(zh: "求解尚未结束：按 \(stop.zh) 停止", en: "Still solving: press \(stop.en) to stop"))
            return []
        }
        let first = state.firstDay, last = state.lastDay
        state.solver = nil
        state.screen = .board
        // A roster that still breaks a hard rule (a pinned duty, a search cut short) is kept only
        // with a reason, as one change like any other.
        let inRange = state.assignments.filter { $0.slot.date >= first && $0.slot.date <= last }
        let old = Set(inRange.map(Override.key)), new = Set(outcome.assignments.map(Override.key))
        let change = PendingChange(removing: inRange.filter { !$0.pinned && !new.contains(Override.key($0)) },
                                   adding: outcome.assignments.filter { !old.contains(Override.key($0)) }, action: "solve")
        let breaches = Override.breaches(state, change)
        if !breaches.isEmpty {
            Override.ask(&state, change, breaches: breaches, what: Localized(zh: "采用求解结果", en: "Accepting the solver's roster"))
            return []
        }
        // Kept assignments stay as they are (the store keeps them so, overrides and all).
        state.assignments = change.edit.applied(to: state.assignments)
        state.recheck()
        let undo = state.keyMap.name(of: .undo)
        state.status = .init(Localized(zh: "已采用求解结果：新增 \(outcome.added) 条，撤下 \(outcome.removed) 条（\(undo.zh) 撤销）",
                                       en: "Accepted: \(outcome.added) added, \(outcome.removed) removed (\(undo.en) undoes)"))
        return [.replaceRoster(from: first, to: last, assignments: outcome.assignments)]
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        guard let panel = state.solver else { return }
        screen.put(zh ? "为 \(state.firstDay) 至 \(state.lastDay) 排班（已锁定的排班不动）"
                      : "Rostering \(state.firstDay) to \(state.lastDay) (pinned assignments stay)",
                   x: 0, y: 1, columns: screen.width, role: .header)
        let progress = panel.progress
        let seconds = progress?.seconds ?? 0
        // The budget used, by whichever of time and steps ends the run; full once it has ended
        // (also when the search finished early).
        let fraction = panel.running ? max(0, min(1, progress?.fraction ?? 0)) : 1
        // A meter as htop draws one, readable without colour: [|||||     ].
        let barWidth = max(10, screen.width - 30), inside = barWidth - 2
        let filled = Int((Double(inside) * fraction).rounded(.down))
        screen.put("[", x: 0, y: 3)
        screen.put(String(repeating: "|", count: filled), x: 1, y: 3, role: .progress)
        screen.put(String(repeating: " ", count: inside - filled), x: 1 + filled, y: 3, role: .dim)
        screen.put("]", x: barWidth - 1, y: 3)
        let stateText = panel.running ? (zh ? "求解中" : "solving") : (zh ? "已结束" : "done")
        screen.put(String(format: " %3d%%  %.1f / %.0f s  ", Int((fraction * 100).rounded(.down)), seconds, state.solverSeconds) + stateText,
                   x: barWidth, y: 3, columns: screen.width - barWidth)
        if let progress {
            let text = zh ? "得分 \(progress.hard) 硬 / \(progress.soft) 软　缺人班次 \(progress.shortSlots)　改进 \(progress.improvements) 次"
                          : "score \(progress.hard) hard / \(progress.soft) soft   short slots \(progress.shortSlots)   improvements \(progress.improvements)"
            screen.put(text, x: 0, y: 4, columns: screen.width)
        } else {
            screen.put(zh ? "正在构造初始排班……" : "Building the first roster…", x: 0, y: 4, columns: screen.width, role: .dim)
        }
        let keys = state.keyMap
        guard let outcome = panel.outcome else {
            let stop = keys.name(of: .stopSolver)
            screen.put(zh ? "按 \(stop.zh) 停止并保留目前最好的排班" : "Press \(stop.en) to stop and keep the best roster so far", x: 0, y: 6,
                       columns: screen.width, role: .dim)
            return
        }
        let accept = keys.name(of: .accept)(l), discard = keys.name(of: .discard)(l)
        let summary = zh ? "结果：\(outcome.hard) 硬 / \(outcome.soft) 软；将新增 \(outcome.added) 条、撤下 \(outcome.removed) 条。按 \(accept) 采用，\(discard) 放弃。"
                         : "Result: \(outcome.hard) hard / \(outcome.soft) soft; \(outcome.added) to add, \(outcome.removed) to remove. \(accept) accepts, \(discard) discards."
        screen.put(summary, x: 0, y: 6, columns: screen.width, role: outcome.hard > 0 ? .violated : .full)
        screen.put(zh ? "为什么（按罚分从高到低）：" : "Why (most costly first):", x: 0, y: 7, columns: screen.width, role: .header)
        for (i, line) in outcome.lines.enumerated().dropFirst(panel.pager.scroll).prefix(max(0, screen.height - 10)) {
            screen.put(line(l), x: 1, y: 8 + i - panel.pager.scroll, columns: screen.width - 1)
        }
    }
}
