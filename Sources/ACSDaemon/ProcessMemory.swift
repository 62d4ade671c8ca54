import CMalloc
import ServiceLifecycle

/// Keeps acsd's resident memory close to what it really uses.
///
/// glibc gives busy threads heaps of their own (up to eight per core) and keeps
/// what is freed inside them. Under a steady mix of calls a 30-minute soak
/// showed 16 heaps holding 37 MB for 9 MB in use, and the resident size growing
/// as each heap reached its own peak. Two heaps, and giving freed pages back
/// after each period, make memory follow the work instead.
enum ProcessMemory {
    /// Heaps glibc may create: enough for the writer and the event loops to allocate without waiting long on each other.
    static let heapCount: Int32 = 2

    /// Caps glibc's heaps; call before the daemon starts its threads.
    static func limitHeaps() {
        _ = mallopt(M_ARENA_MAX, heapCount)
    }

    /// Returns freed pages of every heap to the system.
    static func trim() {
        _ = malloc_trim(0)
    }
}

/// Gives freed heap pages back to the system every `interval`.
struct MemoryTrimService: Service {
    /// How often; a trim walks every heap, so not on every call.
    static let interval = Duration.seconds(30)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.interval)
                ProcessMemory.trim()
            }
        }
    }
}
