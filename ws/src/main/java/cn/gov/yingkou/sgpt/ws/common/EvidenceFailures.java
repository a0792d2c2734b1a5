package cn.gov.yingkou.sgpt.ws.common;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;

/** The code and HTTP status of an evidence file's refusal or damage, the same over SOAP and REST. */
public final class EvidenceFailures {

    private EvidenceFailures() {
    }

    /** The code for an evidence failure anywhere in the chain of causes, or null when there is none. */
    public static ErrorCode codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EvidenceAltered) {
                return ErrorCode.EVIDENCE_ALTERED;
            }
            if (t instanceof EvidenceRefused refused) {
                return switch (refused.reason()) {
                    case TOO_LARGE -> ErrorCode.EVIDENCE_TOO_LARGE;
                    case TYPE -> ErrorCode.EVIDENCE_TYPE_REFUSED;
                    case INFECTED -> ErrorCode.EVIDENCE_INFECTED;
                    case UNSCANNED -> ErrorCode.EVIDENCE_UNSCANNED;
                    case EMPTY -> ErrorCode.EVIDENCE_EMPTY;
                };
            }
        }
        return null;
    }

    /** Its message, to put in the answer's detail. */
    public static String detailOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EvidenceAltered || t instanceof EvidenceRefused) {
                return t.getMessage();
            }
        }
        return null;
    }

    public static int httpStatus(ErrorCode code) {
        return switch (code) {
            case EVIDENCE_TOO_LARGE -> 413;
            case EVIDENCE_TYPE_REFUSED -> 415;
            case EVIDENCE_INFECTED -> 422;
            case EVIDENCE_UNSCANNED -> 503;
            case EVIDENCE_ALTERED -> 500;
            default -> 400;
        };
    }
}
