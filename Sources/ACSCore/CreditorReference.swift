/// ISO 11649 structured creditor references ("RF" references), and the one acs gives each
/// account: `RF` + two check digits + `A` + acsd's account id, printed in letters as
/// `{{rf_reference}}` and matched when a bank statement carries it back.
public enum CreditorReference {
    /// The body of an account's reference: "A" and the id (at most 20 of the 21 characters allowed).
    public static func forAccount(_ id: Int64) -> String {
        make(body: "A\(id)")!
    }

    /// The account id an account's reference names, or nil for any other reference.
    public static func accountID(_ reference: String) -> Int64? {
        let text = normalized(reference)
        guard isValid(text), text.dropFirst(4).first == "A" else { return nil }
        return Int64(text.dropFirst(5)).flatMap { $0 > 0 ? $0 : nil }
    }

    /// `body` (1 to 21 letters and digits) with its RF prefix and check digits, or nil.
    public static func make(body: String) -> String? {
        let body = body.uppercased()
        guard (1...21).contains(body.count), body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let check = 98 - mod97(body + "RF00")
        return "RF" + (check < 10 ? "0" : "") + String(check) + body
    }

    /// True for a well-formed reference whose check digits are right (spaces and case aside).
    public static func isValid(_ reference: String) -> Bool {
        let text = normalized(reference)
        guard text.count >= 5, text.count <= 25, text.hasPrefix("RF"), text.dropFirst(2).prefix(2).allSatisfy(\.isNumber),
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        return mod97(String(text.dropFirst(4)) + String(text.prefix(4))) == 1
    }

    /// Upper case, without the spaces of the printed form (`RF18 5390 0754 7034`).
    public static func normalized(_ reference: String) -> String {
        reference.uppercased().filter { $0 != " " }
    }

    /// ISO 7064 MOD 97-10 over letters (A = 10 … Z = 35) and digits, piecewise: no big numbers.
    private static func mod97(_ text: String) -> Int {
        var remainder = 0
        for scalar in text.unicodeScalars {
            let value = scalar.properties.numericType != nil ? Int(scalar.value) - 48 : Int(scalar.value) - 55
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder
    }
}

/// The words of a payment's remittance text that may name what it pays: runs of letters,
/// digits, `-`, `_`, `/` and `.`, without trailing punctuation, at most `limit` of them.
public enum RemittanceText {
    /// Words of at most 64 characters; the first `limit`.
    public static func tokens(_ text: String, limit: Int = 50) -> [String] {
        let allowed: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || "-_/.".contains($0)) }
        var tokens: [String] = []
        for word in text.split(whereSeparator: { !allowed($0) }) {
            var token = Substring(word)
            while let last = token.last, "-_/.".contains(last) { token.removeLast() }
            while let first = token.first, "-_/.".contains(first) { token.removeFirst() }
            guard !token.isEmpty, token.count <= 64 else { continue }
            tokens.append(String(token))
            if tokens.count == limit { break }
        }
        return tokens
    }
}
