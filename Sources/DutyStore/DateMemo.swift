import DutyModel

/// Dates and times as stored text, each distinct text parsed once while a query's rows are
/// read (a day's thousands of rows share one date, a shift change's check-ins a few times).
struct DateMemo {
    private var dates: [String: LocalDate] = [:]
    private var times: [String: LocalDateTime] = [:]

    mutating func date(_ text: String) -> LocalDate? {
        if let known = dates[text] { return known }
        guard let date = LocalDate(parsing: text) else { return nil }
        dates[text] = date
        return date
    }

    mutating func time(_ text: String) -> LocalDateTime? {
        if let known = times[text] { return known }
        guard let time = LocalDateTime(parsing: text) else { return nil }
        times[text] = time
        return time
    }
}
