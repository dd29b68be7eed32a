import Foundation

/// Hours for messages: `7.5` or `8`.
func hoursText(_ minutes: Int) -> String {
    minutes % 60 == 0 ? "\(minutes / 60)" : String(format: "%.1f", Double(minutes) / 60)
}
