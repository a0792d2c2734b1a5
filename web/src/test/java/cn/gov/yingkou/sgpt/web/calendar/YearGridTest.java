package cn.gov.yingkou.sgpt.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;

class YearGridTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAKEUP_SUNDAY = LocalDate.of(2026, 9, 20);

    private final List<YearGrid.Month> year = YearGrid.of(2026,
            Map.of(NATIONAL_DAY, DayKind.HOLIDAY, MAKEUP_SUNDAY, DayKind.MAKEUP_WORKDAY), Map.of(NATIONAL_DAY, "国庆节"));

    @Test
    void monthsStartOnTheirWeekdayInWeeksFromMonday() {
        assertEquals(12, year.size());
        List<YearGrid.Cell> firstWeek = year.get(0).weeks().get(0);
        assertTrue(firstWeek.get(2).isBlank(), "1 January 2026 is a Thursday: Monday to Wednesday are blank");
        assertEquals(1, firstWeek.get(3).getNumber());
        assertTrue(year.stream().allMatch(m -> m.weeks().stream().allMatch(w -> w.size() == 7)));
        assertEquals(28, year.get(1).weeks().stream().flatMap(List::stream).filter(c -> !c.isBlank()).count(),
                "February 2026 has 28 days");
    }

    @Test
    void daysAreMarkedAsTheArrangementMakesThem() {
        assertEquals(YearGrid.Mark.HOLIDAY, cell(NATIONAL_DAY).mark());
        assertEquals("2026-10-01 国庆节", cell(NATIONAL_DAY).getLabel());
        assertEquals(YearGrid.Mark.MAKEUP_WORKDAY, cell(MAKEUP_SUNDAY).mark(), "a Sunday worked instead");
        assertEquals(YearGrid.Mark.WEEKEND, cell(LocalDate.of(2026, 10, 10)).mark());
        assertEquals(YearGrid.Mark.WORKDAY, cell(LocalDate.of(2026, 10, 12)).mark());
    }

    private YearGrid.Cell cell(LocalDate day) {
        return year.get(day.getMonthValue() - 1).weeks().stream().flatMap(List::stream)
                .filter(c -> day.equals(c.day())).findFirst().orElseThrow();
    }
}
