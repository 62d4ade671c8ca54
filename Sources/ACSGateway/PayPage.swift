import ACSCore
public import ACSWire
import Foundation

/// The page `GET /p/TOKEN` shows: who is owed what, and the button on to the hosted checkout.
public enum PayPage {
    /// The page for a resolved token, sending the debtor to `checkoutURL` with the token in it.
    public static func html(_ resolved: V1.ResolvePayTokenResponse, token: String, checkoutURL: String) -> String {
        let owed = resolved.balances.compactMap(\.outstanding).filter { $0.amountMinor > 0 }
            .map { escape(Money(minorUnits: $0.amountMinor, currency: $0.currency).description) }
        let due = owed.isEmpty ? "<p>Nothing is owed on this account now. Thank you.</p>" : "<p>Amount due: <strong>\(owed.joined(separator: ", "))</strong></p>"
        let button = owed.isEmpty || checkoutURL.isEmpty ? "" : """
            <p><a class="pay" href="\(escape(checkoutURL.replacingOccurrences(of: "{token}", with: token)))">Pay now</a></p>
            """
        return page(title: "Pay \(escape(resolved.creditor))", body: """
            <h1>\(escape(resolved.creditor))</h1>
            <p>Account of \(escape(resolved.name)), reference \(escape(resolved.rfReference))</p>
            \(due)
            \(button)
            """)
    }

    /// The page for a token that names no account (never issued, or revoked).
    public static let notFound = page(title: "Link not valid", body: """
        <h1>This payment link is not valid</h1>
        <p>It may have been replaced by a newer one. Please use the link in your latest letter or message, or contact us.</p>
        """)

    private static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>\(title)</title></head>
        <body>
        \(body)
        </body></html>

        """
    }

    /// `text` safe inside HTML text and double-quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
