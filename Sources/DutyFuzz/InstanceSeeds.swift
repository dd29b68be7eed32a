import DutyModel

/// Instances in the benchmark's text format for the fuzz corpus: one written by hand and small
/// ones generated from a seed, with comments and blank lines as the published files have them.
/// Made here, not read from the benchmark folder, so the fuzz targets need no files.
enum InstanceSeeds {
    static let handWritten = """
        # A small instance written for fuzzing.
        SECTION_HORIZON
        # All instances start on a Monday
        14

        SECTION_SHIFTS
        # ShiftID, Length in mins, Shifts which cannot follow this shift | separated
        E,480,
        L,480,E
        N,720,E|L

        SECTION_STAFF
        # ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends
        A,E=14|L=14|N=3,4320,3360,5,2,2,1
        B,E=14|L=7|N=0,4320,3360,5,2,2,1
        C,E=0|L=14|N=14,4800,2400,4,1,1,2

        SECTION_DAYS_OFF
        # EmployeeID, DayIndexes (start at zero)
        A,0
        B,5,6
        C,

        SECTION_SHIFT_ON_REQUESTS
        # EmployeeID, Day, ShiftID, Weight
        A,2,E,2
        C,9,N,3

        SECTION_SHIFT_OFF_REQUESTS
        # EmployeeID, Day, ShiftID, Weight
        B,3,L,1

        SECTION_COVER
        # Day, ShiftID, Requirement, Weight for under, Weight for over
        0,E,1,100,1
        0,L,1,100,1
        0,N,0,100,1
        13,E,2,100,1

        """

    /// A small instance for `seed`: 1–4 weeks, 1–3 shift types, 1–6 staff, every section filled.
    static func generated(_ seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        let days = 7 * Int.random(in: 1...4, using: &random)
        let shiftIDs = Array(["D", "E", "L", "N"].prefix(Int.random(in: 1...3, using: &random)))
        let staff = (0..<Int.random(in: 1...6, using: &random)).map { "S\($0)" }
        var text = "# Generated instance \(seed)\nSECTION_HORIZON\n\(days)\n\nSECTION_SHIFTS\n"
        for id in shiftIDs {
            let cannot = shiftIDs.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
            text += "\(id),\(60 * Int.random(in: 4...12, using: &random)),\(cannot.joined(separator: "|"))\n"
        }
        text += "\nSECTION_STAFF\n"
        for id in staff {
            let limits = shiftIDs.map { "\($0)=\(Int.random(in: 0...days, using: &random))" }.joined(separator: "|")
            let most = days * 480
            text += "\(id),\(limits),\(most),\(most / 2),\(Int.random(in: 3...6, using: &random)),"
                + "\(Int.random(in: 1...2, using: &random)),\(Int.random(in: 1...2, using: &random)),\(days / 7)\n"
        }
        text += "\nSECTION_DAYS_OFF\n"
        for id in staff {
            let off = (0..<Int.random(in: 0...2, using: &random)).map { _ in "\(Int.random(in: 0..<days, using: &random))" }
            text += ([id] + off).joined(separator: ",") + "\n"
        }
        for section in ["SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS"] {
            text += "\n\(section)\n"
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                text += "\(staff[Int.random(in: 0..<staff.count, using: &random)]),\(Int.random(in: 0..<days, using: &random)),"
                    + "\(shiftIDs[Int.random(in: 0..<shiftIDs.count, using: &random)]),\(Int.random(in: 1...3, using: &random))\n"
            }
        }
        text += "\nSECTION_COVER\n"
        for day in 0..<days {
            for id in shiftIDs { text += "\(day),\(id),\(Int.random(in: 0...2, using: &random)),100,1\n" }
        }
        return text
    }

    static let corpus = [FuzzSeed(name: "hand.txt", text: handWritten)]
        + (1...6).map { FuzzSeed(name: "generated\($0).txt", text: generated(UInt64($0))) }

    /// Words of the format.
    static let dictionary = [
        "SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS",
        "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER", "SECTION_", "#", ",", "|", "=", "\n", "\r\n", "E", "L", "N", "A",
        "E=1", "|E", ",,", "\n\n", "\u{FEFF}",
    ]
}
