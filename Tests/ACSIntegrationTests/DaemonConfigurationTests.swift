import ACSCore
import ACSDaemon
import Foundation
import Testing

@Suite("Daemon configuration")
struct DaemonConfigurationTests {
    @Test("an empty file gives the defaults")
    func defaults() throws {
        #expect(try DaemonConfiguration.parse("", source: "t") == DaemonConfiguration())
    }

    @Test("every key is read")
    func keys() throws {
        let configuration = try DaemonConfiguration.parse(
            "max_frame_bytes: 65536\nmax_in_flight_per_connection: 8\ndrain_timeout_seconds: 2\nlog_level: debug\n", source: "t")
        #expect(configuration.maxFrameBytes == 65536)
        #expect(configuration.maxInFlightPerConnection == 8)
        #expect(configuration.drainTimeoutSeconds == 2)
        #expect(configuration.logLevel == "debug")
    }

    @Test("metrics_listen takes a socket path or a loopback address", arguments: [
        "/run/acs/metrics.sock", "127.0.0.1:9464", "[::1]:9464", "localhost:9464", "",
    ])
    func metricsListen(value: String) throws {
        #expect(try DaemonConfiguration.parse("metrics_listen: \"\(value)\"\n", source: "t").metricsListen == value)
    }

    @Test("bad files are refused with the key and line", arguments: [
        ("max_frame_bytes: 10\n", "max_frame_bytes"),
        ("log_level: loud\n", "log_level"),
        ("drain_timeout_seconds: -1\n", "drain_timeout_seconds"),
        ("\nlog_levle: info\n", "line 2"),
        ("- a\n- b\n", "mapping"),
        ("max_frame_bytes: many\n", "max_frame_bytes"),
        ("audit: sometimes\n", "audit"),
        ("access:\n  superuser: { users: [bob] }\n", "superuser"),
        ("access:\n  reader: { user: [bob] }\n", "unknown key \"user\""),
        ("access:\n  operator: { grups: [acs] }\n", "unknown key \"grups\""),
        ("max_connections_per_user: 2000\n", "max_connections_per_user"),
        ("frame_timeout_seconds: 0\n", "frame_timeout_seconds"),
        ("agencies:\n  \"acme/east\": { commission_bp: 100 }\n", "agency \"acme/east\": letters, digits"),
        ("agencies:\n  \(String(repeating: "a", count: 65)): { commission_bp: 100 }\n", "at most 64"),
        ("metrics_listen: 0.0.0.0:9464\n", "loopback"),
        ("metrics_listen: 10.1.2.3:9464\n", "loopback"),
        ("metrics_listen: \"127.0.0.1:0\"\n", "port from 1 to 65535"),
        ("metrics_listen: \"127.0.0.1:65536\"\n", "port from 1 to 65535"),
        ("metrics_listen: metrics.sock\n", "Unix socket path"),
        ("metrics_listen: /\(String(repeating: "s", count: 107))\n", "at most 107 bytes"),
        ("metrics_timeout_seconds: 0\n", "metrics_timeout_seconds"),
        ("metrics_timeout_seconds: 9223372036854775807\n", "metrics_timeout_seconds"),
    ])
    func refused(text: String, expected: String) {
        #expect { try DaemonConfiguration.parse(text, source: "t") } throws: { error in
            (error as? ACSError).map { $0.description.contains(expected) } ?? false
        }
    }
}

@Suite("Shipped configuration")
struct ShippedConfigurationTests {
    @Test("systemd/acsd.yaml loads and grants the acs group the operator role")
    func shipped() throws {
        let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let configuration = try DaemonConfiguration.load(path: top.appendingPathComponent("systemd/acsd.yaml").path)
        #expect(configuration.accessPolicy.grants[.operator]?.groups == ["acs"])
        #expect(configuration.maxFrameBytes == 4 * 1024 * 1024)
    }
}
