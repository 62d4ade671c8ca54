import ACSCore
@testable import ACSDaemon
import ACSStore
import ACSWire
import Testing

/// Every closed set of the domain maps to its v1 enum by name and back: the proto is the one
/// list of the wire values, and a domain case without a wire value would go out as UNSPECIFIED.
@Suite struct WireEnumTests {
    /// Each domain value has a wire value other than UNSPECIFIED that maps back to it.
    func roundTrips<Value: RawRepresentable<String> & CaseIterable & Equatable, Wire: ProtoEnum>(
        _: Value.Type, _: Wire.Type, except: [Value] = []
    ) {
        for value in Value.allCases where !except.contains(value) {
            let wire: Wire = WireMapping.wire(value)
            #expect(wire.name != "unspecified", "\(Value.self).\(value) has no \(Wire.self) value")
            #expect(WireMapping.domain(wire) == value, "\(Wire.self).\(wire) does not map back to \(Value.self).\(value)")
        }
        #expect(WireMapping.domain(Wire.allCases.first { $0.name == "unspecified" }!) as Value? == nil)
    }

    @Test func everyClosedSetHasItsWireValues() {
        roundTrips(ContactChannel.self, V1.Channel.self)
        roundTrips(ContactChangeKind.self, V1.ContactChange.self)
        roundTrips(ObligationKind.self, V1.ObligationKind.self)
        roundTrips(HoldKind.self, V1.HoldKind.self)
        roundTrips(ReversalReason.self, V1.ReversalReason.self)
        roundTrips(ReminderStatus.self, V1.ReminderStatus.self)
        roundTrips(ReminderOutcome.self, V1.ReminderOutcome.self)
        roundTrips(ReminderCancelReason.self, V1.CancelReason.self, except: [.cured])
        roundTrips(GateCheckpoint.self, V1.GateCheckpoint.self)
        roundTrips(Urgency.self, V1.Urgency.self)
        roundTrips(ComplianceProfile.self, V1.ComplianceProfile.self)
        roundTrips(TaskStatus.self, V1.TaskStatus.self)
        roundTrips(TaskOutcome.self, V1.TaskOutcome.self)
        roundTrips(PlacementStatus.self, V1.PlacementStatus.self)
        roundTrips(RecallReason.self, V1.RecallReason.self)
        roundTrips(PromiseState.self, V1.PromiseStatus.self)
        roundTrips(PlanState.self, V1.PlanStatus.self)
        roundTrips(SettlementStatus.self, V1.SettlementStatus.self)
        roundTrips(WriteOffReason.self, V1.WriteOffReason.self)
        roundTrips(DisputeStatus.self, V1.DisputeStatus.self)
        roundTrips(UnmatchedStatus.self, V1.UnmatchedStatus.self)
        roundTrips(DisputeReason.self, V1.DisputeReason.self)
        roundTrips(DisputeChannel.self, V1.DisputeChannel.self)
        roundTrips(AgencyReturnKind.self, V1.AgencyReturnKind.self)
    }

    @Test func aCuredAccountsRemindersWereCancelledByPayment() {
        #expect(WireMapping.cancelReason(.cured) == .payment)
    }
}
