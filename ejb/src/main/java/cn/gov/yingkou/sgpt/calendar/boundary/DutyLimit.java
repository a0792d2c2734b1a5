package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.Instant;
import java.util.Objects;

/** How long a duty may take: working days, natural days, or an explicitly agreed due instant (Art 17 ¶2). */
public sealed interface DutyLimit {

    /** The limit's kind as stored: WORKING_DAYS, NATURAL_DAYS or AGREED. */
    String kind();

    /** The number of days, or null for an agreed instant. */
    Integer dayCount();

    record WorkingDays(int days) implements DutyLimit {
        public WorkingDays {
            requireDays(days);
        }

        @Override
        public String kind() {
            return "WORKING_DAYS";
        }

        @Override
        public Integer dayCount() {
            return days;
        }
    }

    record NaturalDays(int days) implements DutyLimit {
        public NaturalDays {
            requireDays(days);
        }

        @Override
        public String kind() {
            return "NATURAL_DAYS";
        }

        @Override
        public Integer dayCount() {
            return days;
        }
    }

    record Agreed(Instant dueAt) implements DutyLimit {
        public Agreed {
            Objects.requireNonNull(dueAt, "dueAt");
        }

        @Override
        public String kind() {
            return "AGREED";
        }

        @Override
        public Integer dayCount() {
            return null;
        }
    }

    static DutyLimit of(String kind, Integer days, Instant agreedDueAt) {
        return switch (kind) {
            case "WORKING_DAYS" -> new WorkingDays(days);
            case "NATURAL_DAYS" -> new NaturalDays(days);
            case "AGREED" -> new Agreed(agreedDueAt);
            default -> throw new IllegalArgumentException("Unknown limit kind " + kind);
        };
    }

    private static void requireDays(int days) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("期限须为 1–365 天 / A limit is 1 to 365 days, was " + days);
        }
    }
}
