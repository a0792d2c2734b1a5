package cn.gov.yingkou.sgpt.calendar.boundary;

/** Working days left (today included) before a deadline, or working days since it passed. */
public record TimeLeft(int workingDays, boolean overdue) {
}
