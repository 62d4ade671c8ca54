import ACSClient
import ACSCore
import ACSPolicy
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl policy …`.
    struct Policy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check policy files; list, show and reload the policies in force.",
            subcommands: [Check.self, List.self, Show.self, Reload.self])
    }
}

extension ACSCtl.Policy {
    /// `acsctl policy check FILE`: offline, no daemon needed.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate policy files and print every error as FILE:LINE:COLUMN: PATH: MESSAGE.",
            discussion: "Templates are looked up in --templates (default: the templates folder beside the policy's folder, when there is one). Exits 1 when a file is invalid.")
        @Argument(help: "Policy files (YAML).") var files: [String]
        @Option(help: "The templates folder to check template names against.") var templates: String?

        func run() throws {
            var failed = false
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    FileHandle.standardError.write(Data("\(file): cannot read the file\n".utf8))
                    failed = true
                    continue
                }
                let folder = templates ?? (((file as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent + "/templates")
                var library: TemplateLibrary?
                if FileManager.default.fileExists(atPath: folder) {
                    do { library = try TemplateLibrary(directory: folder) } catch {
                        FileHandle.standardError.write(Data("\(error)\n".utf8))
                        failed = true
                    }
                }
                switch PolicyParser.parse(text, file: file, templates: library) {
                case .success(let policy):
                    print("\(file): valid: policy \(policy.id), profile \(policy.profile.rawValue), \(policy.stages.count) stages"
                          + (library == nil ? " (templates not checked: no folder \(folder))" : ""))
                case .failure(let errors):
                    failed = true
                    for error in errors.errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    /// `acsctl policy list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The policies in force with the set's version.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let response = try await options.call(Methods.Policies.listPolicies, V1.ListPoliciesRequest())
            if options.json { return try Terminal.json(response) }
            print("version \(response.version), loaded \(response.loadedAt)")
            for policy in response.policies {
                let segments = policy.segments.joined(separator: ", ") + (policy.isDefault ? " (default)" : "")
                print("  \(policy.id)  \(policy.profile.name)  \(policy.stages.count) stages  segments: \(segments)  \(policy.file)")
            }
        }
    }

    /// `acsctl policy show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One policy in force: its stages and its file's text.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The policy's id.") var id: String

        func run() async throws {
            let response = try await options.call(Methods.Policies.getPolicy, V1.GetPolicyRequest(id: id))
            if options.json { return try Terminal.json(response) }
            guard let policy = response.policy else { return }
            print("# \(policy.id) (version \(policy.version)) from \(policy.file)")
            print(response.text)
        }
    }

    /// `acsctl policy reload`.
    struct Reload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read the policy files again; an invalid set is refused and the old one stays.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let response = try await options.call(Methods.Policies.reloadPolicies, V1.ReloadPoliciesRequest())
            if options.json { try Terminal.json(response) } else if response.applied {
                print("\(response.policyCount) policies in force, version \(response.version)\(response.changed ? "" : " (unchanged)")")
            } else {
                for error in response.errors {
                    FileHandle.standardError.write(Data("\(error.file):\(error.line):\(error.column): \(error.path): \(error.message)\n".utf8))
                }
                FileHandle.standardError.write(Data("acsctl: reload refused; version \(response.version) stays in force\n".utf8))
            }
            if !response.applied { throw ExitCode.failure }
        }
    }
}
