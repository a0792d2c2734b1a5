package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.LocalDate;

/** One day: whether it is a working day, and whether that is settled (its year's arrangement is published). */
public record DayStatus(LocalDate date, boolean workingDay, boolean settled) {
}
