/// The work of reading one instance file: where its sections are, then each section in the
/// order of ``InstanceSection``, collecting problems in an ``IssueList``.
struct InstanceParser {
    let bytes: [UInt8]
    /// Where the text starts: after a UTF-8 byte order mark, if there is one.
    let start: Int
    var issues: IssueList
    var spans: [InstanceSection: InstanceSection.Span] = [:]
    var days = 0
    var shifts: [ShiftType] = []
    var shiftIndex: [String: Int] = [:]
    var workers: [Worker] = []
    var workerIndex: [String: Int] = [:]
    /// The line each employee is defined on, for the message about a second definition.
    var workerLine: [String: Int] = [:]
    /// Shift types and employees whose line was refused: lines naming them are not refused
    /// again for it.
    var refusedShifts: Set<String> = []
    var refusedStaff: Set<String> = []

    static let comma = UInt8(ascii: ","), bar = UInt8(ascii: "|"), equals = UInt8(ascii: "=")

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        issues = IssueList(file: file)
    }

    mutating func problem(name: String) throws(FormatFailure) -> Problem {
        if bytes.count > InstanceLimits.fileBytes {
            try issues.add(1, 1, "the text is larger than \(InstanceLimits.fileBytes / (1024 * 1024)) MB, the most that is read")
            try issues.check()
        }
        try findSections()
        try checkCounts()
        try issues.check()
        try readHorizon()
        try readShifts()
        try issues.check()
        try readStaff()
        try readDaysOff()
        let on = try readRequests(.onRequests)
        let off = try readRequests(.offRequests)
        let cover = try readCover()
        try issues.check()
        return Problem(name: name, days: days, shifts: shifts, workers: workers, cover: cover, onRequests: on, offRequests: off)
    }

    // MARK: Sections

    /// Finds each section and counts its lines, allocating nothing per line. A header not known,
    /// or given a second time, is refused, and its lines are skipped.
    mutating func findSections() throws(FormatFailure) {
        var current: InstanceSection?
        var skipping = false
        for line in TextLines(bytes, range: start..<bytes.count) where !line.isBlankOrComment {
            if line.text.utf8.starts(with: "SECTION_".utf8) {
                if let current { spans[current]?.end = line.start }
                current = nil
                skipping = true
                guard let section = InstanceSection(rawValue: line.text) else {
                    let known = InstanceSection.allCases.map(\.rawValue).joined(separator: ", ")
                    try issues.add(line.number, 1, "unknown section \(TextLines.shown(line.text)); expected one of \(known)")
                    continue
                }
                if let first = spans[section] {
                    try issues.add(line.number, 1, "\(section.rawValue) a second time (first on line \(first.header)); "
                                   + "each section is given once")
                    continue
                }
                skipping = false
                current = section
                spans[section] = InstanceSection.Span(header: line.number, start: min(line.end + 1, bytes.count),
                                                      firstLine: line.number + 1, end: bytes.count)
                continue
            }
            guard let current, var span = spans[current] else {
                if !skipping { try issues.add(line.number, 1, "a line outside any section") }
                continue
            }
            span.count += 1
            if span.count == current.limit + 1 { span.beyondLimit = line.number }
            spans[current] = span
        }
    }

    /// Every section is there, the first three are not empty, and none has more lines than its limit.
    mutating func checkCounts() throws(FormatFailure) {
        for section in InstanceSection.allCases {
            guard let span = spans[section] else {
                try issues.add(1, 1, "missing \(section.rawValue)")
                continue
            }
            if span.count == 0, [.horizon, .shifts, .staff].contains(section) {
                try issues.add(span.header, 1, "\(section.rawValue) is empty")
            }
            guard let beyond = span.beyondLimit else { continue }
            if section == .horizon {
                try issues.add(beyond, 1, "SECTION_HORIZON holds one number; this is a second line")
            } else {
                try issues.add(beyond, 1, "more than \(section.limit) \(section.lines), the most that is read")
            }
        }
    }

    /// The lines of `section` that are neither blank nor comments, read as they are needed.
    func lines(_ section: InstanceSection) -> LazyFilterSequence<TextLines> {
        let span = spans[section]
        return TextLines(bytes, range: (span?.start ?? 0)..<(span?.end ?? 0), first: span?.firstLine ?? 1)
            .lazy.filter { !$0.isBlankOrComment }
    }

    // MARK: Fields and numbers

    /// The fields of `line` when it has `expected` of them; otherwise a problem at the first
    /// field too many, or the first one missing. Counted before the line is split.
    mutating func fields(_ line: TextLines.Line, _ expected: Int, _ what: String) throws(FormatFailure) -> [String]? {
        let n = TextLines.count(line.text, Self.comma)
        guard n == expected else {
            try issues.add(line.number, n > expected ? expected + 1 : n + 1, "expected \(what) (\(expected) fields), found \(n)")
            return nil
        }
        return TextLines.split(line.text, Self.comma)
    }

    /// `text` as a whole number in `range`, or a problem.
    mutating func number(_ text: String, _ line: Int, _ column: Int, _ what: String,
                         _ range: ClosedRange<Int>) throws(FormatFailure) -> Int? {
        if let value = Int(text), range.contains(value) { return value }
        try issues.add(line, column, "expected \(what), a whole number from \(range.lowerBound) to \(range.upperBound), "
                       + "found “\(TextLines.shown(text))”")
        return nil
    }

    mutating func day(_ text: String, _ line: Int, _ column: Int) throws(FormatFailure) -> Int? {
        guard days > 0 else {
            try issues.add(line, column, "a day, but the horizon has no days")
            return nil
        }
        return try number(text, line, column, "a day", 0...(days - 1))
    }

    mutating func shift(_ id: String, _ line: Int, _ column: Int) throws(FormatFailure) -> Int? {
        if let s = shiftIndex[id] { return s }
        if !refusedShifts.contains(id) { try issues.add(line, column, "unknown shift \(TextLines.shown(id))") }
        return nil
    }

    mutating func worker(_ id: String, _ line: Int, _ column: Int) throws(FormatFailure) -> Int? {
        if let w = workerIndex[id] { return w }
        if !refusedStaff.contains(id) { try issues.add(line, column, "unknown employee \(TextLines.shown(id))") }
        return nil
    }

    // MARK: The sections in turn

    mutating func readHorizon() throws(FormatFailure) {
        var horizon = lines(.horizon).makeIterator()
        guard let line = horizon.next() else { return }
        guard let f = try fields(line, 1, "the number of days") else { return }
        days = try number(f[0], line.number, 1, "the number of days", 1...InstanceLimits.days) ?? 0
        guard days > 0, let staff = spans[.staff]?.count, let header = spans[.staff]?.header else { return }
        let (cells, overflow) = staff.multipliedReportingOverflow(by: days)
        if overflow || cells > InstanceLimits.cells {
            try issues.add(header, 1, "\(staff) staff over \(days) days make more than \(InstanceLimits.cells) roster cells, "
                           + "the most that is read")
        }
    }

    /// Shift IDs first, so that a cannot-follow list can name a later shift.
    mutating func readShifts() throws(FormatFailure) {
        var accepted: [(line: Int, fields: [String])] = []
        var firstLine: [String: Int] = [:]
        for line in lines(.shifts) {
            guard let f = try fields(line, 3, "ShiftID, length in minutes, cannot-follow list") else {
                refusedShifts.insert(TextLines.firstField(line.text, Self.comma))
                continue
            }
            let id = f[0]
            if id.isEmpty || id.utf8.contains(Self.bar) || id.utf8.contains(Self.equals) {
                refusedShifts.insert(id)
                try issues.add(line.number, 1, "expected a shift ID (not empty, without | or =), found “\(TextLines.shown(id))”")
                continue
            }
            if let first = firstLine[id] {
                try issues.add(line.number, 1, "shift \(TextLines.shown(id)) is defined twice (first on line \(first))")
                continue
            }
            firstLine[id] = line.number
            shiftIndex[id] = accepted.count
            accepted.append((line.number, f))
        }
        for (line, f) in accepted {
            let minutes = try number(f[1], line, 2, "the length in minutes", 1...InstanceLimits.shiftMinutes) ?? 1
            var cannot: Set<Int> = []
            let named = TextLines.count(f[2], Self.bar)
            if named > accepted.count {
                try issues.add(line, 3, "the cannot-follow list names \(named) shift types; there are \(accepted.count)")
            } else if !f[2].isEmpty {
                for id in TextLines.split(f[2], Self.bar) where !id.isEmpty {
                    if let s = try shift(id, line, 3) { cannot.insert(s) }
                }
            }
            shifts.append(ShiftType(id: f[0], minutes: minutes, cannotFollow: cannot))
        }
    }

    mutating func readStaff() throws(FormatFailure) {
        let limit = 0...InstanceLimits.number
        for line in lines(.staff) {
            guard let f = try fields(line, 8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, "
                                          + "MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends") else {
                refusedStaff.insert(TextLines.firstField(line.text, Self.comma))
                continue
            }
            let id = f[0]
            if id.isEmpty {
                try issues.add(line.number, 1, "expected an employee ID, found nothing")
                continue
            }
            if let first = workerLine[id] {
                try issues.add(line.number, 1, "employee \(TextLines.shown(id)) is defined twice (first on line \(first))")
                continue
            }
            workerLine[id] = line.number
            let maxShifts = try readMaxShifts(f[1], line.number)
            let maxTotal = try number(f[2], line.number, 3, "MaxTotalMinutes", limit) ?? 0
            let minTotal = try number(f[3], line.number, 4, "MinTotalMinutes", limit) ?? 0
            let maxRun = try number(f[4], line.number, 5, "MaxConsecutiveShifts", limit) ?? 0
            let minRun = try number(f[5], line.number, 6, "MinConsecutiveShifts", limit) ?? 0
            let minOff = try number(f[6], line.number, 7, "MinConsecutiveDaysOff", limit) ?? 0
            let weekends = try number(f[7], line.number, 8, "MaxWeekends", limit) ?? 0
            workerIndex[id] = workers.count
            workers.append(Worker(id: id, maxShifts: maxShifts, maxTotalMinutes: maxTotal, minTotalMinutes: minTotal,
                                  maxConsecutiveShifts: maxRun, minConsecutiveShifts: minRun,
                                  minConsecutiveDaysOff: minOff, maxWeekends: weekends))
        }
    }

    /// `ShiftID=limit` pairs separated by `|`, naming every shift type once.
    mutating func readMaxShifts(_ text: String, _ line: Int) throws(FormatFailure) -> [Int] {
        var limits = [Int](repeating: 0, count: shifts.count)
        let named = TextLines.count(text, Self.bar)
        guard named <= shifts.count else {
            try issues.add(line, 2, "MaxShifts names \(named) shift types; there are \(shifts.count)")
            return limits
        }
        var seen = [Bool](repeating: false, count: shifts.count)
        var complete = true
        for pair in TextLines.split(text, Self.bar) {
            let parts = TextLines.split(pair, Self.equals)
            guard parts.count == 2, let s = shiftIndex[parts[0]], !seen[s] else {
                try issues.add(line, 2, "expected ShiftID=limit for a shift type not yet named, found “\(TextLines.shown(pair))”")
                complete = false
                continue
            }
            seen[s] = true
            limits[s] = try number(parts[1], line, 2, "a shift limit", 0...InstanceLimits.number) ?? 0
        }
        if complete, let missing = seen.firstIndex(of: false) {
            try issues.add(line, 2, "MaxShifts must name every shift type; \(TextLines.shown(shifts[missing].id)) is missing")
        }
        return limits
    }

    /// One line per employee: `EmployeeID, day, day, …`.
    mutating func readDaysOff() throws(FormatFailure) {
        var firstLine: [String: Int] = [:]
        for line in lines(.daysOff) {
            let n = TextLines.count(line.text, Self.comma)
            guard n <= days + 1 else {
                try issues.add(line.number, days + 2, "more days off than the \(days) days of the horizon")
                continue
            }
            let f = TextLines.split(line.text, Self.comma)
            guard let w = try worker(f[0], line.number, 1) else { continue }
            if let first = firstLine[f[0]] {
                try issues.add(line.number, 1, "a second days-off line for employee \(TextLines.shown(f[0])) (first on line \(first))")
                continue
            }
            firstLine[f[0]] = line.number
            for (k, text) in f.enumerated().dropFirst() where !text.isEmpty {
                if let d = try day(text, line.number, k + 1) { workers[w].daysOff.insert(d) }
            }
        }
    }

    /// `EmployeeID, Day, ShiftID, Weight`; the same request twice counts twice, as its weights add up.
    mutating func readRequests(_ section: InstanceSection) throws(FormatFailure) -> [Request] {
        var requests: [Request] = []
        for line in lines(section) {
            guard let f = try fields(line, 4, "EmployeeID, Day, ShiftID, Weight") else { continue }
            let w = try worker(f[0], line.number, 1)
            let d = try day(f[1], line.number, 2)
            let s = try shift(f[2], line.number, 3)
            let weight = try number(f[3], line.number, 4, "a weight", 0...InstanceLimits.weight)
            if let w, let d, let s, let weight { requests.append(Request(worker: w, day: d, shift: s, weight: weight)) }
        }
        return requests
    }

    /// `Day, ShiftID, Requirement, Weight for under, Weight for over`, at most once per day and shift type.
    mutating func readCover() throws(FormatFailure) -> [[Cover]] {
        let none = Cover(requirement: 0, underWeight: 0, overWeight: 0)
        var cover = [[Cover]](repeating: [Cover](repeating: none, count: shifts.count), count: days)
        var firstLine = [Int](repeating: 0, count: days * shifts.count)
        for line in lines(.cover) {
            guard let f = try fields(line, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over") else { continue }
            let d = try day(f[0], line.number, 1)
            let s = try shift(f[1], line.number, 2)
            let requirement = try number(f[2], line.number, 3, "a requirement", 0...InstanceLimits.requirement)
            let under = try number(f[3], line.number, 4, "a weight", 0...InstanceLimits.weight)
            let over = try number(f[4], line.number, 5, "a weight", 0...InstanceLimits.weight)
            guard let d, let s else { continue }
            let first = firstLine[d * shifts.count + s]
            if first > 0 {
                try issues.add(line.number, 1, "cover for day \(d), shift \(shifts[s].id) is given twice (first on line \(first))")
                continue
            }
            firstLine[d * shifts.count + s] = line.number
            if let requirement, let under, let over {
                cover[d][s] = Cover(requirement: requirement, underWeight: under, overWeight: over)
            }
        }
        return cover
    }
}
