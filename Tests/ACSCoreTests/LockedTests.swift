import ACSCore
import Testing

@Suite("Locked")
struct LockedTests {
    @Test("increments from many threads at once are all counted, and a thrown error leaves the lock free")
    func concurrentIncrements() async throws {
        let counter = Locked(0)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<10_000 { counter.withLock { $0 += 1 } } }
            }
        }
        #expect(counter.withLock { $0 } == 80_000)

        struct Refused: Error {}
        #expect(throws: Refused.self) { try counter.withLock { (_: inout Int) throws(Refused) in throw Refused() } }
        #expect(counter.withLock { value -> Int in value += 1; return value } == 80_001)
    }
}
