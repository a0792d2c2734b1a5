package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a duty falls due: the last day on which it can be done and the instant that day ends (24:00 Beijing
 * time). Provisional when the counting ran through a year whose holiday arrangement is not yet published.
 */
public record Deadline(LocalDate lastDay, Instant dueAt, boolean provisional) {
}
