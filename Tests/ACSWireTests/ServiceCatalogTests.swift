import ACSWire
import Testing

@Suite("Service catalog")
struct ServiceCatalogTests {
    @Test("the v1 surface names all seven services")
    func services() {
        #expect(Set(ServiceCatalog.serviceNames) == [
            "acs.v1.Accounts", "acs.v1.Payments", "acs.v1.Reminders", "acs.v1.Policies",
            "acs.v1.Collections", "acs.v1.Reports", "acs.v1.System",
        ])
    }

    @Test("typed methods exist in the contract")
    func typedMethods() {
        let paths = [
            Methods.System.health.path, Methods.System.ping.path, Methods.System.version.path,
            Methods.System.status.path, Methods.System.getClock.path, Methods.System.setClock.path,
            Methods.System.advanceClock.path,
        ]
        #expect(Set(paths).isSubset(of: ServiceCatalog.methodPaths))
        #expect(ServiceCatalog.methodPaths.contains("/acs.v1.Payments/PostPayment"))
        #expect(ServiceCatalog.methodPaths.contains("/acs.v1.Collections/RunCycle"))
    }
}
