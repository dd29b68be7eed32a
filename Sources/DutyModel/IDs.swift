import Foundation

@_exported import Tagged

/// Typed identifiers: a person's ID cannot be passed where a post's is expected.
///
/// IDs are short user-visible codes (`P0001`, `C012`) so that CSV files can refer
/// to records across files and an export → import round trip keeps them.
public typealias OrganisationID = Tagged<Organisation, String>
public typealias AreaID = Tagged<Area, String>
public typealias CompoundID = Tagged<Compound, String>
public typealias GateID = Tagged<Gate, String>
public typealias BuildingID = Tagged<Building, String>
public typealias PersonID = Tagged<Person, String>
public typealias ShiftTemplateID = Tagged<ShiftTemplate, String>
public typealias PostID = Tagged<Post, String>
public typealias SlotID = Tagged<Slot, String>
public typealias CheckInID = Tagged<CheckIn, String>

/// The rule every ID follows: 1–32 characters of ASCII letters, digits, `-`, `_` or `.`.
public enum IDSyntax {
    public static let maxLength = 32

    public static func isValid(_ raw: String) -> Bool {
        guard !raw.isEmpty, raw.utf8.count <= maxLength else { return false }
        return raw.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
    }
}
