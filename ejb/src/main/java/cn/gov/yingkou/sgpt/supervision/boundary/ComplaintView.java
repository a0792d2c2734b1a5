package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;

/**
 * A complaint as its department and oversight read it. The complainant's phone is shown in full to the department that
 * handles it (and recorded as a read of personal data), masked to oversight.
 */
public record ComplaintView(long id, String reference, ComplaintKind kind, ComplaintChannel channel,
        String sourceReference, String licenceNumber, String subjectName, String content, String complainantName,
        String complainantPhone, String departmentCode, Long fileId, Instant receivedAt, ComplaintStatus status,
        Instant answerDueAt, String answer, Instant answeredAt, String answeredBy) {
}
