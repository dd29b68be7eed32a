import DutyModel
import Testing

/// Phones as coordinators write them in spreadsheets are stored in one form; what is not a
/// mobile number is left for validation to refuse, not guessed at.
@Suite struct PhoneTests {
    @Test(arguments: [
        ("13903730047", "13903730047"),
        ("139 0373 0047", "13903730047"),
        ("139-0373-0047", "13903730047"),
        (" 139.0373.0047 ", "13903730047"),
        ("+8613903730048", "13903730048"),
        ("+86 139 0373 0048", "13903730048"),
        ("008613903730048", "13903730048"),
        ("8613903730048", "13903730048"),
        ("139　0373　0047", "13903730047"),   // ideographic spaces
    ])
    func writtenFormsAreStoredAsElevenDigits(written: String, stored: String) {
        #expect(PersonRules.phone(written) == stored)
        #expect(PersonRules.isValidPhone(PersonRules.phone(written)))
    }

    @Test(arguments: ["1380000", "+1 212 555 0100", "0373-1234567", "139O3730047", "", "+86139037300481"])
    func otherTextIsLeftForValidationToRefuse(written: String) {
        #expect(PersonRules.phone(written) == written.trimmingCharacters(in: .whitespaces))
        #expect(!PersonRules.isValidPhone(PersonRules.phone(written)))
    }
}
