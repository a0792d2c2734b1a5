package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action taken on a licence, as its history shows it: what the bureau decided under which document, the licence's
 * status before and after, what a change changed (as {@code before} and {@code after}, JSON of the changed terms), the
 * penalty hand-over it answers.
 */
public record LicenceActionView(long id, String licenceNumber, String departmentCode, LicenceActionKind kind,
        String documentNumber, LocalDate decidedOn, String reason, String legalBasis, LicenceStatus statusBefore,
        LicenceStatus statusAfter, String before, String after, LocalDate suspendedUntil, Long answers,
        Instant recordedAt, String recordedBy) {
}
