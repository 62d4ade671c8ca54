import CMalloc
import Logging
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#endif

/// `RLIMIT_NOFILE` as setrlimit takes it (glibc declares it as an enum).
private let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)

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

    /// Raises the soft limit on open files to the hard one when `connections` (plus the database,
    /// the journal and a margin) would not fit under it: systemd's default soft limit is 1024.
    static func raiseDescriptorLimit(toServe connections: Int, logger: Logger) {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE_VALUE, &limit) == 0 else { return }
        let needed = rlim_t(connections + descriptorMargin)
        guard limit.rlim_cur < needed else { return }
        limit.rlim_cur = min(limit.rlim_max, max(needed, limit.rlim_cur))
        _ = setrlimit(RLIMIT_NOFILE_VALUE, &limit)
        if limit.rlim_cur < needed {
            logger.warning("the open-file limit (\(limit.rlim_cur)) is below max_connections + \(descriptorMargin); raise LimitNOFILE")
        }
    }

    /// Descriptors acsd needs beside its connections: database, WAL, journal, listener, eventfds.
    static let descriptorMargin = 64

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
