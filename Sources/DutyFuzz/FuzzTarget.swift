import DutyModel

/// A file a fuzz target's inputs start from: its name (some parsers read the kind of file from
/// it) and its bytes.
public struct FuzzSeed: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) { self.init(name: name, bytes: Array(text.utf8)) }
}

/// What a parser did with one input.
public enum FuzzOutcome: Sendable, Equatable {
    /// Refused, with problems placed where the input has them.
    case rejected
    /// Accepted, with a result that agrees with the input.
    case accepted
    /// The parser's answer broke the target's invariant: a bug as real as a crash.
    case broken(String)
}

/// A parser under fuzzing: the files its inputs start from, the words of its format the
/// mutator inserts, and the check of what the parser does with one input, beyond not crashing.
public struct FuzzTarget: Sendable {
    public let name: String
    public let corpus: [FuzzSeed]
    public let dictionary: [[UInt8]]
    /// Runs the parser on `bytes` (a mutation of `seed`) and checks its answer; `variant` is a
    /// random number for choices the target makes per input.
    public let check: @Sendable (_ seed: FuzzSeed, _ bytes: [UInt8], _ variant: UInt64) -> FuzzOutcome

    public init(name: String, corpus: [FuzzSeed], dictionary: [String],
                check: @escaping @Sendable (FuzzSeed, [UInt8], UInt64) -> FuzzOutcome) {
        self.name = name
        self.corpus = corpus
        self.dictionary = dictionary.map { Array($0.utf8) }
        self.check = check
    }

    /// The targets by name, in the order `all` runs them.
    public static let names = ["csv", "instance", "roster", "keys"]

    /// The target called `name`.
    public static func named(_ name: String) -> FuzzTarget? {
        switch name {
        case "csv": CSVFuzzTarget.target
        case "instance": InstanceFuzzTarget.target
        case "roster": RosterFuzzTarget.target
        case "keys": KeysFuzzTarget.target
        default: nil
        }
    }
}

/// Checks shared by the targets.
enum FuzzCheck {
    /// The number of lines a parser may number in `bytes`: every LF and every CR may end one,
    /// and there is a line after the last.
    static func lineBound(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    }

    /// The lines of `bytes` split at LF only, as the benchmark readers number them.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }
}
