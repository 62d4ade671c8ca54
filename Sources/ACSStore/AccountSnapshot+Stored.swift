import ACSCore
import Foundation

// How accounts are stored: the contact points as JSON text in `account.contacts`, and the
// canonical content whose hash tells a resync that changes nothing from one that does.

extension ContactPoints {
    /// Reads contact points as acsd stores them: the text `json` writes, read without
    /// `JSONDecoder` when it is exactly that form (a cycle reads one per due account);
    /// any other JSON (other key order, blanks, escapes) goes through `JSONDecoder`.
    ///
    /// Fast path: `acs-bench cycle` (100,000 due) makes 11,823 accounts/s with it and 11,482
    /// with `JSONDecoder` alone (+3.0%; means of four interleaved runs each, 2026-12-04), where
    /// `JSONDecoder.decode` was 3.2% of acsd's CPU in a perf profile.
    static func decode(stored text: String) throws -> ContactPoints {
        if let points = ContactPoints(storedJSON: text) { return points }
        return try JSONDecoder().decode(ContactPoints.self, from: Data(text.utf8))
    }

    /// The contact points as JSON (the form `JSONDecoder` reads back), keys sorted so equal
    /// contact points give equal text.
    ///
    /// Fast path: written by hand rather than by `JSONEncoder` (sortedKeys), because every
    /// synced account writes it: `acs-bench sync` (200,000 accounts) makes 44,150 accounts/s
    /// with it and 39,100 with `JSONEncoder` (median of 4 runs each, 2026-12-03).
    var json: String {
        let phones = self.phones.map { phone in
            "{\"consentSource\":\(JSONText.string(phone.consentSource)),\"number\":\(JSONText.string(phone.number)),"
                + "\"smsConsent\":\(phone.smsConsent),\"timeZone\":\(JSONText.string(phone.timeZone)),\"voiceConsent\":\(phone.voiceConsent)}"
        }
        var fields: [String] = []
        if let address {
            fields.append("\"address\":{\"country\":\(JSONText.string(address.country)),\"lines\":\(JSONText.array(address.lines)),"
                + "\"locality\":\(JSONText.string(address.locality)),\"postalCode\":\(JSONText.string(address.postalCode)),"
                + "\"region\":\(JSONText.string(address.region)),\"timeZone\":\(JSONText.string(address.timeZone))}")
        }
        fields.append("\"emails\":\(JSONText.array(emails))")
        fields.append("\"phones\":[\(phones.joined(separator: ","))]")
        if !representatives.isEmpty {
            // Rare: written by JSONEncoder, and read back through it (the fast reader declines).
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            fields.append("\"representatives\":" + String(decoding: (try? encoder.encode(representatives)) ?? Data("[]".utf8), as: UTF8.self))
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}

extension AccountSnapshot {
    /// Everything but the version, as one stable text: equal content, equal text.
    var canonicalContent: String { canonicalContent(contactsJSON: contacts.json) }

    /// The canonical content, reusing `contacts.json` already written.
    func canonicalContent(contactsJSON: String) -> String {
        let obligations = self.obligations.map { obligation in
            [obligation.externalID, obligation.kind.rawValue, String(obligation.amount.minorUnits), obligation.amount.currency,
             String(obligation.openAmount.minorUnits), obligation.issuedOn?.description ?? "", obligation.dueOn.description]
                .map(JSONText.string).joined(separator: ",")
        }
        return [source, externalID, name, timeZone, locale, segment].map(JSONText.string).joined(separator: ",")
            + "|" + contactsJSON + "|[" + obligations.joined(separator: "],[") + "]"
    }
}

/// JSON text for strings and arrays of strings.
enum JSONText {
    /// `text` as a JSON string literal, escaped.
    static func string(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An array of strings as JSON.
    static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }
}
