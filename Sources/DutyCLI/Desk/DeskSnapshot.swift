import DutyModel

/// What the desk commands read around a time, after the version their record is based on:
/// the directory, the assignments from the day before to the day after, the check-in records
/// in force, and the desk's rules with the grace asked for.
struct DeskSnapshot {
    let version: StoreVersion
    let directory: Directory
    let assignments: [Assignment]
    let records: [CheckIn]
    let desk: Desk

    init(_ store: any RosterStore, around time: LocalDateTime, grace: Int) throws {
        let snapshot = try store.snapshot(from: time.date.adding(days: -1), to: time.date.adding(days: 1))
        (version, directory, assignments) = (snapshot.version, snapshot.directory, snapshot.assignments)
        records = CheckIn.inForceByDate(snapshot.log)
        desk = Desk(directory, graceMinutes: grace)
    }

    /// The one person the request's query names among those on a shift at `time` (running or
    /// starting within two hours), with that shift; a message when there is none.
    func onShift(_ request: DeskQuery, at time: LocalDateTime) throws -> (Person, Slot) {
        let found = desk.onShift(request.query, people: directory.people, assignments: assignments, now: time, post: request.postID)
        let person = try found.choice.chosen(request.query, request.language)
        guard let slot = found.slot else {
            throw CLIError(request.language == .zh ? "\(person.name)（\(person.id.rawValue)）此时没有班次"
                                                   : "\(person.name) (\(person.id.rawValue)) has no shift now")
        }
        return (person, slot)
    }

    /// A slot as the desk names it: post, date, the shift by its name (早班, not the code
    /// `day`) and its hours.
    func label(_ slot: Slot) -> String {
        let post = directory.posts.first { $0.id == slot.post }
        let shift = post.flatMap { post in directory.shiftTemplates.first { $0.id == post.template }?.shift(slot.shift)?.name }
        let window = desk.window(slot).map { " \($0.start.time)–\($0.end.time)" } ?? ""
        return "\(post?.name ?? slot.post.rawValue) \(slot.date) \(shift ?? slot.shift)\(window)"
    }

    /// Appends `record`, based on the version read; a store's refusal as a message.
    func append(_ record: CheckIn, to store: any RosterStore, _ l: Language) throws {
        try append([record], to: store, l)
    }

    /// Appends `records` as one change (all or nothing), based on the version read; a store's
    /// refusal as a message that shows the record met.
    func append(_ records: [CheckIn], to store: any RosterStore, _ l: Language) throws {
        do {
            _ = try store.append(records, basedOn: version)
        } catch let StoreError.conflict(conflict) {
            // Someone entered this record since it was read: say what it now holds, never overwrite it.
            guard let record = records.first(where: { $0.id.rawValue == conflict.entity }) ?? records.first else {
                throw CLIError(describing: StoreError.conflict(conflict), l)
            }
            let now = try? store.checkInLog(dates: record.slot.date...record.slot.date, person: record.person).last { $0.record.id == record.id }
            let name = directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue
            let said = conflict.contradiction(name: name, existing: now?.record)
            throw CLIError(l == .zh ? "未保存：\(said.zh)" : "not saved: \(said.en)")
        } catch {
            throw CLIError(describing: error, l)
        }
    }
}
