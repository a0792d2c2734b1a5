package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Instant;

/**
 * One audit entry as evidence: the step, and where it stands in the hash chain. {@code chainSeq}, {@code entryHash}
 * and {@code sealedAt} are null until the sealer has chained it (within seconds). {@code intact} says the sealed
 * entry still hashes to what was sealed and follows the entry before it; the whole chain's check is oversight's.
 */
public record AuditEvidence(AuditRecord entry, Long chainSeq, String entryHash, Instant sealedAt, boolean intact) {

    public boolean sealed() {
        return chainSeq != null;
    }
}
