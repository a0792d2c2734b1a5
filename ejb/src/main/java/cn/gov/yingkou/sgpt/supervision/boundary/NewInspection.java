package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.LocalDate;

/**
 * An inspection as the department reports it: why and when, who inspected, what was found and its outcome; a
 * rectification order with its deadline when the outcome is RECTIFY; for a re-inspection, the inspection whose order it
 * follows up. A system may give its message id, so that sending the same report again records it once.
 */
public record NewInspection(String messageId, InspectionKind kind, LocalDate inspectedOn, String inspectors,
        String findings, InspectionOutcome outcome, String rectificationOrder, LocalDate rectifyBy, Long followsUp) {
}
