/// An account's pay-link token, as acsd issues it: 128 random bits written as 32 lower-case hex digits,
/// never the account id. What is not of this shape names no account, wherever it comes from.
public enum PayToken {
    /// True for text of a token's shape (whether it names an account is acsd's to say).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
