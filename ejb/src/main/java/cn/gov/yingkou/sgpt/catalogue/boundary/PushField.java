package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.EnumSet;
import java.util.Set;

/** The fields of an approval result that a push can carry (Art 8 ¶1: 审批结果信息推送清单). */
public enum PushField {
    ITEM_NAME, APPLICANT_NAME, APPLICANT_ID, CONTACT, MATERIALS, DECISION, LICENCE_NUMBER, LICENCE_SCOPE,
    VALIDITY, CERTIFICATE;

    /** What every push carries at least: the item, the applicant, the contact, the materials and the result. */
    public static Set<PushField> required() {
        return EnumSet.of(ITEM_NAME, APPLICANT_NAME, CONTACT, MATERIALS, DECISION);
    }
}
