package cn.gov.yingkou.sgpt.ws.transfer;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;

/** A transfer as a case system sends it in JSON: {@code foundOn} yyyy-MM-dd, {@code partyKind} ORGANISATION or PERSON. */
public record TransferBody(String messageId, String toDepartmentCode, String facts, String place, String foundOn,
        String partyKind, String partyName, String partyId, String provision, String licenceNumber,
        String supervisionRecord) {

    NewTransfer toNewTransfer() {
        FieldChecks checks = new FieldChecks();
        LocalDate found = Params.date(checks, "foundOn", foundOn);
        ApplicantKind kind = partyKind == null || partyKind.isBlank() ? null
                : checks.check("partyKind", () -> Params.oneOf(ApplicantKind.class, "partyKind", partyKind));
        checks.refuseIfAny();
        return new NewTransfer(messageId, toDepartmentCode, facts, place, found, kind, partyName, partyId, provision,
                licenceNumber, supervisionRecord);
    }
}
