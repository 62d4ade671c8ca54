import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl.Accounts {
    /// `acsctl accounts contact ACCOUNT --opt-out CHANNEL | --opt-in CHANNEL | --grant-consent NUMBER | --revoke-consent NUMBER | --inconvenient ...`.
    struct Contact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what a debtor said about being contacted: an opt-out or opt-in, consent for a number, inconvenient times.",
            discussion: """
                Exactly one change per call. An opt-out or a revoked consent cancels the reminders of that channel \
                not yet claimed; every change is in the journal with --source and --reason.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "Stop contact on this channel.") var optOut: V1.Channel?
        @Option(help: "Undo an opt-out of this channel.") var optIn: V1.Channel?
        @Option(help: "The debtor consented to texts or calls on this number (E.164; with --channel).") var grantConsent: String?
        @Option(help: "The debtor withdrew consent for this number (E.164; --channel, else both sms and voice).") var revokeConsent: String?
        @Option(help: "For consent: sms or voice.") var channel: V1.Channel?
        @Option(help: "A period the debtor finds inconvenient, HH:MM-HH:MM, with @ and ISO weekdays for some days only (18:00-20:00@1,2,3); repeat; replaces the list.")
        var inconvenient: [InconvenientArgument] = []
        @Flag(help: "Clear the debtor's inconvenient times.") var clearInconvenient = false
        @Option(help: "Where it came from: letter, phone call, STOP reply, portal.") var source: String = "acsctl"
        @Option(help: "Why, for the audit trail.") var reason: String

        func validate() throws {
            let changes = [optOut != nil, optIn != nil, grantConsent != nil, revokeConsent != nil, !inconvenient.isEmpty || clearInconvenient]
            guard changes.filter({ $0 }).count == 1 else {
                throw ValidationError("give exactly one of --opt-out, --opt-in, --grant-consent, --revoke-consent, --inconvenient/--clear-inconvenient")
            }
            if grantConsent != nil && channel == nil { throw ValidationError("--grant-consent needs --channel sms or voice") }
            if let channel, channel != .sms && channel != .voice || (grantConsent == nil && revokeConsent == nil) {
                throw ValidationError("--channel is sms or voice, and goes with --grant-consent or --revoke-consent")
            }
            if clearInconvenient && !inconvenient.isEmpty { throw ValidationError("--clear-inconvenient replaces the list with nothing; give no --inconvenient") }
        }

        func run() async throws {
            let responses = try await options.callEach(Methods.Accounts.setContactPreference, requests())
            if options.json { return try Terminal.json(responses) }
            let cancelled = responses.reduce(0) { $0 + Int($1.remindersCancelled) }
            print("\(summary()); \(cancelled) reminder\(cancelled == 1 ? "" : "s") cancelled")
            if let account = responses.last?.account { AccountText.printContact(account) }
        }

        /// The requests this change takes: a revoked consent without --channel is two, sms and voice.
        private func requests() -> [V1.SetContactPreferenceRequest] {
            let base = V1.SetContactPreferenceRequest(account: account.ref, source: source, reason: reason)
            func with(_ change: V1.ContactChange, _ channel: V1.Channel = .unspecified, number: String = "") -> V1.SetContactPreferenceRequest {
                var request = base
                (request.change, request.channel, request.phoneNumber) = (change, channel, number)
                return request
            }
            if let optOut { return [with(.optOut, optOut)] }
            if let optIn { return [with(.optIn, optIn)] }
            if let grantConsent { return [with(.grantConsent, channel ?? .unspecified, number: grantConsent)] }
            if let revokeConsent { return (channel.map { [$0] } ?? [.sms, .voice]).map { with(.revokeConsent, $0, number: revokeConsent) } }
            var times = with(.setInconvenientTimes)
            times.inconvenientTimes = inconvenient.map(\.period)
            return [times]
        }

        private func summary() -> String {
            if let optOut { return "opted out of \(optOut.name)" }
            if let optIn { return "opted in to \(optIn.name)" }
            if let grantConsent { return "\(channel?.name ?? "") consent granted for \(grantConsent)" }
            if let revokeConsent { return "\(channel?.name ?? "sms and voice") consent revoked for \(revokeConsent)" }
            return inconvenient.isEmpty ? "inconvenient times cleared" : "\(inconvenient.count) inconvenient time\(inconvenient.count == 1 ? "" : "s") set"
        }
    }
}

/// An inconvenient period on the command line: `HH:MM-HH:MM`, optionally `@` and ISO weekdays (`18:00-20:00@6,7`).
struct InconvenientArgument: ExpressibleByArgument {
    let period: V1.InconvenientTime

    init?(argument: String) {
        let parts = argument.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let ends = parts[0].split(separator: "-").map(String.init)
        let weekdays = parts.count > 1 ? parts[1].split(separator: ",").map { UInt32($0) } : []
        guard ends.count == 2, ends.allSatisfy({ InconvenientTime.minutes($0) != nil }),
              weekdays.allSatisfy({ $0.map { (1...7).contains($0) } ?? false }) else { return nil }
        period = V1.InconvenientTime(startTime: ends[0], endTime: ends[1], weekdays: weekdays.compactMap { $0 })
    }
}
