package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;

/**
 * An approval bureau's action on a licence, as a clerk or the bureau's system gives it: the kind, the decision
 * document's number and date, the reasons and legal basis; for a change the new scope, end of validity or
 * certificate (blank: unchanged); for a suspension its end; {@code answers} the penalty hand-over it answers, if it
 * does; {@code messageId} the calling system's id for the message (none from the portal).
 */
public record LicenceActionRequest(LicenceActionKind kind, String documentNumber, LocalDate decidedOn, String reason,
        String legalBasis, String newScope, LocalDate newValidUntil, String newCertificateRef, LocalDate suspendedUntil,
        Long answers, String messageId) {
}
