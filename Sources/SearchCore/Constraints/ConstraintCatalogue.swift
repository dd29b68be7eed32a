/// docs/constraints.md: every constraint of every problem form, one table per form, written by
/// one function from the forms' sections (a test checks the file is up to date).
public enum ConstraintCatalogue {
    public static func markdown(_ sections: [ConstraintSection]) -> String {
        var out = """
            # Constraints

            Generated from the constraint catalogues (`ConstraintCatalogue.markdown` over each problem
            form's `ConstraintSection`); do not edit by hand. A hard constraint must hold; a soft one adds
            its penalty to the objective.

            """
        for section in sections {
            out += "\n## \(section.title)\n\n\(section.introduction)\n\n"
            out += "| id | level | rule | 规则 | one penalty point |\n|---|---|---|---|---|\n"
            for c in section.constraints {
                out += "| \(c.id) | \(c.level.rawValue) | \(c.summary.en) | \(c.summary.zh) | \(c.penaltyUnit) |\n"
            }
            if !section.notes.isEmpty { out += "\n\(section.notes)\n" }
        }
        return out
    }
}
