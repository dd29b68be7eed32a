import DutyCSV
import DutyModel
import DutySample

/// `zhiban sample`: the generated sample (or the whole city) as CSV files.
public enum SampleCommand {
    /// Writes the `sample` into `folder` in `language` (of the files and the message) and
    /// `encoding`; `force` overwrites files already there.
    public static func run(sample: SampleCity.Parameters, to folder: String, language l: Language, encoding: TextEncoding,
                           force: Bool, _ console: Console) throws {
        let directory = SampleCity.generate(sample)
        try CSVExport.write(directory, Exporter(language: l, encoding: encoding), to: folder, force: force, l)
        console.out(l == .zh ? "已写入 \(directory.people.count) 人的样例数据到 \(folder)"
                             : "Wrote sample data with \(directory.people.count) people to \(folder)")
    }
}
