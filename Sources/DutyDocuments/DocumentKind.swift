/// The kinds of document that can be printed, by the names the `print` command takes.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// 签到表: one per post and shift.
    case signin
    /// A post's shift sheet for the day.
    case shift
    /// 出入登记: the blank gate form.
    case register
    /// A compound's week.
    case roster
    /// One person's coming duties.
    case slip
    /// 志愿服务记录证明: one person's hours served.
    case certificate
}
