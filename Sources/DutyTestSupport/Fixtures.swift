import DutyModel

/// Small hand-made data for tests: one area, two compounds, a few people and posts,
/// every field used at least once. Valid: `Validation.problems(in:)` is empty.
public enum Fixtures {
    public static func time(_ text: String) -> TimeOfDay {
        guard let t = TimeOfDay(parsing: text) else { preconditionFailure("bad time \(text)") }
        return t
    }

    public static func date(_ text: String) -> LocalDate {
        guard let d = LocalDate(parsing: text) else { preconditionFailure("bad date \(text)") }
        return d
    }

    public static func range(_ a: String, _ b: String) -> TimeRange {
        guard let r = TimeRange(start: time(a), end: time(b)) else { preconditionFailure("bad range") }
        return r
    }

    public static func tiny() -> Directory {
        let checkpoint = ShiftTemplate(id: "T-gate", name: "卡点三班", shifts: [
            ShiftDefinition(code: "day", name: "早班", start: time("07:00"), end: time("15:00")),
            ShiftDefinition(code: "eve", name: "中班", start: time("15:00"), end: time("23:00")),
            ShiftDefinition(code: "night", name: "夜班", start: time("23:00"), end: time("07:00")),
        ])
        let health = ShiftTemplate(id: "T-health", name: "健康咨询", shifts: [
            ShiftDefinition(code: "am", name: "上午", start: time("08:00"), end: time("12:00")),
        ])
        guard let away = Unavailability(from: date("2026-12-01"), to: date("2026-12-03")),
              let morning = Unavailability(from: date("2026-12-05"), to: date("2026-12-05"), hours: range("08:00", "12:00"))
        else { preconditionFailure("bad unavailability") }
        let evenings = WeeklyAvailability(days: [
            .monday: [range("18:00", "22:00")], .tuesday: [range("18:00", "22:00")],
            .wednesday: [range("18:00", "22:00")], .saturday: [.allDay], .sunday: [.allDay],
        ])
        return Directory(
            organisations: [
                Organisation(id: "O01", name: "县人民医院", kind: .hospital),
                Organisation(id: "O02", name: "城关派出所", kind: .police),
            ],
            areas: [Area(id: "A1", name: "蒲东街道", leader: "P001")],
            compounds: [
                Compound(id: "C1", name: "幸福家园", area: "A1", households: 320, cadre: "P002"),
                Compound(id: "C2", name: "银河小区", area: "A1", households: 150),
            ],
            gates: [Gate(id: "C1-G1", compound: "C1", name: "东门"), Gate(id: "C2-G1", compound: "C2", name: "南门")],
            buildings: [
                Building(id: "C1-B1", compound: "C1", name: "1号楼", households: 160, leader: "P003"),
                Building(id: "C1-B2", compound: "C1", name: "2号楼", households: 160),
            ],
            people: [
                Person(id: "P001", name: "张伟", phone: "13800001234", sex: .male, birthYear: 1972, compound: "C1",
                       building: "C1-B1", roles: [.streetLeader, .partyMemberInService]),
                Person(id: "P002", name: "欧阳晓燕", phone: "13912345678", sex: .female, birthYear: 1980, compound: "C1",
                       roles: [.compoundCadre, .partyMemberInService], skills: ["急救", "电脑"],
                       availability: evenings, unavailable: [away, morning], maxHoursPerWeek: 30),
                Person(id: "P003", name: "曾国强", phone: "15011112222", sex: .male, birthYear: 1950, compound: "C1",
                       building: "C1-B1", roles: [.retiredPartyMember, .buildingLeader], nightDutyAllowed: false,
                       notes: "腿脚不便, 只做白班"),
                Person(id: "P004", name: "阿依古丽·买买提", phone: "18622223333", sex: .female, birthYear: 1990,
                       compound: "C2", organisation: "O01", roles: [.medicalWorker], maxHoursPerWeek: 40),
                Person(id: "P005", name: "李Anna", phone: "", sex: .female, birthYear: 2001, compound: "C2",
                       roles: [.residentVolunteer], notes: "说\"英语\""),
                Person(id: "P006", name: "单田芳", phone: "17733334444", sex: .male, birthYear: 1985, compound: "C2",
                       organisation: "O02", roles: [.communityPolice, .partyMemberInService]),
            ],
            shiftTemplates: [checkpoint, health],
            posts: [
                Post(id: "C1-gate-G1", name: "幸福家园东门卡点", kind: .checkpoint, compound: "C1", gate: "C1-G1",
                     template: "T-gate", staffing: [
                        StaffingRule(shift: "day", minimum: 2, maximum: 3,
                                     requirements: [RoleRequirement(group: .partyMember, atLeast: 1)]),
                        StaffingRule(shift: "eve", minimum: 2, maximum: 3,
                                     requirements: [RoleRequirement(group: .partyMember, atLeast: 1)]),
                        StaffingRule(shift: "night", minimum: 3, maximum: 4, requirements: [
                            RoleRequirement(group: .partyMember, atLeast: 1),
                            RoleRequirement(group: RoleGroup([.communityPolice, .medicalWorker, .compoundCadre]), atLeast: 1),
                        ]),
                     ]),
                Post(id: "C2-health", name: "银河小区健康咨询", kind: .healthConsultation, compound: "C2",
                     template: "T-health", staffing: [
                        StaffingRule(shift: "am", minimum: 1, maximum: 2,
                                     requirements: [RoleRequirement(group: RoleGroup([.medicalWorker]), atLeast: 1)]),
                     ], minAge: 18, maxAge: 65),
            ])
    }
}
