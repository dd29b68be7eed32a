import DutyModel
import TerminalKit

/// The fields of the person editor, in order, with the validation field they answer to.
public enum PersonField: Int, CaseIterable, Sendable {
    case name, phone, sex, birthYear, compound, building, organisation, roles, skills, availability, leave, maxHours,
         night, notes

    public var label: Localized {
        switch self {
        case .name: Localized(zh: "姓名", en: "Name")
        case .phone: Localized(zh: "手机", en: "Phone")
        case .sex: Localized(zh: "性别", en: "Sex")
        case .birthYear: Localized(zh: "出生年份", en: "Born")
        case .compound: Localized(zh: "小区", en: "Compound")
        case .building: Localized(zh: "楼栋", en: "Building")
        case .organisation: Localized(zh: "单位", en: "Organisation")
        case .roles: Localized(zh: "身份", en: "Roles")
        case .skills: Localized(zh: "技能", en: "Skills")
        case .availability: Localized(zh: "可值班时段", en: "Available")
        case .leave: Localized(zh: "请假", en: "Leave")
        case .maxHours: Localized(zh: "每周最多小时", en: "Max h/week")
        case .night: Localized(zh: "可值夜班", en: "Night duty")
        case .notes: Localized(zh: "备注", en: "Notes")
        }
    }

    /// The most characters the field takes: the import's limit for the same column.
    public var limit: Int {
        switch self {
        case .name: TextLimits.personName
        case .phone: TextLimits.phone
        case .compound: TextLimits.name   // an ID or a compound's name
        case .building, .organisation: TextLimits.id
        case .roles, .skills, .availability: TextLimits.list
        case .leave: TextLimits.dates
        case .notes: TextLimits.notes
        case .sex, .birthYear, .maxHours, .night: TextLimits.short
        }
    }

    /// The field name `Validation` uses for problems of this field.
    var key: String {
        switch self {
        case .birthYear: "birth_year"
        case .maxHours: "max_hours_week"
        case .night: "night_ok"
        case .leave: "unavailable"
        default: String(describing: self)
        }
    }
}

/// The person editor's fields as typed, the field being typed in, and each field's problem.
public struct PersonEditor: Equatable, Sendable {
    public var original: Person
    public var values: [String]
    public var field = 0
    public var problems: [Int: Localized] = [:]
    /// The screen the editor came from and returns to.
    public var returnTo: ScreenKind = .people

    public init(_ person: Person, _ l: Language) {
        original = person
        values = PersonField.allCases.map { field in
            switch field {
            case .name: person.name
            case .phone: person.phone
            case .sex: person.sex.name(l)
            case .birthYear: "\(person.birthYear)"
            case .compound: person.compound.rawValue
            case .building: person.building?.rawValue ?? ""
            case .organisation: person.organisation?.rawValue ?? ""
            case .roles: TextFormats.format(roles: person.roles, l)
            case .skills: TextFormats.format(skills: person.skills, l)
            case .availability: TextFormats.format(availability: person.availability, l)
            case .leave: TextFormats.format(unavailable: person.unavailable, l)
            case .maxHours: person.maxHoursPerWeek.map(String.init) ?? ""
            case .night: TextFormats.format(bool: person.nightDutyAllowed, l)
            case .notes: person.notes
            }
        }
    }

    /// The person the fields describe, and the problems of each field (empty when it can be saved).
    public func parsed(in directory: Directory) -> (Person, [Int: Localized]) {
        var p = original
        var problems: [Int: Localized] = [:]
        func value(_ f: PersonField) -> String { values[f.rawValue].trimmingCharacters(in: .whitespaces) }
        func problem(_ f: PersonField, _ zh: String, _ en: String) { problems[f.rawValue] = Localized(zh: zh, en: en) }
        p.name = value(.name)
        p.phone = PersonRules.phone(value(.phone))
        if let sex = Sex(lenient: value(.sex)) { p.sex = sex } else { problem(.sex, "应为 男 或 女", "expected M or F") }
        if let year = Int(value(.birthYear)) { p.birthYear = year } else { problem(.birthYear, "应为年份，如 1980", "expected a year, e.g. 1980") }
        let compound = value(.compound)
        if let match = directory.compounds.first(where: { $0.id.rawValue == compound || $0.name == compound }) {
            p.compound = match.id
        } else {
            let shown = Excerpt.quoted(compound)
            problem(.compound, "没有编号或名称为\(shown.zh)的小区", "no compound with ID or name \(shown.en)")
        }
        p.building = value(.building).isEmpty ? nil : BuildingID(rawValue: value(.building))
        p.organisation = value(.organisation).isEmpty ? nil : OrganisationID(rawValue: value(.organisation))
        let (roles, unknown) = TextFormats.parseRoles(value(.roles))
        if unknown.isEmpty { p.roles = roles } else { problem(.roles, "未知身份：\(unknown.joined(separator: "、"))", "unknown roles: \(unknown.joined(separator: ", "))") }
        p.skills = TextFormats.splitList(value(.skills))
        if let availability = TextFormats.parseAvailability(value(.availability)) { p.availability = availability } else {
            problem(.availability, "看不懂：应为“周一至周五 17:00-24:00；周六 全天”这样", "not understood: expected e.g. “mon-fri 17:00-24:00; sat all day”")
        }
        if let leave = TextFormats.parseUnavailable(value(.leave)) { p.unavailable = leave } else {
            problem(.leave, "看不懂：应为“2026-12-01~2026-12-03；2026-12-05 08:00-12:00”", "not understood: expected e.g. “2026-12-01~2026-12-03; 2026-12-05 08:00-12:00”")
        }
        if value(.maxHours).isEmpty { p.maxHoursPerWeek = nil } else if let hours = Int(value(.maxHours)) { p.maxHoursPerWeek = hours } else {
            problem(.maxHours, "应为小时数，或留空表示不限", "expected a number of hours, or empty for no limit")
        }
        if let night = TextFormats.parseBool(value(.night)) { p.nightDutyAllowed = night } else { problem(.night, "应为 是 或 否", "expected yes or no") }
        p.notes = value(.notes)
        // The rules the import applies, for this person against the places they name.
        let check = Directory(organisations: directory.organisations, areas: directory.areas, compounds: directory.compounds,
                              gates: [], buildings: directory.buildings, people: [p])
        for found in Validation.problems(in: check) where found.entity == .person {
            if let field = PersonField.allCases.first(where: { $0.key == found.field }), problems[field.rawValue] == nil {
                problems[field.rawValue] = found.message
            }
        }
        // Phones are unique among all people.
        if problems[PersonField.phone.rawValue] == nil,
           let other = directory.people.first(where: { $0.phone == p.phone && $0.id != p.id }) {
            problem(.phone, "与 \(other.name)（\(other.id)）的手机号相同", "same phone as \(other.name) (\(other.id))")
        }
        return (p, problems)
    }
}
