package cn.gov.yingkou.sgpt.web.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DutyFormatTest {

    private final DutyFormat format = new DutyFormat();

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBeforeAsTheDutyListShowsIt() {
        // 2 December 00:00 in Beijing: the end of 1 December, the last working day of a clock started 27 November.
        assertEquals("2026-12-01 24:00", format.deadline(Instant.parse("2026-12-01T16:00:00Z")));
        assertEquals("2026-12-31 24:00", format.deadline(Instant.parse("2026-12-31T16:00:00Z")), "across the year end");
    }

    @Test
    void anyOtherDeadlineIsShownToTheMinuteInBeijingTime() {
        assertEquals("2026-12-02 00:01", format.deadline(Instant.parse("2026-12-01T16:01:00Z")));
        assertEquals("2026-12-02 17:30", format.deadline(Instant.parse("2026-12-02T09:30:00Z")), "an agreed hour");
        assertEquals("", format.deadline(null), "no clock runs");
    }

    @Test
    void aShareOnTimeIsAPercentageOrADashWhileNothingIsDecided() {
        assertEquals("67%", format.share(67));
        assertEquals("0%", format.share(0), "none on time is a figure, not a blank");
        assertEquals("—", format.share(-1));
    }
}
