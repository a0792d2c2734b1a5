package cn.gov.yingkou.sgpt.licensing.boundary;

/** What a system's submission created, and whether it was a repeat of one made before (nothing new was created). */
public record Submitted(ApplicationView application, boolean repeat) {
}
