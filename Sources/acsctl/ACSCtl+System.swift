import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl metrics`.
    struct Metrics: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print acsd's metrics in the Prometheus text format.",
            discussion: "The same text acsd serves on metrics_listen. A node exporter's textfile collector can read it: acsctl metrics > /var/lib/prometheus/node-exporter/acs.prom.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let text = try await options.withClient { client throws(ACSError) in try await client.metrics(timeout: options.deadline) }
            print(text, terminator: "")
        }
    }

    /// `acsctl status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show acsd's status: uptime, database, counts, calls, audit.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let status = try await options.withClient { client throws(ACSError) in try await client.status(timeout: options.deadline) }
            if options.json { return try Terminal.json(status) }
            Terminal.table([
                ("pid", String(status.pid)),
                ("uptime", Self.duration(status.uptimeSeconds)),
                ("clock", status.now + (status.clockSimulated ? " (simulated)" : "")),
                ("database", status.databasePath),
                ("database size", "\(status.databaseSizeBytes) bytes"),
                ("accounts", String(status.accountCount)),
                ("open reminders", String(status.openReminderCount)),
                ("connections", "\(status.openConnections) open, \(status.refusedConnections) refused, \(status.acceptFailures) accept failures"),
                ("calls in flight", String(status.inFlightCalls)),
                ("calls answered", String(status.callsTotal)),
                ("audit entries", "\(status.auditWrites) written, \(status.auditWriteFailures) failed"),
                ("configuration", (status.configPath.isEmpty ? "defaults" : status.configPath) + " (generation \(status.configGeneration))"),
            ])
        }

        static func duration(_ seconds: UInt64) -> String {
            let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
            let (hours, rest2) = rest.quotientAndRemainder(dividingBy: 3_600)
            let (minutes, secs) = rest2.quotientAndRemainder(dividingBy: 60)
            return days > 0 ? "\(days)d \(hours)h \(minutes)m" : "\(hours)h \(minutes)m \(secs)s"
        }
    }

    /// `acsctl health`.
    struct Health: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check that acsd answers; exit 0 when it serves.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let health = try await options.withClient { client throws(ACSError) in try await client.health(timeout: options.deadline) }
            let text = health.status == .serving ? "serving" : "draining"
            if options.json { return try Terminal.json(["status": text]) }
            print(text)
            if health.status != .serving { throw ExitCode.failure }
        }
    }

    /// `acsctl version`.
    struct Version: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the versions of acsd, its protocol, SQLite and the schema.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let version = try await options.withClient { client throws(ACSError) in try await client.version(timeout: options.deadline) }
            if options.json {
                return try Terminal.json([
                    "version": version.version, "protocol": version.protocol,
                    "sqlite_version": version.sqliteVersion, "schema_version": version.schemaVersion,
                ])
            }
            Terminal.table([("acsd", version.version), ("protocol", version.protocol),
                            ("sqlite", version.sqliteVersion), ("schema", version.schemaVersion)])
        }
    }

    /// `acsctl clock [show|set|advance]`.
    struct Clock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or move acsd's clock (moving needs a daemon started with --simulated-clock).",
            subcommands: [Show.self, Set.self, Advance.self], defaultSubcommand: Show.self)

        /// `acsctl clock show`.
        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show the daemon's time.")
            @OptionGroup var options: GlobalOptions

            func run() async throws {
                let clock = try await options.withClient { client throws(ACSError) in try await client.clock(timeout: options.deadline) }
                try Clock.print(clock, json: options.json)
            }
        }

        /// `acsctl clock set TIME`.
        struct Set: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set the simulated clock to an RFC 3339 time.")
            @OptionGroup var options: GlobalOptions
            @Argument(help: "The new time, e.g. 2026-03-01T09:00:00Z.") var time: String

            func validate() throws {
                guard ACSClock.parse(time) != nil else { throw ValidationError("\"\(time)\" is not an RFC 3339 time such as 2026-03-01T09:00:00Z") }
            }

            func run() async throws {
                let target = ACSClock.parse(time)!
                let clock = try await options.withClient { client throws(ACSError) in try await client.setClock(to: target, timeout: options.deadline) }
                try Clock.print(clock, json: options.json)
            }
        }

        /// `acsctl clock advance DURATION`.
        struct Advance: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Move the simulated clock forward, e.g. by 3d, 12h, 30m or 90s.")
            @OptionGroup var options: GlobalOptions
            @Argument(help: "How far: a number with a unit d, h, m or s.") var duration: String

            func validate() throws {
                guard Self.seconds(duration) != nil else { throw ValidationError("\"\(duration)\" is not a duration such as 3d, 12h, 30m or 90s") }
            }

            func run() async throws {
                let seconds = Self.seconds(duration)!
                let clock = try await options.withClient { client throws(ACSError) in try await client.advanceClock(bySeconds: seconds, timeout: options.deadline) }
                try Clock.print(clock, json: options.json)
            }

            static func seconds(_ text: String) -> UInt64? {
                let units: [Character: UInt64] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
                guard let unit = text.last.flatMap({ units[$0] }), let count = UInt64(text.dropLast()), count > 0 else { return nil }
                let (product, overflow) = count.multipliedReportingOverflow(by: unit)
                return overflow ? nil : product
            }
        }

        static func print(_ clock: V1.ClockResponse, json: Bool) throws {
            if json { return try Terminal.json(clock) }
            Swift.print(clock.now + (clock.simulated ? " (simulated)" : ""))
        }
    }
}

extension ACSCtl {
    /// `acsctl backup FILE`.
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a consistent copy of acsd's database to FILE while acsd keeps serving (admin).",
            discussion: """
                acsd copies one snapshot with SQLite's online backup, checks it with integrity_check and streams it here, \
                chunk by chunk into FILE.partial, which is fsynced and renamed to FILE: FILE is whole or absent. Bring it back \
                with: systemctl stop acsd; acsd --state-dir /var/lib/acs --restore FILE; systemctl start acsd.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The file to write (must not exist unless --force).") var file: String
        @Flag(help: "Replace FILE when it exists.") var force = false

        func run() async throws {
            guard force || !FileManager.default.fileExists(atPath: file) else {
                throw ValidationError("\(file) exists; give another name or --force")
            }
            // Each chunk goes to the file as it arrives: the copy is never held in memory whole.
            let partial = file + ".partial"
            FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600])
            guard let handle = FileHandle(forWritingAtPath: partial) else { throw ACSError(.permissionDenied, "cannot write \(partial)") }
            let last: V1.BackupResponse
            do {
                last = try await options.withClient { client throws(ACSError) in
                    try await client.callStream(Methods.System.backup, V1.BackupRequest(), timeout: options.deadline) { chunk in
                        try handle.write(contentsOf: chunk.data)
                    }
                }
                guard last.done else { throw ACSError(.unavailable, "the backup stream ended early") }
                try handle.write(contentsOf: last.data)
                let written = try handle.offset()
                guard written == last.sizeBytes else {
                    throw ACSError(.dataLoss, "received \(written) bytes of a \(last.sizeBytes)-byte copy; nothing was kept, try again")
                }
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                try? FileManager.default.removeItem(atPath: partial)
                throw error
            }
            guard rename(partial, file) == 0 else { throw ACSError(.internal, "cannot rename \(partial) to \(file): \(String(cString: strerror(errno)))") }
            if options.json { return try Terminal.json(V1.BackupResponse(done: true, sizeBytes: last.sizeBytes, schemaVersion: last.schemaVersion,
                                                                         accountCount: last.accountCount, paymentCount: last.paymentCount, takenAt: last.takenAt)) }
            print("\(file): \(last.sizeBytes) bytes, schema \(last.schemaVersion), \(last.accountCount) accounts, \(last.paymentCount) payments, "
                  + "taken \(last.takenAt); integrity ok")
        }
    }
}
