package cn.gov.yingkou.sgpt.transfer.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One evidence file sent with a transfer: its name as the sender gave it, its type as its content showed, its size and
 * the two digests taken as it was received. The bytes are in the evidence store under the SHA-256; the row never
 * changes, so the proof of the transfer shows what was sent.
 */
@Entity
@Table(name = "transfer_evidence")
@NamedQuery(name = "EvidenceFile.named", query = "select count(e) from EvidenceFile e where e.sha256 = :sha256")
@NamedQuery(name = "EvidenceFile.ofTransfer", query = "select e from EvidenceFile e where e.transferId = :transfer "
        + "order by e.position")
public class EvidenceFile {

    @Id
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    private Long id;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private long transferId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "evidence_type", nullable = false, updatable = false)
    private String evidenceType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String sm3;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    protected EvidenceFile() {
    }

    public EvidenceFile(long transferId, int position, String fileName, String evidenceType, long size, String sha256,
            String sm3, String receivedBy, Instant receivedAt) {
        this.transferId = transferId;
        this.position = position;
        this.fileName = Objects.requireNonNull(fileName);
        this.evidenceType = Objects.requireNonNull(evidenceType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.sm3 = Objects.requireNonNull(sm3);
        this.receivedBy = Objects.requireNonNull(receivedBy);
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    public Long id() { return id; }
    public long transferId() { return transferId; }
    public int position() { return position; }
    public String fileName() { return fileName; }
    public String evidenceType() { return evidenceType; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public String sm3() { return sm3; }
    public Instant receivedAt() { return receivedAt; }
    public String receivedBy() { return receivedBy; }
}
