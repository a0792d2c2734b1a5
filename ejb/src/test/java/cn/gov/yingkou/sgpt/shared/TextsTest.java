package cn.gov.yingkou.sgpt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void requiredTextIsStrippedAndBounded() {
        assertEquals("营口鲜味食品店", Texts.required("  营口鲜味食品店 ", 200, "申请人名称 / applicant name"));
        assertThrows(IllegalArgumentException.class, () -> Texts.required("字".repeat(201), 200, "申请人名称 / applicant name"));
    }

    @Test
    void theRefusalIsWholeInEachLanguage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Texts.required(" ", 200, "申请人名称 / applicant name"));
        // The portal shows its reader the half before or after the first " / ": each half names the field itself.
        assertEquals("申请人名称 须为1至200字 / Applicant name must be 1 to 200 characters", refused.getMessage());
    }
}
