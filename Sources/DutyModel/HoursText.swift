/// Hours as every screen, message, report and document writes them: the one formatter.
public enum HoursText {
    /// Rounded to a tenth (half up), without a trailing ".0": 480 minutes → "8",
    /// 450 → "7.5", 245 → "4.1".
    public static func tenths(_ minutes: Int) -> String {
        let tenths = (max(0, minutes) * 10 + 30) / 60
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// Two decimals always, for columns a spreadsheet sums: 150 minutes → "2.50".
    public static func hundredths(_ minutes: Int) -> String {
        let hundredths = (max(0, minutes) * 100 + 30) / 60
        let rest = hundredths % 100
        return "\(hundredths / 100).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// A time on duty in hours and minutes: "2 小时 30 分", "2 h 30 min".
    public static func span(_ minutes: Int) -> Localized {
        let m = max(0, minutes)
        return Localized(zh: "\(m / 60) 小时 \(m % 60) 分", en: "\(m / 60) h \(m % 60) min")
    }
}
