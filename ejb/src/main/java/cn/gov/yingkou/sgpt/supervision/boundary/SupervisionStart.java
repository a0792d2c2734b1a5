package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.LocalDate;

/**
 * How a department starts supervising a licence: who supervises it, what it does first (the plan, or the first measure
 * taken) and on which day supervision began (today or earlier, not before the file opened).
 */
public record SupervisionStart(String supervisor, String firstMeasure, LocalDate startedOn) {
}
