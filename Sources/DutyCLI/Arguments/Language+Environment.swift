import DutyModel

extension Language {
    /// The language of the locale in `environment`: zh when LC_ALL, LC_MESSAGES or LANG (the
    /// first that is set) names a Chinese locale, else en.
    public init(locale environment: [String: String]) {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                self = value.hasPrefix("zh") ? .zh : .en
                return
            }
        }
        self = .en
    }
}
