package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.duty.entity.DutyKind;
import cn.gov.yingkou.sgpt.exchange.control.PushPayload;
import cn.gov.yingkou.sgpt.exchange.entity.PushStatus;
import cn.gov.yingkou.sgpt.exchange.entity.ResultPush;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceIssued;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.entity.DepartmentRole;

/**
 * The hand-over of Art 17. An issued licence prepares its push in the issuing transaction and opens the
 * approval bureau's 2-working-day push clock (pushed at once where the item's push list says so); the push
 * opens the receiving department's 2-working-day signing clock, and responsibility passes with it; signing
 * opens the supervision clock; a department may send a misrouted push back, and the bureau routes it again
 * under a new push clock. Every step is audited with its channel.
 */
@Stateless
public class Pushes {

    static final String RECORD_TYPE = "push";
    static final int PUSH_DAYS = 2;
    static final int SIGN_DAYS = 2;
    /** "及时" (Art 17): how many working days a department has to start supervision; -Dsgpt.supervision.start.days. */
    static final int SUPERVISION_DAYS = Integer.getInteger("sgpt.supervision.start.days", 5);

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    ItemFacts items;

    @EJB
    Departments departments;

    @EJB
    DutyService duties;

    @EJB
    AuditTrail audit;

    /** A licence entered the register: its push is prepared, in the same transaction. */
    public void prepare(@Observes LicenceIssued issued) {
        var licence = issued.licence();
        ItemFacts.Item item = items.inForce(licence.unitCode(), licence.itemCode());
        DepartmentRef bureau = departments.require(licence.issuingDepartmentCode());
        DepartmentRef receiver = departments.require(item.pushRoute().receivingDepartmentCode());
        Instant now = Instant.now();
        ResultPush push = new ResultPush(bureau.unitId(), licence.number(), licence.applicationNumber(), item.code(),
                bureau.id(), receiver.id(), PushPayload.of(item.pushRoute().fields(), licence, issued.application()),
                licence.issuedAt(), now);
        em.persist(push);
        em.flush();
        duties.open(new OpenDuty(DutyKind.PUSH_RESULT, RECORD_TYPE, key(push), bureau.code(), licence.issuedAt(),
                new DutyLimit.WorkingDays(PUSH_DAYS)), issued.actor());
        audit.record(issued.actor(), "push.prepare", RECORD_TYPE, key(push), licence.number() + " to " + receiver.code()
                + " with " + item.pushRoute().fields());
        if (item.pushRoute().automatic()) {
            hand(push, receiver, issued.actor(), now);
        }
    }

    /** The approval bureau pushes, to the department the push list names or (after a return) to another. */
    public PushView push(Caller caller, long id, String toDepartmentCode) {
        ResultPush push = load(id);
        DepartmentRef bureau = departments.byId(push.fromDepartmentId()).orElseThrow();
        AccessPolicy.require(caller, Permission.PUSH_RESULT, Scope.department(bureau));
        DepartmentRef receiver = toDepartmentCode == null || toDepartmentCode.isBlank()
                ? departments.byId(push.toDepartmentId()).orElseThrow() : departments.require(toDepartmentCode);
        if (receiver.unitId() != push.unitId() || receiver.role() != DepartmentRole.COMPETENT_DEPARTMENT) {
            throw new IllegalArgumentException("只能推送给本单位的行业主管部门：" + receiver.code() + " / A result goes to a competent "
                    + "department of the same unit: " + receiver.code());
        }
        hand(push, receiver, caller.actor(), Instant.now());
        return view(push);
    }

    /** Several pushes at once, all or none. */
    public List<PushView> pushAll(Caller caller, List<Long> ids) {
        return ids.stream().map(id -> push(caller, id, null)).toList();
    }

    /** Signs for the push; signing again what the same caller signed answers the signed push (a repeated message). */
    public PushView sign(Caller caller, long id) {
        ResultPush push = received(caller, id);
        if (push.status() == PushStatus.SIGNED && caller.username().equals(push.signedBy())) {
            return view(push);
        }
        Instant now = Instant.now();
        push.sign(caller.username(), now);
        duties.completePending(DutyKind.SIGN_FOR_RESULT, RECORD_TYPE, key(push), now, caller.actor());
        DepartmentRef receiver = departments.byId(push.toDepartmentId()).orElseThrow();
        duties.open(new OpenDuty(DutyKind.START_SUPERVISION, RECORD_TYPE, key(push), receiver.code(), now,
                new DutyLimit.WorkingDays(SUPERVISION_DAYS)), caller.actor());
        audit.record(caller.actor(), "push.sign", RECORD_TYPE, key(push), push.licenceNumber() + " by " + receiver.code());
        return view(push);
    }

    /** Sent back as misrouted: the bureau has 2 working days to route it again. */
    public PushView giveBack(Caller caller, long id, String reason) {
        ResultPush push = received(caller, id);
        Instant now = Instant.now();
        push.giveBack(reason, now);
        duties.completePending(DutyKind.SIGN_FOR_RESULT, RECORD_TYPE, key(push), now, caller.actor());
        DepartmentRef bureau = departments.byId(push.fromDepartmentId()).orElseThrow();
        duties.open(new OpenDuty(DutyKind.PUSH_RESULT, RECORD_TYPE, key(push), bureau.code(), now,
                new DutyLimit.WorkingDays(PUSH_DAYS)), caller.actor());
        audit.record(caller.actor(), "push.return", RECORD_TYPE, key(push), push.returnReason());
        return view(push);
    }

    private void hand(ResultPush push, DepartmentRef receiver, Actor actor, Instant at) {
        push.push(receiver.id(), actor.username(), at);
        duties.completePending(DutyKind.PUSH_RESULT, RECORD_TYPE, key(push), at, actor);
        duties.open(new OpenDuty(DutyKind.SIGN_FOR_RESULT, RECORD_TYPE, key(push), receiver.code(), at,
                new DutyLimit.WorkingDays(SIGN_DAYS)), actor);
        audit.record(actor, "push.push", RECORD_TYPE, key(push), push.licenceNumber() + " to " + receiver.code()
                + " over " + actor.channel());
    }

    private ResultPush received(Caller caller, long id) {
        ResultPush push = load(id);
        AccessPolicy.require(caller, Permission.SIGN_FOR_RESULT,
                Scope.department(departments.byId(push.toDepartmentId()).orElseThrow()));
        return push;
    }

    private ResultPush load(long id) {
        ResultPush push = em.find(ResultPush.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (push == null) {
            throw new IllegalArgumentException("没有编号为 " + id + " 的推送 / No push " + id);
        }
        return push;
    }

    PushView view(ResultPush p) {
        return PushQueries.view(p, departments, duties);
    }

    static String key(ResultPush push) {
        return Long.toString(push.id());
    }
}
