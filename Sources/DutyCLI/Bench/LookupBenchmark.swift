import DutyModel
import SearchCore
import DutySample
import Foundation
import TerminalKit

/// `zhiban bench lookup`: the duty desk's query line on the city. Every prefix of some
/// people's pinyin initials, full pinyin, phone tail and person number is looked up and timed.
public enum LookupBenchmark {
    /// Times the queries of `people` people chosen evenly through the city of `seed`.
    public static func run(seed: UInt64, people: Int, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        var parameters = SampleCity.Parameters.city
        parameters.seed = seed
        let everyone = SampleCity.generate(parameters).people
        let began = Stopwatch()
        let lookup = PersonLookup(everyone)
        let build = began.elapsed() * 1000
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
            let t = Stopwatch()
            let matches = lookup.find(q.text)
            let d = t.elapsed() * 1000
            times[q.kind].append(d)
            found += matches.count
            if d > slowest { slowest = d; worst = q.text }
        }
        var table = TextTable([.init(zh ? "查询" : "query"), .init(zh ? "次数" : "lookups", .right),
                               .init(zh ? "中位数 毫秒" : "median ms", .right), .init(zh ? "99 分位 毫秒" : "p99 ms", .right),
                               .init(zh ? "最多 毫秒" : "max ms", .right)])
        let kinds = zh ? ["拼音首字母", "全拼", "手机尾号", "人员编号"] : ["pinyin initials", "full pinyin", "phone tail", "person number"]
        for (kind, name) in kinds.enumerated() {
            let sorted = times[kind].sorted()
            guard !sorted.isEmpty else { continue }
            table.append([name, "\(sorted.count)", String(format: "%.3f", sorted[sorted.count / 2]),
                          String(format: "%.3f", sorted[min(sorted.count - 1, sorted.count * 99 / 100)]),
                          String(format: "%.3f", sorted[sorted.count - 1])])
        }
        let (built, slowestText) = (String(format: "%.0f", build), String(format: "%.3f", slowest))
        console.out(zh ? "城市（种子 \(seed)）：\(everyone.count) 人；建索引 \(built) 毫秒；\(queries.count) 次查询，共找到 \(found) 人次；"
                         + "最慢 \(slowestText) 毫秒（“\(worst)”）"
                       : "city seed \(seed): \(everyone.count) people; lookup built in \(built) ms; "
                         + "\(queries.count) queries, \(found) matches in all; slowest \(slowestText) ms (\"\(worst)\")")
        console.out(table.render(), terminator: "")
    }
}
