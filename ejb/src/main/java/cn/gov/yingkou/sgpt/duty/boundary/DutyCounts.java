package cn.gov.yingkou.sgpt.duty.boundary;

/** A department's pending duties: how many, and how many of them are overdue. */
public record DutyCounts(long pending, long overdue) {
}
