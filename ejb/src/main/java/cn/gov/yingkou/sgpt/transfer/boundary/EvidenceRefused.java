package cn.gov.yingkou.sgpt.transfer.boundary;

/** An evidence file the platform will not keep, and why; nothing of it is stored. */
public class EvidenceRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused; each is its own fault code at the interfaces. */
    public enum Reason {
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** Not a document, image, audio or video file by its content (whatever its name says). */
        TYPE,
        /** The virus scanner found something in it. */
        INFECTED,
        /** The virus scanner could not say it is clean (it failed or timed out): refused rather than let through. */
        UNSCANNED,
        /** Empty. */
        EMPTY
    }

    private final Reason reason;

    public EvidenceRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
