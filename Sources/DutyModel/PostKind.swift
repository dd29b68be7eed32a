import Foundation
import Tagged

/// The seven kinds of service post of the report.
public enum PostKind: String, CaseIterable, Sendable, Codable {
    case publicity
    case purchasingProxy = "purchasing"
    case checkpoint
    case healthConsultation = "health"
    case disinfection
    case patrol
    case elderlyCare = "care"

    public var name: Localized {
        switch self {
        case .publicity: Localized(zh: "防护宣传", en: "publicity")
        case .purchasingProxy: Localized(zh: "代购服务", en: "purchasing proxy")
        case .checkpoint: Localized(zh: "卡点值守", en: "checkpoint duty")
        case .healthConsultation: Localized(zh: "健康咨询", en: "health consultation")
        case .disinfection: Localized(zh: "消杀服务", en: "disinfection")
        case .patrol: Localized(zh: "巡逻治安", en: "patrol")
        case .elderlyCare: Localized(zh: "老弱残关怀", en: "care for elderly, weak and disabled")
        }
    }

    public init?(lenient text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        for kind in PostKind.allCases where kind.rawValue == key || kind.name.zh == key || kind.name.en == key {
            self = kind
            return
        }
        return nil
    }
}
