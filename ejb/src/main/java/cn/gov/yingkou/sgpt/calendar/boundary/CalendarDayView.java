package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.LocalDate;

/** One day of a year's arrangement, as read and as written. */
public record CalendarDayView(LocalDate day, DayKind kind, String name) {
}
