package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * Who applies: an organisation or a person, identified by the check-digit-verified identifier of its kind,
 * with a name and the contact the approval bureau and later the supervising department use.
 */
public record Applicant(ApplicantKind kind, String identifier, String name, String contactName, String contactPhone) {

    public Applicant {
        if (kind == null) {
            throw new IllegalArgumentException("申请人类型必填（ORGANISATION 或 PERSON）/ The applicant kind is required "
                    + "(ORGANISATION or PERSON)");
        }
        identifier = kind.requireIdentifier(identifier, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        name = Texts.required(name, 200, "申请人名称 / applicant name");
        contactName = Texts.required(contactName, 100, "联系人 / contact name");
        contactPhone = Texts.required(contactPhone, 40, "联系电话 / contact phone");
        if (!contactPhone.matches("[0-9+()\\- ]{5,40}")) {
            throw new IllegalArgumentException("联系电话格式不正确：" + contactPhone + " / The contact phone is not a phone number: "
                    + contactPhone);
        }
    }
}
