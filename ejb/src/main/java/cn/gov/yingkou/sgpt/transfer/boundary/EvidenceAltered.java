package cn.gov.yingkou.sgpt.transfer.boundary;

/**
 * A stored evidence file no longer matches the digest taken when it was received (changed or damaged on disk): it is
 * not served, so nobody takes it for what was sent. The operators restore it from the backup.
 */
public class EvidenceAltered extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public EvidenceAltered(String message) {
        super(message);
    }
}
