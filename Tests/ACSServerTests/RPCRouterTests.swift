import ACSCore
import ACSServer
import ACSWire
import Testing

@Suite("RPC router")
struct RPCRouterTests {
    @Test("a v1 method without a handler answers UNIMPLEMENTED, not implemented yet; an unknown path, unknown method")
    func unregistered() {
        let router = RPCRouter()
        guard case .failure(let missing) = router.route("/acs.v1.System/Health"), case .failure(let unknown) = router.route("/acs.v1.Nope/Nothing") else {
            Issue.record("an empty router routed a call")
            return
        }
        #expect(missing.code == .unimplemented && missing.message.contains("not implemented yet"))
        #expect(unknown.code == .unimplemented && unknown.message.contains("unknown method"))
    }
}
