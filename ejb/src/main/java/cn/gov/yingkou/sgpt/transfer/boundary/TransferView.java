package cn.gov.yingkou.sgpt.transfer.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case transfer as its two departments and oversight read it: what was found and sent, with its evidence (by digest),
 * where it stands, the receiver's decision and the case's outcome. {@code handoverId} is its hand-over in the engine
 * (clocks, timeline, proof);
 * {@code penaltyDecisionId} the penalty loop's record of the case's penalty decision, when it touches the licence.
 * A natural person's identity number is masked for readers without need to know.
 */
public record TransferView(long id, String number, String messageId, String fromDepartmentCode,
        String toDepartmentCode, String facts, String place, LocalDate foundOn, String partyKind, String partyName,
        String partyId, String provision, String licenceNumber, String supervisionRecord, TransferStatus status,
        Instant sentAt, String sentBy, Instant decidedAt, String decidedBy, String caseNumber, String reasons,
        String suggestedDepartmentCode, LocalDate closedOn, String outcome, String penaltyDecisionNumber,
        Long penaltyDecisionId, long handoverId, List<ReceivedEvidence> evidence) {
}
