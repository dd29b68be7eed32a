import DutyModel

/// Which shifts of some templates count as night shifts, and why: what `zhiban import` says
/// after reading a shift-templates file, so that a coordinator sees at once that (say) a
/// 16:00–24:00 中班 is not a night shift and a 00:00–08:00 one is, before anyone is rostered.
///
/// Listed: every night shift, and every shift partly in 22:00–06:00 that is not one (those are
/// the ones a reader might take for nights). Shifts wholly in the day are left out.
enum NightShiftSummary {
    /// The lines to print; empty when no shift touches the night window.
    static func lines(_ templates: [ShiftTemplate], _ l: Language) -> [String] {
        let zh = l == .zh
        var nights: [String] = [], notNights: [String] = []
        for template in templates {
            for shift in template.shifts where shift.isNight || shift.nightMinutes > 0 {
                let line = "  \(template.id.rawValue) \(template.name) \(shift.name) \(shift.start)–\(shift.end)"
                    + (zh ? "：" : ": ") + why(shift)(l)
                if shift.isNight { nights.append(line) } else { notNights.append(line) }
            }
        }
        var out: [String] = []
        if !nights.isEmpty {
            out.append(zh ? "算作夜班（可值夜班=否的人不排，计入每周夜班上限）："
                          : "Night shifts (not given to people with night_ok = no; counted against the weekly cap on nights):")
            out += nights
        }
        if !notNights.isEmpty {
            out.append(zh ? "不算夜班（部分时间在 22:00–06:00）：" : "Not night shifts (though partly in 22:00–06:00):")
            out += notNights
        }
        return out
    }

    /// By the file, or by default with how much of the shift is in the night window.
    static func why(_ shift: ShiftDefinition) -> Localized {
        if shift.night != nil { return Localized(zh: "表中指定", en: "as the file says") }
        let inside = HoursText.tenths(shift.nightMinutes), total = HoursText.tenths(shift.minutes)
        return shift.nightByDefault
            ? Localized(zh: "默认：\(total) 小时中 \(inside) 小时在 22:00–06:00，超过一半",
                        en: "by default: \(inside) of its \(total) hours in 22:00–06:00, more than half")
            : Localized(zh: "默认：\(total) 小时中只有 \(inside) 小时在 22:00–06:00，未超过一半",
                        en: "by default: only \(inside) of its \(total) hours in 22:00–06:00, not more than half")
    }
}
