package cn.gov.yingkou.sgpt.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarAdministrationTest {

    private static final String NOTICE = "国办发明电〔2026〕X号";
    private static final CalendarDayView NEW_YEAR = new CalendarDayView(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦");

    @Test
    void aWellFormedArrangementPasses() {
        assertDoesNotThrow(() -> CalendarAdministration.validate(2027, NOTICE, List.of(NEW_YEAR,
                new CalendarDayView(LocalDate.of(2027, 2, 7), DayKind.MAKEUP_WORKDAY, "春节"),
                new CalendarDayView(LocalDate.of(2026, 12, 31), DayKind.HOLIDAY, "元旦"))));
    }

    @Test
    void badArrangementsAreRefusedWithAReasonInBothLanguages() {
        assertRefused(1999, NOTICE, List.of(NEW_YEAR));
        assertRefused(2027, " ", List.of(NEW_YEAR));
        assertRefused(2027, NOTICE, List.of());
        assertRefused(2027, NOTICE, List.of(NEW_YEAR, NEW_YEAR));
        assertRefused(2027, NOTICE, List.of(new CalendarDayView(LocalDate.of(2027, 2, 8), DayKind.MAKEUP_WORKDAY, "春节")));
        assertRefused(2027, NOTICE, List.of(new CalendarDayView(LocalDate.of(2028, 5, 1), DayKind.HOLIDAY, "劳动节")));
        assertRefused(2027, NOTICE, List.of(new CalendarDayView(LocalDate.of(2027, 5, 1), DayKind.HOLIDAY, " ")));
        assertRefused(2027, NOTICE, List.of(new CalendarDayView(null, DayKind.HOLIDAY, "元旦")));
    }

    private static void assertRefused(int year, String source, List<CalendarDayView> days) {
        var e = assertThrows(IllegalArgumentException.class, () -> CalendarAdministration.validate(year, source, days));
        assertTrue(e.getMessage().matches("(?s).*[\\u4e00-\\u9fa5].* / .*[A-Za-z].*"), e.getMessage());
    }
}
