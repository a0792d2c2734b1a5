package cn.gov.yingkou.sgpt.web.duty;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;

/**
 * How a list of duties names the record each one is about, as a clerk knows it (a push by its licence number, an
 * application by its number), and which page shows that record. A page reads the licence numbers of the pushes on
 * the rows it shows ({@link #pushIds}, {@link #remember}); a push whose number it may not read keeps its id.
 */
public final class DutySubjects implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PUSH = "push";

    private final HashMap<Long, String> licences = new HashMap<>();

    /** The ids of the pushes these duties are about. */
    public static List<Long> pushIds(List<DutyView> duties) {
        return duties.stream().map(DutySubjects::pushId).flatMap(Optional::stream).toList();
    }

    /** The push a duty is about; none for other records, or a key that names no push (the list shows it as it is). */
    private static Optional<Long> pushId(DutyView duty) {
        if (!PUSH.equals(duty.subjectType()) || !duty.subjectKey().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(duty.subjectKey()));
    }

    /** The licence numbers of the pushes on rows shown, by push id (kept for the pages shown before). */
    public void remember(Map<Long, String> licenceNumbers) {
        licences.putAll(licenceNumbers);
    }

    /** The record's kind, as a message key. */
    public String kind(DutyView duty) {
        return "duty.subject." + duty.subjectType();
    }

    /** The record's reference: the application number, a push's licence number… */
    public String reference(DutyView duty) {
        return pushId(duty).map(id -> licences.getOrDefault(id, duty.subjectKey())).orElse(duty.subjectKey());
    }

    /**
     * The page that shows the record, or null for a kind of record no page shows. A "start supervision" duty is met on
     * the supervision file its signed push opened.
     */
    public String page(DutyView duty) {
        if (startsSupervision(duty)) {
            return "/supervision/file";
        }
        return switch (duty.subjectType()) {
            case PUSH -> "/exchange/push";
            case "application" -> "/licensing/application";
            case "catalogue-notice" -> "/catalogue/notices";
            case "complaint" -> "/supervision/complaint";
            default -> null;
        };
    }

    /** The page's parameter naming the record, or null when the page lists them all. */
    public String parameter(DutyView duty) {
        if (startsSupervision(duty)) {
            return "push";
        }
        return switch (duty.subjectType()) {
            case PUSH -> "id";
            case "application" -> "number";
            case "complaint" -> "reference";
            default -> null;
        };
    }

    private static boolean startsSupervision(DutyView duty) {
        return duty.kind() == DutyKind.START_SUPERVISION && PUSH.equals(duty.subjectType());
    }
}
