package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;

/**
 * A push as the inbox, the outbox and the interfaces show it; {@code payload} is the push list's fields as JSON;
 * {@code dueAt} and {@code overdue} are of whichever clock runs on it now (push or sign). For a receipt signed off the
 * platform {@code signedBy} names the department's signer and {@code receiptRecordedBy} who entered it.
 */
public record PushView(long id, String messageId, String unitCode, String licenceNumber, String applicationNumber,
        String itemCode, String fromDepartmentCode, String toDepartmentCode, String payload, PushStatus status,
        Instant issuedAt, Instant pushedAt, String pushedBy, Instant signedAt, String signedBy, Instant returnedAt,
        String returnReason, Instant dueAt, Instant changedAt, String handedOverBy, String agreedManner,
        String agreedWith, Instant agreedDueAt, String receiptRecordedBy, boolean overdue) {

    /** The same push carrying another form of its payload (a masked one). */
    public PushView withPayload(String shown) {
        return new PushView(id, messageId, unitCode, licenceNumber, applicationNumber, itemCode, fromDepartmentCode,
                toDepartmentCode, shown, status, issuedAt, pushedAt, pushedBy, signedAt, signedBy, returnedAt, returnReason,
                dueAt, changedAt, handedOverBy, agreedManner, agreedWith, agreedDueAt, receiptRecordedBy, overdue);
    }
}
