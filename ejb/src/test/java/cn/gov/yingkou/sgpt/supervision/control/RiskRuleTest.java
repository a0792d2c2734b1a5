package cn.gov.yingkou.sgpt.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.supervision.control.RiskRule.Facts;
import cn.gov.yingkou.sgpt.supervision.control.RiskRule.Graded;
import cn.gov.yingkou.sgpt.supervision.control.RiskRule.Reason;

/** A holder's risk grade from its records, by the department's rule, with the reasons its page shows. */
class RiskRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aHolderRecentlyInspectedWithNothingFoundIsGradeA() {
        Graded g = RiskRule.DEFAULT.grade(new Facts(0, 0, 0, 0, 0, TODAY.minusMonths(3), TODAY));
        assertEquals('A', g.grade());
        assertEquals(0, g.points());
        assertEquals(List.of(), g.reasons());
    }

    @Test
    void eachRecordAddsItsPointsAndTheThresholdsGrade() {
        assertEquals('B', RiskRule.DEFAULT.grade(new Facts(0, 1, 1, 0, 0, TODAY.minusMonths(1), TODAY)).grade(),
                "a rectification awaiting re-inspection: 1 + 2 points");
        Graded c = RiskRule.DEFAULT.grade(new Facts(1, 0, 0, 3, 0, TODAY.minusMonths(1), TODAY));
        assertEquals('C', c.grade());
        assertEquals(List.of(new Reason("risk.violations", 1, 3), new Reason("risk.complaints", 3, 3)), c.reasons());
        assertEquals('D', RiskRule.DEFAULT.grade(new Facts(1, 0, 0, 0, 1, TODAY.minusMonths(1), TODAY)).grade(),
                "a violation and a penalty: 7 points");
    }

    @Test
    void goingUninspectedTooLongCountsAndNeverInspectedCountsTheSame() {
        Graded stale = RiskRule.DEFAULT.grade(new Facts(0, 0, 0, 0, 0, TODAY.minusMonths(12), TODAY));
        assertEquals(List.of(new Reason("risk.uninspected", 12, 2)), stale.reasons());
        assertEquals('B', stale.grade());
        assertEquals('A', RiskRule.DEFAULT.grade(new Facts(0, 0, 0, 0, 0, TODAY.minusMonths(11), TODAY)).grade());
        assertEquals("risk.neverInspected", RiskRule.DEFAULT.grade(new Facts(0, 0, 0, 0, 0, null, TODAY)).reasons()
                .get(0).key());
    }

    @Test
    void theDepartmentSetsItsOwnRuleWithinSenseBounds() {
        RiskRule strict = new RiskRule(5, 1, 2, 2, 4, 6, 3, 0, 2, 4);
        assertEquals('D', strict.grade(new Facts(1, 0, 0, 0, 0, TODAY.minusMonths(1), TODAY)).grade());
        assertEquals('C', strict.grade(new Facts(0, 0, 0, 0, 0, TODAY.minusMonths(7), TODAY)).grade());
        assertThrows(IllegalArgumentException.class, () -> new RiskRule(-1, 1, 2, 1, 4, 12, 2, 1, 3, 6));
        assertThrows(IllegalArgumentException.class, () -> new RiskRule(3, 1, 2, 1, 4, 12, 2, 3, 3, 6),
                "thresholds must rise");
        assertThrows(IllegalArgumentException.class, () -> new RiskRule(3, 1, 2, 1, 4, 0, 2, 1, 3, 6));
    }
}
