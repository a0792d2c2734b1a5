package cn.gov.yingkou.sgpt.supervision.boundary;

/**
 * A complaint or report as lodged: about which business (its name, and the licence number where the complainant knows
 * it), what happened, and optionally who complains and how to reach them. Without a licence it goes to the department
 * named. A hotline system gives its own message id (and its ticket number as {@code sourceReference}).
 */
public record NewComplaint(String messageId, ComplaintKind kind, String licenceNumber, String departmentCode,
        String subjectName, String content, String complainantName, String complainantPhone, String sourceReference) {
}
