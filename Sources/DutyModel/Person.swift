import Foundation
import Tagged

/// Someone who can be put on duty: a party member, a volunteer, a medical worker …
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: PersonID
    /// Chinese name of any length; may contain a middle dot (·) or Latin letters.
    public var name: String
    /// Mainland mobile number, 11 digits starting with 1 (or empty when unknown).
    public var phone: String
    public var sex: Sex
    public var birthYear: Int
    public var compound: CompoundID
    public var building: BuildingID?
    public var organisation: OrganisationID?
    public var roles: Set<Role>
    public var skills: [String]
    public var availability: WeeklyAvailability
    public var unavailable: [Unavailability]
    /// Upper limit of hours on duty per week, nil when the person set none.
    public var maxHoursPerWeek: Int?
    public var nightDutyAllowed: Bool
    public var notes: String

    public init(id: PersonID, name: String, phone: String, sex: Sex, birthYear: Int,
                compound: CompoundID, building: BuildingID? = nil, organisation: OrganisationID? = nil,
                roles: Set<Role>, skills: [String] = [], availability: WeeklyAvailability = .always,
                unavailable: [Unavailability] = [], maxHoursPerWeek: Int? = nil,
                nightDutyAllowed: Bool = true, notes: String = "") {
        self.id = id
        self.name = name
        self.phone = phone
        self.sex = sex
        self.birthYear = birthYear
        self.compound = compound
        self.building = building
        self.organisation = organisation
        self.roles = roles
        self.skills = skills
        self.availability = availability
        self.unavailable = unavailable
        self.maxHoursPerWeek = maxHoursPerWeek
        self.nightDutyAllowed = nightDutyAllowed
        self.notes = notes
    }

    /// Age reached in the year of `date`.
    public func age(on date: LocalDate) -> Int { date.year - birthYear }

    public var isPartyMember: Bool { RoleGroup.partyMember.matches(roles) }
}

/// Rules for the text of a person's fields, shared by validation and import.
public enum PersonRules {
    public static let maxNameLength = 30
    public static let birthYears = 1920...2012
    public static let maxHoursPerWeek = 0...84

    /// A phone as people write it, in the stored form: spaces, hyphens and dots between digit
    /// groups taken out (`139 0373 0047`, `139-0373-0047`), and China's country code before a
    /// mobile number (`+86`, `0086`, `86`) dropped. Anything else is returned trimmed, unchanged,
    /// for ``isValidPhone(_:)`` to refuse.
    public static func phone(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = String(trimmed.unicodeScalars.filter { !" -.\u{3000}".unicodeScalars.contains($0) })
        for prefix in ["+86", "0086", "86"] where digits.hasPrefix(prefix) && digits.utf8.count == prefix.utf8.count + 11 {
            digits.removeFirst(prefix.count)
            break
        }
        return isValidPhone(digits) ? digits : trimmed
    }

    /// A mobile number: 11 ASCII digits starting with 1.
    public static func isValidPhone(_ phone: String) -> Bool {
        phone.utf8.count == 11 && phone.utf8.first == UInt8(ascii: "1")
            && phone.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Letters of any script (Han, Latin …), the middle dot and inner spaces; no digits or punctuation.
    public static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= maxNameLength,
              name.first?.isWhitespace == false, name.last?.isWhitespace == false else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar == "·" || scalar == "•" || scalar == "・" || scalar == " "
        }
    }
}
