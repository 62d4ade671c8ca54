import ACSCore
import ACSWire
import Foundation

/// A reminder as JSON for programs (`--json`, and on the stdin of `deliver --exec`):
/// enums as lower-case names, times as RFC 3339.
struct ReminderJSON: Encodable {
    struct Address: Encodable {
        var lines: [String], locality: String, region: String, postalCode: String, country: String
    }
    struct Decision: Encodable {
        var at: String, checkpoint: String, verdict: String, ruleId: String, deferredUntil: String, detail: String, zones: [String]
    }
    var id: String, accountId: String, channel: String, status: String, policyId: String, stage: String
    var templateName: String, locale: String, urgency: String, recipientName: String, recipient: String
    var postalAddress: Address?, timeZone: String, subject: String, bodyText: String
    var windowStart: String, windowEnd: String, createdAt: String, attempts: UInt32, claimedBy: String, leaseExpiresAt: String
    var outcome: String, outcomeDetail: String, finishedAt: String, cancelReason: String, ruleId: String
    var gateDecisions: [Decision]

    init(_ r: V1.Reminder) {
        id = r.id; accountId = r.accountId; channel = r.channel.name; status = r.status.name; policyId = r.policyId
        stage = r.stage; templateName = r.templateName; locale = r.locale; urgency = r.urgency.name
        recipientName = r.recipientName; recipient = r.recipient
        postalAddress = r.postalAddress.map { Address(lines: $0.lines, locality: $0.locality, region: $0.region, postalCode: $0.postalCode, country: $0.country) }
        timeZone = r.timeZone; subject = r.subject; bodyText = r.bodyText; windowStart = r.windowStart; windowEnd = r.windowEnd
        createdAt = r.createdAt; attempts = r.attempts; claimedBy = r.claimedBy; leaseExpiresAt = r.leaseExpiresAt
        outcome = r.outcome == .unspecified ? "" : r.outcome.name; outcomeDetail = r.outcomeDetail; finishedAt = r.finishedAt
        cancelReason = r.cancelReason == .unspecified ? "" : r.cancelReason.name; ruleId = r.ruleId
        gateDecisions = r.gateDecisions.map {
            Decision(at: $0.at, checkpoint: $0.checkpoint.name, verdict: $0.verdict.name, ruleId: $0.ruleId,
                     deferredUntil: $0.deferredUntil, detail: $0.detail, zones: $0.zones)
        }
    }
}

/// Reminders for people.
enum ReminderText {
    static func line(_ r: V1.Reminder) -> [String] {
        [r.id, r.accountId, r.channel.name, r.status.name, r.stage, r.windowStart, r.ruleId.isEmpty ? "" : r.ruleId, r.recipient]
    }

    static func printTable(_ reminders: [V1.Reminder]) {
        let rows = [["ID", "ACCOUNT", "CHANNEL", "STATUS", "STAGE", "WINDOW START", "RULE", "RECIPIENT"]] + reminders.map(line)
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            print(zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces))
        }
    }

    static func printDetail(_ r: V1.Reminder) {
        Terminal.table([
            ("reminder", r.id), ("account", r.accountId), ("channel", r.channel.name), ("status", r.status.name),
            ("policy / stage", "\(r.policyId) / \(r.stage)"), ("template", "\(r.templateName) (\(r.locale.isEmpty ? "any locale" : r.locale))"),
            ("urgency", r.urgency.name), ("recipient", "\(r.recipientName) <\(r.recipient)>"), ("time zone", r.timeZone),
            ("window", "\(r.windowStart) .. \(r.windowEnd)"), ("attempts", String(r.attempts)),
            ("outcome", r.outcome == .unspecified ? "-" : "\(r.outcome.name) \(r.outcomeDetail)"),
            ("cancelled", r.cancelReason == .unspecified ? "-" : r.cancelReason.name), ("rule", r.ruleId.isEmpty ? "-" : r.ruleId),
        ])
        if !r.subject.isEmpty { print("\nSubject: \(r.subject)") }
        print("\n\(r.bodyText)")
        if !r.gateDecisions.isEmpty {
            print("gate decisions:")
            for d in r.gateDecisions {
                let rule = d.ruleId.isEmpty ? "" : " \(d.ruleId)"
                let until = d.deferredUntil.isEmpty ? "" : " until \(d.deferredUntil)"
                let zones = d.zones.isEmpty ? "" : "  [\(d.zones.joined(separator: " "))]"
                print("  \(d.at)  \(d.checkpoint.name)  \(d.verdict.name)\(rule)\(until)\(d.detail.isEmpty ? "" : ": \(d.detail)")\(zones)")
            }
        }
    }
}
