/// A small instance in the benchmark's text format, written for the reader's tests, with the
/// line numbers the tests point at: change a line, add lines, and say where the reader must
/// complain.
///
///      1  # a small instance
///      2  SECTION_HORIZON
///      3  14
///      5  SECTION_SHIFTS
///      6  D,480,
///      7  L,480,D
///      9  SECTION_STAFF
///     10  A,D=14|L=14,4320,3360,5,2,2,1
///     11  B,D=14|L=7,4320,3360,5,2,2,1
///     13  SECTION_DAYS_OFF
///     14  A,0
///     15  B,5,6
///     17  SECTION_SHIFT_ON_REQUESTS
///     18  A,2,D,2
///     20  SECTION_SHIFT_OFF_REQUESTS
///     21  B,3,L,1
///     23  SECTION_COVER
///     24  0,D,1,100,1
///     25  0,L,1,100,1
struct InstanceText {
    var lines = [
        "# a small instance",
        "SECTION_HORIZON", "14", "",
        "SECTION_SHIFTS", "D,480,", "L,480,D", "",
        "SECTION_STAFF", "A,D=14|L=14,4320,3360,5,2,2,1", "B,D=14|L=7,4320,3360,5,2,2,1", "",
        "SECTION_DAYS_OFF", "A,0", "B,5,6", "",
        "SECTION_SHIFT_ON_REQUESTS", "A,2,D,2", "",
        "SECTION_SHIFT_OFF_REQUESTS", "B,3,L,1", "",
        "SECTION_COVER", "0,D,1,100,1", "0,L,1,100,1",
    ]

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// The text with line `number` (1-based) replaced.
    func replacing(_ number: Int, with line: String) -> InstanceText {
        var copy = self
        copy.lines[number - 1] = line
        return copy
    }

    /// The text with `added` inserted after line `number` (1-based).
    func inserting(_ added: [String], after number: Int) -> InstanceText {
        var copy = self
        copy.lines.insert(contentsOf: added, at: number)
        return copy
    }
}
