package cn.gov.yingkou.sgpt.transfer.boundary;

import java.time.LocalDate;

/** How a case filed on a transfer ended: what was decided, the day it closed, and the penalty decision's number if any. */
public record CaseOutcome(String outcome, LocalDate closedOn, String penaltyDecisionNumber) {
}
