package cn.gov.yingkou.sgpt.licensing.boundary;

import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * Who applies: an organisation or a person, identified by the check-digit-verified identifier of its kind,
 * with a name and the contact the approval bureau and later the supervising department use.
 */
public record Applicant(ApplicantKind kind, String identifier, String name, String contactName, String contactPhone) {

    public Applicant {
        FieldChecks checks = new FieldChecks();
        ApplicantKind k = kind;
        String id = identifier;
        checks.check("kind", () -> {
            if (k == null) {
                throw new IllegalArgumentException("申请人类型必填（ORGANISATION 或 PERSON）/ The applicant kind is required "
                        + "(ORGANISATION or PERSON)");
            }
            return k;
        });
        identifier = k == null ? identifier : checks.check("id",
                () -> k.requireIdentifier(id, Beijing.today()));
        String n = name;
        name = checks.check("name", () -> Texts.required(n, 200, "申请人名称 / applicant name"));
        String c = contactName;
        contactName = checks.check("contactName", () -> Texts.required(c, 100, "联系人 / contact name"));
        String phone = contactPhone;
        contactPhone = checks.check("contactPhone", () -> {
            String p = Texts.required(phone, 40, "联系电话 / contact phone");
            if (!p.matches("[0-9+()\\- ]{5,40}")) {
                throw new IllegalArgumentException("联系电话格式不正确：" + p + " / The contact phone is not a phone number: " + p);
            }
            return p;
        });
        checks.refuseIfAny();
    }
}
