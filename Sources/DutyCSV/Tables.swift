import DutyModel

/// A column of a CSV table: its key (also the field name in validation problems),
/// its header in each language, and whether a file must have it.
public struct Column: Sendable, Hashable {
    public let key: String
    public let header: Localized
    public let required: Bool
    /// Other field names whose problems are shown at this column.
    public let aliases: [String]
    /// The most characters (Unicode scalars) a value may have (``TextLimits``).
    public let limit: Int

    init(_ key: String, _ zh: String, _ en: String, required: Bool = false, aliases: [String] = [], limit: Int? = nil) {
        self.key = key
        self.header = Localized(zh: zh, en: en)
        self.required = required
        self.aliases = aliases
        self.limit = limit ?? Column.limit(key)
    }

    /// Whether a value may hold line breaks and tabs (free notes); other columns take one line
    /// of visible text.
    public var takesLineBreaks: Bool { key == "notes" }

    /// The limit of a column by what it holds.
    static func limit(_ key: String) -> Int {
        switch key {
        case "id", "compound", "area", "gate", "building", "organisation", "leader", "cadre", "template", "shift":
            TextLimits.id
        case "name", "shift_name", "kind": TextLimits.name
        case "phone": TextLimits.phone
        case "roles", "skills", "availability": TextLimits.list
        case "unavailable": TextLimits.dates
        case "notes": TextLimits.notes
        default: TextLimits.short
        }
    }
}

/// The kinds of CSV file Zhiban reads and writes, in import order.
public enum Table: String, CaseIterable, Sendable {
    case organisations, areas, compounds, gates, buildings, people
    case shiftTemplates = "shift-templates"
    case posts, staffing

    /// File name stem in each language (`people.csv`, `人员.csv`).
    public var fileName: Localized {
        switch self {
        case .organisations: Localized(zh: "单位", en: "organisations")
        case .areas: Localized(zh: "片区", en: "areas")
        case .compounds: Localized(zh: "小区", en: "compounds")
        case .gates: Localized(zh: "出入口", en: "gates")
        case .buildings: Localized(zh: "楼栋", en: "buildings")
        case .people: Localized(zh: "人员", en: "people")
        case .shiftTemplates: Localized(zh: "班次模板", en: "shift-templates")
        case .posts: Localized(zh: "岗位", en: "posts")
        case .staffing: Localized(zh: "人数规则", en: "staffing")
        }
    }

    /// Columns in file order. The first column is the record's ID.
    public var columns: [Column] {
        switch self {
        case .organisations:
            [Column("id", "单位编号", "org_id", required: true), Column("name", "名称", "name", required: true),
             Column("kind", "类型", "kind")]
        case .areas:
            [Column("id", "片区编号", "area_id", required: true), Column("name", "名称", "name", required: true),
             Column("leader", "负责人编号", "leader_id")]
        case .compounds:
            [Column("id", "小区编号", "compound_id", required: true), Column("name", "名称", "name", required: true),
             Column("area", "片区编号", "area_id", required: true), Column("households", "户数", "households"),
             Column("cadre", "支部干部编号", "cadre_id")]
        case .gates:
            [Column("id", "出入口编号", "gate_id", required: true),
             Column("compound", "小区编号", "compound_id", required: true),
             Column("name", "名称", "name", required: true)]
        case .buildings:
            [Column("id", "楼栋编号", "building_id", required: true),
             Column("compound", "小区编号", "compound_id", required: true),
             Column("name", "名称", "name", required: true), Column("households", "户数", "households"),
             Column("leader", "楼栋长编号", "leader_id")]
        case .people:
            [Column("id", "人员编号", "person_id", required: true), Column("name", "姓名", "name", required: true, limit: TextLimits.personName),
             Column("phone", "手机", "phone", required: true), Column("sex", "性别", "sex", required: true),
             Column("birth_year", "出生年份", "birth_year", required: true),
             Column("compound", "小区编号", "compound_id", required: true),
             Column("building", "楼栋编号", "building_id"), Column("organisation", "单位编号", "org_id"),
             Column("roles", "身份", "roles", required: true), Column("skills", "技能", "skills"),
             Column("availability", "每周可值班时间", "availability"),
             Column("unavailable", "不可值班日期", "unavailable"),
             Column("max_hours_week", "每周最多小时", "max_hours_week"),
             Column("night_ok", "可值夜班", "night_ok"), Column("notes", "备注", "notes")]
        case .shiftTemplates:
            [Column("id", "模板编号", "template_id", required: true),
             Column("name", "模板名称", "template_name", required: true),
             Column("shift", "班次", "shift", required: true),
             Column("shift_name", "班次名称", "shift_name", required: true),
             Column("start", "开始", "start", required: true), Column("end", "结束", "end", required: true),
             Column("night", "夜班", "night")]
        case .posts:
            [Column("id", "岗位编号", "post_id", required: true), Column("name", "名称", "name", required: true),
             Column("kind", "类型", "kind", required: true),
             Column("compound", "小区编号", "compound_id", required: true),
             Column("gate", "出入口编号", "gate_id"),
             Column("template", "模板编号", "template_id", required: true, aliases: ["staffing"]),
             Column("min_age", "最低年龄", "min_age"), Column("max_age", "最高年龄", "max_age")]
        case .staffing:
            [Column("id", "岗位编号", "post_id", required: true), Column("shift", "班次", "shift", required: true),
             Column("min", "最少人数", "min", required: true), Column("max", "最多人数", "max", required: true),
             Column("roles", "身份要求", "roles")]
        }
    }

    /// Finds the table a file holds: by its name first, else by the ID column of its header.
    public static func detect(fileName: String, headers: [String]) -> Table? {
        let stem = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let base = stem.hasSuffix(".csv") || stem.hasSuffix(".CSV") ? String(stem.dropLast(4)) : stem
        if let table = allCases.first(where: { $0.fileName.zh == base || $0.fileName.en == base.lowercased() }) {
            return table
        }
        let keys = Set(headers.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        func has(_ zh: String, _ en: String) -> Bool { keys.contains(zh) || keys.contains(en) }
        // The first column that names the table's own records decides; order matters because
        // files also carry other tables' IDs as references.
        if has("人员编号", "person_id") { return .people }
        if has("岗位编号", "post_id") { return has("最少人数", "min") ? .staffing : .posts }
        if has("楼栋编号", "building_id") { return .buildings }
        if has("出入口编号", "gate_id") { return .gates }
        if has("模板编号", "template_id") { return .shiftTemplates }
        if has("小区编号", "compound_id") { return .compounds }
        if has("片区编号", "area_id") { return .areas }
        if has("单位编号", "org_id") { return .organisations }
        return nil
    }

    /// The table whose rows hold records of a validation entity.
    static func table(for entity: DataProblem.Entity, part: Int?) -> Table {
        switch entity {
        case .organisation: .organisations
        case .area: .areas
        case .compound: .compounds
        case .gate: .gates
        case .building: .buildings
        case .person: .people
        case .shiftTemplate: .shiftTemplates
        case .post: part == nil ? .posts : .staffing
        }
    }
}
