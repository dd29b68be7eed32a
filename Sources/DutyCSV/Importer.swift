import DutyModel

/// A CSV file to import: its name (for messages and table detection) and its bytes.
public struct CSVFile: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// What an import produced: the records from the files, and the directory they make
/// together with what was already there.
public struct ImportResult: Sendable {
    /// The records read from the files (posts whose staffing came from a file included).
    public let imported: Directory
    /// The existing directory with the imported records added or replaced.
    public let merged: Directory
    /// The encoding each file was read in, by file name.
    public let encodings: [String: TextEncoding]
}

/// Reads CSV files into a ``Directory``: all or nothing.
///
/// Every problem in every file is collected: bytes that are not text, CSV syntax,
/// unknown or missing columns, values of the wrong form, and every validation
/// problem of the resulting directory, each placed at its file, line and column.
public struct Importer {
    public var forcedEncoding: TextEncoding?

    public init(forcedEncoding: TextEncoding? = nil) {
        self.forcedEncoding = forcedEncoding
    }

    public func read(_ files: [CSVFile], into existing: Directory = Directory()) -> Result<ImportResult, ImportFailure> {
        var state = ImportState(existing: existing)
        var encodings: [String: TextEncoding] = [:]
        for file in files {
            encodings[file.name] = state.read(file, forcedEncoding: forcedEncoding)
        }
        state.assemble()
        let merged = state.merged()
        state.place(Validation.problems(in: merged), merged: merged)
        if !state.issues.isEmpty {
            return .failure(ImportFailure(issues: state.issues.sorted()))
        }
        return .success(ImportResult(imported: state.batch, merged: merged, encodings: encodings))
    }
}

/// The work in progress of one import.
private struct ImportState {
    let existing: Directory
    var issues: [ImportIssue] = []
    var batch = Directory()
    /// Origins of batch records by entity, parallel to the batch arrays.
    var origins: [DataProblem.Entity: [Origin]] = [:]
    /// Origins of shifts within templates and of staffing rules within posts.
    var partOrigins: [DataProblem.Entity: [[Origin]]] = [:]
    /// Rows of shift templates and staffing, grouped later.
    var templateRows: [(id: ShiftTemplateID, name: String, shift: ShiftDefinition?, origin: Origin)] = []
    var staffingRows: [(post: PostID, rule: StaffingRule?, origin: Origin)] = []

    init(existing: Directory) { self.existing = existing }

    /// Reads one file; returns the encoding it was read in.
    mutating func read(_ file: CSVFile, forcedEncoding: TextEncoding?) -> TextEncoding {
        let decoded = TextDecoder.decode(file.bytes, as: forcedEncoding)
        let (records, syntaxErrors) = CSVParser.parse(decoded.text)
        for error in syntaxErrors {
            issues.append(ImportIssue(file: file.name, line: error.line, column: error.column,
                                      Localized(zh: csvMessageZH(error.message), en: error.message)))
        }
        if !decoded.invalid.isEmpty {
            reportInvalidBytes(file.name, decoded, records)
        }
        guard let header = records.first else {
            issues.append(ImportIssue(file: file.name, line: 1, column: 1,
                                      Localized(zh: "文件为空：应有一行表头", en: "the file is empty; expected a header row")))
            return decoded.encoding
        }
        let headers = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard let table = Table.detect(fileName: file.name, headers: headers) else {
            let names = Table.allCases.map { "\($0.fileName.en).csv" }.joined(separator: ", ")
            issues.append(ImportIssue(file: file.name, line: 1, column: 1, Localized(
                zh: "无法判断这是哪一种表：文件名应为 \(Table.allCases.map { "\($0.fileName.zh).csv" }.joined(separator: "、")) 之一，或表头含有编号列",
                en: "cannot tell which table this is: expected a file named one of \(names), or a header with its ID column")))
            return decoded.encoding
        }
        let layout = readHeader(file.name, header, table)
        let lineBreaks = Set(table.columns.filter(\.takesLineBreaks).compactMap { layout[$0.key]?.index })
        for record in records.dropFirst() {
            // A line break in a column that takes none: a quote that should have closed on its
            // own line, and the fields after it hold other rows' text. One problem; the row is
            // not read further.
            if let field = record.fields.enumerated().first(where: { i, field in
                !lineBreaks.contains(i) && field.text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
            })?.element {
                issues.append(ImportIssue(file: file.name, line: field.line, column: field.column, Localized(
                    zh: "引号内有换行，而此列不能换行：此处的引号应在本行闭合（本行其余内容未检查）",
                    en: "a line break inside quotes in a column that takes none: the quote opened here "
                        + "should close on its line (the rest of this row was not checked)")))
                continue
            }
            if record.fields.count > header.fields.count {
                issues.append(ImportIssue(file: file.name, line: record.line, column: header.fields.count + 1,
                    Localized(zh: "本行有 \(record.fields.count) 列，但表头只有 \(header.fields.count) 列",
                              en: "\(record.fields.count) fields but the header has \(header.fields.count)")))
            }
            for (i, field) in record.fields.enumerated()
                where i < header.fields.count && header.fields[i].text.trimmingCharacters(in: .whitespaces).isEmpty
                    && !field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(ImportIssue(file: file.name, line: field.line, column: field.column, Localized(
                    zh: "此处有内容\(Excerpt.quoted(field.text).zh)，但表头这一列没有列名",
                    en: "text \(Excerpt.quoted(field.text).en) here, but this column has no name in the header")))
            }
            var row = RowReader(file: file.name, record: record, layout: layout, table: table, invalidBytes: !decoded.invalid.isEmpty)
            readRow(&row, table)
            issues += row.issues
        }
        return decoded.encoding
    }

    func csvMessageZH(_ en: String) -> String {
        switch en {
        case let m where m.hasPrefix("a quote inside"): "未加引号的字段中出现引号（应写作 \"\"）"
        case let m where m.hasPrefix("text after"): "右引号后还有文字"
        default: "此处的引号没有闭合"
        }
    }

    mutating func reportInvalidBytes(_ file: String, _ decoded: DecodedText, _ records: [CSVRecord]) {
        var reported = 0
        for record in records {
            for field in record.fields where field.text.unicodeScalars.contains(DecodedText.replacement) {
                let count = field.text.unicodeScalars.filter { $0 == DecodedText.replacement }.count
                let offset = decoded.invalid[min(reported, decoded.invalid.count - 1)].byteOffset
                reported += count
                issues.append(ImportIssue(file: file, line: field.line, column: field.column, Localized(
                    zh: "无效的字节序列（第 \(offset) 字节）：文件应为 UTF-8 或 GB18030/GBK 编码",
                    en: "invalid byte sequence (byte \(offset)): expected UTF-8 or GB18030/GBK text")))
            }
        }
    }

    /// Maps header cells to column keys; reports unknown, repeated and missing columns.
    /// The rows are read all the same, so that their problems are reported too.
    mutating func readHeader(_ file: String, _ header: CSVRecord, _ table: Table) -> [String: (index: Int, header: Localized)] {
        var layout: [String: (index: Int, header: Localized)] = [:]
        for (i, field) in header.fields.enumerated() {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            // A column with no name, as Excel and WPS save after the last one (`,,,`): left
            // out; a row with text under it is reported.
            if text.isEmpty { continue }
            let shown = Excerpt.quoted(text)
            guard let column = table.columns.first(where: { $0.header.zh == text || $0.header.en == text.lowercased() }) else {
                let expected = table.columns.map { "\($0.header.zh)/\($0.header.en)" }.joined(separator: ", ")
                issues.append(ImportIssue(file: file, line: header.line, column: i + 1, Localized(
                    zh: "未知的列\(shown.zh)：\(table.fileName.zh)表的列为 \(expected)",
                    en: "unknown column \(shown.en): the \(table.fileName.en) table has columns \(expected)")))
                continue
            }
            if let previous = layout[column.key] {
                issues.append(ImportIssue(file: file, line: header.line, column: i + 1, Localized(
                    zh: "列\(shown.zh)重复（第 \(previous.index + 1) 列已有）",
                    en: "column \(shown.en) appears twice (already column \(previous.index + 1))")))
                continue
            }
            // Named as the file has it, and in the other language too where it differs.
            let name = text == column.header.zh ? Localized(zh: text, en: "\(text) (\(column.header.en))")
                : Localized(zh: "\(text)（\(column.header.zh)）", en: text)
            layout[column.key] = (i, name)
        }
        for column in table.columns where column.required && layout[column.key] == nil {
            issues.append(ImportIssue(file: file, line: header.line, column: header.fields.count + 1, Localized(
                zh: "缺少必需的列“\(column.header.zh)”（\(column.header.en)）",
                en: "missing required column “\(column.header.en)” (\(column.header.zh))")))
        }
        return layout
    }

    mutating func add(_ entity: DataProblem.Entity, _ origin: Origin) {
        origins[entity, default: []].append(origin)
    }

    mutating func readRow(_ row: inout RowReader, _ table: Table) {
        let origin = row.origin
        switch table {
        case .organisations:
            let kindText = row.raw("kind")
            let kind = kindText.isEmpty ? .other : row.parsed("kind", OrganisationKind.init(lenient:),
                expected: Localized(zh: OrganisationKind.allCases.map(\.name.zh).joined(separator: "、"),
                                    en: OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")))
            batch.organisations.append(Organisation(id: row.id("id"), name: row.requiredText("name"),
                                                    kind: kind ?? .other))
            add(.organisation, origin)
        case .areas:
            batch.areas.append(Area(id: row.id("id"), name: row.requiredText("name"), leader: row.optionalID("leader")))
            add(.area, origin)
        case .compounds:
            batch.compounds.append(Compound(id: row.id("id"), name: row.requiredText("name"), area: row.id("area"),
                                            households: row.int("households", default: 0) ?? 0,
                                            cadre: row.optionalID("cadre")))
            add(.compound, origin)
        case .gates:
            batch.gates.append(Gate(id: row.id("id"), compound: row.id("compound"), name: row.requiredText("name")))
            add(.gate, origin)
        case .buildings:
            batch.buildings.append(Building(id: row.id("id"), compound: row.id("compound"),
                                            name: row.requiredText("name"),
                                            households: row.int("households", default: 0) ?? 0,
                                            leader: row.optionalID("leader")))
            add(.building, origin)
        case .people:
            batch.people.append(readPerson(&row))
            add(.person, origin)
        case .shiftTemplates:
            let id: ShiftTemplateID = row.id("id")
            let name = row.requiredText("name")
            let code = row.requiredText("shift")
            let shiftName = row.requiredText("shift_name")
            let start = row.parsed("start", TimeOfDay.init(parsing:), expected: Localized(zh: "时间 HH:MM", en: "a time HH:MM"))
            let end = row.parsed("end", TimeOfDay.init(parsing:), expected: Localized(zh: "时间 HH:MM", en: "a time HH:MM"))
            // Empty: the default rule decides (more than half the shift in 22:00–06:00).
            let night: Bool? = row.raw("night").isEmpty ? nil : row.parsed("night", TextFormats.parseBool, expected: Localized(
                zh: "是或否（留空则按默认：班次一半以上在 22:00–06:00 即为夜班）",
                en: "yes or no (empty: a night shift when more than half of it is in 22:00–06:00)"))
            let shift = start.flatMap { s in
                end.map { ShiftDefinition(code: code, name: shiftName, start: s, end: $0, night: night) }
            }
            templateRows.append((id, name, shift, origin))
        case .posts:
            let kind = row.parsed("kind", PostKind.init(lenient:), expected: Localized(
                zh: PostKind.allCases.map(\.name.zh).joined(separator: "、"),
                en: PostKind.allCases.map(\.rawValue).joined(separator: ", ")))
            batch.posts.append(Post(id: row.id("id"), name: row.requiredText("name"), kind: kind ?? .publicity,
                                    compound: row.id("compound"), gate: row.optionalID("gate"),
                                    template: row.id("template"), staffing: [],
                                    minAge: row.int("min_age"), maxAge: row.int("max_age")))
            add(.post, origin)
        case .staffing:
            let post: PostID = row.id("id")
            let shift = row.requiredText("shift")
            let minimum = row.int("min"), maximum = row.int("max")
            let requirements = row.parsed("roles", TextFormats.parseRequirements, expected: Localized(
                zh: "身份要求，如“党员>=1；医务人员>=1”", en: "role requirements such as “party>=1; medical>=1”"))
            let rule = minimum.flatMap { lo in maximum.map { hi in
                StaffingRule(shift: shift, minimum: lo, maximum: hi, requirements: requirements ?? [])
            } }
            staffingRows.append((post, rule, origin))
        }
    }

    func readPerson(_ row: inout RowReader) -> Person {
        let sex = row.parsed("sex", Sex.init(lenient:), expected: Localized(zh: "男或女", en: "M or F"))
        let (roles, unknownRoles) = TextFormats.parseRoles(row.raw("roles"))
        for item in unknownRoles {
            let shown = Excerpt.quoted(item)
            row.fail("roles", Localized(
                zh: "未知身份\(shown.zh)：应为 \(Role.allCases.map(\.name.zh).joined(separator: "、"))",
                en: "unknown role \(shown.en): expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let availability = row.parsed("availability", TextFormats.parseAvailability, expected: Localized(
            zh: "每周时间，如“周一-周五 08:00-18:00；周六 全天”，留空表示随时",
            en: "weekly times such as “mon-fri 08:00-18:00; sat all day”, empty for any time"))
        let unavailable = row.parsed("unavailable", TextFormats.parseUnavailable, expected: Localized(
            zh: "日期，如“2026-12-01~2026-12-03；2026-12-05 08:00-12:00”",
            en: "dates such as “2026-12-01~2026-12-03; 2026-12-05 08:00-12:00”"))
        let nightText = row.raw("night_ok")
        let night = nightText.isEmpty ? true
            : row.parsed("night_ok", TextFormats.parseBool, expected: Localized(zh: "是或否", en: "yes or no"))
        return Person(id: row.id("id"), name: row.requiredText("name"), phone: PersonRules.phone(row.raw("phone")),
                      sex: sex ?? .male, birthYear: row.int("birth_year") ?? 0,
                      compound: row.id("compound"), building: row.optionalID("building"),
                      organisation: row.optionalID("organisation"), roles: roles,
                      skills: TextFormats.splitList(row.raw("skills")),
                      availability: availability ?? .always, unavailable: unavailable ?? [],
                      maxHoursPerWeek: row.int("max_hours_week"), nightDutyAllowed: night ?? true,
                      notes: row.raw("notes"))
    }

    /// Groups template rows into templates and attaches staffing rows to posts.
    mutating func assemble() {
        var templateIndex: [ShiftTemplateID: Int] = [:]
        var templateParts: [[Origin]] = []
        for row in templateRows {
            if let i = templateIndex[row.id] {
                if batch.shiftTemplates[i].name != row.name, !row.origin.reported.contains("name") {
                    // Where the first name is, not what it says: that is another row's text.
                    let column = row.origin.columns["name"]
                    let first = origins[.shiftTemplate].flatMap { $0.indices.contains(i) ? $0[i] : nil }
                    let place = first.map { "\($0.file):\($0.line)" } ?? ""
                    let id = Excerpt.plain(row.id.rawValue)
                    issues.append(ImportIssue(file: row.origin.file, line: row.origin.line, column: column?.number,
                        header: column?.header, Localized(
                            zh: "同一模板 \(id.zh) 的名称与 \(place) 上的不一致",
                            en: "template \(id.en) is named differently on \(place)")))
                }
                if let shift = row.shift { batch.shiftTemplates[i].shifts.append(shift); templateParts[i].append(row.origin) }
            } else {
                templateIndex[row.id] = batch.shiftTemplates.count
                batch.shiftTemplates.append(ShiftTemplate(id: row.id, name: row.name, shifts: row.shift.map { [$0] } ?? []))
                templateParts.append(row.shift == nil ? [] : [row.origin])
                add(.shiftTemplate, row.origin)
            }
        }
        partOrigins[.shiftTemplate] = templateParts

        var postParts = [[Origin]](repeating: [], count: batch.posts.count)
        var postIndex: [PostID: Int] = [:]
        for (i, post) in batch.posts.enumerated() where postIndex[post.id] == nil { postIndex[post.id] = i }
        let existingPosts = Dictionary(existing.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var restaffed: Set<PostID> = []
        for row in staffingRows {
            var i = postIndex[row.post]
            if i == nil, var post = existingPosts[row.post] {
                // Staffing for a post already in the database replaces its rules.
                post.staffing = []
                i = batch.posts.count
                postIndex[row.post] = i
                batch.posts.append(post)
                postParts.append([])
                add(.post, row.origin)
            }
            guard let i else {
                let column = row.origin.columns["id"]
                issues.append(ImportIssue(file: row.origin.file, line: row.origin.line, column: column?.number,
                    header: column?.header, Localized(zh: "没有编号为 \(row.post.rawValue) 的岗位",
                                                      en: "there is no post with ID \(row.post.rawValue)")))
                continue
            }
            restaffed.insert(row.post)
            if let rule = row.rule {
                batch.posts[i].staffing.append(rule)
                postParts[i].append(row.origin)
            }
        }
        // Posts imported without a staffing file keep the rules they had.
        for (i, post) in batch.posts.enumerated() where !restaffed.contains(post.id) {
            if let old = existingPosts[post.id] { batch.posts[i].staffing = old.staffing }
        }
        partOrigins[.post] = postParts
    }

    func merged() -> Directory {
        var merged = existing
        merged.merge(batch)
        return merged
    }

    /// Places each validation problem at the file, line and column it came from. A problem
    /// with a record already in the database is placed at the imported row that caused it.
    mutating func place(_ problems: [DataProblem], merged: Directory) {
        let counts: [DataProblem.Entity: Int] = [
            .organisation: merged.organisations.count, .area: merged.areas.count,
            .compound: merged.compounds.count, .gate: merged.gates.count, .building: merged.buildings.count,
            .person: merged.people.count, .shiftTemplate: merged.shiftTemplates.count, .post: merged.posts.count,
        ]
        var before: Set<String>? = nil
        var seen: [String: Int] = [:]
        for problem in problems {
            let rows = origins[problem.entity] ?? []
            let batchIndex = problem.index - ((counts[problem.entity] ?? 0) - rows.count)
            guard batchIndex >= 0, batchIndex < rows.count else {
                let record = "\(problem.entity.rawValue)/\(problem.index)/\(problem.field)"
                let nth = seen[record, default: 0]
                seen[record] = nth + 1
                if before == nil { before = Set(Validation.problems(in: existing).map(Self.sameness)) }
                placeInDatabase(problem, merged: merged, nth: nth, wasThere: before?.contains(Self.sameness(problem)) == true)
                continue
            }
            var origin = rows[batchIndex]
            if let part = problem.part, let parts = partOrigins[problem.entity], batchIndex < parts.count,
               part < parts[batchIndex].count {
                origin = parts[batchIndex][part]
            }
            let table = Table.table(for: problem.entity, part: problem.part)
            let key = table.columns.first { $0.key == problem.field || $0.aliases.contains(problem.field) }?.key
            let column = key.flatMap { origin.columns[$0] }
            // A problem with a field whose column is missing: the missing column was reported. Not
            // so for a record that came in through another table (a post in the database, through
            // its staffing rows): its problem is reported without a column.
            if key != nil && column == nil && issues.contains(where: { $0.file == origin.file }) { continue }
            // A problem with a field that was reported already (invalid bytes, too long …). Not so
            // for a replacement mark the file holds as valid text (U+10FFFD): nothing was reported.
            if let key, origin.reported.contains(key), issues.contains(where: { $0.file == origin.file }) { continue }
            var message = problem.message
            if let related = problem.related {
                let first = related - ((counts[problem.entity] ?? 0) - rows.count)
                if first >= 0, first < rows.count {
                    let place = "\(rows[first].file):\(rows[first].line)"
                    message = Localized(zh: message.zh + "（第一次出现在 \(place)）", en: message.en + " (first on \(place))")
                }
            }
            issues.append(ImportIssue(file: origin.file, line: origin.line, column: column?.number,
                                      header: column?.header, message))
        }
    }

    /// What makes a problem the same before and after the import (its index may move).
    static func sameness(_ p: DataProblem) -> String {
        "\(p.entity.rawValue)/\(p.id)/\(p.part ?? -1)/\(p.field)/\(p.message.en)"
    }

    /// A problem with a record already in the database, placed at the imported row and field
    /// that caused it (`nth`: how many problems of the same record and field came before).
    /// One that was there before this import has no row to blame and is said to be old.
    mutating func placeInDatabase(_ problem: DataProblem, merged: Directory, nth: Int, wasThere: Bool) {
        let kind = problem.entity.name, id = Excerpt.plain(problem.id)
        if wasThere {
            issues.append(ImportIssue(file: nil, line: nil, column: nil, Localized(
                zh: "数据库中已有的\(kind.zh) \(id.zh)（导入前就有此问题，可在导入文件中加上此记录改正）：\(problem.message.zh)",
                en: "\(kind.en) \(id.en) in the database (wrong before this import; a corrected row for it "
                    + "in the files fixes it): \(problem.message.en)")))
            return
        }
        guard let (origin, key) = cause(of: problem, in: merged, nth: nth) else {
            // Not expected (`cause` knows every way an import can break a stored record), but
            // never dropped.
            issues.append(ImportIssue(file: nil, line: nil, column: nil, Localized(
                zh: "数据库中已有的\(kind.zh) \(id.zh)：\(problem.message.zh)",
                en: "\(kind.en) \(id.en) in the database: \(problem.message.en)")))
            return
        }
        if origin.reported.contains(key) { return }
        let column = origin.columns[key]
        issues.append(ImportIssue(file: origin.file, line: origin.line, column: column?.number, header: column?.header,
            Localized(zh: "这会使数据库中已有的\(kind.zh) \(id.zh) 出错：\(problem.message.zh)",
                      en: "this breaks \(kind.en) \(id.en) in the database: \(problem.message.en)")))
    }

    /// The imported row and column that make a record already in the database wrong: the
    /// record it refers to, as a file replaced it. Records are never removed by an import, so
    /// a reference can only go wrong through what the record it names now says.
    func cause(of problem: DataProblem, in merged: Directory, nth: Int) -> (Origin, String)? {
        let i = problem.index
        func row(_ entity: DataProblem.Entity, _ index: Int?) -> Origin? {
            guard let index, let rows = origins[entity], index < rows.count else { return nil }
            return rows[index]
        }
        func person(_ id: PersonID?) -> (Person, Origin)? {
            guard let id, let index = batch.people.firstIndex(where: { $0.id == id }),
                  let origin = row(.person, index) else { return nil }
            return (batch.people[index], origin)
        }
        switch (problem.entity, problem.field) {
        case (.area, "leader"):
            guard i < merged.areas.count, let (_, origin) = person(merged.areas[i].leader) else { return nil }
            return (origin, "roles")
        case (.compound, "cadre"):
            guard i < merged.compounds.count, let (_, origin) = person(merged.compounds[i].cadre) else { return nil }
            return (origin, "roles")
        case (.building, "leader"):
            guard i < merged.buildings.count, let (leader, origin) = person(merged.buildings[i].leader) else { return nil }
            // The role is checked before the compound: the first of two problems is the role.
            let lacksRole = !leader.roles.contains(.buildingLeader)
            return (origin, lacksRole && nth == 0 ? "roles" : "compound")
        case (.person, "building"):
            guard i < merged.people.count, let building = merged.people[i].building,
                  let origin = row(.building, batch.buildings.firstIndex(where: { $0.id == building })) else { return nil }
            return (origin, "compound")
        case (.post, "gate"):
            guard i < merged.posts.count, let gate = merged.posts[i].gate,
                  let origin = row(.gate, batch.gates.firstIndex(where: { $0.id == gate })) else { return nil }
            return (origin, "compound")
        case (.post, "shift"), (.post, "staffing"):
            guard i < merged.posts.count else { return nil }
            let post = merged.posts[i]
            guard let t = batch.shiftTemplates.firstIndex(where: { $0.id == post.template }),
                  let first = row(.shiftTemplate, t) else { return nil }
            if problem.field == "shift" { return (first, "id") }
            // A shift the template gained without a staffing rule here: the row that adds it.
            let ruled = Set(post.staffing.map(\.shift))
            let parts = partOrigins[.shiftTemplate] ?? []
            let unruled = batch.shiftTemplates[t].shifts.indices.filter { !ruled.contains(batch.shiftTemplates[t].shifts[$0].code) }
            guard nth < unruled.count, t < parts.count, unruled[nth] < parts[t].count else { return (first, "shift") }
            let j = unruled[nth]
            return (parts[t][j], "shift")
        default:
            return nil
        }
    }
}
