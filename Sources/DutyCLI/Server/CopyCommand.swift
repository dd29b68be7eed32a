import DutyModel
import DutyStore
import Foundation

/// `zhiban db copy`: moves a whole database between an SQLite file and a PostgreSQL server (or
/// between two of either), all or nothing, and counts what it copied.
public enum CopyCommand {
    public static func run(from: String, to: String, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        guard from != to else {
            throw CLIError(zh ? "--from 和 --to 是同一个数据库" : "--from and --to name the same database")
        }
        let source: AppDatabase
        do { source = try AppDatabase.open(location: from, create: false) } catch { throw CLIError(error.message, l) }
        // A new file made here goes again if the copy fails: nothing half-written is left.
        let newFile = !AppDatabase.isServer(to) && !FileManager.default.fileExists(atPath: to)
        do {
            let target: AppDatabase
            do { target = try AppDatabase.open(location: to, create: true) } catch { throw CLIError(error.message, l) }
            let copied: [(table: String, rows: Int)]
            do {
                copied = try target.copy(from: source) { table, rows in
                    console.progress(zh ? "已复制 \(table)：\(rows) 行" : "copied \(table): \(rows) rows")
                }
            } catch let error as StoreError {
                throw CLIError(error.message, l)
            }
            let total = copied.reduce(0) { $0 + $1.rows }
            console.out(zh ? "已从 \(source.location) 复制到 \(target.location)，共 \(total) 行："
                           : "Copied \(total) rows from \(source.location) to \(target.location):")
            for entry in copied where entry.rows > 0 {
                console.out("  \(entry.table.padding(toLength: 22, withPad: " ", startingAt: 0))\(entry.rows)")
            }
        } catch {
            if newFile {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            }
            throw error
        }
    }
}
