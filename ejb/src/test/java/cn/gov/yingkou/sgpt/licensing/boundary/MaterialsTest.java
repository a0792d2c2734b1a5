package cn.gov.yingkou.sgpt.licensing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaterialsTest {

    @Test
    void namesDifferingInSpacingWidthOrPunctuationAreOneMaterial() {
        assertTrue(Materials.sameName("食品经营许可申请书", "《食品经营许可申请书》"));
        assertTrue(Materials.sameName("营业执照（副本）", "营业执照 (副本)"));
        assertTrue(Materials.sameName("ＩＳＯ 认证证书", "ISO认证证书"));
        assertFalse(Materials.sameName("营业执照", "营业执照副本"), "a different word is a different material");
    }

    @Test
    void entriesDropBlanksAndRepeatsAndStayWithinBounds() {
        assertEquals(List.of("申请书", "营业执照"), Materials.entries(Arrays.asList(" 申请书 ", "", null, "营业执照", "申请书")));
        assertThrows(IllegalArgumentException.class, () -> Materials.entries(List.of("材".repeat(201))));
        assertThrows(IllegalArgumentException.class, () -> Materials.entries(
                java.util.stream.IntStream.range(0, 101).mapToObj(i -> "材料" + i).toList()));
        assertEquals(List.of(), Materials.entries(Collections.emptyList()));
    }
}
