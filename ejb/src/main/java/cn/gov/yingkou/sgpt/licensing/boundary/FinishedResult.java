package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.List;

import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * An application decided elsewhere (the provincial online service platform) and submitted finished: when it
 * was accepted, decided and the licence issued, the licence's own number and terms. It goes straight into
 * the register, and on to the push. Every field and every rule between fields is checked before any is refused.
 */
public record FinishedResult(String unitCode, String itemCode, Applicant applicant, List<String> materials,
        Instant acceptedAt, Instant decidedAt, Instant issuedAt, String licenceNumber, LicenceTerms terms,
        String messageId) {

    /** How far ahead of the platform's clock an issuer's clock may run. */
    private static final long CLOCK_SKEW_SECONDS = 300;

    public FinishedResult {
        FieldChecks checks = new FieldChecks();
        String unit = unitCode;
        String item = itemCode;
        List<String> listed = materials;
        String number = licenceNumber;
        String id = messageId;
        unitCode = checks.check("unitCode", () -> Texts.required(unit, 32, "单位代码 / unit code"));
        itemCode = checks.check("itemCode", () -> Texts.required(item, 64, "事项编码 / item code"));
        checks.require("applicant", applicant != null, "缺少申请人 / The applicant is missing");
        materials = checks.check("materials", () -> Materials.entries(listed));
        times(checks, acceptedAt, decidedAt, issuedAt);
        licenceNumber = number == null ? null : checks.check("licence.number", () -> LicenceNumbers.checked(number));
        checks.require("licence", terms != null, "缺少证照内容 / The licence is missing");
        messageId = id == null ? null : checks.check("messageId", () -> MessageIds.checked(id));
        checks.refuseIfAny();
    }

    private static void times(FieldChecks checks, Instant accepted, Instant decided, Instant issued) {
        checks.require("acceptedAt", accepted != null, "受理时间必填 / The time of acceptance is required");
        checks.require("decidedAt", decided != null, "决定时间必填 / The time of decision is required");
        checks.require("issuedAt", issued != null, "发证时间必填 / The time of issue is required");
        checks.require("decidedAt", decided == null || accepted == null || !decided.isBefore(accepted),
                "决定时间不能早于受理时间 / The decision cannot come before the acceptance");
        checks.require("issuedAt", issued == null || decided == null || !issued.isBefore(decided),
                "发证时间不能早于决定时间 / The licence cannot be issued before the decision");
        checks.require("issuedAt", issued == null || !issued.isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS)),
                "发证时间不能在将来 / The issue time cannot lie in the future");
    }
}
