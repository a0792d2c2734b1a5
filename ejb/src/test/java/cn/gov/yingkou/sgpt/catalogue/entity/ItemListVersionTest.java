package cn.gov.yingkou.sgpt.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus;

/** The procedure of Art 7 for one version of the item list, and every step it refuses. */
class ItemListVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final ListedItem FOOD = new ListedItem("000105001000", "食品经营许可", 12);

    private static ItemListVersion draft() {
        return new ItemListVersion(1, 1, "2026年营口市相对集中行政许可事项清单", List.of(FOOD), "ysj.clerk", NOW);
    }

    @Test
    void aDraftIsEvaluatedApprovedAndFiledInThatOrder() {
        ItemListVersion list = draft();
        list.put(new ListedItem("000105002000", "药品零售企业许可", 12), NOW);
        list.evaluate("经评估，事项划转条件成熟。", DAY, "ysj.clerk", NOW);
        assertEquals(ListStatus.EVALUATED, list.status());
        list.approve("营政发〔2026〕30号", LocalDate.of(2026, 11, 25), NOW);
        list.file(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 1), NOW);
        assertEquals(ListStatus.FILED, list.status());
        assertEquals(LocalDate.of(2027, 1, 1), list.effectiveFrom());
        assertEquals(2, list.items().size());
    }

    @Test
    void itemsChangeOnlyInADraft() {
        ItemListVersion list = draft();
        list.evaluate("评估记录", DAY, "ysj.clerk", NOW);
        assertThrows(IllegalStateException.class, () -> list.put(new ListedItem("000105002000", "药品零售企业许可", 12), NOW));
        assertThrows(IllegalStateException.class, () -> list.remove(FOOD.code(), NOW));
        list.reopen(NOW);
        list.remove(FOOD.code(), NOW);
        assertThrows(IllegalArgumentException.class, () -> list.remove(FOOD.code(), NOW), "no such item any more");
    }

    @Test
    void noStepIsSkipped() {
        ItemListVersion list = draft();
        assertThrows(IllegalStateException.class, () -> list.approve("营政发〔2026〕30号", LocalDate.of(2026, 11, 25), NOW));
        assertThrows(IllegalStateException.class, () -> list.file(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 1), NOW));
        list.evaluate("评估记录", DAY, "ysj.clerk", NOW);
        assertThrows(IllegalStateException.class, () -> list.file(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 1), NOW));
        list.approve("营政发〔2026〕30号", LocalDate.of(2026, 11, 25), NOW);
        assertThrows(IllegalStateException.class, () -> list.reopen(NOW), "an approved list is not redrafted");
        assertThrows(IllegalStateException.class, () -> list.abandon(NOW), "nor abandoned");
    }

    @Test
    void aFiledVersionNeverChangesAgain() {
        ItemListVersion list = draft();
        list.evaluate("评估记录", DAY, "ysj.clerk", NOW);
        list.approve("营政发〔2026〕30号", LocalDate.of(2026, 11, 25), NOW);
        list.file(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 1), NOW);
        for (ListStatus target : ListStatus.values()) {
            assertTrue(!list.status().canBecome(target), "FILED -> " + target);
        }
        assertThrows(IllegalStateException.class, () -> list.put(FOOD, NOW));
    }

    @ParameterizedTest(name = "approved {0}, filed {1}, effective {2}")
    @CsvSource({"2026-11-25, 2026-11-24, 2027-01-01", "2026-11-25, 2026-11-27, 2026-11-24"})
    void filingAndEffectDoNotPrecedeApproval(LocalDate approved, LocalDate filed, LocalDate effective) {
        ItemListVersion list = draft();
        list.evaluate("评估记录", DAY, "ysj.clerk", NOW);
        list.approve("营政发〔2026〕30号", approved, NOW);
        assertThrows(IllegalArgumentException.class, () -> list.file(filed, effective, NOW));
    }

    @Test
    void anEmptyListIsNotEvaluatedAndEvidenceIsRequired() {
        ItemListVersion empty = new ItemListVersion(1, 2, "空清单", List.of(), "ysj.clerk", NOW);
        assertThrows(IllegalStateException.class, () -> empty.evaluate("评估记录", DAY, "ysj.clerk", NOW));
        ItemListVersion list = draft();
        assertThrows(IllegalArgumentException.class, () -> list.evaluate(" ", DAY, "ysj.clerk", NOW));
        list.evaluate("评估记录", DAY, "ysj.clerk", NOW);
        assertThrows(IllegalArgumentException.class, () -> list.approve("", LocalDate.of(2026, 11, 25), NOW));
        assertThrows(IllegalArgumentException.class, () -> list.approve("营政发〔2026〕30号", LocalDate.of(2026, 11, 19), NOW),
                "approval before the evaluation");
        ItemListVersion other = draft();
        assertThrows(IllegalArgumentException.class, () -> other.evaluate("评估记录", DAY.plusDays(1), "ysj.clerk", NOW),
                "an evaluation in the future");
        assertThrows(IllegalArgumentException.class, () -> other.evaluate("评估记录", null, "ysj.clerk", NOW));
        assertEquals(ListStatus.DRAFT, other.status(), "refused steps change nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "00010500100 0", "食品", "0001050010000000000000000000000000000000X"})
    void itemCodesAreCatalogueCodes(String code) {
        assertThrows(IllegalArgumentException.class, () -> new ListedItem(code, "食品经营许可", 12));
    }
}
