import ArgumentParser

/// `acs-bench`: load generators that measure acsd through its socket.
@main
struct ACSBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acs-bench",
        abstract: "Measure acsd: throughput and latency of calls over its socket.",
        subcommands: [Ping.self, Post.self, Sync.self, Cycle.self, Soak.self, Webhook.self])
}
