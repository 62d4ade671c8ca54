public import Foundation

/// The package's built executables, found beside the test bundle
/// (or in `ACS_BIN_DIR` when set).
public enum TestBinaries {
    /// The directory holding `acsd`, `acsctl` and `acs-bench`.
    public static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["ACS_BIN_DIR"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // swift test runs .build/<triple>/debug/<name>.xctest.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("acsd").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    /// True when these binaries run under AddressSanitizer or ThreadSanitizer
    /// (`make test-sanitize`): their memory then includes the sanitizer's own
    /// (ASan keeps up to 256 MiB of freed blocks in quarantine).
    public static let areSanitized: Bool = ["__asan_init", "__tsan_init"].contains { (symbol: String) in dlsym(nil, symbol) != nil }

    /// The URL of the executable `name`.
    public static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// Runs `name` with `arguments`; returns its exit status, stdout and stderr.
    /// The wait happens on a thread of its own, never on the tests' cooperative pool.
    public static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await ChildProcess.run(url(name).path, arguments, environment: Self.environment(adding: environment))
    }

    /// Runs the program at `path` (a system tool) the same way.
    public static func runTool(_ path: String, _ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await ChildProcess.run(path, arguments, environment: environment(adding: [:]))
    }

    /// Runs the program at `path` and waits, on the calling thread (for `defer` blocks).
    public static func runBlockingTool(_ path: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.runBlocking(path, arguments, environment: environment(adding: [:]))
    }

    /// This process's environment with `variables` set.
    private static func environment(adding variables: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(variables) { _, new in new }
    }
}
