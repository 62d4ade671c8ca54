public import ACSCore
public import ACSWire
public import Foundation

extension ACSClient {
    /// `System.Health`.
    public func health(timeout: Duration? = nil) async throws(ACSError) -> V1.HealthResponse {
        try await call(Methods.System.health, V1.HealthRequest(), timeout: timeout)
    }

    /// `System.Ping`: sends `data` and returns the echo.
    public func ping(_ data: [UInt8] = [], timeout: Duration? = nil) async throws(ACSError) -> [UInt8] {
        try await call(Methods.System.ping, V1.PingRequest(data: data), timeout: timeout).data
    }

    /// `System.Version`.
    public func version(timeout: Duration? = nil) async throws(ACSError) -> V1.VersionResponse {
        try await call(Methods.System.version, V1.VersionRequest(), timeout: timeout)
    }

    /// `System.Status`.
    public func status(timeout: Duration? = nil) async throws(ACSError) -> V1.StatusResponse {
        try await call(Methods.System.status, V1.StatusRequest(), timeout: timeout)
    }

    /// `System.Metrics`: acsd's metrics in the Prometheus text format.
    public func metrics(timeout: Duration? = nil) async throws(ACSError) -> String {
        try await call(Methods.System.metrics, V1.MetricsRequest(), timeout: timeout).text
    }

    /// `System.GetClock`.
    public func clock(timeout: Duration? = nil) async throws(ACSError) -> V1.ClockResponse {
        try await call(Methods.System.getClock, V1.GetClockRequest(), timeout: timeout)
    }

    /// `System.SetClock`: moves a simulated clock to `time`.
    public func setClock(to time: Date, timeout: Duration? = nil) async throws(ACSError) -> V1.ClockResponse {
        try await call(Methods.System.setClock, V1.SetClockRequest(time: ACSClock.format(time)), timeout: timeout)
    }

    /// `System.AdvanceClock`: moves a simulated clock forward.
    public func advanceClock(bySeconds seconds: UInt64, timeout: Duration? = nil) async throws(ACSError) -> V1.ClockResponse {
        try await call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: seconds), timeout: timeout)
    }
}
