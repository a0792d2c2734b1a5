package cn.gov.yingkou.sgpt.penalty.boundary;

import java.time.LocalDate;

/**
 * A penalty decision that touches a licence, as a department's clerk or its penalty system reports it (Art 19): the
 * decision's number and date, the facts found, the legal basis, the penalty imposed, and what it requires of the
 * licence (with the end of a suspension). {@code messageId} is the calling system's id for the message; the portal
 * gives one per form.
 */
public record NewPenaltyDecision(String messageId, String decisionNumber, LocalDate decidedOn, String licenceNumber,
        String facts, String legalBasis, String penalty, LicenceMeasure measure, LocalDate suspendedUntil) {
}
