import DutyCSV
import DutyModel
import DutySample

/// The CSV importer (`Importer.read`, the pure layer `zhiban import` calls), on one file at a
/// time, into the small sample city (a re-import) or into an empty directory. Refused: problems
/// in the file, each at a line it has. Accepted, all or nothing: the merged directory has no
/// validation problem, and the imported records, exported and imported again, give the same
/// directory.
enum CSVFuzzTarget {
    static let sample = SampleCity.generate(.small)

    /// Every table of the small sample, in Chinese as UTF-8 with a BOM, in English as UTF-8, and
    /// in Chinese as GB 18030.
    static let corpus: [FuzzSeed] = [(Language.zh, TextEncoding.utf8BOM), (.en, .utf8), (.zh, .gb18030)].flatMap { l, encoding in
        let exporter = Exporter(language: l, encoding: encoding)
        return ((try? exporter.files(sample)) ?? []).map { FuzzSeed(name: $0.name, bytes: $0.data) }
    }

    static let dictionary = Table.allCases.flatMap { table in
        [table.fileName.zh, table.fileName.en] + table.columns.flatMap { [$0.header.zh, $0.header.en] }
    } + [",", "\"", "\"\"", "\r\n", "\n", "\r", "'", "'=", "=", "+", "-", "@", "是", "否", "yes", "no", "男", "女",
         "08:00", "24:00", "23:59-00:01", "周一-周五 08:00-18:00", "全天", "；", ";", "~", "2026-12-01", "2026-02-30",
         ">=", "党员>=1", "\u{10FFFD}", "\u{FEFF}"]

    static let target = FuzzTarget(name: "csv", corpus: corpus, dictionary: dictionary) { seed, bytes, variant in
        check(CSVFile(name: seed.name, bytes: bytes), into: variant % 4 == 0 ? Directory() : sample)
    }

    static func check(_ file: CSVFile, into existing: Directory) -> FuzzOutcome {
        switch Importer().read([file], into: existing) {
        case let .failure(failure):
            guard !failure.issues.isEmpty else { return .broken("refused without a problem") }
            let lines = FuzzCheck.lineBound(file.bytes)
            for issue in failure.issues {
                if let name = issue.file, name != file.name { return .broken("\(issue.text(.en)): another file") }
                if let line = issue.line, !(1...lines).contains(line) { return .broken("\(issue.text(.en)): line outside 1...\(lines)") }
                if let column = issue.column, column < 1 { return .broken("\(issue.text(.en)): column below 1") }
            }
            return .rejected
        case let .success(result):
            if let problem = Validation.problems(in: result.merged).first {
                return .broken("accepted with a validation problem: \(problem.message.en)")
            }
            let exported = Exporter(language: .en, encoding: .utf8).texts(result.imported).map {
                CSVFile(name: "\($0.table.fileName.en).csv", bytes: Array($0.text.utf8))
            }
            switch Importer().read(exported, into: existing) {
            case let .failure(failure):
                return .broken("its export is refused: \(failure.issues.first?.text(.en) ?? "")")
            case let .success(again):
                guard again.merged.sorted() == result.merged.sorted() else { return .broken("its export imports differently") }
                return .accepted
            }
        }
    }
}
