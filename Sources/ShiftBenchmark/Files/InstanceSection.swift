/// A section of an instance file, in the order the reader reads them: each may refer to the
/// ones before it (staff to shift types, requests to staff and shift types).
enum InstanceSection: String, CaseIterable {
    case horizon = "SECTION_HORIZON"
    case shifts = "SECTION_SHIFTS"
    case staff = "SECTION_STAFF"
    case daysOff = "SECTION_DAYS_OFF"
    case onRequests = "SECTION_SHIFT_ON_REQUESTS"
    case offRequests = "SECTION_SHIFT_OFF_REQUESTS"
    case cover = "SECTION_COVER"

    /// The most lines the section may hold (``InstanceLimits``): one days-off line per employee,
    /// one cover line per day and shift type.
    var limit: Int {
        switch self {
        case .horizon: 1
        case .shifts: InstanceLimits.shifts
        case .staff, .daysOff: InstanceLimits.staff
        case .onRequests, .offRequests: InstanceLimits.requests
        case .cover: InstanceLimits.days * InstanceLimits.shifts
        }
    }

    /// What its lines are, in a message.
    var lines: String {
        switch self {
        case .horizon: "horizon lines"
        case .shifts: "shift types"
        case .staff: "staff"
        case .daysOff: "days-off lines"
        case .onRequests: "shift-on requests"
        case .offRequests: "shift-off requests"
        case .cover: "cover lines"
        }
    }

    /// Where a section is in the file: its header's line, and the bytes and number of its lines
    /// (blank lines and comments not counted).
    struct Span {
        let header: Int
        /// The first byte after the header line, and that line's number.
        let start: Int
        let firstLine: Int
        /// Where the next header starts, or the end of the file.
        var end: Int
        var count = 0
        /// The first line past ``limit``, if there is one.
        var beyondLimit: Int?
    }
}
