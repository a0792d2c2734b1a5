package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.List;

import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * An application as it arrives: for which item of which unit, from whom, with which materials; and the
 * message id the calling system gave it (null from the portal), so that sending it again changes nothing.
 */
public record NewApplication(String unitCode, String itemCode, Applicant applicant, List<String> materials,
        String messageId) {

    public NewApplication {
        FieldChecks checks = new FieldChecks();
        String unit = unitCode;
        String item = itemCode;
        List<String> listed = materials;
        String id = messageId;
        unitCode = checks.check("unitCode", () -> Texts.required(unit, 32, "单位代码 / unit code"));
        itemCode = checks.check("itemCode", () -> Texts.required(item, 64, "事项编码 / item code"));
        checks.require("applicant", applicant != null, "缺少申请人 / The applicant is missing");
        materials = checks.check("materials", () -> Materials.entries(listed));
        messageId = id == null ? null : checks.check("messageId", () -> MessageIds.checked(id));
        checks.refuseIfAny();
    }
}
