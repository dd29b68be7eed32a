import DutyModel

/// A failure a command reports as one message. The executable lets it out of `run()`, and
/// ArgumentParser prints it on standard error as `Error: MESSAGE` with exit status 1.
public struct CLIError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ message: String) { description = message }

    /// The message in the language of the command's messages.
    public init(_ message: Localized, _ language: Language) { description = message(language) }

    /// A store's refusal in words a coordinator can act on; any other failure as it describes itself.
    init(describing error: any Error, _ language: Language) {
        description = (error as? StoreError)?.message(language) ?? "\(error)"
    }
}
