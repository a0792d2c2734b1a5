package cn.gov.yingkou.sgpt.transfer.boundary;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;

/**
 * A violation found outside the finder's remit, to be transferred (Art 20): the facts, where and when, the party (an
 * organisation by credit code, a person by identity number), the provision thought breached, the receiving department
 * (any department of any unit) and, if it arose from one, the licence or supervision record. {@code messageId} is the
 * calling system's id for the message; the portal gives one per form.
 */
public record NewTransfer(String messageId, String toDepartmentCode, String facts, String place, LocalDate foundOn,
        ApplicantKind partyKind, String partyName, String partyId, String provision, String licenceNumber,
        String supervisionRecord) {
}
