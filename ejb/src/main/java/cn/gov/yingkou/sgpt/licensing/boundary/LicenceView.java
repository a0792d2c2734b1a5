package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A licence as the register, the certificate and the interfaces show it. */
public record LicenceView(String number, String applicationNumber, String unitCode, String issuingDepartmentCode,
        String itemCode, String itemName, ApplicantKind holderKind, String holderId, String holderName, String scope,
        LocalDate validFrom, LocalDate validUntil, CertificateForm form, String certificateRef, LicenceStatus status,
        String statusReason, Instant issuedAt, String issuedBy, Instant changedAt) {
}
