package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;

/**
 * A licence's supervision file as its department and oversight read it: the licence and its holder, who supervises it
 * and how supervision started, and the department's "start supervision" clock: when it runs out and how it stands
 * (both null for a file opened by a hand-over that carries no such duty).
 */
public record SupervisionFileView(long id, String licenceNumber, String holderName, String itemCode,
        String departmentCode, String unitCode, long handoverId, Instant openedAt, FileStatus status, String supervisor,
        String firstMeasure, LocalDate startedOn, Instant startedAt, String startedBy, Instant startDueAt,
        DutyStatus startDuty) {
}
