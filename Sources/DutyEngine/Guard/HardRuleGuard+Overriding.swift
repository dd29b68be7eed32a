import DutyModel

extension HardRuleGuard {
    /// The assignments that carry the override a coordinator gives for `breaches`, once the
    /// change is made (`after`, the roster with it; `adding`, what it puts on): each breach's
    /// override goes on the assignments it names that the change puts on, or, when it puts on
    /// none of them (a person edited, an override taken off with an assignment), on those
    /// already there. Each gets the rules of the breaches it answers for, added to any override
    /// it carries, so that `Overrides.covering` finds every breach covered afterwards.
    ///
    /// Every path that makes a change with an override places it here, so that the interface
    /// and the commands put it on the same assignments.
    public static func overriding(_ breaches: [RuleBreach], reason: String, after: [Assignment],
                                  adding: [Assignment]) -> [Assignment] {
        let added = Set(adding.map(RosterEdit.key))
        var rules: [String: [String]] = [:], order: [String] = []
        for breach in breaches {
            let slots = Set(breach.slots), people = Set(breach.people)
            let named = after.filter { slots.contains($0.slot) && (people.isEmpty || people.contains($0.person)) }
            let new = named.filter { added.contains(RosterEdit.key($0)) }
            for a in new.isEmpty ? named : new {
                let key = RosterEdit.key(a)
                if rules[key] == nil { order.append(key) }
                if rules[key]?.contains(breach.rule) != true { rules[key, default: []].append(breach.rule) }
            }
        }
        let byKey = Dictionary(after.map { (RosterEdit.key($0), $0) }, uniquingKeysWith: { _, b in b })
        return order.compactMap { key in
            byKey[key].map { $0.overridden(RuleOverride(reason: reason, rules: rules[key] ?? [])) }
        }
    }
}
