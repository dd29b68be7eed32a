import DutyApp
import DutyModel
import Foundation
import TerminalKit
import Testing

@Suite struct KeyMapTests {
    @Test func everyCommandHasKeysHelpAndAScreen() {
        for command in Command.allCases {
            let spec = CommandTable.spec(command)
            #expect(spec != nil, "\(command) is not in the table")
            // A prompt's command (confirming an override) works over any screen, so names none.
            #expect(spec?.keys.isEmpty == false && (spec?.screens.isEmpty == false || command == .confirm))
            #expect(spec?.help.zh.isEmpty == false && spec?.help.en.isEmpty == false)
        }
    }

    /// No key means two commands on the same screen.
    @Test func noKeyIsBoundTwiceOnAScreen() {
        for screen in ScreenKind.allCases {
            var seen: [Key: Command] = [:]
            for spec in CommandTable.all where spec.screens.contains(screen) {
                for key in spec.keys {
                    #expect(seen[key] == nil, "\(key.spec) is both \(seen[key]?.rawValue ?? "") and \(spec.command.rawValue) on \(screen)")
                    seen[key] = spec.command
                }
            }
        }
    }

    @Test func aKeysFileRebinds() throws {
        let map = try KeyMap.parse("""
            # my keys
            next-day = n, F6
            quit = x   # no more q
            """).get()
        #expect(map.command(for: .character("n"), on: .board) == .nextDay)
        #expect(map.command(for: .character("x"), on: .slot) == .quit)
        #expect(map.command(for: .character("q"), on: .board) == nil)
        #expect(map.command(for: .character("["), on: .board) == .previousDay)   // others keep their keys
    }

    @Test func everyBadLineIsReportedWithItsNumber() {
        guard case let .failure(problems) = KeyMap.parse("next-day = n\nfly = f\nquit = Hyper-q\nno equals sign\n") else {
            Issue.record("a bad keys file was accepted")
            return
        }
        #expect(problems.lines.map(\.line) == [2, 3, 4])
        #expect(problems.lines[0].message.en == "unknown command “fly”")
        #expect(problems.lines[1].message.zh == "未知按键“Hyper-q”")
    }

    /// docs/keys.md is generated from the table (RECORD_DOCS=1 rewrites it and still fails).
    @Test func keysDocIsUpToDate() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md").path
        if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
            try KeyMap.markdown.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("docs/keys.md re-recorded; run again without RECORD_DOCS")
            return
        }
        let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(current == KeyMap.markdown, "docs/keys.md is out of date: run RECORD_DOCS=1 swift test --filter keysDocIsUpToDate")
    }
}
