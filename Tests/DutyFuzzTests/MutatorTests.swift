import DutyFuzz
import DutyModel
import Testing

@Suite struct MutatorTests {
    let mutator = Mutator(corpus: [Array("a,b,c\n1,2,3\n4,5,6\n".utf8), Array("x,y\n7,8\n".utf8)],
                          dictionary: [Array("SECTION_".utf8)], maxLength: 4_096)

    func inputs(seed: UInt64, count: Int) -> [[UInt8]] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in mutator.input(&random).bytes }
    }

    @Test func theSameSeedGivesTheSameInputs() {
        #expect(inputs(seed: 7, count: 200) == inputs(seed: 7, count: 200))
        #expect(inputs(seed: 7, count: 200) != inputs(seed: 8, count: 200))
    }

    @Test func noInputIsLongerThanTheLimit() {
        #expect(inputs(seed: 1, count: 2_000).allSatisfy { $0.count <= 4_096 })
    }

    /// The mutations a hostile file needs all turn up: numbers at the edges of Int, invalid UTF-8,
    /// control characters, extra commas, CRLF, the format's words, and long fields.
    @Test func theHostileMutationsTurnUp() {
        let all = inputs(seed: 3, count: 5_000)
        func some(_ test: ([UInt8]) -> Bool) -> Bool { all.contains(where: test) }
        func contains(_ b: [UInt8], _ piece: String) -> Bool {
            let p = Array(piece.utf8)
            return b.count >= p.count && (0...(b.count - p.count)).contains { b[$0..<($0 + p.count)].elementsEqual(p) }
        }
        #expect(some { contains($0, "9223372036854775807") })
        #expect(some { contains($0, "2147483647") })
        #expect(some { contains($0, "1e308") })
        #expect(some { String(validating: $0, as: UTF8.self) == nil })
        #expect(some { $0.contains(0x1B) })
        #expect(some { contains($0, ",,,") })
        #expect(some { contains($0, "\r\n") })
        #expect(some { contains($0, "SECTION_") })
        #expect(some { $0.count > 1_000 })
    }
}

@Suite struct FuzzerTests {
    /// A target that breaks on any input containing a zero byte: the run must find and keep such inputs.
    let fragile = FuzzTarget(name: "fragile", corpus: [FuzzSeed(name: "seed", text: "abc,def\n")], dictionary: []) { _, bytes, _ in
        bytes.contains(0) ? .broken("a zero byte") : (bytes.isEmpty ? .rejected : .accepted)
    }

    @Test func aBrokenInvariantIsReportedWithItsInput() throws {
        let report = Fuzzer.run(fragile, inputs: 2_000, seed: 1)
        #expect(report.rejected + report.accepted + report.failures.count == 2_000)
        let failure = try #require(report.failures.first)
        #expect(failure.message == "a zero byte" && failure.bytes.contains(0))
        // The index gives the input back alone.
        #expect(Fuzzer.input(fragile, seed: 1, index: failure.index).bytes == failure.bytes)
    }

    @Test func aRunCanStartAnywhere() {
        let whole = Fuzzer.run(fragile, inputs: 2_000, seed: 5)
        let second = Fuzzer.run(fragile, inputs: 1_000, seed: 5, first: 1_000)
        #expect(second.failures.map(\.index) == whole.failures.map(\.index).filter { $0 >= 1_000 })
    }
}
