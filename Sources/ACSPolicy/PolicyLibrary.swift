public import ACSCore
import Foundation

/// The policies in force with their file texts and the templates they use: what acsd
/// loads from its configuration directory at start-up, on SIGHUP and on `ReloadPolicies`.
public struct PolicyLibrary: Sendable {
    /// The policies.
    public let set: PolicySet
    /// The templates.
    public let templates: TemplateLibrary
    /// Per policy id: the file it came from, its text and its version.
    public let sources: [String: (file: String, text: String, version: String)]

    /// An empty library: no policy applies to any account.
    public init() {
        set = PolicySet(policies: [], version: "")
        templates = TemplateLibrary()
        sources = [:]
    }

    /// Loads every `*.yaml` / `*.yml` file of `policiesDirectory` with the templates of
    /// `templatesDirectory`. Any error fails the whole set; so does a policy folder that is
    /// missing or unreadable, and one without policy files unless `allowEmpty`.
    public static func load(policiesDirectory: String, templatesDirectory: String, allowEmpty: Bool = false) -> Result<PolicyLibrary, PolicyErrors> {
        let templates: TemplateLibrary
        do { templates = try TemplateLibrary(directory: templatesDirectory) } catch { return .failure(PolicyErrors([error])) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: policiesDirectory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            return .failure(PolicyErrors([PolicyError(file: policiesDirectory, message: "the policy folder is missing or cannot be read")]))
        }
        guard !names.isEmpty || allowEmpty else {
            return .failure(PolicyErrors([PolicyError(
                file: policiesDirectory, message: "the policy folder holds no policy (*.yaml); set allow_empty_policies: true to run without collection")]))
        }
        var errors: [PolicyError] = []
        var loaded: [(policy: DunningPolicy, file: String, text: String)] = []
        for name in names {
            let path = "\(policiesDirectory)/\(name)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                errors.append(PolicyError(file: path, message: "cannot read the file")); continue
            }
            switch PolicyParser.parse(text, file: path, templates: templates) {
            case .success(let policy): loaded.append((policy, path, text))
            case .failure(let found): errors += found.errors
            }
        }
        errors += setErrors(loaded.map { ($0.policy, $0.file) })
        guard errors.isEmpty else { return .failure(PolicyErrors(errors)) }
        return .success(PolicyLibrary(loaded: loaded, templates: templates))
    }

    private init(loaded: [(policy: DunningPolicy, file: String, text: String)], templates: TemplateLibrary) {
        let allText = loaded.map { "\($0.file)\n\($0.text)" }.joined(separator: "\n")
            + templates.all.map { "\($0.name).\($0.channel).\($0.locale)" }.joined(separator: ",")
        set = PolicySet(policies: loaded.map(\.policy), version: Self.digest(allText))
        self.templates = templates
        sources = Dictionary(uniqueKeysWithValues: loaded.map { ($0.policy.id, ($0.file, $0.text, Self.digest($0.text))) })
    }

    /// The errors of a set whose files are each valid: duplicate ids, two defaults, a
    /// segment claimed twice.
    static func setErrors(_ policies: [(policy: DunningPolicy, file: String)]) -> [PolicyError] {
        var errors: [PolicyError] = []
        var ids: [String: String] = [:], segments: [String: String] = [:]
        var defaultFile: String?
        for (policy, file) in policies {
            if let other = ids[policy.id] { errors.append(PolicyError(file: file, path: "id", message: "policy id \(policy.id) is also used by \(other)")) }
            ids[policy.id] = file
            if policy.isDefault {
                if let defaultFile { errors.append(PolicyError(file: file, path: "default", message: "\(defaultFile) is already the default policy")) }
                defaultFile = file
            }
            for segment in policy.segments {
                if let other = segments[segment] { errors.append(PolicyError(file: file, path: "segments", message: "segment \(segment) is also claimed by \(other)")) }
                segments[segment] = file
            }
        }
        return errors
    }

    /// A short digest of `text` (FNV-1a, 64 bits, hex): a version, not a security measure.
    public static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
