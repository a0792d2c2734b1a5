package cn.gov.yingkou.sgpt.supervision.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A department's rule for grading a holder's risk (A lowest to D highest) from what its supervision records hold:
 * points for each violation found, each rectification ordered (more while it awaits re-inspection), each complaint in the
 * last year, each penalty decision, and for going uninspected too long; grades by the points' thresholds. The rule is the
 * department's to set; {@link #DEFAULT} is what it starts from. A random-inspection plan may weight its draw by grade.
 */
public record RiskRule(int perViolation, int perRectification, int perOpenRectification, int perComplaint,
        int perPenalty, int uninspectedMonths, int uninspectedPoints, int maxA, int maxB, int maxC) {

    public static final RiskRule DEFAULT = new RiskRule(3, 1, 2, 1, 4, 12, 2, 1, 3, 6);

    public RiskRule {
        if (perViolation < 0 || perRectification < 0 || perOpenRectification < 0 || perComplaint < 0 || perPenalty < 0
                || uninspectedPoints < 0 || uninspectedMonths < 1) {
            throw new IllegalArgumentException("风险分值不能为负，未检查月数至少为 1 / Points cannot be negative and the "
                    + "uninspected period is at least one month");
        }
        if (!(0 <= maxA && maxA < maxB && maxB < maxC)) {
            throw new IllegalArgumentException("等级分界须递增：A < B < C / The grade thresholds must rise: A < B < C");
        }
    }

    /** What a holder's records show, as of a day. */
    public record Facts(int violations, int rectifications, int openRectifications, int complaintsLastYear,
            int penalties, LocalDate lastInspected, LocalDate today) {
    }

    /** A grade, its points, and each reason for them as a message key with its count (for the holder's page). */
    public record Graded(char grade, int points, List<Reason> reasons) {
    }

    public record Reason(String key, int count, int points) {
    }

    public Graded grade(Facts f) {
        List<Reason> reasons = new ArrayList<>();
        add(reasons, "risk.violations", f.violations(), perViolation);
        add(reasons, "risk.rectifications", f.rectifications(), perRectification);
        add(reasons, "risk.openRectifications", f.openRectifications(), perOpenRectification);
        add(reasons, "risk.complaints", f.complaintsLastYear(), perComplaint);
        add(reasons, "risk.penalties", f.penalties(), perPenalty);
        boolean stale = f.lastInspected() == null
                || ChronoUnit.MONTHS.between(f.lastInspected(), f.today()) >= uninspectedMonths;
        if (stale && uninspectedPoints > 0) {
            reasons.add(new Reason(f.lastInspected() == null ? "risk.neverInspected" : "risk.uninspected",
                    uninspectedMonths, uninspectedPoints));
        }
        int points = reasons.stream().mapToInt(Reason::points).sum();
        char grade = points <= maxA ? 'A' : points <= maxB ? 'B' : points <= maxC ? 'C' : 'D';
        return new Graded(grade, points, List.copyOf(reasons));
    }

    private static void add(List<Reason> reasons, String key, int count, int each) {
        if (count > 0 && each > 0) {
            reasons.add(new Reason(key, count, count * each));
        }
    }
}
