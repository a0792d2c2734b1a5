package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A year's holiday arrangement. When {@code published} is false the year falls back to "Monday to Friday"
 * and deadlines that count through it are provisional.
 */
public record YearView(int year, boolean published, String source, Instant publishedAt, String publishedBy,
        List<CalendarDayView> days) {
}
