import ArgumentParser
import DutyCLI

/// `zhiban bench tui`: how fast the interface answers on the city — start to first frame, and
/// keystroke to finished frame (reduce, render, and the row diff the terminal backend draws).
struct BenchTui: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Time the interface on the city: start to first frame, keystroke to finished frame.")

    @Flag(help: "The small sample instead of the city.")
    var small = false

    @Option(help: "Keystrokes to time.")
    var keys = 3_000

    @Option(help: "Random seed of the keystrokes.")
    var seed: UInt64 = 1

    @Option(help: "Terminal size, e.g. 132x43.")
    var size = "132x43"

    @Flag(inversion: .prefixedNo, help: "Live updates on: another terminal checks someone in every 100 ms, and the session's watch reads it in between keys.")
    var live = true

    @OptionGroup var language: LanguageOption

    func run() throws {
        try InterfaceBenchmark.run(small: small, keys: keys, seed: seed, size: size, live: live, language.language, .standard)
    }
}
