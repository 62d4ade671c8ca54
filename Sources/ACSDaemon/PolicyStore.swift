import ACSCore
import ACSPolicy
import Foundation

/// The dunning policies and templates in force; swapped whole on a valid reload.
final class PolicyStore: Sendable {
    private let state: Locked<(library: PolicyLibrary, loadedAt: Date)>

    /// Loads the policies the configuration names; an invalid set stops start-up with every error.
    init(configuration: ConfigurationStore, at now: Date) throws(ACSError) {
        switch Self.load(configuration) {
        case .success(let library): state = Locked((library, now))
        case .failure(let errors):
            throw ACSError(.failedPrecondition, "invalid policies; acsd does not start with them:\n"
                           + errors.errors.map { "  \($0)" }.joined(separator: "\n"))
        }
    }

    /// The library in force.
    var library: PolicyLibrary { state.withLock { $0.library } }
    /// When it was loaded.
    var loadedAt: Date { state.withLock { $0.loadedAt } }

    /// Reads the files again: a valid set replaces the one in force (`changed` tells
    /// whether its version differs); an invalid one is answered and changes nothing.
    func reload(_ configuration: ConfigurationStore, at now: Date) -> Result<(library: PolicyLibrary, changed: Bool), PolicyErrors> {
        switch Self.load(configuration) {
        case .success(let library):
            let changed = state.withLock { current in
                let changed = current.library.set.version != library.set.version
                current = (library, now)
                return changed
            }
            return .success((library, changed))
        case .failure(let errors):
            return .failure(errors)
        }
    }

    private static func load(_ configuration: ConfigurationStore) -> Result<PolicyLibrary, PolicyErrors> {
        let settings = configuration.current
        // Without a configuration file acsd names no policy folder: it keeps accounts and
        // payments and collects nothing. With one, its folder must hold the policies.
        guard configuration.path != nil else { return .success(PolicyLibrary()) }
        let loaded = PolicyLibrary.load(
            policiesDirectory: DaemonConfiguration.resolve(settings.policiesDir, relativeTo: configuration.path),
            templatesDirectory: DaemonConfiguration.resolve(settings.templatesDir, relativeTo: configuration.path),
            allowEmpty: settings.allowEmptyPolicies)
        guard case .success(let library) = loaded else { return loaded }
        // A policy may place accounts only with an agency the configuration names.
        var errors: [PolicyError] = []
        for policy in library.set.policies {
            for (index, stage) in policy.stages.enumerated() {
                for (actionIndex, action) in stage.actions.enumerated() {
                    if case .escalateAgency(let agency, _) = action, DaemonConfiguration.agency(named: agency, in: settings.agencies) == nil {
                        errors.append(PolicyError(file: library.sources[policy.id]?.file ?? policy.id, path: "stages[\(index)].actions[\(actionIndex)].agency",
                                                  message: "agency \"\(agency)\" is not in the configuration's agencies"))
                    }
                }
            }
        }
        return errors.isEmpty ? .success(library) : .failure(PolicyErrors(errors))
    }
}
