import Foundation
import Testing

/// Issue 14, hostile input, through the command: `zhiban import` on a database with the
/// sample city lists each problem once at file:line:column, and repeats no other row's values.
@Suite struct HostileImportCLITests {
    @Test func anUnclosedQuoteAndADatabaseProblemAreEachOneLineAtTheirPlace() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        var text = "人员编号,姓名,手机,性别,出生年份,小区编号,楼栋编号,单位编号,身份,技能,每周可值班时间,不可值班日期,每周最多小时,可值夜班,备注\n"
        // P0002 leads building C003-B03 in the sample; here without the role.
        text += "P0002,王桂丹,13610028497,女,1984,C003,C003-B03,,居民志愿者,,,,20,是,\n"
        text += "P9000,\"刘洋,13800000002,男,1981,C001,,,居民志愿者,,,,,是,\n"
        var phones: [String] = []
        for i in 0..<400 {
            let phone = "1390000" + String(1000 + i)
            phones.append(phone)
            let note = i % 10 == 5 ? "\"甲, 乙\"" : ""
            text += "P\(9001 + i),王芳,\(phone),女,1980,C001,,,居民志愿者,,,,,是,\(note)\n"
        }
        let file = tmp.path("people.csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try Zhiban.run(["import", "--db", db, file])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first?.hasPrefix("\(file):2:9: 身份 (roles): this breaks building C003-B03 in the database: 王桂丹 (P0002) "
            + "is not a building leader") == true, "\(lines)")
        #expect(lines.contains("\(file):3:2: the quote opened here is never closed"), "\(lines)")
        #expect(lines.last == "2 problems found; nothing was imported.")
        #expect(!lines.contains { $0.hasPrefix("database") })
        let output = result.stdout + result.stderr
        #expect(!phones.contains { output.contains($0) })
    }
}
