import DutyModel
import Foundation

/// Shift templates (one per post kind, shared by all posts of that kind) and staffing rules.
enum PostPlan {
    static func templateID(_ kind: PostKind) -> ShiftTemplateID { ShiftTemplateID(rawValue: "T-\(kind.rawValue)") }

    /// A whole hour 0…24 as a time of day (the tables below only use such hours).
    static func clock(_ hour: Int) -> TimeOfDay { TimeOfDay(hour: hour) ?? .midnight }

    private static func shift(_ code: String, _ name: String, _ start: Int, _ end: Int, night: Bool? = nil) -> ShiftDefinition {
        ShiftDefinition(code: code, name: name, start: clock(start), end: clock(end), night: night)
    }

    /// Morning and afternoon two-hour sessions, used by several daytime services.
    private static let sessions = [shift("am", "上午", 9, 11), shift("pm", "下午", 15, 17)]

    static let templates: [ShiftTemplate] = PostKind.allCases.map { kind in
        let (name, shifts): (String, [ShiftDefinition]) = switch kind {
        case .checkpoint:
            ("卡点值守三班倒", [shift("day", "早班", 7, 15), shift("eve", "中班", 15, 23), shift("night", "夜班", 23, 7)])
        case .publicity:
            ("防护宣传（上午、下午）", sessions)
        case .purchasingProxy:
            ("代购服务（上午、下午）", [shift("am", "上午", 8, 11), shift("pm", "下午", 14, 17)])
        case .healthConsultation:
            ("健康咨询（上午、下午）", sessions)
        case .disinfection:
            ("消杀（早、晚）", [shift("am", "早消杀", 7, 9), shift("pm", "晚消杀", 17, 19)])
        case .patrol:
            // Only half of 20:00–24:00 is in the night window, so by default it would not be a
            // night shift; the city counts its evening patrol as one, and says so in the file.
            ("巡逻（午后、夜间）", [shift("day", "午后巡逻", 14, 17), shift("night", "夜间巡逻", 20, 24, night: true)])
        case .elderlyCare:
            ("老弱残关怀（上午、下午）", sessions)
        }
        return ShiftTemplate(id: templateID(kind), name: name, shifts: shifts)
    }

    static let party = RoleGroup.partyMember
    /// Someone able to take charge at night at the main gate.
    static let responder = RoleGroup([.communityPolice, .medicalWorker, .compoundCadre])
    static let patroller = RoleGroup([.communityPolice, .partyMemberInService, .retiredPartyMember])

    struct Staffing {
        var rules: [StaffingRule]
        var minAge: Int? = nil
        var maxAge: Int? = nil
    }

    /// Rules for one post. `mainGate` is the compound's first gate (checkpoints only);
    /// `households` lets busier compounds take more helpers (the maximum, never the minimum).
    static func staffing(_ kind: PostKind, mainGate: Bool, households: Int) -> Staffing {
        let big = households >= 600
        switch kind {
        case .checkpoint:
            let needParty = RoleRequirement(group: party, atLeast: 1)
            let dayMax = mainGate && big ? 4 : 3
            let night = mainGate
                ? StaffingRule(shift: "night", minimum: 3, maximum: 4,
                               requirements: [needParty, RoleRequirement(group: responder, atLeast: 1)])
                : StaffingRule(shift: "night", minimum: 2, maximum: 3, requirements: [needParty])
            return Staffing(rules: [
                StaffingRule(shift: "day", minimum: 2, maximum: dayMax, requirements: [needParty]),
                StaffingRule(shift: "eve", minimum: 2, maximum: dayMax, requirements: [needParty]),
                night,
            ], minAge: 18)
        case .publicity:
            return Staffing(rules: ["am", "pm"].map { StaffingRule(shift: $0, minimum: 1, maximum: 2) })
        case .purchasingProxy:
            return Staffing(rules: ["am", "pm"].map { StaffingRule(shift: $0, minimum: 1, maximum: big ? 4 : 3) },
                            minAge: 18, maxAge: 65)
        case .healthConsultation:
            return Staffing(rules: ["am", "pm"].map {
                StaffingRule(shift: $0, minimum: 1, maximum: 2,
                             requirements: [RoleRequirement(group: RoleGroup([.medicalWorker]), atLeast: 1)])
            })
        case .disinfection:
            return Staffing(rules: ["am", "pm"].map { StaffingRule(shift: $0, minimum: 1, maximum: 2) },
                            minAge: 18, maxAge: 60)
        case .patrol:
            let need = [RoleRequirement(group: patroller, atLeast: 1)]
            return Staffing(rules: [
                StaffingRule(shift: "day", minimum: 1, maximum: 2, requirements: need),
                StaffingRule(shift: "night", minimum: 2, maximum: 3, requirements: need),
            ], minAge: 18, maxAge: 65)
        case .elderlyCare:
            return Staffing(rules: ["am", "pm"].map { StaffingRule(shift: $0, minimum: 1, maximum: 2) })
        }
    }

    /// Every post of a compound: a checkpoint per gate, then one post of each other kind.
    static func posts(for compound: Compound, gates: [Gate]) -> [Post] {
        var result: [Post] = []
        for (i, gate) in gates.enumerated() {
            let s = staffing(.checkpoint, mainGate: i == 0, households: compound.households)
            let suffix = gate.id.rawValue.split(separator: "-").last.map(String.init) ?? "G\(i + 1)"
            result.append(Post(id: PostID(rawValue: "\(compound.id.rawValue)-checkpoint-\(suffix)"),
                               name: "\(compound.name)\(gate.name)卡点", kind: .checkpoint, compound: compound.id,
                               gate: gate.id, template: templateID(.checkpoint), staffing: s.rules,
                               minAge: s.minAge, maxAge: s.maxAge))
        }
        for kind in PostKind.allCases where kind != .checkpoint {
            let s = staffing(kind, mainGate: false, households: compound.households)
            result.append(Post(id: PostID(rawValue: "\(compound.id.rawValue)-\(kind.rawValue)"),
                               name: "\(compound.name)\(kind.name.zh)岗", kind: kind, compound: compound.id,
                               template: templateID(kind), staffing: s.rules, minAge: s.minAge, maxAge: s.maxAge))
        }
        return result
    }
}
