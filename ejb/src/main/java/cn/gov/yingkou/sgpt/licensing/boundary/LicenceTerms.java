package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * What a licence grants and how it is certified: the scope, the validity (no end date for a licence without
 * one), and the certificate — a printed standard form with its stock number, or an electronic licence
 * with its identifier (GB/T 36903 style: letters, digits, dots and hyphens).
 */
public record LicenceTerms(String scope, LocalDate validFrom, LocalDate validUntil, CertificateForm form,
        String certificateRef) {

    public LicenceTerms {
        scope = Texts.required(scope, 2000, "许可范围 / scope");
        if (validFrom == null) {
            throw new IllegalArgumentException("有效期起始日必填 / The start of validity is required");
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("有效期截止日须晚于起始日 / The validity must end after it starts");
        }
        if (form == null) {
            throw new IllegalArgumentException("证照形式必填（PAPER 或 ELECTRONIC）/ The certificate form is required (PAPER or "
                    + "ELECTRONIC)");
        }
        certificateRef = Texts.required(certificateRef, 64, form == CertificateForm.PAPER
                ? "制式证照印制编号 / stock number of the printed form" : "电子证照标识 / electronic licence identifier");
        if (!certificateRef.matches("[0-9A-Za-z.\\-]+")) {
            throw new IllegalArgumentException("证照编号只能含字母、数字、点和连字符：" + certificateRef
                    + " / A certificate reference holds letters, digits, dots and hyphens only: " + certificateRef);
        }
    }
}
