import ACSCore
import Testing

/// ISO 11649 creditor references: the check digits (ISO 7064 MOD 97-10, as IBAN), the reference
/// acs gives each account, and the words of a remittance text that may name what it pays.
@Suite("Creditor references")
struct CreditorReferenceTests {
    @Test("known references check, a wrong check digit does not", arguments: [
        "RF18539007547034", "RF712348231", "RF45G72UUR", "RF6518K5", "RF18000000000539007547034", "RF04INV2024000123", "rf18 5390 0754 7034",
    ])
    func valid(reference: String) {
        #expect(CreditorReference.isValid(reference))
    }

    @Test("wrong check digits, characters or lengths are refused", arguments: [
        "RF17539007547034", "RF18", "RX18539007547034", "RF1853900754703-", "RF18539007547034539007547034", "", "RFAB539007547034",
    ])
    func invalid(reference: String) {
        #expect(!CreditorReference.isValid(reference))
    }

    @Test("made from a body, the check digits are ISO 11649's")
    func make() {
        #expect(CreditorReference.make(body: "539007547034") == "RF18539007547034")
        #expect(CreditorReference.make(body: "2348231") == "RF712348231")
        #expect(CreditorReference.make(body: "") == nil && CreditorReference.make(body: String(repeating: "1", count: 22)) == nil)
    }

    @Test("an account's reference names the account, up to the largest id; no other reference does")
    func accounts() {
        for id: Int64 in [1, 42, 1_000_000, .max] {
            let reference = CreditorReference.forAccount(id)
            #expect(CreditorReference.isValid(reference) && reference.count <= 25)
            #expect(CreditorReference.accountID(reference) == id)
        }
        #expect(CreditorReference.accountID("RF18539007547034") == nil)
        #expect(CreditorReference.accountID(CreditorReference.make(body: "A0")!) == nil)
    }

    @Test("remittance words: references and invoice numbers, without the punctuation around them")
    func tokens() {
        #expect(RemittanceText.tokens("Invoice INV-2024-0042, partial (C-100).") == ["Invoice", "INV-2024-0042", "partial", "C-100"])
        #expect(RemittanceText.tokens("a b c", limit: 2) == ["a", "b"])
        #expect(RemittanceText.tokens("--- ... ///") == [])
    }
}
