import Foundation
import ShiftBenchmark
import Testing

/// The instance reader on hostile files (issue 14): every reproduction found by fuzzing is
/// refused with the exact file:line:column, before anything is allocated for it, instead of
/// trapping or allocating gigabytes.
@Suite struct InstanceReaderTests {
    let seed = InstanceText()

    /// The places (`file:line:column`) of the issues `text` is refused with, and their messages.
    func refusal(_ text: InstanceText) -> (places: [String], messages: [String]) {
        do {
            _ = try InstanceReader.parse(text.text, file: "bad.txt", name: "bad")
            return ([], [])
        } catch let failure as FormatFailure {
            return (failure.issues.map { "\($0.file):\($0.line):\($0.column)" }, failure.issues.map(\.message))
        } catch {
            return (["not a FormatFailure: \(error)"], [])
        }
    }

    @Test func theSeedReads() throws {
        let p = try InstanceReader.parse(seed.text, file: "seed.txt", name: "seed")
        #expect(p.days == 14 && p.shifts.count == 2 && p.workers.count == 2)
        #expect(p.shifts[1].cannotFollow == [0])
        #expect(p.workers[1].maxShifts == [14, 7] && p.workers[1].daysOff == [5, 6])
        #expect(p.onRequests == [Request(worker: 0, day: 2, shift: 0, weight: 2)])
        #expect(p.offRequests == [Request(worker: 1, day: 3, shift: 1, weight: 1)])
        #expect(p.cover.count == 14 && p.cover.allSatisfy { $0.count == 2 })
        #expect(p.cover[0][1] == Cover(requirement: 1, underWeight: 100, overWeight: 1))
    }

    // MARK: The reproductions of issue 14

    /// Was: a 17 GB allocation, then SIGABRT.
    @Test func aHorizonOfInt32MaxIsRefused() {
        let r = refusal(seed.replacing(3, with: "2147483647"))
        #expect(r.places == ["bad.txt:3:1"])
        #expect(r.messages.first?.contains("3660") == true)
    }

    /// Was: SIGSEGV.
    @Test func aHorizonOfInt64MaxIsRefused() {
        let r = refusal(seed.replacing(3, with: "9223372036854775807"))
        #expect(r.places == ["bad.txt:3:1"])
        #expect(r.messages.first?.contains("3660") == true)
    }

    /// Was: accepted after 12 s and 810 MB.
    @Test func aTenMillionDayHorizonIsRefused() {
        let r = refusal(seed.replacing(3, with: "10000000"))
        #expect(r.places == ["bad.txt:3:1"])
    }

    /// Was: index out of range. The column is the first field too many.
    @Test func anExtraFieldInAShiftIsRefusedAtThatField() {
        let r = refusal(seed.replacing(6, with: "D,480,,X"))
        #expect(r.places == ["bad.txt:6:4"])
        #expect(r.messages.first?.contains("found 4") == true)
    }

    /// Was: a trap. The second header is the one named.
    @Test func aDuplicatedSectionIsRefusedAtItsSecondHeader() {
        let r = refusal(seed.inserting(["SECTION_SHIFTS", "N,600,"], after: 25))
        #expect(r.places == ["bad.txt:26:1"])
        #expect(r.messages.first?.contains("line 5") == true)
    }

    @Test func aGarbledSectionIsRefusedAtItsHeader() {
        let r = refusal(seed.replacing(23, with: "SECTION_COVRE"))
        #expect(r.places == ["bad.txt:23:1", "bad.txt:1:1"])
        #expect(r.messages.last?.contains("SECTION_COVER") == true)
    }

    // MARK: Counts and arity, before any allocation

    @Test func aMissingFieldIsNamedWhereItShouldBe() {
        #expect(refusal(seed.replacing(6, with: "D,480")).places == ["bad.txt:6:3"])
        #expect(refusal(seed.replacing(18, with: "A,2,D")).places == ["bad.txt:18:4"])
        #expect(refusal(seed.replacing(24, with: "0,D,1,100,1,7")).places == ["bad.txt:24:6"])
        #expect(refusal(seed.replacing(10, with: "A,D=14|L=14,4320,3360,5,2,2")).places == ["bad.txt:10:8"])
    }

    @Test func moreShiftTypesThanTheLimitAreRefusedAtTheFirstOneTooMany() {
        let many = (0...InstanceLimits.shifts).map { "S\($0),480," }
        let r = refusal(seed.inserting(many, after: 7))
        #expect(r.places == ["bad.txt:\(6 + InstanceLimits.shifts):1"])
    }

    @Test func moreRosterCellsThanTheLimitAreRefused() {
        let staff = InstanceLimits.cells / InstanceLimits.days + 1
        let text = seed.replacing(3, with: "\(InstanceLimits.days)")
            .inserting((0..<staff).map { "W\($0),D=1|L=1,0,0,1,0,0,1" }, after: 11)
        #expect(refusal(text).places == ["bad.txt:9:1"])
    }

    @Test func aNumberTooLargeForIntIsRefusedAtItsField() {
        #expect(refusal(seed.replacing(24, with: "0,D,9223372036854775808,100,1")).places == ["bad.txt:24:3"])
        #expect(refusal(seed.replacing(18, with: "A,2,D,2147483647")).places == ["bad.txt:18:4"])
        #expect(refusal(seed.replacing(15, with: "B,5,-1")).places == ["bad.txt:15:3"])
    }

    @Test func aCoverLineGivenTwiceIsRefusedAtTheSecond() {
        let r = refusal(seed.inserting(["0,L,2,100,1"], after: 25))
        #expect(r.places == ["bad.txt:26:1"])
        #expect(r.messages.first?.contains("line 25") == true)
    }

    @Test func moreDaysOffThanDaysAreRefusedBeforeSplitting() {
        let line = "A," + (0...14).map(String.init).joined(separator: ",")
        #expect(refusal(seed.replacing(14, with: line)).places == ["bad.txt:14:16"])
    }

    /// A garbage file is listed up to the limit, then the reader stops.
    @Test func theIssuesStopAtTheLimit() {
        let garbage = InstanceText(lines: (0..<1_000).map { "x\($0)" })
        let r = refusal(garbage)
        #expect(r.places.count == InstanceLimits.issues + 1)
        #expect(r.places.prefix(2) == ["bad.txt:1:1", "bad.txt:2:1"])
        #expect(r.messages.last?.contains("stopped") == true)
    }

    /// Windows line ends read as the same instance.
    @Test func crlfReadsLikeLF() throws {
        let lf = try InstanceReader.parse(seed.text, file: "a.txt", name: "a")
        let crlf = try InstanceReader.parse(seed.text.replacingOccurrences(of: "\n", with: "\r\n"), file: "a.txt", name: "a")
        #expect(crlf == lf)
    }

    // MARK: The file itself

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-huge-\(ProcessInfo.processInfo.processIdentifier).txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(InstanceLimits.fileBytes + 1))   // sparse: nothing written
        try handle.close()
        let failure = try #require(throws: FormatFailure.self) { try InstanceReader.read(path: path) }
        #expect(failure.issues.count == 1)
        #expect(failure.issues.first?.message.contains("64 MB") == true)
    }

    @Test func aFolderIsNotReadAsAFile() throws {
        let failure = try #require(throws: FormatFailure.self) {
            try InstanceReader.read(path: FileManager.default.temporaryDirectory.path)
        }
        #expect(failure.issues.first?.message.contains("not a regular file") == true)
    }
}
