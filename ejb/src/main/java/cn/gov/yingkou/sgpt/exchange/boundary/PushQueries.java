package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditEvidence;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.control.PayloadDisclosure;
import cn.gov.yingkou.sgpt.exchange.entity.Delivery;
import cn.gov.yingkou.sgpt.exchange.entity.DeliveryAttempt;
import cn.gov.yingkou.sgpt.exchange.entity.Handover;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.platform.boundary.Sorting;
import cn.gov.yingkou.sgpt.shared.QueryFilter;
import cn.gov.yingkou.sgpt.shared.Texts;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * The two sides of the hand-over: a department's inbox (what was pushed to it) and an approval bureau's
 * outbox (what it issued), by status, paged in the database; and one push with its clocks and its timeline.
 */
@Stateless
public class PushQueries {

    /**
     * A push with every clock it has had and every step taken, oldest first, and which of the push page's actions
     * the caller may take on it now.
     */
    public record Detail(PushView push, List<DutyView> clocks, List<AuditRecord> timeline,
            List<DeliveryView> deliveries, boolean mayManageDelivery, boolean mayArrangeOffPlatform,
            boolean mayRecordReceipt, boolean maySign, boolean mayWithdraw) {
    }

    /** A push and its audit entries with their places in the chain. */
    public record Proof(PushView push, List<AuditEvidence> steps) {
    }

    /** The columns a list of pushes may be sorted by, and where the query finds them. */
    private static final Map<String, String> SORTABLE = Map.of("licence", "p.licenceNumber", "item", "p.itemCode",
            "status", "p.status", "issuedAt", "p.issuedAt", "pushedAt", "p.pushedAt", "changedAt", "p.changedAt");

    /**
     * A box counts its hand-overs up to this many and says "at least" beyond: an exact count of a box of half a million
     * costs a tenth of a second and more, and nobody pages that far; a clerk narrows the search instead.
     */
    public static final int COUNT_CAP = 10_000;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    @EJB
    DutyService duties;

    @EJB
    AuditTrail audit;

    @EJB
    PayloadDisclosure disclosure;

    /**
     * What was pushed to the department (people of it, or its system): those to sign for oldest (soonest due)
     * first, the others newest first; {@code licence}, if given, keeps the licences starting with it; {@code overdueOnly}
     * keeps those whose signing clock has run out.
     */
    public ResultPage<PushView> inbox(Caller caller, DepartmentRef department, Set<PushStatus> statuses, String licence,
            boolean overdueOnly, int first, int size) {
        return inbox(caller, department, statuses, PushFilter.licence(licence), overdueOnly, null, first, size);
    }

    /** The same, narrowed by the filter and in the order asked for (null: the inbox's own). */
    public ResultPage<PushView> inbox(Caller caller, DepartmentRef department, Set<PushStatus> statuses, PushFilter filter,
            boolean overdueOnly, Sorting sorting, int first, int size) {
        AccessPolicy.require(caller, Permission.RECEIVE_HANDOVERS, Scope.department(department));
        boolean toSign = overdueOnly || statuses != null && EnumSet.of(PushStatus.PUSHED).equals(statuses);
        return page(caller, "p.toDepartmentId", department, overdueOnly ? EnumSet.of(PushStatus.PUSHED) : statuses, filter,
                overdueOnly, first, size, Sorting.orderBy(sorting, SORTABLE,
                        toSign ? "p.pushedAt, p.id" : "p.changedAt desc, p.id desc", "p.id"));
    }

    /**
     * What the approval bureau issued: those still to push oldest (most urgent) first, the others newest first;
     * {@code licence}, if given, keeps the licences starting with it;
     * {@code overdueOnly} keeps those whose push clock (or, once pushed, the department's signing clock) has run out,
     * the one run out longest ago first.
     */
    public ResultPage<PushView> outbox(Caller caller, DepartmentRef bureau, Set<PushStatus> statuses, String licence,
            boolean overdueOnly, int first, int size) {
        return outbox(caller, bureau, statuses, PushFilter.licence(licence), overdueOnly, null, first, size);
    }

    /** The same, narrowed by the filter and in the order asked for (null: the outbox's own). */
    public ResultPage<PushView> outbox(Caller caller, DepartmentRef bureau, Set<PushStatus> statuses, PushFilter filter,
            boolean overdueOnly, Sorting sorting, int first, int size) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(bureau));
        boolean toPush = statuses != null && !statuses.isEmpty()
                && EnumSet.of(PushStatus.PENDING, PushStatus.RETURNED).containsAll(statuses);
        return page(caller, "p.fromDepartmentId", bureau, statuses, filter, overdueOnly, first, size,
                Sorting.orderBy(sorting, SORTABLE, overdueOnly ? "p.dueAt, p.id" : toPush ? "p.issuedAt, p.id"
                        : "p.changedAt desc, p.id desc", "p.id"));
    }

    /**
     * For oversight (Art 21): every push a department has sent back and the bureau has not routed again, the
     * longest waiting first, across units.
     */
    public ResultPage<PushView> returned(Caller caller, String licence, int first, int size) {
        return returned(caller, PushFilter.licence(licence), null, first, size);
    }

    /** The same, narrowed by the filter and in the order asked for (null: the longest waiting first). */
    public ResultPage<PushView> returned(Caller caller, PushFilter filter, Sorting sorting, int first, int size) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.platform());
        if (!Texts.isBlank(filter.applicant())) {
            // Oversight reads the results masked: matching a full identifier against them would tell it what it may
            // not read.
            throw new IllegalArgumentException("监督查看的推送不能按申请人筛选 / Pushes read for oversight are not filtered by "
                    + "applicant");
        }
        return page(caller, null, null, EnumSet.of(PushStatus.RETURNED), filter, false, first, size,
                Sorting.orderBy(sorting, SORTABLE, "p.returnedAt, p.id", "p.id"));
    }

    /** The push of a licence, for either side of it. */
    public Detail ofLicence(Caller caller, String licence) {
        Handover push = em.createNamedQuery("Handover.resultOfLicence", Handover.class)
                .setParameter("licence", licence == null ? "" : licence.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("证照 " + licence + " 没有推送 / No push for licence " + licence));
        return detail(caller, push);
    }

    /**
     * Every hand-over about the licence that the caller may read (its sides' people, oversight), oldest first: its
     * result, the penalty decisions about it and the licence actions on it, for the licence's history.
     */
    public List<PushView> aboutLicence(Caller caller, String licence) {
        List<PushView> readable = em.createNamedQuery("Handover.aboutLicence", Handover.class)
                .setParameter("licence", licence == null ? "" : licence.strip()).getResultStream()
                .filter(p -> readable(caller, p)).map(p -> view(p, departments)).toList();
        return readable.isEmpty() ? readable : disclosure.page(caller, readable);
    }

    private boolean readable(Caller caller, Handover push) {
        try {
            requireReadable(caller, push);
            return true;
        } catch (RecordNotFound | cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied e) {
            return false;
        }
    }

    /**
     * The licence numbers (a document's number where there is no licence, as for a case transfer) of those pushes among
     * {@code ids} that the department pushed or was pushed, by push id: how its duty list names the push a clock runs
     * on (others are left out, not refused).
     */
    public Map<Long, String> licenceNumbers(Caller caller, DepartmentRef department, Collection<Long> ids) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(department));
        return licenceNumbers(ids, department.id());
    }

    /** The same for one who reads every department's records (oversight): whichever departments the pushes joined. */
    public Map<Long, String> licenceNumbers(Caller caller, Collection<Long> ids) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.platform());
        return licenceNumbers(ids, null);
    }

    private Map<Long, String> licenceNumbers(Collection<Long> ids, Long department) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // A hand-over without a licence (a case transfer, its outcome) is known by its document's number.
        var query = em.createQuery("select p.id, coalesce(p.licenceNumber, p.documentNumber) from Handover p "
                + "where p.id in :ids" + (department == null
                ? "" : " and (p.fromDepartmentId = :department or p.toDepartmentId = :department)"), Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT);
        if (department != null) {
            query.setParameter("department", department);
        }
        return query.getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public Detail detail(Caller caller, long id) {
        return detail(caller, Pushes.find(em, id, LockModeType.NONE));
    }

    /**
     * The proof of a push's hand-over: the push and every step taken on it, each with its place in the sealed audit
     * chain, for the bureau to show when it pushed and the department when it signed (Art 17).
     */
    public Proof proof(Caller caller, long id) {
        Handover push = Pushes.find(em, id, LockModeType.NONE);
        requireReadable(caller, push);
        PushView shown = disclosure.one(caller, view(push, departments));
        return new Proof(shown, audit.evidence(Pushes.RECORD_TYPE, Pushes.key(push)).stream()
                .filter(step -> !step.entry().action().equals(AuditTrail.PERSONAL_DATA_READ)).toList());
    }

    private Detail detail(Caller caller, Handover push) {
        DepartmentRef from = departments.byId(push.fromDepartmentId()).orElseThrow();
        DepartmentRef to = requireReadable(caller, push);
        String key = Pushes.key(push);
        PushView shown = disclosure.one(caller, view(push, departments));
        return new Detail(shown, duties.about(Pushes.RECORD_TYPE, key), audit.history(Pushes.RECORD_TYPE, key).stream()
                .filter(step -> !step.action().equals(AuditTrail.PERSONAL_DATA_READ)).toList(), deliveries(push),
                Pushes.eitherSide(caller, push.kind(), from, to),
                Pushes.mayArrangeOffPlatform(caller, push, from), Pushes.mayRecordReceipt(caller, push, from, to),
                Pushes.maySign(caller, push, to), Pushes.mayWithdraw(caller, push, from));
    }

    /**
     * Either side's people and oversight may read a hand-over, and either side's system (the sender's for what it may
     * send, the receiver's for what it receives); returns the receiving department.
     */
    private DepartmentRef requireReadable(Caller caller, Handover push) {
        DepartmentRef from = departments.byId(push.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(push.toDepartmentId()).orElseThrow();
        if (!AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.department(from))
                && !Pushes.eitherSide(caller, push.kind(), from, to)) {
            AccessPolicy.requireVisible(caller, Permission.RECEIVE_HANDOVERS, Scope.department(to),
                    () -> Pushes.noSuchPush(push.id()));
        }
        return to;
    }

    private List<DeliveryView> deliveries(Handover push) {
        return em.createNamedQuery("Delivery.ofPush", Delivery.class).setParameter("push", push.id()).getResultStream()
                .map(d -> DeliveryView.of(d, departments.byId(d.departmentId()).orElseThrow().code(),
                        em.createNamedQuery("DeliveryAttempt.ofDelivery", DeliveryAttempt.class)
                                .setParameter("delivery", d.id()).getResultList()))
                .toList();
    }

    private ResultPage<PushView> page(Caller caller, String side, DepartmentRef department, Set<PushStatus> statuses,
            PushFilter filter, boolean overdueOnly, int first, int size, String orderBy) {
        if (first < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + size);
        }
        Set<PushStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(PushStatus.class)
                : EnumSet.copyOf(statuses);
        QueryFilter where = new QueryFilter().with("p.kind = :kind", "kind", filter.kind())
                .with("p.status in :statuses", "statuses", wanted)
                .equal("p.itemCode", "item", filter.itemCode())
                .onDays("p.issuedAt", "issued", filter.issuedFrom(), filter.issuedUntil())
                // The result pushed names the applicant (its name and identifier are among every push list's fields).
                .containing("p.payload", "applicant", filter.applicant());
        if (side != null) {
            where.with(side + " = :department", "department", department.id());
        }
        if (!Texts.isBlank(filter.licence())) {
            where.with("p.licenceNumber like :licence escape '\\'", "licence",
                    QueryFilter.escapeLike(filter.licence().strip()) + "%");
        }
        if (overdueOnly) {
            // The running clock's deadline is on the row: the overdue boxes are a range of an index.
            where.with("p.dueAt < :now", "now", Instant.now());
        }
        // The ids up to one past the cap, off the box's index: a count that stops there.
        long total = where.bind(em.createQuery("select p.id from Handover p" + where.where(), Long.class))
                .setMaxResults(COUNT_CAP + 1).getResultList().size();
        List<PushView> page = disclosure.page(caller, where.bind(em.createQuery("select p from Handover p" + where.where()
                + orderBy, Handover.class)).setFirstResult(first).setMaxResults(size).getResultStream()
                .map(p -> view(p, departments)).toList());
        return new ResultPage<>(page, Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /** The hand-over as shown, with the deadline of whichever clock runs on it now (push, sign, supervision), if any. */
    static PushView view(Handover p, Departments departments) {
        DepartmentRef from = departments.byId(p.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(p.toDepartmentId()).orElseThrow();
        return new PushView(p.id(), p.messageId(), from.unitCode(), p.licenceNumber(), p.applicationNumber(), p.itemCode(),
                from.code(), to.code(), p.payload(), p.status(), p.issuedAt(), p.pushedAt(), p.pushedBy(), p.signedAt(),
                p.signedBy(), p.returnedAt(), p.returnReason(), p.dueAt(), p.changedAt(),
                p.handedOverBy(), p.agreedManner(), p.agreedWith(), p.agreedDueAt(), p.receiptRecordedBy(),
                p.dueAt() != null && p.dueAt().isBefore(Instant.now()), p.kind(), p.documentNumber(), p.answersId(),
                p.withdrawnAt(), p.withdrawReason());
    }
}
