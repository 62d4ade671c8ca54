import Foundation
import Histogram

/// A run's figures, printed for people or as JSON.
struct BenchReport: Codable {
    var benchmark: String
    var unit: String
    var calls: Int
    var failures: Int
    var concurrency: Int
    var connections: Int
    var seconds: Double
    var callsPerSecond: Int
    var p50Microseconds: Double
    var p99Microseconds: Double
    var p999Microseconds: Double
    var maxMicroseconds: Double
    var firstError: String?
    var daemonPeakResidentMiB: Int?

    init(name: String, unit: String = "calls", concurrency: Int, connections: Int, result: LoadResult) {
        benchmark = name
        self.unit = unit
        calls = result.calls
        failures = result.failures
        self.concurrency = concurrency
        self.connections = connections
        seconds = result.seconds
        callsPerSecond = result.seconds > 0 ? Int(Double(result.calls) / result.seconds) : 0
        func micro(_ nanoseconds: UInt64) -> Double { (Double(nanoseconds) / 100).rounded() / 10 }
        p50Microseconds = micro(result.latencies.valueAtPercentile(50))
        p99Microseconds = micro(result.latencies.valueAtPercentile(99))
        p999Microseconds = micro(result.latencies.valueAtPercentile(99.9))
        maxMicroseconds = micro(result.latencies.max)
        firstError = result.firstError
    }

    func print(json: Bool) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            Swift.print(String(decoding: try encoder.encode(self), as: UTF8.self))
            return
        }
        Swift.print("""
            \(benchmark): \(calls) \(unit), \(concurrency) calls in flight over \(connections) connection(s), \(String(format: "%.2f", seconds)) s
              throughput  \(callsPerSecond) \(unit)/s
              latency     p50 \(p50Microseconds) µs   p99 \(p99Microseconds) µs   p99.9 \(p999Microseconds) µs   max \(maxMicroseconds) µs
              failures    \(failures)\(firstError.map { " (first: \($0))" } ?? "")
            """)
        if let daemonPeakResidentMiB { Swift.print("  acsd peak resident memory \(daemonPeakResidentMiB) MiB") }
    }
}
