import DutyEngine
import DutyModel
import SearchCore
import Foundation
import TerminalKit

/// How the roster commands write scores, seconds, coverage and the spread of hours, and how
/// they store a roster.
enum RosterText {
    static func seconds(_ s: Double) -> String { String(format: "%.1f", s) }

    static func score(_ score: Score, _ l: Language) -> String {
        l == .zh ? "\(score.hard) 硬 / \(score.soft) 软" : "\(score.hard) hard / \(score.soft) soft"
    }

    /// The search's progress line: seconds, score and slots still short.
    static func progress(_ p: DutyProgress, _ l: Language) -> String {
        l == .zh
            ? "搜索中 \(seconds(p.seconds)) 秒  得分 \(score(p.score, l))  缺人班次 \(p.shortSlots)"
            : "searching \(seconds(p.seconds)) s  score \(score(p.score, l))  short slots \(p.shortSlots)"
    }

    static func coverage(_ report: DutyReport, _ l: Language) -> String {
        l == .zh
            ? "共 \(report.slots) 个班次：满员 \(report.fullyStaffed) 个，缺人或构成不足 \(report.shortSlots) 个（缺 \(report.missingPersonHours) 人时，构成不足 \(report.roleMixShort) 个），其中尚可补人 \(report.fillableShort) 个"
            : "\(report.slots) slots: \(report.fullyStaffed) fully staffed, \(report.shortSlots) short (\(report.missingPersonHours) person-hours missing, role mix short on \(report.roleMixShort)), of which \(report.fillableShort) could still be filled"
    }

    /// Hours by category of people: mean, deviation, least and most, the range within a
    /// compound and the share of each one's limit.
    static func spreadTable(_ report: DutyReport, _ l: Language) -> String {
        let zh = l == .zh
        var table = TextTable([.init(zh ? "类别" : "category"), .init(zh ? "人数" : "people", .right),
                               .init(zh ? "平均时长" : "mean h", .right), .init(zh ? "标准差" : "sd", .right),
                               .init(zh ? "最少" : "min", .right), .init(zh ? "最多" : "max", .right),
                               .init(zh ? "同小区极差" : "range in compound", .right), .init(zh ? "占上限" : "of limit", .right)])
        for s in report.spreads {
            table.append([s.category, "\(s.people)", String(format: "%.1f", s.meanHours), String(format: "%.1f", s.standardDeviation),
                          String(format: "%.0f", s.minHours), String(format: "%.0f", s.maxHours),
                          String(format: "%.1f", s.meanRangeInCompound), String(format: "%.0f%%", s.meanUtilisation * 100)])
        }
        return table.render()
    }

    /// Stores `assignments` as the roster of `from` … `to` (with the `person` update an absence
    /// makes), based on `version`, and says how many were added and removed.
    static func store(_ assignments: [Assignment], from: LocalDate, to: LocalDate, action: String, updating person: PersonUpdate? = nil,
                      into store: any RosterStore, basedOn version: StoreVersion, _ l: Language, _ console: Console) throws {
        let written: RosterWrite
        do {
            written = try store.replaceAssignments(from: from, to: to, with: assignments, action: action, updating: person,
                                                   basedOn: version).value
        } catch let error as StoreError {
            // A stale read is the caller's to handle (``StaleRetry``); the rest is said as is.
            if case .conflict = error { throw error }
            throw CLIError(describing: error, l)
        } catch {
            throw CLIError(describing: error, l)
        }
        console.out(l == .zh ? "已写入：新增 \(written.added) 条，撤下 \(written.removed) 条" : "Stored: \(written.added) added, \(written.removed) removed")
    }
}
