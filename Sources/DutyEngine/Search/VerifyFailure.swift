/// In verify mode, the engine's incremental bookkeeping disagreed with a full recount: a bug in
/// the engine, never a property of the data. Commands throw it as it is, so that tests tell it
/// from a refusal.
public struct VerifyFailure: Error, CustomStringConvertible, Equatable, Sendable {
    public let mismatch: String

    public init(_ mismatch: String) { self.mismatch = mismatch }

    public var description: String { "internal error (verify mode): \(mismatch)" }
}
