/// The `ACS_*` journal fields and what each holds: the one place they are documented.
public enum AuditField {
    /// Field name (without `ACS_`) → meaning.
    public static let documentation: [(name: String, meaning: String)] = [
        ("EVENT", "The event type, e.g. payment.posted (every entry)."),
        ("CALLER_UID", "User id of the process that made the call (SO_PEERCRED)."),
        ("CALLER_GID", "Group id of the process that made the call."),
        ("CALLER_PID", "Process id of the process that made the call."),
        ("REQUEST_ID", "acsd's id of the call, also in its answer (ResponseFrame.request_id): journalctl ACS_REQUEST_ID=… finds a call's entries."),
        ("ACCOUNT", "acsd's account id: journalctl ACS_ACCOUNT=ID is the account's history."),
        ("AMOUNT_MINOR", "An amount in minor units of ACS_CURRENCY (1234 USD = 12.34 USD)."),
        ("CURRENCY", "ISO 4217 currency code of ACS_AMOUNT_MINOR."),
        ("CREDIT_MINOR", "What became (or stopped being) credit, in minor units."),
        ("PAYMENT", "acsd's payment id."),
        ("RETURN_CODE", "A returned payment's or chargeback's code from the bank or card network (e.g. ACH R01); empty when none was given."),
        ("IDEMPOTENCY_KEY", "The poster's idempotency key of the payment."),
        ("REASON", "Why, as the caller or acsd said."),
        ("HOLD", "The hold kind: dispute, cease, bankruptcy, deceased, attorney, breathing_space."),
        ("HOLD_ID", "acsd's hold id."),
        ("OBLIGATION", "The obligation's external id, when the event concerns one (comma-separated for a dispute of several)."),
        ("EFFECTIVE_ON", "The day a hold takes effect from (YYYY-MM-DD)."),
        ("ENDS_ON", "The day a hold ends by itself (YYYY-MM-DD, exclusive); empty: until cleared."),
        ("VALIDATION_ENDS_ON", "The last day of the validation period (YYYY-MM-DD); on a dispute hold, set only when the dispute came inside it."),
        ("ITEMIZATION_DATE", "A validation notice's itemization date: the oldest unpaid due date (YYYY-MM-DD)."),
        ("AMOUNT_THEN_MINOR", "What was owed on the itemization date, in minor units of ACS_CURRENCY."),
        ("INTEREST_MINOR", "Interest charged since the itemization date, in minor units."),
        ("FEES_MINOR", "Fees charged since the itemization date, in minor units."),
        ("PAYMENTS_MINOR", "Payments applied since the itemization date, in minor units."),
        ("CREDITS_MINOR", "Credits and other reductions since the itemization date, in minor units."),
        ("SENT_ON", "The day a validation notice is sent (YYYY-MM-DD)."),
        ("BUREAU", "The credit bureau, as policies name it."),
        ("RUN", "A bureau run's id."),
        ("STATUS_CODE", "The Metro 2 account status code furnished: 11 current, 71 to 84 by days past due, 13 paid."),
        ("DISPUTED", "1 when the debt was furnished as disputed (compliance condition XB), else 0."),
        ("RECEIPT_ON", "The day a validation notice is assumed received: 5 business days after sending (YYYY-MM-DD)."),
        ("CHANGE", "The contact change: opt_out, opt_in, grant_consent, revoke_consent, set_inconvenient_times."),
        ("CHANNEL", "The contact channel: email, sms, voice, letter."),
        ("PHONE", "The phone number concerned (E.164), when one."),
        ("SOURCE", "Where it came from: a source system's name, or how a contact change reached acs."),
        ("RECORDS", "Records in a sync batch or a bureau run."),
        ("CREATED", "Accounts created by a sync batch."),
        ("UPDATED", "Accounts updated by a sync batch."),
        ("UNCHANGED", "Records of a sync batch that changed nothing."),
        ("STALE", "Records of a sync batch older than what is stored."),
        ("REJECTED", "Records of a sync batch refused as invalid."),
        ("SOCKET", "The socket acsd listens on."),
        ("DATABASE", "The SQLite database file."),
        ("CONFIG", "The configuration file."),
        ("GENERATION", "How many times the configuration was loaded."),
        ("CLOCK_FROM", "The simulated clock before the change (RFC 3339)."),
        ("CLOCK_TO", "The simulated clock after the change (RFC 3339)."),
        ("METHOD", "The method called, e.g. /acs.v1.Payments/PostPayment."),
        ("ROLE", "The role the method needs."),
        ("CALLER_NAME", "The calling process's name (comm), when it could be read."),
        ("FAILURES", "How many accepts have failed since acsd started."),
        ("REMINDER", "acsd's reminder id."),
        ("STAGE", "The policy stage that owed the reminder."),
        ("RULE", "The COMPLIANCE.md rule id that deferred or suppressed a contact, e.g. TIME-WINDOW."),
        ("UNTIL", "The instant a deferred or retried reminder may go out (RFC 3339)."),
        ("ZONES", "The time zones the gate judged a contact's window in, space-separated (several under TIME-UNKNOWN)."),
        ("DETAIL", "Details for people: the gate's explanation, or the delivery service's message."),
        ("OUTCOME", "The delivery outcome: delivered, conversation, failed, failed_permanently, opted_out."),
        ("CLAIMER", "The delivery service that claimed the reminder, as it named itself."),
        ("CYCLE", "The engine cycle's id."),
        ("EVALUATED", "Accounts a cycle evaluated."),
        ("SCHEDULED", "Reminders a cycle put in the outbox."),
        ("DEFERRED", "Reminders the gate deferred at scheduling."),
        ("SUPPRESSED", "Reminders the gate suppressed at scheduling."),
        ("CANCELLED", "Reminders cancelled."),
        ("CURED", "Accounts that left their policy paid in full."),
        ("POLICY_VERSION", "The version (digest) of the policy set."),
        ("POLICIES", "How many policies are in force."),
        ("TASK", "acsd's task id."),
        ("QUEUE", "The work queue of a task."),
        ("PLACEMENT", "acsd's placement id."),
        ("AGENCY", "The collection agency's name, as in the configuration."),
        ("EXPORT", "The id of the placement file (export) a placement went out in."),
        ("TASKS_CANCELLED", "Open tasks a placement cancelled."),
        ("PROMISE", "acsd's promise id."),
        ("SETTLEMENT", "acsd's settlement id."),
        ("BALANCE_MINOR", "What a settlement covers: the balance owed in ACS_CURRENCY when it was offered, in minor units."),
        ("DISCOUNT_BP", "A settlement's discount on the balance, in basis points (2500 = 25%)."),
        ("EXPIRES_ON", "The last day a settlement may be paid (YYYY-MM-DD, the debtor's zone)."),
        ("WRITE_OFF", "acsd's write-off id."),
        ("STATUS", "A settlement's new status (accepted, paid, expired, withdrawn, broken), a dispute's (verification_sent, upheld, rejected), an agency's status of a placed account, or an unmatched bank entry's (assigned, ignored)."),
        ("REFERENCE", "The agency's reference of a record of its return file, or the bank's reference of a statement entry."),
        ("BANK_ACCOUNT", "The bank account of a statement entry (IBAN or account number)."),
        ("UNMATCHED", "acsd's id of an entry of the unmatched queue."),
        ("GATEWAY", "The payment gateway of a webhook acs-gateway received: stripe or adyen."),
        ("GATEWAY_EVENT", "The gateway's id of the webhook's event (Stripe evt_…, Adyen pspReference); empty when the body could not be read."),
        ("HTTP_STATUS", "The HTTP status acs-gateway answered the webhook with."),
        ("BYTES", "A backup copy's size in bytes."),
        ("SCHEMA", "A backup copy's newest migration."),
        ("ACCOUNTS", "Accounts in a backup copy."),
        ("PAYMENTS", "Payments in a backup copy."),
        ("DISPUTE", "acsd's dispute id."),
        ("RECEIVED_VIA", "How a dispute reached the creditor: phone, email, letter, portal, agency."),
        ("DISPUTANT", "Who disputes, as recorded: the debtor, or a representative with their relationship."),
        ("DOCUMENT", "Where the verification of a disputed debt sent to the debtor is kept (a document reference)."),
        ("REVERSED", "1 when the entry reverses an earlier write-off, else 0."),
        ("PROMISED_ON", "The day a promise to pay is due (YYYY-MM-DD, the debtor's zone)."),
        ("FEE", "The external id of the fee obligation charged."),
        ("PLAN", "acsd's payment plan id."),
        ("RATE_BP", "A yearly interest rate in basis points (800 is 8 %)."),
        ("THROUGH", "The last day (YYYY-MM-DD) interest was accrued for."),
        ("INSTALMENTS", "How many instalments a payment plan has."),
    ]

    /// The fields every entry caused by a call carries.
    public static let callerFields = ["CALLER_UID", "CALLER_GID", "CALLER_PID", "REQUEST_ID"]

    /// The meaning of `name`, or nil when it is not documented.
    public static func meaning(of name: String) -> String? {
        documentation.first { $0.name == name }?.meaning
    }
}

/// Renders the event list into a journald message catalog and a Markdown page.
public enum AuditCatalog {
    /// `systemd/acsd.catalog`: `journalctl -x` explains each entry from it.
    public static func journaldCatalog() -> String {
        var text = "# acsd audit events: generated from AuditEventKind.all by `acsd --print-audit-catalog`; do not edit.\n"
        for kind in AuditEventKind.all {
            text += "\n-- \(kind.messageID)\nSubject: acsd \(kind.name)\nDefined-By: acs\n\n\(kind.summary)\n"
            let fields = ["EVENT"] + kind.fields
            text += "\nFields: " + fields.map { "ACS_\($0)" }.joined(separator: ", ") + "; entries caused by a call add ACS_CALLER_UID, ACS_CALLER_GID, ACS_CALLER_PID and ACS_REQUEST_ID.\n"
        }
        return text
    }

    /// `docs/AUDIT.md`.
    public static func markdown() -> String {
        var text = """
            # acsd audit events

            Generated from `AuditEventKind.all` by `acsd --print-audit-doc`; do not edit.
            Every entry has `SYSLOG_IDENTIFIER=acsd`, a fixed `MESSAGE_ID` per event type,
            `PRIORITY`, `MESSAGE` and `ACS_EVENT`. Entries caused by a call also carry the
            caller (`ACS_CALLER_UID`, `ACS_CALLER_GID`, `ACS_CALLER_PID`) and the call's
            `ACS_REQUEST_ID`, which the caller also gets in the answer. Read them with
            `journalctl SYSLOG_IDENTIFIER=acsd ACS_EVENT=payment.posted` or
            `journalctl SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT=ID`.

            | event | MESSAGE_ID | priority | fields | meaning |
            |---|---|---|---|---|

            """
        for kind in AuditEventKind.all {
            let fields = kind.fields.map { "`ACS_\($0)`" }.joined(separator: ", ")
            text += "| `\(kind.name)` | `\(kind.messageID)` | \(kind.priority) | \(fields.isEmpty ? "–" : fields) | \(kind.summary) |\n"
        }
        text += "\n## Fields\n\n| field | meaning |\n|---|---|\n"
        for field in AuditField.documentation {
            text += "| `ACS_\(field.name)` | \(field.meaning) |\n"
        }
        return text
    }
}
