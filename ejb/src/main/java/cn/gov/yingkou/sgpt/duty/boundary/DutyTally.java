package cn.gov.yingkou.sgpt.duty.boundary;

/** How a set of duties stands (cancelled ones do not count). */
public record DutyTally(long open, long overdue, long doneOnTime, long doneLate) {

    public static final DutyTally NONE = new DutyTally(0, 0, 0, 0);

    /** Duties failed: overdue now, or done after their deadline. */
    public long failed() {
        return overdue + doneLate;
    }

    /** Of the duties whose deadline has been decided (done, or run out), the share met on time; -1 for none. */
    public int onTimePercent() {
        long decided = doneOnTime + doneLate + overdue;
        return decided == 0 ? -1 : (int) Math.round(100.0 * doneOnTime / decided);
    }

    public DutyTally plus(DutyTally other) {
        return new DutyTally(open + other.open, overdue + other.overdue, doneOnTime + other.doneOnTime,
                doneLate + other.doneLate);
    }

    public static DutyTally of(DutyStatus status, long count) {
        return switch (status) {
            case OPEN -> new DutyTally(count, 0, 0, 0);
            case OVERDUE -> new DutyTally(0, count, 0, 0);
            case DONE_ON_TIME -> new DutyTally(0, 0, count, 0);
            case DONE_LATE -> new DutyTally(0, 0, 0, count);
            case CANCELLED -> throw new IllegalArgumentException("cancelled duties are not tallied");
        };
    }
}
