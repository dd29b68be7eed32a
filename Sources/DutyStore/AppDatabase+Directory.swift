import DutyModel
import Foundation

extension AppDatabase {
    /// Everything in the directory tables, sorted by ID.
    public func loadDirectory() throws -> Directory {
        try backend.read { db in try AppDatabase.loadDirectory(db) }
    }

    /// Adds or replaces the records of `batch` in one transaction, with an audit record
    /// for each record that changed. Records not in `batch` are left alone.
    @discardableResult
    public func save(_ batch: Directory, action: String = "import", basedOn: StoreVersion? = nil) throws -> Commit<SaveSummary> {
        try commit(basedOn: basedOn, touching: ChangeScope(people: Set(batch.people.map(\.id)))) { db in
            try save(batch, action: action, db)
        }
    }

    /// `save` within a transaction already open.
    func save(_ batch: Directory, action: String, _ db: any SQLSession) throws -> SaveSummary {
        do {
            let old = try AppDatabase.loadDirectory(db)
            let at = timestamp
            var summary = SaveSummary()
            func each<T: Identifiable & Encodable & Equatable>(_ entity: String, _ new: [T], _ old: [T],
                                                               _ write: (T, Bool) throws -> Void) throws
                where T.ID == Tagged<T, String> {
                let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for record in new {
                    let previous = before[record.id]
                    if previous == record { summary.unchanged += 1; continue }
                    try write(record, previous != nil)
                    try audit(db, at: at, action: action, entity: entity, id: record.id.rawValue,
                              before: previous, after: record)
                    if previous == nil { summary.added += 1 } else { summary.changed += 1 }
                }
            }
            try each("organisation", batch.organisations, old.organisations) { o, _ in
                try db.execute("""
                    INSERT INTO organisation (id, name, kind) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                    """, [o.id.rawValue, o.name, o.kind.rawValue])
            }
            try each("area", batch.areas, old.areas) { a, _ in
                try db.execute("""
                    INSERT INTO area (id, name, leader_id) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, leader_id = excluded.leader_id
                    """, [a.id.rawValue, a.name, a.leader?.rawValue])
            }
            try each("compound", batch.compounds, old.compounds) { c, _ in
                try db.execute("""
                    INSERT INTO compound (id, name, area_id, households, cadre_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, area_id = excluded.area_id,
                        households = excluded.households, cadre_id = excluded.cadre_id
                    """, [c.id.rawValue, c.name, c.area.rawValue, c.households, c.cadre?.rawValue])
            }
            try each("gate", batch.gates, old.gates) { g, _ in
                try db.execute("""
                    INSERT INTO gate (id, compound_id, name) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET compound_id = excluded.compound_id, name = excluded.name
                    """, [g.id.rawValue, g.compound.rawValue, g.name])
            }
            try each("building", batch.buildings, old.buildings) { b, _ in
                try db.execute("""
                    INSERT INTO building (id, compound_id, name, households, leader_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET compound_id = excluded.compound_id, name = excluded.name,
                        households = excluded.households, leader_id = excluded.leader_id
                    """, [b.id.rawValue, b.compound.rawValue, b.name, b.households, b.leader?.rawValue])
            }
            try each("person", batch.people, old.people) { p, existed in
                try AppDatabase.write(person: p, existed: existed, db)
            }
            try each("shift_template", batch.shiftTemplates, old.shiftTemplates) { t, existed in
                try db.execute("""
                    INSERT INTO shift_template (id, name) VALUES (?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name
                    """, [t.id.rawValue, t.name])
                if existed { try db.execute("DELETE FROM shift WHERE template_id = ?", [t.id.rawValue]) }
                for (i, s) in t.shifts.enumerated() {
                    try db.execute("""
                        INSERT INTO shift (template_id, code, position, name, start_minute, end_minute, night)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, [t.id.rawValue, s.code, i, s.name, s.start.minutes, s.end.minutes, s.night])
                }
            }
            try each("post", batch.posts, old.posts) { p, existed in
                try AppDatabase.write(post: p, existed: existed, db)
            }
            return summary
        }
    }

    static func write(person p: Person, existed: Bool, _ db: any SQLSession) throws {
        let skills = String(decoding: try AppDatabase.encoder.encode(p.skills), as: UTF8.self)
        try db.execute("""
            INSERT INTO person (id, name, phone, sex, birth_year, compound_id, building_id, organisation_id,
                                skills, availability_unrestricted, max_hours_week, night_ok, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, phone = excluded.phone, sex = excluded.sex,
                birth_year = excluded.birth_year, compound_id = excluded.compound_id,
                building_id = excluded.building_id, organisation_id = excluded.organisation_id,
                skills = excluded.skills, availability_unrestricted = excluded.availability_unrestricted,
                max_hours_week = excluded.max_hours_week, night_ok = excluded.night_ok, notes = excluded.notes
            """, [p.id.rawValue, p.name, p.phone, p.sex.rawValue, p.birthYear, p.compound.rawValue,
                             p.building?.rawValue, p.organisation?.rawValue, skills,
                             p.availability.isUnrestricted, p.maxHoursPerWeek, p.nightDutyAllowed, p.notes])
        let id = p.id.rawValue
        if existed {
            for table in ["person_role", "availability_window", "unavailability"] {
                try db.execute("DELETE FROM \(table) WHERE person_id = ?", [id])
            }
        }
        for role in p.roles.sorted() {
            try db.execute("INSERT INTO person_role (person_id, role) VALUES (?, ?)", [id, role.rawValue])
        }
        if !p.availability.isUnrestricted {
            for day in Weekday.allCases {
                for range in p.availability.days[day] ?? [] {
                    try db.execute("""
                        INSERT INTO availability_window (person_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)
                        """, [id, day.rawValue, range.start.minutes, range.end.minutes])
                }
            }
        }
        for (i, u) in p.unavailable.enumerated() {
            try db.execute("""
                INSERT INTO unavailability (person_id, position, from_date, to_date, start_minute, end_minute)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [id, i, u.from.description, u.to.description, u.hours?.start.minutes, u.hours?.end.minutes])
        }
    }

    static func write(post p: Post, existed: Bool, _ db: any SQLSession) throws {
        try db.execute("""
            INSERT INTO post (id, name, kind, compound_id, gate_id, template_id, min_age, max_age)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                compound_id = excluded.compound_id, gate_id = excluded.gate_id, template_id = excluded.template_id,
                min_age = excluded.min_age, max_age = excluded.max_age
            """, [p.id.rawValue, p.name, p.kind.rawValue, p.compound.rawValue, p.gate?.rawValue,
                             p.template.rawValue, p.minAge, p.maxAge])
        if existed { try db.execute("DELETE FROM staffing_rule WHERE post_id = ?", [p.id.rawValue]) }
        for (i, rule) in p.staffing.enumerated() {
            try db.execute("""
                INSERT INTO staffing_rule (post_id, shift_code, position, minimum, maximum) VALUES (?, ?, ?, ?, ?)
                """, [p.id.rawValue, rule.shift, i, rule.minimum, rule.maximum])
            for (j, req) in rule.requirements.enumerated() {
                try db.execute("""
                    INSERT INTO staffing_requirement (post_id, shift_code, position, roles, at_least) VALUES (?, ?, ?, ?, ?)
                    """, [p.id.rawValue, rule.shift, j,
                                     req.group.roles.sorted().map(\.rawValue).joined(separator: "|"), req.atLeast])
            }
        }
    }

    // MARK: loading

    static func loadDirectory(_ db: any SQLSession) throws -> Directory {
        var d = Directory()
        d.organisations = try db.all("SELECT id, name, kind FROM organisation ORDER BY id") { row in
            Organisation(id: row.id(0), name: row.string(1), kind: OrganisationKind(rawValue: row.string(2)) ?? .other)
        }
        d.areas = try db.all("SELECT id, name, leader_id FROM area ORDER BY id") { row in
            Area(id: row.id(0), name: row.string(1), leader: row.optionalID(2))
        }
        d.compounds = try db.all("SELECT id, name, area_id, households, cadre_id FROM compound ORDER BY id") { row in
            Compound(id: row.id(0), name: row.string(1), area: row.id(2), households: row.int(3), cadre: row.optionalID(4))
        }
        d.gates = try db.all("SELECT id, compound_id, name FROM gate ORDER BY id") { row in
            Gate(id: row.id(0), compound: row.id(1), name: row.string(2))
        }
        d.buildings = try db.all("SELECT id, compound_id, name, households, leader_id FROM building ORDER BY id") { row in
            Building(id: row.id(0), compound: row.id(1), name: row.string(2), households: row.int(3), leader: row.optionalID(4))
        }
        d.people = try loadPeople(db)
        d.shiftTemplates = try loadTemplates(db)
        d.posts = try loadPosts(db)
        return d
    }

    static func loadPeople(_ db: any SQLSession) throws -> [Person] {
        var roles: [String: Set<Role>] = [:]
        try db.each("SELECT person_id, role FROM person_role", []) { row in
            if let role = Role(rawValue: row.string(1)) { roles[row.string(0), default: []].insert(role) }
        }
        var windows: [String: [Weekday: [TimeRange]]] = [:]
        try db.each("""
            SELECT person_id, weekday, start_minute, end_minute FROM availability_window ORDER BY person_id, weekday, start_minute
            """, []) { row in
            guard let day = Weekday(rawValue: row.int(1)),
                  let start = TimeOfDay(minutes: row.int(2)), let end = TimeOfDay(minutes: row.int(3)),
                  let range = TimeRange(start: start, end: end) else { return }
            windows[row.string(0), default: [:]][day, default: []].append(range)
        }
        var unavailable: [String: [Unavailability]] = [:], dates = DateMemo()
        try db.each("""
            SELECT person_id, from_date, to_date, start_minute, end_minute FROM unavailability ORDER BY person_id, position
            """, []) { row in
            guard let from = dates.date(row.string(1)), let to = dates.date(row.string(2)) else { return }
            var hours: TimeRange?
            if let s = row.optionalInt(3), let e = row.optionalInt(4),
               let start = TimeOfDay(minutes: s), let end = TimeOfDay(minutes: e) {
                hours = TimeRange(start: start, end: end)
            }
            if let u = Unavailability(from: from, to: to, hours: hours) { unavailable[row.string(0), default: []].append(u) }
        }
        // By position (a name is looked up for every row), from the statement as it comes.
        var people: [Person] = []
        let decoder = JSONDecoder()
        try db.each("""
            SELECT id, name, phone, sex, birth_year, compound_id, building_id, organisation_id, skills,
                   availability_unrestricted, max_hours_week, night_ok, notes FROM person ORDER BY id
            """, []) { row in
            let id = row.string(0)
            let skillsJSON = row.string(8)
            let skills = skillsJSON == "[]" ? [] : (try? decoder.decode([String].self, from: Data(skillsJSON.utf8))) ?? []
            let unrestricted = row.bool(9)
            people.append(Person(id: PersonID(rawValue: id), name: row.string(1), phone: row.string(2),
                                 sex: Sex(rawValue: row.string(3)) ?? .male, birthYear: row.int(4),
                                 compound: CompoundID(rawValue: row.string(5)),
                                 building: row.optionalID(6),
                                 organisation: row.optionalID(7),
                                 roles: roles[id] ?? [], skills: skills,
                                 availability: unrestricted ? .always : WeeklyAvailability(days: windows[id] ?? [:]),
                                 unavailable: unavailable[id] ?? [], maxHoursPerWeek: row.optionalInt(10),
                                 nightDutyAllowed: row.bool(11), notes: row.string(12)))
        }
        return people
    }

    static func loadTemplates(_ db: any SQLSession) throws -> [ShiftTemplate] {
        var shifts: [String: [ShiftDefinition]] = [:]
        try db.each("""
            SELECT template_id, code, name, start_minute, end_minute, night FROM shift ORDER BY template_id, position
            """, []) { row in
            guard let start = TimeOfDay(minutes: row.int(3)), let end = TimeOfDay(minutes: row.int(4)) else { return }
            shifts[row.string(0), default: []].append(ShiftDefinition(code: row.string(1), name: row.string(2), start: start, end: end,
                                                                      night: row.optionalBool(5)))
        }
        return try db.all("SELECT id, name FROM shift_template ORDER BY id") { row in
            let id = row.string(0)
            return ShiftTemplate(id: ShiftTemplateID(rawValue: id), name: row.string(1), shifts: shifts[id] ?? [])
        }
    }

    static func loadPosts(_ db: any SQLSession) throws -> [Post] {
        // By position, from each statement as it comes (a city has thousands of rules).
        var requirements: [String: [RoleRequirement]] = [:]
        try db.each("""
            SELECT post_id, shift_code, roles, at_least FROM staffing_requirement ORDER BY post_id, shift_code, position
            """, []) { row in
            let roles = Set(row.string(2).split(separator: "|").compactMap { Role(rawValue: String($0)) })
            let key = "\(row.string(0))\u{0}\(row.string(1))"
            requirements[key, default: []].append(RoleRequirement(group: RoleGroup(roles), atLeast: row.int(3)))
        }
        var rules: [String: [StaffingRule]] = [:]
        try db.each("SELECT post_id, shift_code, minimum, maximum FROM staffing_rule ORDER BY post_id, position", []) { row in
            let post = row.string(0), shift = row.string(1)
            rules[post, default: []].append(StaffingRule(shift: shift, minimum: row.int(2), maximum: row.int(3),
                                                         requirements: requirements["\(post)\u{0}\(shift)"] ?? []))
        }
        var posts: [Post] = []
        try db.each("""
            SELECT id, name, kind, compound_id, gate_id, template_id, min_age, max_age FROM post ORDER BY id
            """, []) { row in
            let id = row.string(0)
            posts.append(Post(id: PostID(rawValue: id), name: row.string(1), kind: PostKind(rawValue: row.string(2)) ?? .publicity,
                              compound: CompoundID(rawValue: row.string(3)), gate: row.optionalID(4),
                              template: ShiftTemplateID(rawValue: row.string(5)), staffing: rules[id] ?? [],
                              minAge: row.optionalInt(6), maxAge: row.optionalInt(7)))
        }
        return posts
    }
}

extension SQLRow {
    /// A typed ID from a TEXT column.
    func id<T>(_ column: Int) -> Tagged<T, String> { Tagged(rawValue: string(column)) }

    /// A typed ID from a nullable TEXT column.
    func optionalID<T>(_ column: Int) -> Tagged<T, String>? { text(column).map { Tagged(rawValue: $0) } }
}
