import ACSCore
@preconcurrency import Glibc

/// A one-line progress indicator on stderr, drawn only when stderr is a terminal.
struct Progress {
    private let total: Int
    private let enabled = isatty(STDERR_FILENO) == 1
    private var lastDrawn = -1

    /// A bar over `total` units (lines, bytes, …).
    init(total: Int) { self.total = max(1, total) }

    /// Redraws at `done` units (at most once per percent).
    mutating func update(_ done: Int, label: String) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        fputs("\r[\(bar)] \(percent)% \(label)", stderr)
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        fputs("\r\u{1B}[2K", stderr)
    }
}

/// Sends a file's items in calls of `size`, with a progress bar on a terminal.
enum Batches {
    static func send<Item>(
        _ items: [Item], size: Int, noun: String, _ call: (ArraySlice<Item>) async throws(ACSError) -> Void
    ) async throws(ACSError) {
        var progress = Progress(total: items.count)
        var start = 0
        while start < items.count {
            let chunk = items[start..<min(start + size, items.count)]
            try await call(chunk)
            start += chunk.count
            progress.update(start, label: "\(start) of \(items.count) \(noun)")
        }
        progress.finish()
    }
}
