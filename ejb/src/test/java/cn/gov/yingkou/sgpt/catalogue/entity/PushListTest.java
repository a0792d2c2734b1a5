package cn.gov.yingkou.sgpt.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;

class PushListTest {

    @Test
    void aPushCarriesAtLeastItemApplicantContactMaterialsAndResult() {
        PushList list = new PushList(1, "000105001000");
        for (PushField required : PushField.required()) {
            EnumSet<PushField> without = EnumSet.allOf(PushField.class);
            without.remove(required);
            var refused = assertThrows(IllegalArgumentException.class,
                    () -> list.define(without, 12, true, "spj.clerk", Instant.now()));
            assertTrue(refused.getMessage().contains(required.name()), refused.getMessage());
        }
        list.define(EnumSet.of(PushField.ITEM_NAME, PushField.APPLICANT_NAME, PushField.CONTACT, PushField.MATERIALS,
                PushField.DECISION, PushField.LICENCE_NUMBER), 12, false, "spj.clerk", Instant.now());
        assertEquals(6, list.fields().size());
        assertEquals(12, list.receivingDepartmentId());
    }
}
