import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

/// A channel on the command line: email, sms, voice or letter.
struct ChannelArgument: ExpressibleByArgument {
    let value: V1.Channel

    init?(argument: String) {
        guard let channel = V1.Channel.allCases.first(where: { $0 != .unspecified && Names.of($0) == argument }) else { return nil }
        value = channel
    }
}

/// A reminder status on the command line: scheduled, deferred, claimed, delivered, failed, cancelled or suppressed.
struct StatusArgument: ExpressibleByArgument {
    let value: V1.ReminderStatus

    init?(argument: String) {
        guard let status = V1.ReminderStatus.allCases.first(where: { $0 != .unspecified && Names.of($0) == argument }) else { return nil }
        value = status
    }
}

extension ACSCtl {
    /// `acsctl reminders …`.
    struct Reminders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Query the reminder outbox.", subcommands: [List.self, Show.self])
    }
}

extension ACSCtl.Reminders {
    /// `acsctl reminders list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List reminders by window start (default: the open ones).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this channel: email, sms, voice, letter.") var channel: ChannelArgument?
        @Option(help: "Only this account (id or SOURCE:EXTERNAL_ID).") var account: AccountArgument?
        @Option(help: "Only these statuses (repeat): scheduled, deferred, claimed, delivered, failed, cancelled, suppressed.")
        var status: [StatusArgument] = []
        @Flag(help: "Only reminders whose window is open now.") var dueNow = false
        @Option(help: "At most this many.") var limit: Int = 100

        func run() async throws {
            let reminders = try await options.withClient { client throws(ACSError) -> [V1.Reminder] in
                var request = V1.ListDueRemindersRequest(channel: channel?.value ?? .unspecified, account: account?.ref, statuses: status.map(\.value),
                                                         windowStartBefore: dueNow ? ACSClock.format(Date()) : "")
                var all: [V1.Reminder] = []
                repeat {
                    request.pageSize = UInt32(min(1_000, limit - all.count))
                    let page = try await client.call(Methods.Reminders.listDueReminders, request, timeout: options.deadline)
                    all += page.reminders
                    request.pageToken = page.nextPageToken
                } while !request.pageToken.isEmpty && all.count < limit
                return all
            }
            if options.json { return try Terminal.json(reminders.map(ReminderJSON.init)) }
            ReminderText.printTable(reminders)
        }
    }

    /// `acsctl reminders show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one reminder with its content and every gate decision.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The reminder's id.") var id: String

        func run() async throws {
            let response = try await options.withClient { client throws(ACSError) in
                try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: id), timeout: options.deadline)
            }
            guard let reminder = response.reminder else { return }
            if options.json { return try Terminal.json(ReminderJSON(reminder)) }
            ReminderText.printDetail(reminder)
        }
    }
}

extension ACSCtl {
    /// `acsctl cycle run`.
    struct Cycle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the collection engine.", subcommands: [Run.self])

        /// `acsctl cycle run`.
        struct Run: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Run one engine cycle now and print what it did.")
            @OptionGroup var options: GlobalOptions

            func run() async throws {
                let response = try await options.withClient { client throws(ACSError) in
                    try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest(), timeout: options.deadline)
                }
                let s = response.summary ?? V1.CycleSummary()
                if options.json { return try Terminal.json(s) }
                Terminal.table([
                    ("cycle", s.id), ("as of", s.asOf), ("took", "\(s.durationMs) ms"), ("accounts evaluated", String(s.accountsEvaluated)),
                    ("reminders scheduled", String(s.remindersScheduled)), ("  deferred by the gate", String(s.remindersDeferred)),
                    ("reminders suppressed", String(s.remindersSuppressed)), ("reminders cancelled", String(s.remindersCancelled)),
                    ("accounts cured", String(s.accountsCured)),
                ])
            }
        }
    }
}
