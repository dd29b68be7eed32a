import ArgumentParser
import DutyCLI

/// `zhiban bench desks`: 140 desk processes on one store at a shift change, with faults.
struct BenchDesks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desks",
        abstract: "140 desk processes checking people in and out at once on PostgreSQL and SQLite WAL: latency, visibility, nothing lost under kill -9 and a server restart.")

    @Option(help: "How many desk processes (one per compound of the city).")
    var desks = 140

    @Option(help: "Check-in and check-out actions in all.")
    var actions = 20_000

    @Option(help: "Desk processes killed (SIGKILL) at random moments and started again.")
    var kills = 300

    @Flag(inversion: .prefixedNo, help: "Restart the PostgreSQL server halfway.")
    var restart = true

    @Option(help: "Milliseconds between one desk's actions, on average (each wait 0.5–1.5 times it).")
    var pace = 1_000

    @Option(help: "Which stores: postgresql, sqlite or both.")
    var store: StoreChoice = .both

    @Option(help: "Seed of which desk is killed next.")
    var seed: UInt64 = 1

    @OptionGroup var language: LanguageOption

    enum StoreChoice: String, CaseIterable, ExpressibleByArgument { case postgresql, sqlite, both }

    func run() throws {
        var options = DeskLoadBenchmark.Options()
        options.desks = desks
        options.actions = actions
        options.kills = kills
        options.restart = restart
        options.paceMilliseconds = pace
        options.seed = seed
        options.stores = store == .both ? ["postgresql", "sqlite"] : [store.rawValue]
        try DeskLoadBenchmark.run(options, language.language, .standard)
    }
}

/// One desk process of `zhiban bench desks` (started by it; not for people).
struct BenchDeskWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "desk-worker", abstract: "One desk process of bench desks.",
                                                    shouldDisplay: false)

    @Option var db: String
    @Option var compound: String
    @Option var actions: Int
    @Option var results: String
    @Option var pace: Int = 200
    @Option var go: String?

    func run() throws {
        try DeskWorker.run(db: db, compound: compound, actions: actions, results: results, paceMilliseconds: pace, go: go)
    }
}
