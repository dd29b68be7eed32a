import DutyModel
import DutySample
import DutyStore
import Foundation

/// One desk process of `zhiban bench desks`: its compound's actions, each appended to the log
/// and then written to `results` as done; paced like a person at a desk. Started again after a
/// kill, it reads the log and goes on after the last action there (never doing one twice).
/// While the store cannot be reached or refuses, it waits and tries again: an action is done only
/// once committed.
public enum DeskWorker {
    /// With `go`, says it is ready (`results.ready`) once loaded and waits for that file: every
    /// desk starts the shift change at once, as at 08:00 (a desk started again finds it there).
    public static func run(db: String, compound: String, actions: Int, results: String, paceMilliseconds: Int,
                           go: String? = nil) throws {
        let store = try retrying { try AppDatabase.open(location: db, create: false, user: "desk-\(compound)") }
        let day = SampleCity.referenceDate
        let plan = DeskLoadPlan(try retrying { try store.loadDirectory() }, compound: CompoundID(rawValue: compound), actions: actions, day: day)
        let fd = open(results, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { throw CLIError("cannot open \(results)") }
        defer { close(fd) }
        let done = plan.versions(in: try retrying { try store.checkInLog(dates: day...day) })
        if let go {
            FileManager.default.createFile(atPath: results + ".ready", contents: nil)
            while !FileManager.default.fileExists(atPath: go) { usleep(10_000) }
        }
        var next = 0
        while next < plan.actions.count, (done[plan.actions[next].record.id] ?? 0) >= plan.actions[next].versions { next += 1 }
        // People at desks do not act in step: each wait is the pace times 0.5–1.5, seeded by the
        // compound and the action (the same on a desk started again).
        let seed = compound.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
        for index in next..<plan.actions.count {
            var dice = SeededRandom(seed: seed &+ UInt64(index))
            let factor = 0.5 + Double(dice.next() % 1_000) / 1_000
            if paceMilliseconds > 0 { usleep(useconds_t(Double(paceMilliseconds) * factor * 1_000)) }
            let record = plan.actions[index].record
            let began = DeskLoadLine.now()
            let target = plan.actions[index].versions
            var version: Int64 = 0
            let deadline = Date().addingTimeInterval(120)
            attempts: while true {
                do {
                    version = try store.append(record, basedOn: try store.version()).version.value
                    break
                } catch let error as StoreError {
                    guard Date() < deadline else { throw error }
                    switch error {
                    case .rejected:
                        usleep(50_000)   // a busy file
                    case .unreachable:
                        usleep(50_000)
                        // The connection may have dropped after the commit: done if the log holds it.
                        if let log = try? store.checkInLog(dates: day...day), (plan.versions(in: log)[record.id] ?? 0) >= target {
                            version = (try? store.version().value) ?? 0
                            break attempts
                        }
                    default:
                        throw error
                    }
                }
            }
            let ended = DeskLoadLine.now()
            let line = DeskLoadLine(index: index, version: version, committedAt: ended, latency: ended - began).text
            _ = line.withCString { write(fd, $0, strlen($0)) }
        }
    }

    /// `body` until it goes through: a server restarting or a busy file is waited out (up to two
    /// minutes); a conflict means this desk's own earlier try went in unseen, which the caller
    /// cannot tell apart here, so it is an error.
    static func retrying<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(120)
        while true {
            do {
                return try body()
            } catch let error as StoreError {
                switch error {
                case .unreachable, .rejected:
                    guard Date() < deadline else { throw error }
                    usleep(50_000)
                default:
                    throw error
                }
            }
        }
    }
}
