package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.List;

import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;

/** An application as the workbench, its detail page and the interfaces show it. */
public record ApplicationView(String number, String unitCode, String departmentCode, String itemCode, String itemName,
        ApplicantKind applicantKind, String applicantId, String applicantName, String contactName, String contactPhone,
        List<String> materials, List<String> missingMaterials, List<String> requestedMaterials, ApplicationStatus status,
        String channel, Instant receivedAt, String receivedBy, Instant acceptedAt, PauseReason pausedFor,
        Instant decidedAt, String decidedBy, String reasons, String licenceNumber, Instant changedAt) {
}
