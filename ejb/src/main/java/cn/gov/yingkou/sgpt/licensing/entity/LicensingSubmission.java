package cn.gov.yingkou.sgpt.licensing.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The message id a system submitted under, per calling account, what it submitted and the application it created. */
@Entity
@Table(name = "licensing_submission")
@IdClass(LicensingSubmission.Key.class)
public class LicensingSubmission {

    @Id
    @Column(name = "caller", updatable = false)
    private String caller;

    @Id
    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** SHA-256 of the submission's canonical form; null for those stored before it was kept. */
    @Column(name = "content_digest", updatable = false)
    private String contentDigest;

    protected LicensingSubmission() {
    }

    public LicensingSubmission(String caller, String messageId, String contentDigest, long applicationId,
            Instant submittedAt) {
        this.caller = Objects.requireNonNull(caller);
        this.messageId = Objects.requireNonNull(messageId);
        this.contentDigest = Objects.requireNonNull(contentDigest);
        this.applicationId = applicationId;
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    /** Whether a submission with this digest is the same as this one (those stored without a digest are taken as it). */
    public boolean sameContent(String digest) {
        return contentDigest == null || contentDigest.equals(digest);
    }

    public long applicationId() {
        return applicationId;
    }

    /** The key: the calling account and its message id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String caller;
        private String messageId;

        public Key() {
        }

        public Key(String caller, String messageId) {
            this.caller = caller;
            this.messageId = messageId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller) && Objects.equals(messageId, key.messageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, messageId);
        }
    }
}
