import Foundation
import Tagged

/// The two languages of every user-facing string.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case en
}

/// A string in both languages.
public struct Localized: Hashable, Sendable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}
