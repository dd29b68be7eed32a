import Foundation

/// A value that JSON holds as its text form (`"07:30"`, `"2026-12-01"`) and that is read
/// back through its parser, so decoding checks exactly what the initialisers check.
public protocol TextCodable: Codable, CustomStringConvertible {
    init?(parsing text: String)
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a valid \(Self.self): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
