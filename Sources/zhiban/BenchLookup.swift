import ArgumentParser
import DutyModel
import DutySample
import Foundation
import TerminalKit

/// `zhiban bench lookup`: the duty desk's query line on the city. Every prefix of every
/// person's pinyin initials, full pinyin, phone tail and person number is looked up and timed.
struct BenchLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Time the duty desk's person lookup on the city: every prefix of what a coordinator types.")

    @Option(help: "Generator seed of the city.")
    var seed: UInt64 = 1

    @Option(help: "People whose queries are timed (chosen evenly through the list).")
    var people = 400

    func run() throws {
        let clock = ContinuousClock()
        func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
        var parameters = SampleCity.Parameters.city
        parameters.seed = seed
        let everyone = SampleCity.generate(parameters).people
        let began = clock.now
        let lookup = PersonLookup(everyone)
        let build = ms(began.duration(to: clock.now))
        // What a coordinator types for a person, one keystroke at a time.
        var queries: [(kind: Int, text: String)] = []
        let step = max(1, everyone.count / max(1, people))
        for person in stride(from: 0, to: everyone.count, by: step).map({ everyone[$0] }) {
            let syllables = Pinyin.syllables(of: person.name)
            let typed = [String(syllables.compactMap(\.first)), syllables.joined(), String(person.phone.suffix(4)),
                         person.id.rawValue]
            for (kind, text) in typed.enumerated() where !text.isEmpty {
                for length in 1...text.count { queries.append((kind, String(text.prefix(length)))) }
            }
        }
        var times: [[Double]] = Array(repeating: [], count: 4)
        var found = 0, worst = ""
        var slowest = 0.0
        for q in queries {
            let t = clock.now
            let matches = lookup.find(q.text)
            let d = ms(t.duration(to: clock.now))
            times[q.kind].append(d)
            found += matches.count
            if d > slowest { slowest = d; worst = q.text }
        }
        var table = TextTable([.init("query"), .init("lookups", .right), .init("median ms", .right), .init("p99 ms", .right),
                               .init("max ms", .right)])
        for (kind, name) in ["pinyin initials", "full pinyin", "phone tail", "person number"].enumerated() {
            let sorted = times[kind].sorted()
            guard !sorted.isEmpty else { continue }
            table.append([name, "\(sorted.count)", String(format: "%.3f", sorted[sorted.count / 2]),
                          String(format: "%.3f", sorted[min(sorted.count - 1, sorted.count * 99 / 100)]),
                          String(format: "%.3f", sorted[sorted.count - 1])])
        }
        print("city seed \(seed): \(everyone.count) people; lookup built in \(String(format: "%.0f", build)) ms; "
              + "\(queries.count) queries, \(found) matches in all; slowest \(String(format: "%.3f", slowest)) ms (\"\(worst)\")")
        print(table.render(), terminator: "")
    }
}
