import DutyApp
import DutyCLI
import DutyCSV
import DutyDocuments
import DutyEngine
import DutyModel
import DutyRuntime
import DutyTestSupport
import Foundation
import TerminalKit

/// One random sequence of the property test: the small sample city's week in a memory store,
/// an interface session on it (a real `Session`, so that every effect reaches the store
/// through `EffectRunner`) and the commands run over the same store meanwhile, as a second
/// terminal would. Each step is one coordinator's action, chosen by a seeded generator; an
/// override prompt that opens is answered at random, with a reason or by cancelling.
final class OneTruthWorld {
    static let directory = SampleWeek.directory
    static let firstDay = SampleWeek.firstDay
    static let lastDay = firstDay.adding(days: 6)

    /// Documents go nowhere (printing is no part of the property).
    final class NoPaper: DocumentOutput, @unchecked Sendable {
        func write(_ documents: [Document], file: String) throws(DocumentFailure) -> String { "/dev/null" }
        func send(_ documents: [Document]) throws(DocumentFailure) {}
    }

    /// The week stored once; each sequence works on a copy.
    static let template: MemoryStore = {
        let store = MemoryStore(user: "王芳", directory: directory)
        _ = try? store.replaceAssignments(from: firstDay, to: lastDay, with: SampleWeek.assignments, action: "solve",
                                          updating: nil, basedOn: nil)
        return store
    }()

    let seed: UInt64
    var random: SeededRandom
    let store: MemoryStore
    let session: Session
    let now: LocalDateTime
    /// What was done, one line a step, to say which sequence failed and how.
    var log: [String] = []
    var reasons = 0
    /// Mismatches the engine's searches found between their bookkeeping and a full recount
    /// (every search here runs in verify mode): each one is an engine bug.
    var verifyFailures: [String] = []

    init(seed: UInt64) throws {
        self.seed = seed
        random = SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 1)
        store = Self.template.copy()
        let hours = [7, 8, 9, 13, 16, 20, 23]
        let day = Int.random(in: 0...6, using: &random), hour = hours.randomElement(using: &random) ?? 8
        let now = LocalDateTime(date: Self.firstDay.adding(days: day), time: TimeOfDay(hour: hour, minute: 50) ?? .midnight)
        self.now = now
        let searchSeed = seed
        // Every search runs in verify mode: the solver panel's, the desk's standby pick and the
        // commands' solves and replans.
        session = try Session(store: store, options: SessionOptions(firstDay: Self.firstDay, days: 7, language: .zh, verifiesEngine: true),
                              clock: { now }, output: NoPaper(),
                              background: Background { _ in DutySearchOptions(seed: searchSeed, steps: 300, threads: 1, verify: true) })
        session.send(.resized(width: 120, height: 40))
        session.background.waitUntilIdle()
        session.poll()
    }

    func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    var state: AppState { session.state }

    func keys(_ keys: [Key]) {
        for key in keys { session.send(.key(key)) }
    }

    func type(_ text: String) { keys(text.map { .character($0) }) }

    /// One action, of any kind, weighted towards the interface.
    func step() throws {
        let kinds: [(Int, () throws -> Void)] = [
            (5, slotAssign), (2, slotRemove), (2, swap), (1, pin), (3, editPerson), (4, desk), (1, solverPanel), (1, undo),
            (2, replan), (1, noShow), (1, solve), (2, importPerson),
        ]
        var pick = int(1...kinds.reduce(0) { $0 + $1.0 })
        for (weight, action) in kinds {
            pick -= weight
            if pick <= 0 {
                try action()
                break
            }
        }
        answerPrompt()
        backToBoard()
    }

    /// An open override prompt: a reason and Enter, or Esc (sometimes after Enter without one).
    func answerPrompt() {
        guard let prompt = state.override else { return }
        if chance(0.2) { keys([.enter]) }
        if chance(0.55) {
            reasons += 1
            let reason = "理由\(reasons)"
            type(reason)
            keys([.enter])
            log.append("  override “\(reason)”: \(prompt.what.zh)")
        } else {
            keys([.escape])
            log.append("  cancelled: \(prompt.what.zh)")
        }
    }

    func backToBoard() {
        for _ in 0..<6 where state.screen != .board || state.override != nil { keys([.escape]) }
    }

    // MARK: the board and the slot screen

    /// Moves the board's cursor at random and opens the slot under it.
    func openSlot() -> Bool {
        backToBoard()
        keys(Array(repeating: .character("]"), count: int(0...6)) + Array(repeating: .right, count: int(0...5))
             + Array(repeating: .down, count: int(0...12)) + [.enter])
        return state.screen == .slot && state.slot != nil
    }

    /// Puts the slot screen's cursor on row `row`.
    func select(_ row: Int) {
        keys([.home] + Array(repeating: .down, count: row))
    }

    func slotAssign() {
        guard openSlot(), let slot = state.slot else { return }
        let candidates = slot.lines.indices.filter { !slot.lines[$0].isMember }
        guard let row = candidates.randomElement(using: &random) else { return }
        log.append("assign \(slot.lines[row].name) to \(slot.slot.id.rawValue)" + (slot.lines[row].blocked != nil ? " (blocked)" : ""))
        select(row)
        keys([.character("a")])
    }

    func slotRemove() {
        guard openSlot(), let slot = state.slot else { return }
        guard let row = slot.lines.indices.filter({ slot.lines[$0].isMember }).randomElement(using: &random) else { return }
        log.append("remove \(slot.lines[row].name) from \(slot.slot.id.rawValue)")
        select(row)
        keys([.character("d")])
    }

    func pin() {
        guard openSlot(), let slot = state.slot else { return }
        guard let row = slot.lines.indices.filter({ slot.lines[$0].isMember }).randomElement(using: &random) else { return }
        log.append("pin \(slot.lines[row].name) on \(slot.slot.id.rawValue)")
        select(row)
        keys([.character("p")])
    }

    func swap() {
        guard openSlot(), let first = state.slot,
              let a = first.lines.indices.filter({ first.lines[$0].isMember }).randomElement(using: &random) else { return }
        select(a)
        keys([.character("s")])
        guard openSlot(), let second = state.slot,
              let b = second.lines.indices.filter({ second.lines[$0].isMember }).randomElement(using: &random) else { return }
        log.append("swap \(first.lines[a].name)@\(first.slot.id.rawValue) with \(second.lines[b].name)@\(second.slot.id.rawValue)")
        select(b)
        keys([.character("s")])
    }

    func solverPanel() {
        backToBoard()
        keys([.character("S")])
        session.background.waitUntilIdle()
        session.poll()
        guard let outcome = state.solver?.outcome else { return }
        if let failure = outcome.verifyFailure { verifyFailures.append("solver panel: \(failure)") }
        let accept = chance(0.7)
        log.append("solver panel: \(outcome.hard) hard, \(accept ? "accepted" : "discarded")")
        keys([.character(accept ? "a" : "d")])
    }

    func undo() {
        backToBoard()
        log.append("undo")
        keys([.character("u")])
    }

    // MARK: the person editor

    /// New values for the fields that bear on the rules.
    func personValue(_ field: PersonField) -> String {
        switch field {
        case .availability:
            ["", "周一至周五 18:00-22:00；周六 全天", "周一、周三 08:00-12:00", "周六、周日 全天", "周二至周四 全天"]
                .randomElement(using: &random) ?? ""
        case .leave:
            "\(Self.firstDay.adding(days: int(0...6)))" + (chance(0.5) ? "" : "~\(Self.firstDay.adding(days: int(3...8)))")
        case .maxHours:
            "\([2, 4, 8, 12, 20, 40].randomElement(using: &random) ?? 8)"
        case .night:
            chance(0.7) ? "否" : "是"
        default:
            ""
        }
    }

    func editPerson() {
        backToBoard()
        keys([.character("P"), .home] + Array(repeating: .down, count: int(0...40)) + [.character("e")])
        guard state.screen == .editor, let editor = state.editor else { return }
        var changes: [String] = []
        for _ in 0..<int(1...2) {
            let field = [PersonField.availability, .leave, .maxHours, .night].randomElement(using: &random) ?? .maxHours
            let value = personValue(field)
            let current = state.editor?.field ?? 0
            let moves = field.rawValue - current
            keys(Array(repeating: moves >= 0 ? .tab : .backTab, count: abs(moves)))
            keys(Array(repeating: .backspace, count: state.editor?.values[field.rawValue].count ?? 0))
            type(value)
            changes.append("\(field.label.zh)=\(value)")
        }
        log.append("edit \(editor.original.name): \(changes.joined(separator: ", "))")
        keys([.function(2)])
    }

    // MARK: the duty desk

    func desk() {
        backToBoard()
        keys([.character("c")])
        guard state.screen == .desk else { return }
        let lines = state.deskLines
        if lines.isEmpty || chance(0.15) {
            walkIn()
            return
        }
        // Found as the desk finds people, by number (cheaper than moving down the list).
        let line = lines[int(0...(lines.count - 1))]
        type(line.person.id.rawValue)
        guard state.deskLines.first?.person.id == line.person.id else { return }
        switch int(0...3) {
        case 0:
            log.append("desk: check in/out \(line.person.name)")
            keys([.enter])
        case 1, 2:
            let excused = chance(0.5)
            keys([.function(excused ? 4 : 5)])
            if state.desk.confirmNoShow != nil { keys([.function(5)]) }
            if let failure = state.desk.standby?.verifyFailure { verifyFailures.append("standby pick: \(failure)") }
            guard let offer = state.desk.standby else {
                log.append("desk: \(excused ? "excused" : "no-show") \(line.person.name), no offer")
                return
            }
            if !offer.candidates.isEmpty, chance(0.7) {
                let pick = int(0...(offer.candidates.count - 1))
                log.append("desk: \(excused ? "excused" : "no-show") \(line.person.name), call up \(offer.candidates[pick].name)")
                keys(Array(repeating: .down, count: pick) + [.enter])
            } else {
                log.append("desk: \(excused ? "excused" : "no-show") \(line.person.name), no standby")
                keys([.escape])
            }
        default:
            walkIn()
        }
    }

    func walkIn() {
        keys([.function(7)])
        guard state.desk.form != nil else { return }
        let name = ["赵小兰", "钱多多", "孙立", "周小周"].randomElement(using: &random) ?? "赵小兰"
        let phone = "13\(int(100_000_000...999_999_999))"
        log.append("desk: walk-in \(name) \(phone)")
        type(name)
        keys([.tab])
        type(phone)
        keys([.tab])
        type(chance(0.5) ? "男" : "女")
        keys([.tab])
        type("\(int(1960...2000))")
        keys([.enter])
    }

    // MARK: the commands, over the same store

    /// `--override-reason` at random.
    func commandReason() -> String? {
        guard chance(0.5) else { return nil }
        reasons += 1
        return "命令理由\(reasons)"
    }

    /// Runs a command; a refusal (a CLIError) is one of the outcomes being tested.
    func command(_ what: String, _ body: (Console) throws -> Void) {
        let console = Console(isTerminal: false) { _, _ in }
        do {
            try body(console)
            log.append(what + ": done")
        } catch let failure as VerifyFailure {
            verifyFailures.append(what + ": " + failure.mismatch)
            log.append(what + ": verify mode found a mismatch")
        } catch let error as CLIError {
            log.append(what + ": refused: " + error.description.prefix(80).replacingOccurrences(of: "\n", with: " "))
        } catch {
            log.append(what + ": failed: \(error)")
        }
    }

    func someoneOnDuty() throws -> PersonID? {
        try store.assignments(from: Self.firstDay, to: Self.lastDay).randomElement(using: &random)?.person
    }

    func replan() throws {
        guard let person = try someoneOnDuty() else { return }
        let from = LocalDateTime(date: Self.firstDay.adding(days: int(0...5)), time: TimeOfDay(hour: [0, 8, 12, 18].randomElement(using: &random) ?? 8, minute: 0) ?? .midnight)
        let until = chance(0.5) ? nil : LocalDateTime(date: from.date.adding(days: int(1...6)), time: .midnight)
        let days = int(1...7), reason = commandReason()
        command("replan --absent \(person.rawValue) --from \(from) --days \(days)" + (until.map { " --until \($0)" } ?? "")
                + (reason.map { " --override-reason \($0)" } ?? "")) { console in
            let request = try Replanning.Request(absent: person.rawValue, more: nil, from: "\(from)", until: until.map { "\($0)" },
                                                 days: days, dryRun: false, overrideReason: reason, verify: true, language: .zh)
            try Replanning.run(store, request, console)
        }
    }

    func noShow() throws {
        let desk = state.deskLines
        guard let line = desk.randomElement(using: &random) else { return }
        let excused = chance(0.5)
        command("noshow \(line.person.id.rawValue)\(excused ? " --excused" : "")") { console in
            try DeskRecords.noShow(store, line.person.id.rawValue, post: nil, at: "\(now)", grace: 10, excused: excused,
                                   reason: "有事", force: true, .zh, console)
        }
    }

    func solve() throws {
        let start = Self.firstDay.adding(days: int(0...6)), days = int(1...3), reason = commandReason()
        command("solve --from \(start) --days \(days) --steps 200" + (reason.map { " --override-reason \($0)" } ?? "")) { console in
            try SolveCommand.run(store, try RosterRange(from: "\(start)", days: days, .zh), seconds: 0, steps: 200, seed: seed,
                                 threads: 1, dryRun: false, overrideReason: reason, verify: true, .zh, console)
        }
    }

    /// `zhiban import` of one person's record, edited as a coordinator would in the CSV.
    func importPerson() throws {
        guard let id = try someoneOnDuty(), var person = try store.loadDirectory().people.first(where: { $0.id == id }) else { return }
        var edits: [String] = []
        switch int(0...3) {
        case 0:
            person.maxHoursPerWeek = [2, 4, 8, 16].randomElement(using: &random)
            edits.append("max \(person.maxHoursPerWeek ?? 0)")
        case 1:
            person.nightDutyAllowed = false
            edits.append("no nights")
        case 2:
            let day = Self.firstDay.adding(days: int(0...6))
            if let leave = Unavailability(from: day, to: day.adding(days: int(0...2))) { person.unavailable.append(leave) }
            edits.append("leave from \(day)")
        default:
            person.availability = TextFormats.parseAvailability("周六、周日 全天") ?? person.availability
            edits.append("weekends only")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-truth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let people = Exporter(language: .zh, encoding: .utf8).texts(Directory(people: [person])).first(where: { $0.table == .people })
        else { return }
        try Data(people.text.utf8).write(to: folder.appendingPathComponent("人员.csv"))
        let reason = commandReason()
        command("import \(person.name) (\(edits.joined(separator: ", ")))" + (reason.map { " --override-reason \($0)" } ?? "")) { console in
            _ = try ImportCommand.run(paths: [folder.path], encoding: nil, dryRun: false, overrideReason: reason, today: Self.firstDay,
                                      .zh, console) { store }
        }
    }
}
