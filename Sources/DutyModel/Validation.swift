import Foundation
import Tagged

/// Checks a directory and returns every problem (never stops at the first).
public enum Validation {
    public static func problems(in d: Directory) -> [DataProblem] {
        var v = Validator(d)
        v.run()
        return v.problems
    }
}

private struct Validator {
    let d: Directory
    var problems: [DataProblem] = []

    let organisationIDs: Set<OrganisationID>
    let areaIDs: Set<AreaID>
    let compoundIDs: Set<CompoundID>
    let gatesByID: [GateID: Gate]
    let buildingsByID: [BuildingID: Building]
    let peopleByID: [PersonID: Person]
    let templatesByID: [ShiftTemplateID: ShiftTemplate]

    init(_ d: Directory) {
        self.d = d
        organisationIDs = Set(d.organisations.map(\.id))
        areaIDs = Set(d.areas.map(\.id))
        compoundIDs = Set(d.compounds.map(\.id))
        gatesByID = Dictionary(d.gates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        buildingsByID = Dictionary(d.buildings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        peopleByID = Dictionary(d.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        templatesByID = Dictionary(d.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func run() {
        checkIDs(.organisation, d.organisations.map(\.id.rawValue))
        checkIDs(.area, d.areas.map(\.id.rawValue))
        checkIDs(.compound, d.compounds.map(\.id.rawValue))
        checkIDs(.gate, d.gates.map(\.id.rawValue))
        checkIDs(.building, d.buildings.map(\.id.rawValue))
        checkIDs(.person, d.people.map(\.id.rawValue))
        checkIDs(.shiftTemplate, d.shiftTemplates.map(\.id.rawValue))
        checkIDs(.post, d.posts.map(\.id.rawValue))
        for (i, o) in d.organisations.enumerated() {
            requireName(o.name, .organisation, i, o.id.rawValue)
        }
        for (i, a) in d.areas.enumerated() {
            requireName(a.name, .area, i, a.id.rawValue)
            checkLeader(a.leader, role: .streetLeader, .area, i, a.id.rawValue, field: "leader")
        }
        for (i, c) in d.compounds.enumerated() { checkCompound(c, i) }
        for (i, g) in d.gates.enumerated() {
            requireName(g.name, .gate, i, g.id.rawValue)
            if !compoundIDs.contains(g.compound) {
                add(.gate, i, g.id.rawValue, "compound", unknown(.compound, g.compound.rawValue))
            }
        }
        for (i, b) in d.buildings.enumerated() { checkBuilding(b, i) }
        for (i, p) in d.people.enumerated() { checkPerson(p, i) }
        for (i, t) in d.shiftTemplates.enumerated() { checkTemplate(t, i) }
        for (i, p) in d.posts.enumerated() { checkPost(p, i) }
    }

    mutating func add(_ e: DataProblem.Entity, _ i: Int, part: Int? = nil, _ id: String, _ field: String,
                      _ message: Localized, related: Int? = nil) {
        problems.append(DataProblem(e, index: i, part: part, id: id, field: field, message, related: related))
    }

    func unknown(_ e: DataProblem.Entity, _ id: String) -> Localized {
        let kind = Validator.entityName(e), id = Excerpt.plain(id)
        return Localized(zh: "没有编号为 \(id.zh) 的\(kind.zh)", en: "there is no \(kind.en) with ID \(id.en)")
    }

    static func entityName(_ e: DataProblem.Entity) -> Localized { e.name }

    mutating func checkIDs(_ e: DataProblem.Entity, _ ids: [String]) {
        var seen: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if !IDSyntax.isValid(id) {
                let shown = Excerpt.quoted(id)
                add(e, i, id, "id", Localized(
                    zh: "编号\(shown.zh)无效：应为 1–32 个英文字母、数字或 - _ .",
                    en: "ID \(shown.en) is invalid: expected 1–32 letters, digits, - _ or ."))
            }
            if let first = seen[id] {
                let shown = Excerpt.plain(id)
                add(e, i, id, "id", Localized(zh: "编号 \(shown.zh) 重复", en: "duplicate ID \(shown.en)"), related: first)
            } else {
                seen[id] = i
            }
        }
    }

    mutating func requireName(_ name: String, _ e: DataProblem.Entity, _ i: Int, _ id: String) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            add(e, i, id, "name", Localized(zh: "名称不能为空", en: "the name is empty"))
        }
    }

    mutating func checkLeader(_ leader: PersonID?, role: Role, _ e: DataProblem.Entity, _ i: Int, _ id: String,
                              field: String) {
        guard let leader else { return }
        guard let person = peopleByID[leader] else {
            add(e, i, id, field, unknown(.person, leader.rawValue))
            return
        }
        if !person.roles.contains(role) {
            add(e, i, id, field, Localized(
                zh: "\(person.name)（\(leader.rawValue)）不是\(role.name.zh)，请先在人员信息中加上此身份",
                en: "\(person.name) (\(leader.rawValue)) is not a \(role.name.en); add the role to the person first"))
        }
    }

    mutating func checkCompound(_ c: Compound, _ i: Int) {
        requireName(c.name, .compound, i, c.id.rawValue)
        if !areaIDs.contains(c.area) { add(.compound, i, c.id.rawValue, "area", unknown(.area, c.area.rawValue)) }
        if c.households < 0 {
            add(.compound, i, c.id.rawValue, "households",
                Localized(zh: "户数不能为负数", en: "households cannot be negative"))
        }
        checkLeader(c.cadre, role: .compoundCadre, .compound, i, c.id.rawValue, field: "cadre")
    }

    mutating func checkBuilding(_ b: Building, _ i: Int) {
        requireName(b.name, .building, i, b.id.rawValue)
        if !compoundIDs.contains(b.compound) {
            add(.building, i, b.id.rawValue, "compound", unknown(.compound, b.compound.rawValue))
        }
        if b.households < 0 {
            add(.building, i, b.id.rawValue, "households",
                Localized(zh: "户数不能为负数", en: "households cannot be negative"))
        }
        checkLeader(b.leader, role: .buildingLeader, .building, i, b.id.rawValue, field: "leader")
        if let leader = b.leader.flatMap({ peopleByID[$0] }), leader.compound != b.compound {
            add(.building, i, b.id.rawValue, "leader", Localized(
                zh: "楼栋长\(leader.name)（\(leader.id.rawValue)）住在小区 \(leader.compound.rawValue)，不住在 \(b.compound.rawValue)",
                en: "building leader \(leader.name) (\(leader.id.rawValue)) lives in compound \(leader.compound.rawValue), "
                    + "not \(b.compound.rawValue)"))
        }
    }

    mutating func checkPerson(_ p: Person, _ i: Int) {
        let id = p.id.rawValue
        if !PersonRules.isValidName(p.name) {
            let name = Excerpt.quoted(p.name)
            add(.person, i, id, "name", Localized(
                zh: "姓名\(name.zh)无效：应为 1–\(PersonRules.maxNameLength) 个字，可含间隔号·和英文字母，不含数字",
                en: "name \(name.en) is invalid: expected 1–\(PersonRules.maxNameLength) letters "
                    + "(Chinese, Latin, middle dot), no digits"))
        }
        if !p.phone.isEmpty && !PersonRules.isValidPhone(p.phone) {
            let phone = Excerpt.quoted(p.phone)
            add(.person, i, id, "phone", Localized(
                zh: "手机号\(phone.zh)无效：应为以 1 开头的 11 位数字",
                en: "phone \(phone.en) is invalid: expected 11 digits starting with 1"))
        }
        if !PersonRules.birthYears.contains(p.birthYear) {
            add(.person, i, id, "birth_year", Localized(
                zh: "出生年份 \(p.birthYear) 不在 \(PersonRules.birthYears.lowerBound)–\(PersonRules.birthYears.upperBound) 之间",
                en: "birth year \(p.birthYear) is outside \(PersonRules.birthYears.lowerBound)–"
                    + "\(PersonRules.birthYears.upperBound)"))
        }
        if !compoundIDs.contains(p.compound) {
            add(.person, i, id, "compound", unknown(.compound, p.compound.rawValue))
        }
        if let b = p.building {
            if let building = buildingsByID[b] {
                if building.compound != p.compound {
                    add(.person, i, id, "building", Localized(
                        zh: "楼栋 \(b.rawValue) 属于小区 \(building.compound.rawValue)，不属于 \(p.compound.rawValue)",
                        en: "building \(b.rawValue) belongs to compound \(building.compound.rawValue), "
                            + "not \(p.compound.rawValue)"))
                }
            } else {
                add(.person, i, id, "building", unknown(.building, b.rawValue))
            }
        }
        if let o = p.organisation, !organisationIDs.contains(o) {
            add(.person, i, id, "organisation", unknown(.organisation, o.rawValue))
        }
        if p.roles.isEmpty {
            add(.person, i, id, "roles", Localized(zh: "至少要有一种身份", en: "at least one role is needed"))
        }
        if let hours = p.maxHoursPerWeek, !PersonRules.maxHoursPerWeek.contains(hours) {
            add(.person, i, id, "max_hours_week", Localized(
                zh: "每周最多小时数 \(hours) 应在 0–\(PersonRules.maxHoursPerWeek.upperBound) 之间",
                en: "max hours per week \(hours) should be within 0–\(PersonRules.maxHoursPerWeek.upperBound)"))
        }
    }

    mutating func checkTemplate(_ t: ShiftTemplate, _ i: Int) {
        let id = t.id.rawValue
        requireName(t.name, .shiftTemplate, i, id)
        if t.shifts.isEmpty {
            add(.shiftTemplate, i, id, "shift", Localized(zh: "模板中没有班次", en: "the template has no shifts"))
        }
        var codes: Set<String> = []
        for (j, s) in t.shifts.enumerated() {
            if !IDSyntax.isValid(s.code) {
                let code = Excerpt.quoted(s.code)
                add(.shiftTemplate, i, part: j, id, "shift", Localized(
                    zh: "班次代码\(code.zh)无效：应为英文字母、数字或 - _ .",
                    en: "shift code \(code.en) is invalid: expected letters, digits, - _ or ."))
            }
            if !codes.insert(s.code).inserted {
                add(.shiftTemplate, i, part: j, id, "shift", Localized(
                    zh: "班次代码 \(s.code) 在模板 \(id) 中重复", en: "shift code \(s.code) repeats in template \(id)"))
            }
            if s.name.trimmingCharacters(in: .whitespaces).isEmpty {
                add(.shiftTemplate, i, part: j, id, "shift_name",
                    Localized(zh: "班次名称不能为空", en: "the shift name is empty"))
            }
        }
    }

    mutating func checkPost(_ p: Post, _ i: Int) {
        let id = p.id.rawValue
        requireName(p.name, .post, i, id)
        if !compoundIDs.contains(p.compound) {
            add(.post, i, id, "compound", unknown(.compound, p.compound.rawValue))
        }
        if let g = p.gate {
            if let gate = gatesByID[g] {
                if gate.compound != p.compound {
                    add(.post, i, id, "gate", Localized(
                        zh: "出入口 \(g.rawValue) 属于小区 \(gate.compound.rawValue)，不属于 \(p.compound.rawValue)",
                        en: "gate \(g.rawValue) belongs to compound \(gate.compound.rawValue), not \(p.compound.rawValue)"))
                }
            } else {
                add(.post, i, id, "gate", unknown(.gate, g.rawValue))
            }
        } else if p.kind == .checkpoint {
            add(.post, i, id, "gate", Localized(zh: "卡点值守岗位必须指定出入口",
                                                en: "a checkpoint post needs a gate"))
        }
        for (field, age) in [("min_age", p.minAge), ("max_age", p.maxAge)] {
            if let age, !(0...120).contains(age) {
                add(.post, i, id, field, Localized(zh: "年龄 \(age) 应在 0–120 之间", en: "age \(age) should be within 0–120"))
            }
        }
        if let lo = p.minAge, let hi = p.maxAge, lo > hi {
            add(.post, i, id, "max_age", Localized(zh: "年龄上限 \(hi) 小于下限 \(lo)",
                                                   en: "maximum age \(hi) is below minimum age \(lo)"))
        }
        guard let template = templatesByID[p.template] else {
            add(.post, i, id, "template", unknown(.shiftTemplate, p.template.rawValue))
            return
        }
        var ruled: Set<String> = []
        for (j, rule) in p.staffing.enumerated() {
            if template.shift(rule.shift) == nil {
                add(.post, i, part: j, id, "shift", Localized(
                    zh: "班次模板 \(template.id.rawValue) 中没有班次 \(rule.shift)",
                    en: "shift template \(template.id.rawValue) has no shift \(rule.shift)"))
            }
            if !ruled.insert(rule.shift).inserted {
                add(.post, i, part: j, id, "shift", Localized(
                    zh: "岗位 \(id) 的班次 \(rule.shift) 有两条人数规则",
                    en: "post \(id) has two staffing rules for shift \(rule.shift)"))
            }
            if rule.minimum < 0 || rule.maximum < rule.minimum || rule.maximum == 0 {
                add(.post, i, part: j, id, "max", Localized(
                    zh: "人数范围 \(rule.minimum)–\(rule.maximum) 无效：应满足 0 ≤ 最少 ≤ 最多，且最多 ≥ 1",
                    en: "headcount \(rule.minimum)–\(rule.maximum) is invalid: expected 0 ≤ min ≤ max and max ≥ 1"))
            }
            for req in rule.requirements where req.atLeast > rule.maximum || req.atLeast < 1 {
                add(.post, i, part: j, id, "roles", Localized(
                    zh: "要求至少 \(req.atLeast) 名\(req.group.name(.zh))，但本班最多 \(rule.maximum) 人",
                    en: "asks for at least \(req.atLeast) \(req.group.name(.en)) but the shift has at most "
                        + "\(rule.maximum) people"))
            }
        }
        for shift in template.shifts where !ruled.contains(shift.code) {
            add(.post, i, id, "staffing", Localized(
                zh: "班次 \(shift.code)（\(shift.name)）没有人数规则",
                en: "shift \(shift.code) (\(shift.name)) has no staffing rule"))
        }
    }
}
