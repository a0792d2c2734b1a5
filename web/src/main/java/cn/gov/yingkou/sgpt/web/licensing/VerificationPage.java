package cn.gov.yingkou.sgpt.web.licensing;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceVerification;
import cn.gov.yingkou.sgpt.web.duty.DutyFormat;

/** The public page a certificate's QR code leads to (verify.xhtml?c=…): open to anyone, it names no one's identifiers. */
@Named
@RequestScoped
public class VerificationPage {

    @Inject
    LicenceVerification verification;

    @Inject
    DutyFormat format;

    private String code;
    private LicenceVerification.Verified licence;

    public void open() {
        licence = verification.verify(code).orElse(null);
    }

    /** Whether the licence holds today: in force and within its validity. */
    public boolean isHolds() {
        return licence != null && licence.status() == LicenceStatus.VALID && !licence.pastValidity();
    }

    public String getCheckedAt() {
        return format.time(Instant.now());
    }

    public LicenceVerification.Verified getLicence() { return licence; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
