package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * What a licence grants and how it is certified: the scope, the validity (no end date for a licence without
 * one), and the certificate — a printed standard form with its stock number, or an electronic licence
 * with its identifier (GB/T 36903 style: letters, digits, dots and hyphens). Every bad field is refused at once.
 */
public record LicenceTerms(String scope, LocalDate validFrom, LocalDate validUntil, CertificateForm form,
        String certificateRef) {

    public LicenceTerms {
        FieldChecks checks = new FieldChecks();
        String s = scope;
        scope = checks.check("scope", () -> Texts.required(s, 2000, "许可范围 / scope"));
        checks.require("validFrom", validFrom != null, "有效期起始日必填 / The start of validity is required");
        checks.require("validUntil", validUntil == null || validFrom == null || validUntil.isAfter(validFrom),
                "有效期截止日须晚于起始日 / The validity must end after it starts");
        checks.require("form", form != null, "证照形式必填（PAPER 或 ELECTRONIC）/ The certificate form is required (PAPER or "
                + "ELECTRONIC)");
        String ref = certificateRef;
        CertificateForm f = form;
        certificateRef = checks.check("certificateRef", () -> reference(ref, f));
        checks.refuseIfAny();
    }

    private static String reference(String ref, CertificateForm form) {
        String given = Texts.required(ref, 64, form == CertificateForm.PAPER ? "制式证照印制编号 / stock number of the printed form"
                : form == CertificateForm.ELECTRONIC ? "电子证照标识 / electronic licence identifier" : "证照编号 / certificate reference");
        if (!given.matches("[0-9A-Za-z.\\-]+")) {
            throw new IllegalArgumentException("证照编号只能含字母、数字、点和连字符：" + given
                    + " / A certificate reference holds letters, digits, dots and hyphens only: " + given);
        }
        return given;
    }
}
