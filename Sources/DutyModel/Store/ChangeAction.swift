/// What an audit action code (`swap`, `tui`, `standby` …) is called where a coordinator reads
/// it: undo and redo, and a refused change that names what changed meanwhile. The store keeps
/// the codes; only these words are shown.
public enum ChangeAction {
    /// The words for `code`; a code this version does not know is "a change".
    public static func name(_ code: String) -> Localized {
        names[code] ?? Localized(zh: "修改", en: "change")
    }

    static let names: [String: Localized] = [
        "import": Localized(zh: "导入", en: "import"),
        "assign": Localized(zh: "排班", en: "assignment"),
        "unassign": Localized(zh: "撤下排班", en: "removal from a slot"),
        "walk-in": Localized(zh: "临时报到", en: "walk-in"),
        "check-in": Localized(zh: "签到记录", en: "check-in record"),
        "solve": Localized(zh: "自动排班", en: "automatic roster"),
        "replan": Localized(zh: "重新排班", en: "replanning"),
        "bench": Localized(zh: "性能测试", en: "benchmark"),
        "demo": Localized(zh: "演示数据", en: "demo data"),
        "tui": Localized(zh: "界面中的修改", en: "change in the interface"),
        "edit": Localized(zh: "修改人员", en: "person edited"),
        "edit-person": Localized(zh: "修改人员", en: "person edited"),
        "override": Localized(zh: "特批", en: "hard-rule override"),
        "swap": Localized(zh: "交换", en: "swap"),
        "standby": Localized(zh: "调替补", en: "standby called in"),
        "undo": Localized(zh: "撤销", en: "undo"),
        "redo": Localized(zh: "重做", en: "redo"),
    ]
}
