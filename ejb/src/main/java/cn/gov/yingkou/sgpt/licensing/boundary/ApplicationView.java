package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.List;

import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.shared.Masking;

/**
 * An application as the workbench, its detail page and the interfaces show it; {@code checklist} is its materials
 * against the implementation list (held, supplemented, missing) with the dates they came.
 */
public record ApplicationView(String number, String unitCode, String departmentCode, String itemCode, String itemName,
        ApplicantKind applicantKind, String applicantId, String applicantName, String contactName, String contactPhone,
        List<String> materials, List<String> missingMaterials, List<String> requestedMaterials, ApplicationStatus status,
        String channel, Instant receivedAt, String receivedBy, Instant acceptedAt, PauseReason pausedFor,
        Instant decidedAt, String decidedBy, String reasons, String licenceNumber, Instant changedAt,
        List<MaterialLine> checklist) {

    /** As those without a need to know see it: a person's ID number and the contact's phone masked. */
    public ApplicationView masked() {
        return new ApplicationView(number, unitCode, departmentCode, itemCode, itemName, applicantKind,
                applicantKind == ApplicantKind.PERSON ? Masking.identifier(applicantId) : applicantId, applicantName,
                contactName, Masking.phone(contactPhone), materials, missingMaterials, requestedMaterials, status, channel,
                receivedAt, receivedBy, acceptedAt, pausedFor, decidedAt, decidedBy, reasons, licenceNumber, changedAt,
                checklist);
    }
}
