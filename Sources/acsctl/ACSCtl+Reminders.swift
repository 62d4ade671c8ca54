import ACSClient
import ACSCore
import ACSWire
public import ArgumentParser
import Foundation

/// A v1 enum on the command line, by its proto name (`email`, `failed_permanently`, or with
/// hyphens: `breathing-space`); UNSPECIFIED is not a choice.
extension ExpressibleByArgument where Self: ProtoEnum & RawRepresentable, RawValue: ExpressibleByArgument {
    init?(argument: String) {
        guard argument != "unspecified" else { return nil }
        self.init(name: argument.replacingOccurrences(of: "-", with: "_"))
    }

    static var allValueStrings: [String] { allCases.map(\.name).filter { $0 != "unspecified" } }
}

extension V1.Channel: ExpressibleByArgument {}
extension V1.ReminderStatus: ExpressibleByArgument {}
extension V1.TaskOutcome: ExpressibleByArgument {}
extension V1.HoldKind: ExpressibleByArgument {}
extension V1.ReversalReason: ExpressibleByArgument {}
extension V1.WriteOffReason: ExpressibleByArgument {}
extension V1.DisputeReason: ExpressibleByArgument {}
extension V1.DisputeChannel: ExpressibleByArgument {}

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
        @Option(help: "Only this channel.") var channel: V1.Channel?
        @Option(help: "Only this account (id or SOURCE:EXTERNAL_ID).") var account: AccountArgument?
        @Option(help: "Only these statuses (repeat).") var status: [V1.ReminderStatus] = []
        @Flag(help: "Only reminders whose window is open now.") var dueNow = false
        @Option(help: "At most this many.") var limit: Int = 100

        func run() async throws {
            let reminders = try await options.withClient { client throws(ACSError) -> [V1.Reminder] in
                var request = V1.ListDueRemindersRequest(channel: channel ?? .unspecified, account: account?.ref, statuses: status,
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
            let response = try await options.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: id))
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
                let response = try await options.call(Methods.Collections.runCycle, V1.RunCycleRequest())
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
