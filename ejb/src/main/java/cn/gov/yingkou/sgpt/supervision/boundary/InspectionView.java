package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded inspection of a supervision file. {@code reference} names it in other records (a case transfer's
 * supervision record); {@code rectificationOverdue} says the order's deadline has passed with no re-inspection.
 */
public record InspectionView(long id, String reference, long fileId, String licenceNumber, InspectionKind kind,
        LocalDate inspectedOn, String inspectors, String findings, InspectionOutcome outcome,
        String rectificationOrder, LocalDate rectifyBy, Rectification rectification, boolean rectificationOverdue,
        Long followsUp, Long followedUpBy, Instant recordedAt, String recordedBy) {
}
