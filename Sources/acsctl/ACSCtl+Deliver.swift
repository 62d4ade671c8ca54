import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation
import Synchronization

extension ACSCtl {
    /// `acsctl deliver --channel CH --exec CMD | --sendmail PATH`.
    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Claim reminders of a channel and deliver them through a command or a sendmail-compatible MTA.",
            discussion: """
                --exec runs CMD (with sh -c) once per reminder, the reminder as JSON on its stdin (the fields of \
                'reminders show --json'; ACS_REMINDER_ID, ACS_CHANNEL and ACS_RECIPIENT in its environment). Its exit status \
                is the outcome: 0 delivered; 10 conversation (a voice call reached the debtor); 11 opted out (a STOP reply); \
                65, 67 or 68 failed permanently (bad data, no such user or host); anything else failed, to be retried. \
                The first line of its output is kept as the outcome's detail. \
                --sendmail hands each email to PATH -t -i and maps its exit status the same way (75 is a temporary failure). \
                On SIGTERM or SIGINT it claims nothing more, finishes what it holds, and exits 0.
                """)
        @OptionGroup var options: GlobalOptions
        @Option(help: "The channel to deliver.") var channel: V1.Channel
        @Option(name: .customLong("exec"), help: "A command run once per reminder (sh -c).") var command: String?
        @Option(help: "A sendmail-compatible MTA for email, run as PATH -t -i.") var sendmail: String?
        @Option(help: "The From address of emails sent with --sendmail.") var from: String = "collections@localhost"
        @Option(help: "Reminders delivered at the same time.") var concurrency: Int = 4
        @Option(help: "The lease of each claim in seconds (0: acsd's default).") var lease: UInt32 = 0
        @Option(help: "Seconds to wait when nothing is ready.") var poll: Double = 1
        @Option(help: "The name claims carry in the audit trail.") var claimer: String = "acsctl-deliver@\(ProcessInfo.processInfo.hostName):\(getpid())"
        @Flag(help: "Stop when nothing is ready instead of waiting for more.") var once = false


        func validate() throws {
            guard (command == nil) != (sendmail == nil) else { throw ValidationError("give exactly one of --exec and --sendmail") }
            if sendmail != nil && channel != .email { throw ValidationError("--sendmail delivers email only") }
            guard (1...256).contains(concurrency) else { throw ValidationError("--concurrency must be 1...256") }
        }

        func run() async throws {
            let stop = StopSignal()
            let delivery = Delivery(command: command, sendmail: sendmail, from: from)
            let tally = try await options.withClient { client throws(ACSError) in
                try await loop(client, delivery: delivery, stop: stop)
            }
            let summary = tally.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("acsctl deliver: \(summary.isEmpty ? "nothing delivered" : summary)\n".utf8))
        }

        private func loop(_ client: ACSClient, delivery: Delivery, stop: StopSignal) async throws(ACSError) -> [String: Int] {
            var tally: [String: Int] = [:]
            await withTaskGroup(of: String.self) { group in
                var inFlight = 0
                while !stop.isSet {
                    var claimed: [V1.Reminder] = []
                    if inFlight < concurrency {
                        let request = V1.ClaimRemindersRequest(channel: channel, maxCount: UInt32(concurrency - inFlight), leaseSeconds: lease,
                                                               claimer: claimer)
                        do {
                            claimed = try await client.call(Methods.Reminders.claimReminders, request, timeout: options.deadline).reminders
                        } catch let error as ACSError {
                            Terminal.error(error)
                            await stop.sleep(seconds: poll)
                        } catch {
                            await stop.sleep(seconds: poll)
                        }
                    }
                    for reminder in claimed {
                        inFlight += 1
                        group.addTask { await complete(reminder, outcome: delivery.deliver(reminder), client) }
                    }
                    if claimed.isEmpty {
                        if inFlight > 0, let outcome = await group.next() {
                            inFlight -= 1
                            tally[outcome, default: 0] += 1
                        } else if once {
                            break
                        } else {
                            await stop.sleep(seconds: poll)
                        }
                    }
                }
                for await outcome in group { tally[outcome, default: 0] += 1 }
            }
            return tally
        }

        private func complete(_ reminder: V1.Reminder, outcome: (V1.ReminderOutcome, String), _ client: ACSClient) async -> String {
            let request = V1.CompleteReminderRequest(id: reminder.id, leaseToken: reminder.leaseToken, outcome: outcome.0, detail: outcome.1)
            do {
                _ = try await client.call(Methods.Reminders.completeReminder, request, timeout: options.deadline)
                return outcome.0.name
            } catch {
                Terminal.error(error)
                return "not reported"
            }
        }
    }
}

/// Set by SIGTERM or SIGINT: claim nothing more.
final class StopSignal: Sendable {
    /// The flag the signal handlers set.
    final class Flag: Sendable {
        let value = Atomic<Bool>(false)
        func set() { value.store(true, ordering: .relaxed) }
        var isSet: Bool { value.load(ordering: .relaxed) }
    }
    private let flag = Flag()
    private nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    init() {
        let flag = self.flag
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { flag.set() }
            source.resume()
            return source
        }
    }

    var isSet: Bool { flag.isSet }

    /// Sleeps up to `seconds`, waking early when stopped.
    func sleep(seconds: Double) async {
        var left = seconds
        while left > 0 && !isSet {
            try? await Task.sleep(for: .milliseconds(Int(min(left, 0.1) * 1000)))
            left -= 0.1
        }
    }
}

/// Hands one reminder to a command or an MTA and maps its exit status to an outcome.
struct Delivery: Sendable {
    let command: String?
    let sendmail: String?
    let from: String

    func deliver(_ reminder: V1.Reminder) async -> (V1.ReminderOutcome, String) {
        let input: Data
        let arguments: [String]
        if let sendmail {
            arguments = [sendmail, "-t", "-i"]
            input = Data(Self.email(reminder, from: from).utf8)
        } else {
            arguments = ["/bin/sh", "-c", command ?? "false"]
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys]
            input = (try? encoder.encode(ReminderJSON(reminder))) ?? Data()
        }
        let environment = ["ACS_REMINDER_ID": reminder.id, "ACS_CHANNEL": reminder.channel.name, "ACS_RECIPIENT": reminder.recipient]
        let (status, output) = await Self.run(arguments, input: input, environment: environment)
        let detail = String(output.split(separator: "\n").first ?? "").trimmingCharacters(in: .whitespaces)
        switch status {
        case 0: return (.delivered, detail)
        case 10: return (.conversation, detail)
        case 11: return (.optedOut, detail.isEmpty ? "STOP" : detail)
        case 65, 67, 68: return (.failedPermanently, detail.isEmpty ? "exit status \(status)" : detail)
        default: return (.failed, detail.isEmpty ? "exit status \(status)" : detail)
        }
    }

    /// The RFC 5322 message for an email reminder.
    static func email(_ reminder: V1.Reminder, from: String) -> String {
        let encode = { (text: String) in
            text.allSatisfy(\.isASCII) ? text : "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
        }
        let safe = { (text: String) in text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        return """
            From: \(safe(from))
            To: \(encode(safe(reminder.recipientName))) <\(safe(reminder.recipient))>
            Subject: \(encode(safe(reminder.subject)))
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit
            X-ACS-Reminder: \(reminder.id)

            \(reminder.bodyText)
            """
    }

    /// Runs `arguments` with `input` on stdin; answers the exit status and the first 4 KiB of output.
    static func run(_ arguments: [String], input: Data, environment: [String: String]) async -> (Int32, String) {
        await withCheckedContinuation { continuation in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            let stdin = Pipe(), stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            // The exit comes through terminationHandler, set before the start: waitUntilExit() off the
            // main thread can miss its wake-up and wait for good once many commands have run.
            let exited = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in exited.signal() }
            do { try process.run() } catch {
                continuation.resume(returning: (127, "cannot run \(arguments[0]): \(error.localizedDescription)"))
                return
            }
            Thread.detachNewThread {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
            Thread.detachNewThread {
                let output = stdout.fileHandleForReading.readDataToEndOfFile()
                exited.wait()
                continuation.resume(returning: (process.terminationStatus, String(decoding: output.prefix(4096), as: UTF8.self)))
            }
        }
    }
}
