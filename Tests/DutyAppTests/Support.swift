import DutyApp
import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// The small sample city with a deterministic roster of its first week: what the screens show.
enum AppFixture {
    static let directory = SampleWeek.directory
    static let firstDay = SampleWeek.firstDay
    static let assignments = SampleWeek.assignments

    static func state(_ language: Language = .zh, width: Int = 80, height: Int = 24) -> AppState {
        AppState(directory: directory, assignments: assignments, firstDay: firstDay, days: 7, language: language,
                 width: width, height: height)
    }

    /// Sends keys one by one; returns every effect.
    @discardableResult
    static func send(_ state: inout AppState, _ keys: [TerminalKitKey]) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }
}

import TerminalKit
typealias TerminalKitKey = Key

/// Golden plain-text screens next to this file, re-recorded with RECORD_SNAPSHOTS=1 (the
/// recording run still fails, so a re-record never passes unnoticed).
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).txt; run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt: run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
