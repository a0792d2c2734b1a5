package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a clerk narrows the workbench to: the states (none: all), the applicant (identifier, or part of the name), the
 * application number, part of the item's name and the days it was received between (inclusive). Blank parts are left
 * out.
 */
public record QueueFilter(Set<ApplicationStatus> statuses, String applicant, String number, String itemName,
        LocalDate receivedFrom, LocalDate receivedUntil) {

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ApplicationStatus.class) : EnumSet.copyOf(statuses);
    }

    public static QueueFilter inStates(Set<ApplicationStatus> statuses) {
        return new QueueFilter(statuses, null, null, null, null, null);
    }
}
