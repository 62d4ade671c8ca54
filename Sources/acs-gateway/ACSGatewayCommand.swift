import ACSCore
import ACSGateway
import ACSJournal
import ArgumentParser
import Foundation
import Hummingbird

/// `acs-gateway`: payment gateways' webhooks and the pay link, posting to acsd.
@main
struct ACSGatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acs-gateway",
        abstract: "Takes Stripe and Adyen webhooks and serves the pay link, posting to acsd through its socket.",
        discussion: "Configuration: gateway.yaml (see docs/GATEWAY.md). Secrets are files, from $CREDENTIALS_DIRECTORY when relative.")

    @Option(help: "The configuration file.") var config = "/etc/acs/gateway.yaml"
    @Flag(help: "Check the configuration and its secret files, then exit.") var check = false

    func run() async throws {
        let configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.load(path: config, credentials: ProcessInfo.processInfo.environment["CREDENTIALS_DIRECTORY"])
        } catch {
            FileHandle.standardError.write(Data("acs-gateway: \(config): \(error)\n".utf8))
            throw ExitCode(78)
        }
        if check {
            print("acs-gateway: \(config) is valid")
            return
        }
        if case .unixSocket(let path) = configuration.listen { unlink(path) }
        let server = GatewayServer(configuration: configuration, journal: AuditJournal(identifier: "acs-gateway"))
        let application = server.application {
            if case .unixSocket(let path) = configuration.listen { chmod(path, 0o660) }
            FileHandle.standardError.write(Data("acs-gateway: listening on \(configuration.listen), acsd at \(configuration.acsdSocket)\n".utf8))
        }
        try await application.runService()
        if case .unixSocket(let path) = configuration.listen { unlink(path) }
    }
}
