import ShiftBenchmark
import Testing

/// The roster reader on hostile files (issue 14): the same checks as the instance reader.
@Suite struct RosterFileTests {
    let problem: Problem

    init() throws { problem = try InstanceReader.parse(InstanceText().text, file: "seed.txt", name: "seed") }

    func places(_ text: String) -> [String] {
        do {
            _ = try RosterFile.parse(text, file: "r.csv", problem: problem)
            return []
        } catch let failure as FormatFailure {
            return failure.issues.map { "\($0.file):\($0.line):\($0.column)" }
        } catch {
            return ["not a FormatFailure: \(error)"]
        }
    }

    @Test func aRosterReads() throws {
        let (roster, extra) = try RosterFile.parse("employee,day,shift\nA,0,D\nB,13,L\n", file: "r.csv", problem: problem)
        #expect(roster[0, 0] == 0 && roster[1, 13] == 1 && extra.isEmpty)
    }

    @Test func aWrongNumberOfFieldsIsNamedAtTheFieldConcerned() {
        #expect(places("employee,day,shift\nA,0,D,X\n") == ["r.csv:2:4"])
        #expect(places("employee,day,shift\nA,0\n") == ["r.csv:2:3"])
    }

    @Test func aDayTooLargeForIntIsRefusedAtItsField() {
        #expect(places("employee,day,shift\nA,9223372036854775808,D\n") == ["r.csv:2:2"])
        #expect(places("employee,day,shift\nA,14,D\n") == ["r.csv:2:2"])
    }

    /// Windows line ends: the README of the benchmark promises they are tolerated.
    @Test func crlfReadsLikeLF() throws {
        let (roster, _) = try RosterFile.parse("employee,day,shift\r\nA,0,D\r\nB,13,L\r\n", file: "r.csv", problem: problem)
        #expect(roster[0, 0] == 0 && roster[1, 13] == 1)
    }

    @Test func theIssuesStopAtTheLimit() {
        let text = "employee,day,shift\n" + String(repeating: "Z,0,D\n", count: 1_000)
        #expect(places(text).count == InstanceLimits.issues + 1)
    }
}
