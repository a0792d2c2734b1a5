package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the complainant reads with the reference and the code given when lodging: the department's name, when it was
 * received and must be answered, and the answer. No personal data, no internal identifiers.
 */
public record ComplaintLookup(String reference, ComplaintKind kind, String departmentNameZh, String departmentNameEn,
        LocalDate receivedOn, LocalDate answerDueOn, ComplaintStatus status, String answer, Instant answeredAt) {
}
