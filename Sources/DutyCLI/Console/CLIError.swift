import DutyModel

/// A failure a command reports as one message. The executable lets it out of `run()`, and
/// ArgumentParser prints it on standard error as `Error: MESSAGE` with exit status 1.
public struct CLIError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    /// Control characters in the message (from data it quotes) are made visible.
    public init(_ message: String) { description = VisibleText.of(message) }

    /// The message in the language of the command's messages.
    public init(_ message: Localized, _ language: Language) { description = VisibleText.of(message(language)) }

    /// A store's refusal in words a coordinator can act on; any other failure as it describes itself.
    init(describing error: any Error, _ language: Language) {
        description = VisibleText.of((error as? StoreError)?.message(language) ?? "\(error)")
    }
}
