package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;

import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

/**
 * A hand-over as the inbox, the outbox and the interfaces show it (a push, for results); {@code payload} is the
 * document's fields as JSON (a result's: the push list's);
 * {@code dueAt} and {@code overdue} are of whichever clock runs on it now (push or sign). For a receipt signed off the
 * platform {@code signedBy} names the department's signer and {@code receiptRecordedBy} who entered it. {@code kind} and
 * {@code documentNumber} say what is handed over (a result's document is its application); {@code answers} is the
 * hand-over it answers (a licence action answers a penalty decision).
 */
public record PushView(long id, String messageId, String unitCode, String licenceNumber, String applicationNumber,
        String itemCode, String fromDepartmentCode, String toDepartmentCode, String payload, PushStatus status,
        Instant issuedAt, Instant pushedAt, String pushedBy, Instant signedAt, String signedBy, Instant returnedAt,
        String returnReason, Instant dueAt, Instant changedAt, String handedOverBy, String agreedManner,
        String agreedWith, Instant agreedDueAt, String receiptRecordedBy, boolean overdue, DocumentKind kind,
        String documentNumber, Long answers, Instant withdrawnAt, String withdrawReason) {

    /** The same push carrying another form of its payload (a masked one). */
    public PushView withPayload(String shown) {
        return new PushView(id, messageId, unitCode, licenceNumber, applicationNumber, itemCode, fromDepartmentCode,
                toDepartmentCode, shown, status, issuedAt, pushedAt, pushedBy, signedAt, signedBy, returnedAt, returnReason,
                dueAt, changedAt, handedOverBy, agreedManner, agreedWith, agreedDueAt, receiptRecordedBy, overdue, kind,
                documentNumber, answers, withdrawnAt, withdrawReason);
    }
}
