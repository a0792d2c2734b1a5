package cn.gov.yingkou.sgpt.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.HandoverSigned;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;
import cn.gov.yingkou.sgpt.supervision.control.FileAccess;
import cn.gov.yingkou.sgpt.supervision.entity.SupervisionFile;

/**
 * Supervision files (监管档案, Art 6, 17, 18): a licence's file opens at the department that signs for its result, or
 * takes it over by a licence action, in the signing transaction; the department starts supervision by saying who
 * supervises the licence and what it does first, which completes its "start supervision" duty — on time or late, as
 * the clock stood when the start was recorded.
 */
@Stateless
public class SupervisionFiles {

    public static final String RECORD_TYPE = "supervision-file";
    /** The hand-overs a result's duty is about (the exchange's record type). */
    private static final String PUSH_RECORD = "push";
    private static final Set<DocumentKind> TAKING_OVER = EnumSet.of(DocumentKind.RESULT, DocumentKind.LICENCE_ACTION);

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicenceRegister register;

    @EJB
    Departments departments;

    @EJB
    DutyService duties;

    @EJB
    AuditTrail audit;

    @EJB
    FileAccess access;

    /** A department signed for a licence's result or action: the licence's file opens there, once. */
    public void open(@Observes HandoverSigned signed) {
        if (!TAKING_OVER.contains(signed.kind()) || signed.licenceNumber() == null) {
            return;
        }
        // The signing's own update first: of two signings of one push at once, the later then fails on the push's
        // version (a conflict, tried again) rather than on this file's uniqueness (an error).
        em.flush();
        if (file(signed.licenceNumber(), signed.receiver().id()) != null) {
            return;
        }
        String holder = register.referredTo(signed.licenceNumber()).map(LicenceView::holderName).orElse(null);
        SupervisionFile file = new SupervisionFile(signed.licenceNumber(), holder, signed.itemCode(), signed.unitId(),
                signed.receiver().id(), signed.handoverId(), signed.at());
        em.persist(file);
        audit.record(signed.actor(), "supervision.open", RECORD_TYPE, key(file), signed.licenceNumber() + " at "
                + signed.receiver().code() + " on signing hand-over " + signed.handoverId(),
                AuditFacts.of("licence", signed.licenceNumber()).with("department", signed.receiver().code()));
    }

    /**
     * The department starts supervising the licence. Its "start supervision" clock stops now; the day given is when
     * supervision began in fact (an inspection that day, say), kept on the file.
     */
    public SupervisionFileView start(Caller caller, long id, SupervisionStart start) {
        FileAccess.Held held = access.forChange(caller, id);
        SupervisionFile file = held.file();
        FieldChecks checks = new FieldChecks();
        String supervisor = checks.check("supervisor", () -> Texts.required(start.supervisor(), 100,
                "监管责任人 / supervisor"));
        String measure = checks.check("firstMeasure", () -> Texts.required(start.firstMeasure(), 2000,
                "监管计划或首项措施 / plan or first measure"));
        LocalDate startedOn = start.startedOn();
        LocalDate opened = LocalDate.ofInstant(file.openedAt(), Beijing.ZONE);
        checks.require("startedOn", startedOn != null, "开展监管日期必填 / The day supervision started is required");
        checks.require("startedOn", startedOn == null || !startedOn.isAfter(Beijing.today()),
                "开展监管日期不能晚于今天 / Supervision cannot start in the future");
        checks.require("startedOn", startedOn == null || !startedOn.isBefore(opened),
                "开展监管日期不能早于签收日期 " + opened + " / Supervision cannot start before the licence was signed for, on "
                        + opened);
        checks.refuseIfAny();
        Instant now = Instant.now();
        file.start(supervisor, measure, startedOn, caller.username(), now);
        var clock = duties.completePending(DutyKind.START_SUPERVISION, PUSH_RECORD, Long.toString(file.handoverId()), now,
                caller.actor());
        audit.record(caller.actor(), "supervision.start", RECORD_TYPE, key(file), file.licenceNumber() + " by "
                + supervisor + " from " + startedOn + clock.map(c -> " (" + c.status() + ")").orElse(""),
                AuditFacts.of("supervisor", supervisor).with("startedOn", startedOn)
                        .with("duty", clock.map(DutyView::status).orElse(null)));
        return view(file, held.department());
    }

    public SupervisionFileView file(Caller caller, long id) {
        FileAccess.Held held = access.readable(caller, id);
        return view(held.file(), held.department());
    }

    /** The file a signed hand-over opened: a "start supervision" duty's page. */
    public SupervisionFileView ofHandover(Caller caller, long handoverId) {
        SupervisionFile file = em.createNamedQuery("SupervisionFile.byHandover", SupervisionFile.class)
                .setParameter("handover", handoverId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("该推送没有监管档案 / No supervision file was opened by this push"));
        return file(caller, file.id());
    }

    /** The files of a licence that the caller may read (one per department that supervises it). */
    public List<SupervisionFileView> ofLicence(Caller caller, String licenceNumber) {
        List<SupervisionFileView> readable = new ArrayList<>();
        for (SupervisionFile f : em.createNamedQuery("SupervisionFile.ofLicence", SupervisionFile.class)
                .setParameter("licence", licenceNumber).getResultList()) {
            DepartmentRef department = departments.byId(f.departmentId()).orElseThrow();
            if (access.reads(caller, department)) {
                readable.add(view(f, department));
            }
        }
        return readable;
    }

    /**
     * A department's files in the given statuses (all when none are given), those waiting to start first, then newest
     * first: "my supervision files" for its people, its system and oversight.
     */
    public ResultPage<SupervisionFileView> list(Caller caller, String departmentCode, Set<FileStatus> statuses,
            String licenceOrHolder, int offset, int max) {
        DepartmentRef department = departmentCode == null ? caller.department() : departments.require(departmentCode);
        if (department == null) {
            throw new IllegalArgumentException("请指定部门 / Name the department whose supervision files to list");
        }
        if (!access.reads(caller, department)) {
            AccessPolicy.require(caller, Permission.SUPERVISE, Scope.department(department));
        }
        Set<FileStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(FileStatus.class)
                : EnumSet.copyOf(statuses);
        String search = Texts.isBlank(licenceOrHolder) ? "%" : "%" + licenceOrHolder.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " from SupervisionFile f where f.departmentId = :department and f.status in :statuses"
                + " and (lower(f.licenceNumber) like :search escape '\\' or lower(f.holderName) like :search escape '\\')";
        long total = em.createQuery("select count(f)" + where, Long.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).setParameter("search", search).getSingleResult();
        // The status is stored by name: AWAITING_START sorts before STARTED.
        List<SupervisionFile> rows = em.createQuery("select f" + where + " order by f.status, f.openedAt desc, f.id desc",
                SupervisionFile.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).setParameter("search", search).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
        return new ResultPage<>(rows.stream().map(f -> view(f, department)).toList(), total, false);
    }

    /** What was done with the file, oldest first: its timeline. */
    public List<AuditRecord> timeline(Caller caller, long id) {
        return audit.history(RECORD_TYPE, key(access.readable(caller, id).file()));
    }

    /** Whether the caller may start supervision or record measures on the file. */
    public boolean mayAct(Caller caller, SupervisionFileView file) {
        return access.mayAct(caller, file.departmentCode());
    }

    private SupervisionFile file(String licenceNumber, long departmentId) {
        return em.createNamedQuery("SupervisionFile.of", SupervisionFile.class).setParameter("licence", licenceNumber)
                .setParameter("department", departmentId).getResultStream().findFirst().orElse(null);
    }

    private SupervisionFileView view(SupervisionFile f, DepartmentRef department) {
        DutyView clock = duties.about(PUSH_RECORD, Long.toString(f.handoverId())).stream()
                .filter(d -> d.kind() == DutyKind.START_SUPERVISION).max(Comparator.comparingLong(DutyView::id))
                .orElse(null);
        return new SupervisionFileView(f.id(), f.licenceNumber(), f.holderName(), f.itemCode(), department.code(),
                department.unitCode(), f.handoverId(), f.openedAt(), f.status(), f.supervisor(), f.firstMeasure(),
                f.startedOn(), f.startedAt(), f.startedBy(), clock == null ? null : clock.dueAt(),
                clock == null ? null : clock.status());
    }

    private static String key(SupervisionFile file) {
        return Long.toString(file.id());
    }
}
