package cn.gov.yingkou.sgpt.supervision.boundary;

/**
 * A complaint lodged: its reference and the code that, with it, lets the complainant read the answer (shown once; only
 * its digest is kept), and whether this was a repeat of a hotline message already lodged (which has no new code).
 */
public record Lodged(String reference, String code, ComplaintView complaint, boolean repeated) {
}
