/// How large an instance the reader accepts; each limit is checked before anything is allocated
/// for it, so a number in a hostile file cannot ask for gigabytes or overflow an objective.
///
/// The family's largest instance, Instance24, has 364 days, 150 staff, 32 shift types, 9,540
/// shift-on requests and 11,648 cover lines in 385 KB. The limits are one to two orders of
/// magnitude above that, so larger unseen instances still load.
public enum InstanceLimits {
    /// 64 MB, 170 times Instance24: the whole file is read into memory.
    public static let fileBytes = 64 * 1024 * 1024
    /// Ten years of days (Instance24: 364).
    public static let days = 3_660
    /// Shift types (Instance24: 32). A roster keeps a shift in an `Int8`, so never above 127.
    public static let shifts = 100
    /// Staff (Instance24: 150).
    public static let staff = 10_000
    /// Roster cells, staff × days: 10,000 people for a year or 1,000 for ten (Instance24: 54,600).
    /// The search keeps several arrays of this size.
    public static let cells = 4_000_000
    /// Lines in each request section (Instance24: 9,540 shift-on requests).
    public static let requests = 1_000_000
    /// The length of a shift in minutes: one day (the family's longest: 720).
    public static let shiftMinutes = 1_440
    /// A cover requirement: the staff limit (the family's highest: 10).
    public static let requirement = staff
    /// A request's weight and a cover line's weights (the family's highest: 100). With the limits
    /// above, an objective stays below 10^16, far from `Int.max`.
    public static let weight = 1_000_000
    /// Any other number: a worker's limits on shifts, minutes, runs and weekends.
    public static let number = 1_000_000_000
    /// Problems listed before the reader stops looking.
    public static let issues = 100
}
