package cn.gov.yingkou.sgpt.penalty.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded penalty decision: who decided it and what, the licence it touches (its holder and item), and the
 * hand-over that carries it to the approval bureau that issued the licence ({@code handoverId}; its status, clocks and
 * proof are the exchange's).
 */
public record PenaltyDecisionView(long id, String messageId, String departmentCode, String unitCode,
        String decisionNumber, LocalDate decidedOn, String licenceNumber, String holderName, String itemCode,
        String bureauCode, String facts, String legalBasis, String penalty, LicenceMeasure measure,
        LocalDate suspendedUntil, long handoverId, Instant recordedAt, String recordedBy) {
}
