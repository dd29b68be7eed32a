import Foundation
import DutyModel
import DutyTestSupport
import Testing

@Suite struct TextFormatsTests {
    @Test func availabilityRoundTripsInBothLanguages() {
        for person in Fixtures.tiny().people {
            for language in Language.allCases {
                let text = TextFormats.format(availability: person.availability, language)
                #expect(TextFormats.parseAvailability(text) == person.availability, "\(text)")
            }
        }
    }

    @Test func availabilityCanonicalForms() {
        let a = Fixtures.tiny().people[1].availability
        #expect(TextFormats.format(availability: a, .zh) == "周一-周三 18:00-22:00；周六、周日 全天")
        #expect(TextFormats.format(availability: a, .en) == "mon-wed 18:00-22:00; sat/sun all day")
        #expect(TextFormats.format(availability: .always, .zh) == "")
    }

    @Test func availabilityVariantsAreUnderstood() {
        let a = TextFormats.parseAvailability("周一至周五 08:00-12:00,14:00-18:00；星期六")
        #expect(a?.covers(.wednesday, Fixtures.range("14:00", "16:00")) == true)
        #expect(a?.covers(.wednesday, Fixtures.range("12:00", "14:00")) == false)
        #expect(a?.covers(.saturday, Fixtures.range("00:00", "24:00")) == true)
        #expect(a?.covers(.sunday, Fixtures.range("10:00", "11:00")) == false)
        #expect(TextFormats.parseAvailability("每天 07:00-09:00")?.days.count == 7)
        #expect(TextFormats.parseAvailability("周八 全天") == nil)
        #expect(TextFormats.parseAvailability("周一 18:00-08:00") == nil)
        #expect(TextFormats.parseAvailability("mon 9-10") == nil)
    }

    @Test func unavailabilityRoundTrips() {
        let p = Fixtures.tiny().people[1]
        let text = TextFormats.format(unavailable: p.unavailable, .zh)
        #expect(text == "2026-12-01~2026-12-03；2026-12-05 08:00-12:00")
        #expect(TextFormats.parseUnavailable(text) == p.unavailable)
        #expect(TextFormats.parseUnavailable("2026-12-03~2026-12-01") == nil)
        #expect(TextFormats.parseUnavailable("2026-12-01 至") == nil)
        #expect(TextFormats.parseUnavailable("") == [])
    }

    @Test func requirementsRoundTripAndAliases() {
        let rules = Fixtures.tiny().posts[0].staffing[2].requirements
        for language in Language.allCases {
            #expect(TextFormats.parseRequirements(TextFormats.format(requirements: rules, language)) == rules)
        }
        #expect(TextFormats.format(requirements: rules, .zh) == "党员>=1；医务人员|社区民警|小区干部>=1")
        #expect(TextFormats.parseRequirements("党员≥2") == [RoleRequirement(group: .partyMember, atLeast: 2)])
        #expect(TextFormats.parseRequirements("医生>=1") == nil)
    }

    @Test func rolesParseByCodeEnglishOrChinese() {
        let (roles, unknown) = TextFormats.parseRoles("在职党员、medical;Police；楼长")
        #expect(roles == [.partyMemberInService, .medicalWorker, .communityPolice])
        #expect(unknown == ["楼长"])
    }

    @Test func booleans() {
        #expect(TextFormats.parseBool("是") == true)
        #expect(TextFormats.parseBool("No") == false)
        #expect(TextFormats.parseBool("maybe") == nil)
    }
}

/// The JSON form (used by the audit log) is readable and checked when read back.
@Suite struct CodableTests {
    @Test func peopleRoundTripThroughJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for person in Fixtures.tiny().people {
            let data = try encoder.encode(person)
            #expect(try JSONDecoder().decode(Person.self, from: data) == person)
        }
        let json = String(decoding: try encoder.encode(Fixtures.tiny().people[1].availability), as: UTF8.self)
        #expect(json == #"{"days":{"mon":["18:00-22:00"],"sat":["00:00-24:00"],"sun":["00:00-24:00"],"#
            + #""tue":["18:00-22:00"],"wed":["18:00-22:00"]}}"#)
        #expect(String(decoding: try encoder.encode(WeeklyAvailability.always), as: UTF8.self) == #"{"unrestricted":true}"#)
    }

    @Test func invalidValuesAreRefused() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeOfDay].self, from: Data(#"["25:00"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeRange].self, from: Data(#"["12:00-08:00"]"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Unavailability.self, from: Data(#"{"from":"2026-12-03","to":"2026-12-01"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WeeklyAvailability.self, from: Data(#"{"days":{"funday":[]}}"#.utf8))
        }
    }
}
