package cn.gov.yingkou.sgpt.calendar.boundary;

/** Fired, inside the changing transaction, when a year's arrangement is published or corrected. */
public record CalendarChanged(int year) {
}
