package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.licensing.entity.ResidentIdNumber;
import cn.gov.yingkou.sgpt.licensing.entity.UnifiedSocialCreditCode;

/** Who applies or holds a licence: an organisation by its credit code, or a person by identity number. */
public enum ApplicantKind {
    /** 法人和其他组织：统一社会信用代码 (GB 32100). */
    ORGANISATION,
    /** 自然人：公民身份号码 (GB 11643). */
    PERSON;

    /** The identifier, normalised, or a refusal naming what is wrong with it. */
    public String requireIdentifier(String raw, LocalDate today) {
        return this == ORGANISATION ? UnifiedSocialCreditCode.require(raw) : ResidentIdNumber.require(raw, today);
    }
}
