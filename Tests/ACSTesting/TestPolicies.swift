public import Foundation

/// Configuration folders for tests: `acsd.yaml`, a `policies/` folder with the given
/// policies, and the repository's own `templates/`.
public enum TestPolicies {
    /// The repository's top folder.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes a configuration folder under `directory` and answers the path of its `acsd.yaml`.
    /// Cycles run only when asked (cycle_interval_seconds: 0) unless `configuration` says otherwise.
    public static func write(in directory: URL, policies: [String: String], configuration: String = "") throws -> String {
        let folder = directory.appendingPathComponent("etc")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder.appendingPathComponent("policies"), withIntermediateDirectories: true)
        let templates = folder.appendingPathComponent("templates")
        if !fileManager.fileExists(atPath: templates.path) {
            try fileManager.copyItem(at: repository.appendingPathComponent("systemd/templates"), to: templates)
        }
        for (name, text) in policies {
            try text.write(to: folder.appendingPathComponent("policies/\(name)"), atomically: true, encoding: .utf8)
        }
        let config = folder.appendingPathComponent("acsd.yaml")
        let settings = configuration.contains("cycle_interval_seconds") ? configuration : "cycle_interval_seconds: 0\n" + configuration
        try ("creditor_name: Example Lending\npayment_link_base: https://pay.example.com/p/\n" + settings)
            .write(to: config, atomically: true, encoding: .utf8)
        return config.path
    }
}
