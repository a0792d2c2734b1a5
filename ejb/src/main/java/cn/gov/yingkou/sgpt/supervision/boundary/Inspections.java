package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;
import cn.gov.yingkou.sgpt.supervision.control.FileAccess;
import cn.gov.yingkou.sgpt.supervision.entity.Inspection;
import cn.gov.yingkou.sgpt.supervision.entity.SupervisionFile;

/**
 * Inspections on a supervision file (Art 18): planned, on a lead, drawn at random, or the re-inspection of a
 * rectification order. An order is the holder's duty with its deadline, which the department follows up: the file shows
 * "rectification due" until the re-inspection says whether it was put right. Each is written once; the same message
 * again answers the first record, another report under its id is refused.
 */
@Stateless
public class Inspections {

    /** What a reference to an inspection looks like in other records: JC and its key. */
    public static final String REFERENCE_PREFIX = "JC";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    FileAccess access;

    @EJB
    AuditTrail audit;

    public InspectionRecorded record(Caller caller, long fileId, NewInspection report) {
        FileAccess.Held held = access.forChange(caller, fileId);
        SupervisionFile file = held.file();
        String messageId = report.messageId() == null ? UUID.randomUUID().toString()
                : MessageIds.checked(report.messageId());
        String digest = MessageIds.contentDigest(fileId + "|" + canonical(report));
        var earlier = em.createNamedQuery("Inspection.byMessage", Inspection.class)
                .setParameter("department", held.department().id()).setParameter("messageId", messageId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().sameContent(digest)) {
                throw new MessageIdReused(messageId);
            }
            return new InspectionRecorded(view(earlier.get(), file), true);
        }
        Valid valid = validate(report, file);
        Instant now = Instant.now();
        Inspection inspection = new Inspection(file.id(), held.department().id(), messageId, digest, report.kind(),
                report.inspectedOn(), valid.inspectors(), valid.findings(), report.outcome(), valid.order(),
                report.rectifyBy(), valid.followed() == null ? null : valid.followed().id(), caller.username(), now);
        file.inspected(report.outcome() == InspectionOutcome.RECTIFY || dueOn(file, valid.followed()));
        em.persist(inspection);
        em.flush();
        if (valid.followed() != null) {
            valid.followed().followedUp(inspection.id(), report.outcome() == InspectionOutcome.COMPLIANT);
        }
        audit.record(caller.actor(), "supervision.inspect", SupervisionFiles.RECORD_TYPE, Long.toString(file.id()),
                reference(inspection) + " " + report.kind() + " on " + report.inspectedOn() + ": " + report.outcome()
                        + (report.rectifyBy() == null ? "" : ", rectify by " + report.rectifyBy())
                        + (valid.followed() == null ? "" : ", following up " + reference(valid.followed())),
                AuditFacts.of("inspection", reference(inspection)).with("kind", report.kind())
                        .with("inspectedOn", report.inspectedOn()).with("outcome", report.outcome())
                        .with("rectifyBy", report.rectifyBy()));
        return new InspectionRecorded(view(inspection, file), false);
    }

    /** The file's inspections, in the order they took place. */
    public List<InspectionView> ofFile(Caller caller, long fileId) {
        SupervisionFile file = access.readable(caller, fileId).file();
        return em.createNamedQuery("Inspection.ofFile", Inspection.class).setParameter("file", file.id())
                .getResultStream().map(i -> view(i, file)).toList();
    }

    public InspectionView inspection(Caller caller, long id) {
        Inspection inspection = em.find(Inspection.class, id);
        if (inspection == null) {
            throw new RecordNotFound("没有编号为 " + id + " 的检查记录 / No inspection " + id);
        }
        return view(inspection, access.readable(caller, inspection.fileId()).file());
    }

    /** The name other records give the inspection, e.g. a case transfer's supervision record. */
    public static String reference(long id) {
        return REFERENCE_PREFIX + id;
    }

    private record Valid(String inspectors, String findings, String order, Inspection followed) {
    }

    private Valid validate(NewInspection report, SupervisionFile file) {
        FieldChecks checks = new FieldChecks();
        LocalDate opened = LocalDate.ofInstant(file.openedAt(), Beijing.ZONE);
        LocalDate on = report.inspectedOn();
        checks.require("kind", report.kind() != null, "请选择检查类型 / Say what kind of inspection it was");
        checks.require("inspectedOn", on != null, "检查日期必填 / The day of the inspection is required");
        checks.require("inspectedOn", on == null || !on.isAfter(Beijing.today()),
                "检查日期不能晚于今天 / An inspection cannot be dated in the future");
        checks.require("inspectedOn", on == null || !on.isBefore(opened), "检查日期不能早于建档日期 " + opened
                + " / The inspection cannot be dated before the file opened, on " + opened);
        String inspectors = checks.check("inspectors", () -> inspectors(report.inspectors()));
        String findings = checks.check("findings", () -> Texts.required(report.findings(), 4000,
                "检查情况 / findings"));
        checks.require("outcome", report.outcome() != null, "请选择检查结果（合格、责令整改或发现违法）/ Say the outcome "
                + "(COMPLIANT, RECTIFY or VIOLATION)");
        boolean rectify = report.outcome() == InspectionOutcome.RECTIFY;
        String order = rectify ? checks.check("rectificationOrder", () -> Texts.required(report.rectificationOrder(), 2000,
                "整改要求 / what must be put right")) : null;
        checks.require("rectificationOrder", rectify || Texts.isBlank(report.rectificationOrder()),
                "只有责令整改才有整改要求 / Only a RECTIFY outcome carries a rectification order");
        checks.require("rectifyBy", !rectify || report.rectifyBy() != null, "责令整改须写明整改期限 / A rectification "
                + "order needs its deadline");
        checks.require("rectifyBy", report.rectifyBy() == null || on == null || report.rectifyBy().isAfter(on),
                "整改期限须晚于检查日期 / The deadline must fall after the inspection");
        checks.require("rectifyBy", rectify || report.rectifyBy() == null,
                "只有责令整改才有整改期限 / Only a RECTIFY outcome has a deadline");
        Inspection followed = null;
        boolean followUp = report.kind() == InspectionKind.FOLLOW_UP;
        checks.require("followsUp", !followUp || report.followsUp() != null,
                "复查须指明所复查的检查 / A re-inspection names the inspection whose order it follows up");
        checks.require("followsUp", followUp || report.followsUp() == null,
                "只有复查才指明所复查的检查 / Only a FOLLOW_UP names an inspection it follows up");
        if (followUp && report.followsUp() != null) {
            followed = em.find(Inspection.class, report.followsUp(), LockModeType.PESSIMISTIC_WRITE);
            boolean awaiting = followed != null && followed.fileId() == file.id()
                    && followed.rectification() == Rectification.DUE;
            checks.require("followsUp", awaiting, "本档案中没有待复查的检查 " + reference(report.followsUp())
                    + " / No rectification awaiting re-inspection under " + reference(report.followsUp())
                    + " on this file");
            checks.require("inspectedOn", !awaiting || on == null || !on.isBefore(followed.inspectedOn()),
                    "复查日期不能早于原检查日期 / A re-inspection cannot precede the inspection it follows up");
        }
        checks.refuseIfAny();
        return new Valid(inspectors, findings, order, followed);
    }

    /** Two or more inspectors are named, separated by commas or the Chinese enumeration comma. */
    private static String inspectors(String given) {
        String names = Texts.required(given, 200, "检查人员 / inspectors");
        List<String> each = Stream.of(names.split("[,，、;；]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (each.size() < 2) {
            throw new IllegalArgumentException("监督检查的执法人员不得少于两人，请以逗号或顿号分隔 / An inspection is made "
                    + "by at least two officers: separate their names with commas");
        }
        return String.join("、", each);
    }

    /** Whether another rectification than the one this re-inspection settles still awaits on the file. */
    private boolean dueOn(SupervisionFile file, Inspection settled) {
        long due = em.createNamedQuery("Inspection.dueOnFile", Long.class).setParameter("file", file.id())
                .getSingleResult();
        return due - (settled == null ? 0 : 1) > 0;
    }

    private static String canonical(NewInspection r) {
        return Stream.of(r.kind(), r.inspectedOn(), r.inspectors(), r.findings(), r.outcome(), r.rectificationOrder(),
                r.rectifyBy(), r.followsUp()).map(v -> Objects.toString(v, "")).collect(Collectors.joining("|"));
    }

    private static String reference(Inspection inspection) {
        return reference(inspection.id());
    }

    private static InspectionView view(Inspection i, SupervisionFile file) {
        boolean overdue = i.rectification() == Rectification.DUE && i.rectifyBy().isBefore(Beijing.today());
        return new InspectionView(i.id(), reference(i), i.fileId(), file.licenceNumber(), i.kind(), i.inspectedOn(),
                i.inspectors(), i.findings(), i.outcome(), i.rectificationOrder(), i.rectifyBy(), i.rectification(),
                overdue, i.followsUp(), i.followedUpBy(), i.recordedAt(), i.recordedBy());
    }
}
