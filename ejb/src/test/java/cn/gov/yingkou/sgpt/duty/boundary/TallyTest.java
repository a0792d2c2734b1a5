package cn.gov.yingkou.sgpt.duty.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.duty.boundary.DutyMonitor.Tally;

class TallyTest {

    @Test
    void failedDutiesAreTheOverdueAndTheLateOnes() {
        assertEquals(5, new Tally(7, 2, 10, 3).failed());
    }

    @Test
    void theShareOnTimeIsOfTheDutiesWhoseDeadlineIsDecided() {
        assertEquals(67, new Tally(50, 1, 2, 0).onTimePercent(), "open ones do not count");
        assertEquals(100, new Tally(0, 0, 4, 0).onTimePercent());
        assertEquals(0, new Tally(0, 1, 0, 1).onTimePercent());
        assertEquals(-1, new Tally(3, 0, 0, 0).onTimePercent(), "nothing decided yet");
    }

    @Test
    void aDepartmentsTallyIsTheSumOfItsKindsCountedByStatus() {
        Tally total = Tally.of(DutyStatus.OPEN, 2).plus(Tally.of(DutyStatus.OVERDUE, 1))
                .plus(Tally.of(DutyStatus.DONE_ON_TIME, 5)).plus(Tally.of(DutyStatus.DONE_LATE, 3))
                .plus(new Tally(1, 1, 1, 1));
        assertEquals(new Tally(3, 2, 6, 4), total);
        assertThrows(IllegalArgumentException.class, () -> Tally.of(DutyStatus.CANCELLED, 1), "cancelled ones never count");
    }
}
