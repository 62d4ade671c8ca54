/// A condition a test waited for that did not come true in time.
public struct ConditionTimeout: Error, CustomStringConvertible {
    /// What the test says.
    public var description: String { "condition not met within 60 s" }
}

/// Polls `condition` every 10 ms for up to 60 s (CI's full suite on 2 cores stalls a process for
/// seconds); throws `ConditionTimeout` after.
public func waitUntil(_ condition: () -> Bool) async throws {
    for _ in 0..<6000 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw ConditionTimeout()
}

/// Polls the async `condition` every 20 ms for up to 60 s; throws `ConditionTimeout` after.
public func waitUntil(_ condition: () async -> Bool) async throws {
    for _ in 0..<3000 {
        if await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw ConditionTimeout()
}
