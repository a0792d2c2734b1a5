package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version of a unit's item list stands in the procedure of Art 7. A filed version is in force from
 * its effective date until the effective date of a later filed version; that is read from the dates, not
 * stored, so it is right to the day without a scheduler.
 */
public enum ListStatus {
    /** 起草: built from the departments' opinions; the only state in which items change. */
    DRAFT,
    /** 评估: evaluated, with the evaluation record. */
    EVALUATED,
    /** 批准: approved by the government of the unit, with its document number and date. */
    APPROVED,
    /** 备案: filed with the higher government; in force from its effective date. */
    FILED,
    /** A draft given up before approval; kept for the record. */
    ABANDONED;

    public Set<ListStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(EVALUATED, ABANDONED);
            case EVALUATED -> EnumSet.of(APPROVED, DRAFT, ABANDONED);
            case APPROVED -> EnumSet.of(FILED);
            case FILED, ABANDONED -> EnumSet.noneOf(ListStatus.class);
        };
    }

    public boolean canBecome(ListStatus target) {
        return next().contains(target);
    }
}
