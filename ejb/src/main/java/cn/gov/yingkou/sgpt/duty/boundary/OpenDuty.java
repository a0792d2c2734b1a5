package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;

import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;

/**
 * What a context says when its action starts a duty: which duty, about which record (its type and key),
 * owed by which department, triggered when, with which limit.
 */
public record OpenDuty(DutyKind kind, String subjectType, String subjectKey, String departmentCode,
        Instant triggeredAt, DutyLimit limit) {

    void validate() {
        if (kind == null || triggeredAt == null || limit == null) {
            throw new IllegalArgumentException("职责类型、触发时间和期限必填 / A duty needs a kind, a trigger time and a limit");
        }
        requireText(subjectType, 40, "subjectType");
        requireText(subjectKey, 100, "subjectKey");
        requireText(departmentCode, 40, "departmentCode");
    }

    private static void requireText(String value, int max, String name) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " 必填，最多 " + max + " 字 / " + name
                    + " is required, at most " + max + " characters");
        }
    }
}
