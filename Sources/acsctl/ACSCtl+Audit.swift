import ACSClient
import ACSCore
import ACSJournal
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl audit ACCOUNT`: an account's interaction history, read from the journal.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an account's interaction history from the journal, oldest first.",
            discussion: """
                Reads the journal with sd-journal: the same entries as \
                `journalctl SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT=ID`. An account named \
                SOURCE:EXTERNAL_ID is looked up in acsd first; a numeric id is used as it is.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "Only entries at or after this time (RFC 3339, or a date YYYY-MM-DD).") var since: String?
        @Option(help: "Only entries before this time (RFC 3339, or a date YYYY-MM-DD).") var until: String?
        @Option(help: "Only this event type, e.g. payment.posted (see docs/AUDIT.md).") var event: String?

        func validate() throws {
            for (name, value) in [("--since", since), ("--until", until)] {
                if let value, Self.instant(value) == nil {
                    throw ValidationError("\(name): \"\(value)\" is not an RFC 3339 time or a date YYYY-MM-DD")
                }
            }
            if let event, !AuditEventKind.all.contains(where: { $0.name == event }) {
                throw ValidationError("--event: unknown event \"\(event)\"; events: \(AuditEventKind.all.map(\.name).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let id = try await accountID()
            var matches = ["SYSLOG_IDENTIFIER": "acsd", "ACS_ACCOUNT": id]
            if let event { matches["ACS_EVENT"] = event }
            let upper = until.flatMap(Self.instant)
            let entries: [JournalEntry]
            do {
                entries = try JournalReader.entries(matching: matches, since: since.flatMap(Self.instant)).filter { upper == nil || $0.time < upper! }
            } catch {
                Terminal.error(error)
                throw ExitCode.failure
            }
            if options.json { return try Terminal.json(entries.map(AuditEntryJSON.init)) }
            if entries.isEmpty { print("no audit entries for account \(id)") }
            for entry in entries {
                let caller = entry.fields["ACS_CALLER_UID"].map { " [uid \($0) pid \(entry.fields["ACS_CALLER_PID"] ?? "?")]" } ?? ""
                print("\(ACSClock.format(entry.time))  \((entry.event ?? "?").padding(toLength: max(22, (entry.event ?? "").count), withPad: " ", startingAt: 0)) \(entry.fields["MESSAGE"] ?? "")\(caller)")
            }
        }

        private func accountID() async throws -> String {
            if !account.ref.id.isEmpty { return account.ref.id }
            let response = try await options.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: account.ref, recentPayments: 1))
            return response.account?.id ?? ""
        }

        static func instant(_ text: String) -> Date? {
            if let date = LocalDate(text) { return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400)) }
            return ACSClock.parse(text)
        }
    }
}

/// One audit entry as JSON.
struct AuditEntryJSON: Encodable {
    var time: String
    var event: String
    var message: String
    var fields: [String: String]

    init(_ entry: JournalEntry) {
        time = ACSClock.format(entry.time)
        event = entry.event ?? ""
        message = entry.fields["MESSAGE"] ?? ""
        fields = entry.fields.filter { $0.key.hasPrefix("ACS_") || $0.key == "MESSAGE_ID" || $0.key == "PRIORITY" }
    }
}
