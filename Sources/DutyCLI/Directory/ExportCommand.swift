import DutyCSV
import DutyModel

/// `zhiban export`: the directory as CSV files that `zhiban import` reads back.
public enum ExportCommand {
    /// Writes the directory into `folder` in `fileLanguage` (Chinese when not given) and
    /// `encoding`; `force` overwrites files already there.
    public static func run(_ store: any RosterStore, to folder: String, fileLanguage: Language?, encoding: TextEncoding,
                           force: Bool, _ l: Language, _ console: Console) throws {
        let directory = try store.loadDirectory()
        // Files are for Chinese coordinators and their spreadsheets: Chinese headers and values
        // unless --lang asks otherwise, whatever the machine's locale.
        let exporter = Exporter(language: fileLanguage ?? .zh, encoding: encoding)
        try CSVExport.write(directory, exporter, to: folder, force: force, l)
        let d = directory
        console.out(l == .zh
            ? "已导出 \(d.people.count) 人、\(d.compounds.count) 个小区、\(d.posts.count) 个岗位到 \(folder)"
            : "Exported \(d.people.count) people, \(d.compounds.count) compounds, \(d.posts.count) posts to \(folder)")
    }
}
