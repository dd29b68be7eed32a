import DutyApp
import DutyEngine
import DutyModel
import Foundation

/// Work the interface does off the main loop: the engine solving the loaded days, and pinyin
/// for everyone's name. What it finds waits as actions until the loop takes them (`drain`).
public final class Background: @unchecked Sendable {
    /// How the solver panel's search is set up for a given number of seconds.
    let searchOptions: @Sendable (Double) -> DutySearchOptions
    private let lock = NSLock()
    private let idle = NSCondition()
    private var pending: [AppAction] = []
    private var solver: DutySolver?
    private var running = 0
    // The preparing thread's, guarded by `preparer`.
    private let preparer = NSCondition()
    private var nextToPrepare: AppState?
    private var preparing = false
    private var preparerStarted = false
    private var preparerStopped = false

    /// `searchOptions` sets up the solver panel's search (tests give a step limit, so that the
    /// result does not depend on the machine).
    public init(searchOptions: @escaping @Sendable (Double) -> DutySearchOptions = { DutySearchOptions(seed: 1, seconds: $0) }) {
        self.searchOptions = searchOptions
    }

    /// Starts the engine on `from` … `from + days - 1`, keeping what is assigned where it pays;
    /// progress and the outcome come back as actions.
    func startSolver(directory: Directory, assignments: [Assignment], from: LocalDate, days: Int, seconds: Double) {
        stopSolver()
        let last = from.adding(days: days - 1)
        let inRange = assignments.filter { $0.slot.date >= from && $0.slot.date <= last }
        let plan = DutyCompiler.compile(directory, from: from, days: days, around: assignments, keepExisting: true)
        let solver = DutySolver(plan.problem, options: searchOptions(seconds))
        lock.withLock { self.solver = solver }
        run { [weak self] in
            var improvements = 0
            var best: SolverProgress?
            let result = solver.run(start: plan.current, onProgress: { progress in
                improvements += 1
                let found = SolverProgress(seconds: progress.seconds, fraction: progress.fraction, hard: progress.score.hard,
                                           soft: progress.score.soft, shortSlots: progress.shortSlots, improvements: improvements)
                best = found
                self?.post(.solverProgress(found))
            }, onEpoch: { progress in
                // The bar moves between improvements too, a step of at least 1% at a time.
                guard var moved = best, progress.fraction >= moved.fraction + 0.01 else { return }
                moved.seconds = progress.seconds
                moved.fraction = progress.fraction
                best = moved
                self?.post(.solverProgress(moved))
            })
            self?.post(.solverFinished(SolverOutcomes.outcome(plan, result, before: inRange)))
        }
    }

    func stopSolver() {
        lock.withLock { solver }?.stop()
    }

    /// Works out every name's pinyin, so the first search does not wait for 4,000 names.
    func computePinyin(_ people: [Person]) {
        run { [weak self] in
            let pinyin = Dictionary(people.map { ($0.id, Pinyin.syllables(of: $0.name)) }, uniquingKeysWith: { a, _ in a })
            self?.post(.pinyinReady(pinyin))
        }
    }

    /// Makes ready, on a thread of its own, what the next key will likely open (the slot under
    /// the board's cursor): the newest state handed over replaces one not yet begun. Nothing
    /// comes back as an action; the work is kept in the state's memo, where the key finds it.
    func prepare(_ state: AppState) {
        preparer.lock()
        defer { preparer.unlock() }
        guard !preparerStopped else { return }
        nextToPrepare = state
        preparer.signal()
        if !preparerStarted {
            preparerStarted = true
            let thread = Thread { [weak self] in self?.prepareLoop() }
            thread.stackSize = 1 << 22
            thread.start()
        }
    }

    private func prepareLoop() {
        while true {
            preparer.lock()
            while nextToPrepare == nil && !preparerStopped { preparer.wait() }
            if preparerStopped {
                preparer.unlock()
                return
            }
            let state = nextToPrepare
            nextToPrepare = nil
            preparing = true
            preparer.unlock()
            state?.prepareNext()
            preparer.lock()
            preparing = false
            preparer.broadcast()
            preparer.unlock()
        }
    }

    /// Ends the thread that prepares (on the way out).
    func stopPreparing() {
        preparer.withLock {
            preparerStopped = true
            preparer.broadcast()
        }
    }

    /// Waits until nothing is being prepared (tests).
    public func waitUntilPrepared() {
        preparer.lock()
        while nextToPrepare != nil || preparing { preparer.wait() }
        preparer.unlock()
    }

    /// What the background found since the last call, oldest first.
    public func drain() -> [AppAction] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }

    /// Waits until no background work is running (tests; the solver must have a step limit).
    public func waitUntilIdle() {
        idle.lock()
        while running > 0 { idle.wait() }
        idle.unlock()
    }

    private func run(_ work: @escaping @Sendable () -> Void) {
        idle.lock()
        running += 1
        idle.unlock()
        let thread = Thread { [weak self] in
            work()
            guard let self else { return }
            self.idle.lock()
            self.running -= 1
            self.idle.broadcast()
            self.idle.unlock()
        }
        thread.start()
    }

    private func post(_ action: AppAction) {
        lock.withLock { pending.append(action) }
    }
}
