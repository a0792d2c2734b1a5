package cn.gov.yingkou.sgpt.duty.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DutyTallyTest {

    @Test
    void failedDutiesAreTheOverdueAndTheLateOnes() {
        assertEquals(5, new DutyTally(7, 2, 10, 3).failed());
    }

    @Test
    void theShareOnTimeIsOfTheDutiesWhoseDeadlineIsDecided() {
        assertEquals(67, new DutyTally(50, 1, 2, 0).onTimePercent(), "open ones do not count");
        assertEquals(100, new DutyTally(0, 0, 4, 0).onTimePercent());
        assertEquals(0, new DutyTally(0, 1, 0, 1).onTimePercent());
        assertEquals(-1, new DutyTally(3, 0, 0, 0).onTimePercent(), "nothing decided yet");
    }

    @Test
    void aDepartmentsTallyIsTheSumOfItsKindsCountedByStatus() {
        DutyTally total = DutyTally.of(DutyStatus.OPEN, 2).plus(DutyTally.of(DutyStatus.OVERDUE, 1))
                .plus(DutyTally.of(DutyStatus.DONE_ON_TIME, 5)).plus(DutyTally.of(DutyStatus.DONE_LATE, 3))
                .plus(new DutyTally(1, 1, 1, 1));
        assertEquals(new DutyTally(3, 2, 6, 4), total);
        assertThrows(IllegalArgumentException.class, () -> DutyTally.of(DutyStatus.CANCELLED, 1), "cancelled ones never count");
    }
}
