import DutyModel
import Foundation
import GRDB

extension AppDatabase {
    /// Everything in the directory tables, sorted by ID.
    public func loadDirectory() throws -> Directory {
        try writer.read { db in try AppDatabase.loadDirectory(db) }
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
    func save(_ batch: Directory, action: String, _ db: Database) throws -> SaveSummary {
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
                try db.cachedStatement(sql: """
                    INSERT INTO organisation (id, name, kind) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                    """).execute(arguments: [o.id.rawValue, o.name, o.kind.rawValue])
            }
            try each("area", batch.areas, old.areas) { a, _ in
                try db.cachedStatement(sql: """
                    INSERT INTO area (id, name, leader_id) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, leader_id = excluded.leader_id
                    """).execute(arguments: [a.id.rawValue, a.name, a.leader?.rawValue])
            }
            try each("compound", batch.compounds, old.compounds) { c, _ in
                try db.cachedStatement(sql: """
                    INSERT INTO compound (id, name, area_id, households, cadre_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, area_id = excluded.area_id,
                        households = excluded.households, cadre_id = excluded.cadre_id
                    """).execute(arguments: [c.id.rawValue, c.name, c.area.rawValue, c.households, c.cadre?.rawValue])
            }
            try each("gate", batch.gates, old.gates) { g, _ in
                try db.cachedStatement(sql: """
                    INSERT INTO gate (id, compound_id, name) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET compound_id = excluded.compound_id, name = excluded.name
                    """).execute(arguments: [g.id.rawValue, g.compound.rawValue, g.name])
            }
            try each("building", batch.buildings, old.buildings) { b, _ in
                try db.cachedStatement(sql: """
                    INSERT INTO building (id, compound_id, name, households, leader_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET compound_id = excluded.compound_id, name = excluded.name,
                        households = excluded.households, leader_id = excluded.leader_id
                    """).execute(arguments: [b.id.rawValue, b.compound.rawValue, b.name, b.households, b.leader?.rawValue])
            }
            try each("person", batch.people, old.people) { p, existed in
                try AppDatabase.write(person: p, existed: existed, db)
            }
            try each("shift_template", batch.shiftTemplates, old.shiftTemplates) { t, existed in
                try db.cachedStatement(sql: """
                    INSERT INTO shift_template (id, name) VALUES (?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name
                    """).execute(arguments: [t.id.rawValue, t.name])
                if existed { try db.execute(sql: "DELETE FROM shift WHERE template_id = ?", arguments: [t.id.rawValue]) }
                for (i, s) in t.shifts.enumerated() {
                    try db.cachedStatement(sql: """
                        INSERT INTO shift (template_id, code, position, name, start_minute, end_minute, night)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [t.id.rawValue, s.code, i, s.name, s.start.minutes, s.end.minutes, s.night])
                }
            }
            try each("post", batch.posts, old.posts) { p, existed in
                try AppDatabase.write(post: p, existed: existed, db)
            }
            return summary
        }
    }

    static func write(person p: Person, existed: Bool, _ db: Database) throws {
        let skills = String(decoding: try AppDatabase.encoder.encode(p.skills), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO person (id, name, phone, sex, birth_year, compound_id, building_id, organisation_id,
                                skills, availability_unrestricted, max_hours_week, night_ok, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, phone = excluded.phone, sex = excluded.sex,
                birth_year = excluded.birth_year, compound_id = excluded.compound_id,
                building_id = excluded.building_id, organisation_id = excluded.organisation_id,
                skills = excluded.skills, availability_unrestricted = excluded.availability_unrestricted,
                max_hours_week = excluded.max_hours_week, night_ok = excluded.night_ok, notes = excluded.notes
            """).execute(arguments: [p.id.rawValue, p.name, p.phone, p.sex.rawValue, p.birthYear, p.compound.rawValue,
                             p.building?.rawValue, p.organisation?.rawValue, skills,
                             p.availability.isUnrestricted, p.maxHoursPerWeek, p.nightDutyAllowed, p.notes])
        let id = p.id.rawValue
        if existed {
            for table in ["person_role", "availability_window", "unavailability"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE person_id = ?", arguments: [id])
            }
        }
        for role in p.roles.sorted() {
            try db.cachedStatement(sql: "INSERT INTO person_role (person_id, role) VALUES (?, ?)").execute(arguments: [id, role.rawValue])
        }
        if !p.availability.isUnrestricted {
            for day in Weekday.allCases {
                for range in p.availability.days[day] ?? [] {
                    try db.cachedStatement(sql: """
                        INSERT INTO availability_window (person_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)
                        """).execute(arguments: [id, day.rawValue, range.start.minutes, range.end.minutes])
                }
            }
        }
        for (i, u) in p.unavailable.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO unavailability (person_id, position, from_date, to_date, start_minute, end_minute)
                VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, i, u.from.description, u.to.description, u.hours?.start.minutes, u.hours?.end.minutes])
        }
    }

    static func write(post p: Post, existed: Bool, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO post (id, name, kind, compound_id, gate_id, template_id, min_age, max_age)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                compound_id = excluded.compound_id, gate_id = excluded.gate_id, template_id = excluded.template_id,
                min_age = excluded.min_age, max_age = excluded.max_age
            """).execute(arguments: [p.id.rawValue, p.name, p.kind.rawValue, p.compound.rawValue, p.gate?.rawValue,
                             p.template.rawValue, p.minAge, p.maxAge])
        if existed { try db.execute(sql: "DELETE FROM staffing_rule WHERE post_id = ?", arguments: [p.id.rawValue]) }
        for (i, rule) in p.staffing.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO staffing_rule (post_id, shift_code, position, minimum, maximum) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [p.id.rawValue, rule.shift, i, rule.minimum, rule.maximum])
            for (j, req) in rule.requirements.enumerated() {
                try db.cachedStatement(sql: """
                    INSERT INTO staffing_requirement (post_id, shift_code, position, roles, at_least) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [p.id.rawValue, rule.shift, j,
                                     req.group.roles.sorted().map(\.rawValue).joined(separator: "|"), req.atLeast])
            }
        }
    }

    // MARK: loading

    static func loadDirectory(_ db: Database) throws -> Directory {
        var d = Directory()
        d.organisations = try Row.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY id").map { row in
            Organisation(id: row.id("id"), name: row["name"],
                         kind: OrganisationKind(rawValue: row["kind"]) ?? .other)
        }
        d.areas = try Row.fetchAll(db, sql: "SELECT * FROM area ORDER BY id").map { row in
            Area(id: row.id("id"), name: row["name"], leader: row.optionalID("leader_id"))
        }
        d.compounds = try Row.fetchAll(db, sql: "SELECT * FROM compound ORDER BY id").map { row in
            Compound(id: row.id("id"), name: row["name"], area: row.id("area_id"),
                     households: row["households"], cadre: row.optionalID("cadre_id"))
        }
        d.gates = try Row.fetchAll(db, sql: "SELECT * FROM gate ORDER BY id").map { row in
            Gate(id: row.id("id"), compound: row.id("compound_id"), name: row["name"])
        }
        d.buildings = try Row.fetchAll(db, sql: "SELECT * FROM building ORDER BY id").map { row in
            Building(id: row.id("id"), compound: row.id("compound_id"),
                     name: row["name"], households: row["households"],
                     leader: row.optionalID("leader_id"))
        }
        d.people = try loadPeople(db)
        d.shiftTemplates = try loadTemplates(db)
        d.posts = try loadPosts(db)
        return d
    }

    static func loadPeople(_ db: Database) throws -> [Person] {
        var roles: [String: Set<Role>] = [:]
        let roleRows = try Row.fetchCursor(db, sql: "SELECT person_id, role FROM person_role")
        while let row = try roleRows.next() {
            if let role = Role(rawValue: row[1]) { roles[row[0], default: []].insert(role) }
        }
        var windows: [String: [Weekday: [TimeRange]]] = [:]
        let windowRows = try Row.fetchCursor(db, sql: """
            SELECT person_id, weekday, start_minute, end_minute FROM availability_window ORDER BY person_id, weekday, start_minute
            """)
        while let row = try windowRows.next() {
            guard let day = Weekday(rawValue: row[1]),
                  let start = TimeOfDay(minutes: row[2]), let end = TimeOfDay(minutes: row[3]),
                  let range = TimeRange(start: start, end: end) else { continue }
            windows[row[0], default: [:]][day, default: []].append(range)
        }
        var unavailable: [String: [Unavailability]] = [:], dates = DateMemo()
        let leaveRows = try Row.fetchCursor(db, sql: """
            SELECT person_id, from_date, to_date, start_minute, end_minute FROM unavailability ORDER BY person_id, position
            """)
        while let row = try leaveRows.next() {
            guard let from = dates.date(row[1]), let to = dates.date(row[2]) else { continue }
            var hours: TimeRange?
            if let s: Int = row[3], let e: Int = row[4],
               let start = TimeOfDay(minutes: s), let end = TimeOfDay(minutes: e) {
                hours = TimeRange(start: start, end: end)
            }
            if let u = Unavailability(from: from, to: to, hours: hours) { unavailable[row[0], default: []].append(u) }
        }
        // By position (a name is looked up for every row), from the statement as it comes.
        var people: [Person] = []
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, name, phone, sex, birth_year, compound_id, building_id, organisation_id, skills,
                   availability_unrestricted, max_hours_week, night_ok, notes FROM person ORDER BY id
            """)
        while let row = try rows.next() {
            let id: String = row[0]
            let skillsJSON: String = row[8]
            let skills = skillsJSON == "[]" ? [] : (try? decoder.decode([String].self, from: Data(skillsJSON.utf8))) ?? []
            let unrestricted: Bool = row[9]
            let building: String? = row[6], organisation: String? = row[7]
            people.append(Person(id: PersonID(rawValue: id), name: row[1], phone: row[2],
                                 sex: Sex(rawValue: row[3]) ?? .male, birthYear: row[4],
                                 compound: CompoundID(rawValue: row[5]),
                                 building: building.map(BuildingID.init(rawValue:)),
                                 organisation: organisation.map(OrganisationID.init(rawValue:)),
                                 roles: roles[id] ?? [], skills: skills,
                                 availability: unrestricted ? .always : WeeklyAvailability(days: windows[id] ?? [:]),
                                 unavailable: unavailable[id] ?? [], maxHoursPerWeek: row[10],
                                 nightDutyAllowed: row[11], notes: row[12]))
        }
        return people
    }

    static func loadTemplates(_ db: Database) throws -> [ShiftTemplate] {
        var shifts: [String: [ShiftDefinition]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM shift ORDER BY template_id, position") {
            guard let start = TimeOfDay(minutes: row["start_minute"]), let end = TimeOfDay(minutes: row["end_minute"]) else { continue }
            shifts[row["template_id"], default: []].append(ShiftDefinition(code: row["code"], name: row["name"], start: start, end: end,
                                                                           night: row["night"]))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM shift_template ORDER BY id").map { row in
            let id: String = row["id"]
            return ShiftTemplate(id: ShiftTemplateID(rawValue: id), name: row["name"], shifts: shifts[id] ?? [])
        }
    }

    static func loadPosts(_ db: Database) throws -> [Post] {
        // By position, from each statement as it comes (a city has thousands of rules).
        var requirements: [String: [RoleRequirement]] = [:]
        let requirementRows = try Row.fetchCursor(db, sql: """
            SELECT post_id, shift_code, roles, at_least FROM staffing_requirement ORDER BY post_id, shift_code, position
            """)
        while let row = try requirementRows.next() {
            let text: String = row[2]
            let roles = Set(text.split(separator: "|").compactMap { Role(rawValue: String($0)) })
            let key = "\(row[0] as String)\u{0}\(row[1] as String)"
            requirements[key, default: []].append(RoleRequirement(group: RoleGroup(roles), atLeast: row[3]))
        }
        var rules: [String: [StaffingRule]] = [:]
        let ruleRows = try Row.fetchCursor(db, sql: "SELECT post_id, shift_code, minimum, maximum FROM staffing_rule ORDER BY post_id, position")
        while let row = try ruleRows.next() {
            let post: String = row[0], shift: String = row[1]
            rules[post, default: []].append(StaffingRule(shift: shift, minimum: row[2], maximum: row[3],
                                                         requirements: requirements["\(post)\u{0}\(shift)"] ?? []))
        }
        var posts: [Post] = []
        let postRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, kind, compound_id, gate_id, template_id, min_age, max_age FROM post ORDER BY id
            """)
        while let row = try postRows.next() {
            let id: String = row[0], gate: String? = row[4]
            posts.append(Post(id: PostID(rawValue: id), name: row[1], kind: PostKind(rawValue: row[2]) ?? .publicity,
                              compound: CompoundID(rawValue: row[3]), gate: gate.map(GateID.init(rawValue:)),
                              template: ShiftTemplateID(rawValue: row[5]), staffing: rules[id] ?? [],
                              minAge: row[6], maxAge: row[7]))
        }
        return posts
    }
}

extension Row {
    /// A typed ID from a TEXT column.
    func id<T>(_ column: String) -> Tagged<T, String> { Tagged(rawValue: self[column]) }

    /// A typed ID from a nullable TEXT column.
    func optionalID<T>(_ column: String) -> Tagged<T, String>? {
        (self[column] as String?).map { Tagged(rawValue: $0) }
    }
}
