import CMalloc
import ServiceLifecycle

/// Keeps acsd's resident memory close to what it really uses.
///
/// glibc gives busy threads heaps of their own (up to eight per core) and keeps
/// what is freed inside them. Under a steady mix of calls a 30-minute soak
/// showed 16 heaps holding 37 MB for 9 MB in use, and the resident size growing
/// as each heap reached its own peak. With two heaps it still crept up: glibc
/// raises its threshold for serving large blocks from their own mappings each
/// time one is freed, so batch-sized buffers (a sync of 1,000 accounts, a
/// cycle's 500) ended up inside the heaps and fragmented them. Two heaps, a fixed
/// threshold, and giving freed pages back every period make memory follow the work.
enum ProcessMemory {
    /// Heaps glibc may create: enough for the writer and the event loops to allocate without waiting long on each other.
    static let heapCount: Int32 = 2
    /// Blocks of this size or more get mappings of their own, returned to the system when freed.
    static let largeBlockBytes: Int32 = 128 << 10

    /// Caps glibc's heaps and fixes its large-block threshold; call before the daemon starts its threads.
    static func limitHeaps() {
        _ = mallopt(M_ARENA_MAX, heapCount)
        _ = mallopt(M_MMAP_THRESHOLD, largeBlockBytes)
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
