package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.yingkou.sgpt.shared.Masking;

/** A licence as the register, the certificate and the interfaces show it; {@code suspendedUntil} while suspended. */
public record LicenceView(String number, String applicationNumber, String unitCode, String issuingDepartmentCode,
        String itemCode, String itemName, ApplicantKind holderKind, String holderId, String holderName, String scope,
        LocalDate validFrom, LocalDate validUntil, CertificateForm form, String certificateRef, LicenceStatus status,
        String statusReason, Instant issuedAt, String issuedBy, Instant changedAt, LocalDate suspendedUntil) {

    /** As those without a need to know see it: a person's ID number masked (an organisation's code is public). */
    public LicenceView masked() {
        return holdsPersonalData() ? new LicenceView(number, applicationNumber, unitCode, issuingDepartmentCode, itemCode,
                itemName, holderKind, Masking.identifier(holderId), holderName, scope, validFrom, validUntil, form,
                certificateRef, status, statusReason, issuedAt, issuedBy, changedAt, suspendedUntil) : this;
    }

    public boolean holdsPersonalData() {
        return holderKind == ApplicantKind.PERSON;
    }
}
