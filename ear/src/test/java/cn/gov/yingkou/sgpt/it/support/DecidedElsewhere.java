package cn.gov.yingkou.sgpt.it.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResult;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;

/**
 * A result decided on the provincial platform, as the tests submit one: a shop of the city, accepted eight days
 * and decided one day before the licence was issued, on a paper certificate. In-container tests and the
 * fixtures deploy it with them.
 */
public final class DecidedElsewhere {

    public static final String FOOD_SALES = "000105001000";
    public static final String DRUG_RETAIL = "000105002000";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private DecidedElsewhere() {
    }

    public static FinishedResult shop(String item, String scope, String holder, String licence, Instant issuedAt) {
        return new FinishedResult("210800", item, new Applicant(ApplicantKind.ORGANISATION, "91350100M000100Y43", holder,
                "王店长", "0417-2801234"), List.of("申请书", "营业执照"), issuedAt.minus(8, ChronoUnit.DAYS),
                issuedAt.minus(1, ChronoUnit.DAYS), issuedAt, licence, new LicenceTerms(scope,
                        LocalDate.ofInstant(issuedAt, BEIJING), null, CertificateForm.PAPER, "No." + licence), null);
    }
}
