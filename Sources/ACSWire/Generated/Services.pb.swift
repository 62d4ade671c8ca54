// Every acs.v1 method and the role it needs (nil: any connected caller), from `option (acs.v1.role)`.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

public import ACSCore
import CACSProto
import CProtobufC

extension ServiceCatalog {
    /// The role each method needs, by path; nil: any connected caller.
    public static let requiredRoles: [String: Role?] = [
        "/acs.v1.Accounts/SyncAccounts": .operator,
        "/acs.v1.Accounts/GetAccount": .reader,
        "/acs.v1.Accounts/ListAccounts": .reader,
        "/acs.v1.Accounts/SetHold": .operator,
        "/acs.v1.Accounts/ClearHold": .operator,
        "/acs.v1.Accounts/SetContactPreference": .operator,
        "/acs.v1.Accounts/GetPayToken": .operator,
        "/acs.v1.Accounts/ResolvePayToken": .reader,
        "/acs.v1.Accounts/RevokePayToken": .operator,
        "/acs.v1.Collections/RunCycle": .operator,
        "/acs.v1.Collections/ListTasks": .reader,
        "/acs.v1.Collections/ClaimTask": .operator,
        "/acs.v1.Collections/CompleteTask": .operator,
        "/acs.v1.Collections/PlaceAccount": .operator,
        "/acs.v1.Collections/RecallAccount": .operator,
        "/acs.v1.Collections/ListPlacements": .reader,
        "/acs.v1.Collections/ExportPlacements": .operator,
        "/acs.v1.Collections/RecordPromise": .operator,
        "/acs.v1.Collections/ListPromises": .reader,
        "/acs.v1.Collections/CreatePaymentPlan": .operator,
        "/acs.v1.Collections/GetPaymentPlan": .reader,
        "/acs.v1.Collections/CancelPaymentPlan": .operator,
        "/acs.v1.Collections/OfferSettlement": .operator,
        "/acs.v1.Collections/AcceptSettlement": .operator,
        "/acs.v1.Collections/WithdrawSettlement": .operator,
        "/acs.v1.Collections/ListSettlements": .reader,
        "/acs.v1.Collections/OpenDispute": .operator,
        "/acs.v1.Collections/SendDisputeVerification": .operator,
        "/acs.v1.Collections/ResolveDispute": .operator,
        "/acs.v1.Collections/ListDisputes": .reader,
        "/acs.v1.Collections/ImportAgencyReturn": .operator,
        "/acs.v1.Payments/PostPayment": .operator,
        "/acs.v1.Payments/PostPayments": .operator,
        "/acs.v1.Payments/ReversePayment": .operator,
        "/acs.v1.Payments/GetPayment": .reader,
        "/acs.v1.Payments/ListPayments": .reader,
        "/acs.v1.Payments/WriteOff": .admin,
        "/acs.v1.Payments/ListWriteOffs": .reader,
        "/acs.v1.Payments/ImportBankStatement": .operator,
        "/acs.v1.Payments/ListUnmatched": .reader,
        "/acs.v1.Payments/AssignUnmatched": .operator,
        "/acs.v1.Payments/IgnoreUnmatched": .operator,
        "/acs.v1.Policies/ListPolicies": .reader,
        "/acs.v1.Policies/GetPolicy": .reader,
        "/acs.v1.Policies/ReloadPolicies": .admin,
        "/acs.v1.Policies/CheckPolicy": .reader,
        "/acs.v1.Reminders/ListDueReminders": .reader,
        "/acs.v1.Reminders/GetReminder": .reader,
        "/acs.v1.Reminders/ClaimReminders": .delivery,
        "/acs.v1.Reminders/CompleteReminder": .delivery,
        "/acs.v1.Reports/Aging": .reader,
        "/acs.v1.Reports/Kpis": .reader,
        "/acs.v1.Reports/RunBureau": .operator,
        "/acs.v1.System/Health": nil,
        "/acs.v1.System/Ping": nil,
        "/acs.v1.System/Version": nil,
        "/acs.v1.System/Status": .reader,
        "/acs.v1.System/GetClock": .reader,
        "/acs.v1.System/SetClock": .admin,
        "/acs.v1.System/AdvanceClock": .admin,
        "/acs.v1.System/Backup": .admin,
        "/acs.v1.System/Metrics": .reader,
    ]

    /// The protoc-c descriptor of every service, by proto file name.
    static var descriptors: [ProtobufCServiceDescriptor] {
        [
            acs__v1__accounts__descriptor,
            acs__v1__collections__descriptor,
            acs__v1__payments__descriptor,
            acs__v1__policies__descriptor,
            acs__v1__reminders__descriptor,
            acs__v1__reports__descriptor,
            acs__v1__system__descriptor,
        ]
    }
}
