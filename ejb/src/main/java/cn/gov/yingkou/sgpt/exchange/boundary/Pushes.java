package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyRescheduled;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.exchange.control.HandoverRules;
import cn.gov.yingkou.sgpt.exchange.control.PayloadDisclosure;
import cn.gov.yingkou.sgpt.exchange.control.PushPayload;
import cn.gov.yingkou.sgpt.exchange.entity.Delivery;
import cn.gov.yingkou.sgpt.exchange.entity.Handover;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceIssued;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * The hand-over of Art 17. An issued licence prepares its push in the issuing transaction and opens the
 * approval bureau's 2-working-day push clock (pushed at once where the item's push list says so); the push
 * opens the receiving department's 2-working-day signing clock, and responsibility passes with it; signing
 * opens the supervision clock; a department may send a misrouted push back, and the bureau routes it again
 * under a new push clock. Every step is audited with its channel.
 *
 * <p>How the push reaches the department follows its receiving channel: the platform inbox always; for a
 * department with an industry system, also an outbox entry in the same transaction, which the delivery worker
 * sends over SOAP; for one off the platform (Art 17 ¶2), the bureau first records the agreed manner and
 * deadline, then the hand-over, and both clocks follow the agreed date.
 */
@Stateless
public class Pushes {

    static final String RECORD_TYPE = PayloadDisclosure.PUSH_RECORD;
    /** "及时" (Art 17): how many working days a department has to start supervision; -Dsgpt.supervision.start.days. */
    static final int SUPERVISION_DAYS = Integer.getInteger("sgpt.supervision.start.days", 5);
    private static final String NOTHING_WAITS = "该推送没有等待投递的记录 / Nothing of this push waits to be delivered";

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

    @EJB
    ReceivingChannels channels;

    @EJB
    CalendarService calendar;

    @Inject
    Event<HandoverSigned> signedFor;

    /** A licence entered the register: its push is prepared, in the same transaction. */
    public void prepare(@Observes LicenceIssued issued) {
        var licence = issued.licence();
        ItemFacts.Item item = items.inForce(licence.unitCode(), licence.itemCode());
        DepartmentRef bureau = departments.require(licence.issuingDepartmentCode());
        DepartmentRef receiver = departments.require(item.pushRoute().receivingDepartmentCode());
        Instant now = Instant.now();
        ReceivingKind kind = channels.kindOf(receiver.id());
        boolean atOnce = item.pushRoute().automatic() && kind != ReceivingKind.OFF_PLATFORM;
        Handover push = Handover.result(bureau.unitId(), licence.number(), licence.applicationNumber(), item.code(),
                bureau.id(), receiver.id(), PushPayload.of(item.pushRoute().fields(), licence, issued.application()),
                licence.issuedAt(), now);
        begin(push, bureau, receiver, kind, atOnce, now, issued.actor(), licence.number() + " to " + receiver.code()
                + " with " + item.pushRoute().fields(), AuditFacts.of("licence", licence.number())
                        .with("receiver", receiver.code()).with("fields", item.pushRoute().fields()));
    }

    /**
     * Another context hands a document over (a penalty decision, a licence action): the sender's clock opens from when
     * the document was made, and with {@code now} it is handed over at once (an industry system's report is its
     * hand-over). Answers the hand-over, which the sender pushes from its outbox otherwise.
     */
    public PushView open(NewHandover document, boolean now, Actor actor) {
        DepartmentRef from = departments.require(document.fromDepartmentCode());
        DepartmentRef to = departments.require(document.toDepartmentCode());
        requireReceives(document.kind(), to);
        Instant at = Instant.now();
        Handover handover = new Handover(document.kind(), from.unitId(), document.licenceNumber(),
                document.documentNumber(), document.itemCode(), from.id(), to.id(), document.payload(), document.madeAt(),
                at, document.answers());
        ReceivingKind kind = channelOf(to, document.kind());
        begin(handover, from, to, kind, now && kind != ReceivingKind.OFF_PLATFORM, at, actor, document.kind() + " "
                + document.documentNumber() + (document.licenceNumber() == null ? "" : " on " + document.licenceNumber())
                + " to " + to.code(), AuditFacts.of("kind", document.kind()).with("document", document.documentNumber())
                        .with("licence", document.licenceNumber()).with("receiver", to.code()));
        return view(handover);
    }

    /**
     * The sender takes back what the receiver has not signed for (a decision recorded in error, decided again): the
     * clocks running on it stop, a delivery waiting for the receiver's system is withdrawn. A result cannot be taken
     * back: a licence in the register has a supervisor.
     */
    public PushView withdraw(Caller caller, long id, String reason) {
        return withdraw(caller, generic(load(id)), reason);
    }

    /** A case transfer is taken back by its context, with the transfer. */
    public PushView takeBack(Caller caller, long id, String reason) {
        return withdraw(caller, ownedByItsContext(load(id)), reason);
    }

    private PushView withdraw(Caller caller, Handover handover, String reason) {
        requireSender(caller, handover);
        if (handover.kind() == DocumentKind.RESULT) {
            throw new IllegalStateException("审批结果不能撤回，只能改推 / An approval result cannot be withdrawn, only routed "
                    + "again");
        }
        Instant now = Instant.now();
        handover.withdraw(reason, now);
        String why = "发送方已撤回 / Withdrawn by the sender: " + handover.withdrawReason();
        for (DutyView clock : duties.about(RECORD_TYPE, key(handover))) {
            if (clock.status().pending()) {
                duties.cancel(clock.id(), why, caller.actor());
            }
        }
        handover.clockDue(null);
        boolean delivery = withdrawDeliveries(handover, why, now);
        audit.record(caller.actor(), "push.withdraw", RECORD_TYPE, key(handover), handover.withdrawReason()
                + (delivery ? " (pending delivery to the industry system withdrawn)" : ""),
                AuditFacts.of("reason", handover.withdrawReason()).with("deliveryWithdrawn", delivery ? "yes" : null));
        return view(handover);
    }

    /**
     * Writes the hand-over with the sender's clock, which runs from when the document was made; handed over {@code
     * atOnce}, it is written already pushed with that clock done, and the receiver's clock opens: one insert, no updates.
     */
    private void begin(Handover handover, DepartmentRef from, DepartmentRef to, ReceivingKind kind, boolean atOnce,
            Instant at, Actor actor, String detail, AuditFacts facts) {
        if (atOnce) {
            handover.push(to.id(), kind.name(), actor.username(), at);
        }
        handover.clockDue(calendar.deadline(atOnce ? at : handover.issuedAt(), new DutyLimit.WorkingDays(atOnce
                ? HandoverRules.signDays(handover.kind()) : HandoverRules.PUSH_DAYS)).dueAt());
        em.persist(handover);
        OpenDuty pushClock = new OpenDuty(HandoverRules.pushDuty(handover.kind()), RECORD_TYPE, key(handover), from.code(),
                handover.issuedAt(), new DutyLimit.WorkingDays(HandoverRules.PUSH_DAYS));
        if (atOnce) {
            duties.openDone(pushClock, at, actor);
        } else {
            duties.open(pushClock, actor);
        }
        audit.record(actor, "push.prepare", RECORD_TYPE, key(handover), detail, facts);
        if (atOnce) {
            handedOver(handover, to, kind, actor, at, true);
        }
    }

    /** A clock on a hand-over was counted again (next year's arrangement came out): the hand-over keeps its deadline. */
    public void rescheduled(@Observes DutyRescheduled clock) {
        if (!RECORD_TYPE.equals(clock.subjectType())) {
            return;
        }
        Handover handover = em.find(Handover.class, Long.valueOf(clock.subjectKey()));
        if (handover != null && handover.dueAt() != null) {
            handover.clockDue(clock.dueAt());
        }
    }

    /** The approval bureau pushes, to the department the push list names or (after a return) to another. */
    public PushView push(Caller caller, long id, String toDepartmentCode) {
        return push(caller, generic(load(id)), toDepartmentCode);
    }

    /** A case transfer returned as not the receiver's is sent on by its context (see {@link HandoverRules#decidedInItsContext}). */
    public PushView sendOn(Caller caller, long id, String toDepartmentCode) {
        return push(caller, ownedByItsContext(load(id)), toDepartmentCode);
    }

    private PushView push(Caller caller, Handover push, String toDepartmentCode) {
        requireSender(caller, push);
        DepartmentRef receiver = receiver(push, toDepartmentCode);
        if (push.agreedOffPlatform() && receiver.id() != push.toDepartmentId()) {
            throw new IllegalArgumentException("线下推送已约定给 " + departments.byId(push.toDepartmentId()).orElseThrow().code()
                    + " / The off-platform hand-over was agreed with another department");
        }
        Instant now = Instant.now();
        hand(push, receiver, caller.actor(), now, now, duties.pending(HandoverRules.pushDuty(push.kind()), RECORD_TYPE,
                key(push)));
        return view(push);
    }

    /**
     * Art 17 ¶2: the agreed off-platform hand-over took place at {@code handedAt} (the copy was read on site, the fax
     * went), recorded now. The push clock is judged by that time if it is still running; one the sweep already marked
     * overdue stays late: the record is part of the duty and was not made in time.
     */
    public PushView handOverOffPlatform(Caller caller, long id, Instant handedAt) {
        Handover push = generic(load(id));
        requireSender(caller, push);
        if (!push.agreedOffPlatform()) {
            throw new IllegalStateException("请先登记与行业主管部门约定的线下推送方式和时限 / Record the off-platform "
                    + "agreement with the department first");
        }
        DepartmentRef receiver = departments.byId(push.toDepartmentId()).orElseThrow();
        hand(push, receiver, caller.actor(), handedAt, Instant.now(),
                duties.pending(HandoverRules.pushDuty(push.kind()), RECORD_TYPE, key(push)));
        return view(push);
    }

    /**
     * Art 17 ¶2: the department signed for an off-platform hand-over on paper (a receipt on the copy, a faxed reply);
     * the bureau that holds the receipt, or the department itself, enters who signed and when. The signing clock is
     * judged by that time as above, and the supervision clock runs from it.
     */
    public PushView recordOffPlatformReceipt(Caller caller, long id, String signer, Instant signedAt) {
        Handover push = generic(load(id));
        DepartmentRef to = requireEitherSide(caller, push);
        Instant now = Instant.now();
        push.signOffPlatform(signer, signedAt, caller.username(), now);
        signed(push, to, push.signedAt(), caller.actor());
        audit.record(caller.actor(), "push.sign-off-platform", RECORD_TYPE, key(push), push.licenceNumber() + " signed for "
                + to.code() + " by " + push.signedBy() + " at " + push.signedAt() + " (" + push.agreedManner()
                + "), entered at " + now, AuditFacts.of("receiver", to.code()).with("signer", push.signedBy())
                        .with("signed", push.signedAt()).with("manner", push.agreedManner()));
        return view(push);
    }

    /**
     * Art 17 ¶2: the bureau and the department agreed to hand the result over off the platform (on-site reading,
     * copy, fax…) by the end of {@code dueDate}; the push clock now runs to that date, and so will the signing
     * clock. The agreement must be made while the push is still on time: it is not a way to excuse a late one.
     */
    public PushView agreeOffPlatform(Caller caller, long id, String toDepartmentCode, String manner, String agreedWith,
            LocalDate dueDate) {
        Handover push = generic(load(id));
        DepartmentRef bureau = requireSender(caller, push);
        DepartmentRef receiver = receiver(push, toDepartmentCode);
        if (dueDate == null) {
            throw new IllegalArgumentException("请填写约定时限 / Give the agreed deadline");
        }
        Instant now = Instant.now();
        DutyKind pushDuty = HandoverRules.pushDuty(push.kind());
        var pending = duties.pending(pushDuty, RECORD_TYPE, key(push)).orElseThrow(() ->
                new IllegalStateException("推送当前为 " + push.status() + "，不能约定线下推送 / The push is " + push.status()));
        if (pending.status() == DutyStatus.OVERDUE || !pending.dueAt().isAfter(now)) {
            throw new IllegalStateException("推送已逾期，不能再约定时限 / The push is already overdue; an agreement cannot "
                    + "extend it");
        }
        Instant dueAt = dueDate.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
        push.agreeOffPlatform(receiver.id(), manner, agreedWith, dueAt, now);
        duties.cancel(pending.id(), "约定线下推送，时限至 " + dueDate + " / agreed off-platform hand-over by " + dueDate,
                caller.actor());
        push.clockDue(duties.open(new OpenDuty(pushDuty, RECORD_TYPE, key(push), bureau.code(), now,
                new DutyLimit.Agreed(dueAt)), caller.actor()).dueAt());
        audit.record(caller.actor(), "push.agree-off-platform", RECORD_TYPE, key(push), push.licenceNumber() + " to "
                + receiver.code() + " by " + push.agreedManner() + ", agreed with " + push.agreedWith() + ", due " + dueDate,
                AuditFacts.of("receiver", receiver.code()).with("manner", push.agreedManner())
                        .with("agreedWith", push.agreedWith()).with("due", dueAt));
        return view(push);
    }

    /** Several pushes at once, all or none. */
    public List<PushView> pushAll(Caller caller, List<Long> ids) {
        return ids.stream().map(id -> push(caller, id, null)).toList();
    }

    /** Several pushes signed for at once, all or none. */
    public List<PushView> signAll(Caller caller, List<Long> ids) {
        return ids.stream().map(id -> sign(caller, id)).toList();
    }

    /** Signs for the push; signing again what the same caller signed answers the signed push (a repeated message). */
    public PushView sign(Caller caller, long id) {
        return sign(caller, generic(received(caller, id)));
    }

    /**
     * A case transfer's decision (accepted, declined) signs for its hand-over, in the transfer's context, which has
     * checked that the caller decides for the receiver (TRANSFER_CASES: a case system need not hold EXCHANGE).
     */
    public PushView signOnDecision(Caller caller, long id) {
        return sign(caller, ownedByItsContext(load(id)));
    }

    private PushView sign(Caller caller, Handover push) {
        if (push.status() == PushStatus.SIGNED && caller.username().equals(push.signedBy())) {
            return view(push);
        }
        Instant now = Instant.now();
        push.sign(caller.username(), now);
        DepartmentRef receiver = departments.byId(push.toDepartmentId()).orElseThrow();
        signed(push, receiver, now, caller.actor());
        audit.record(caller.actor(), "push.sign", RECORD_TYPE, key(push), push.licenceNumber() + " by " + receiver.code(),
                AuditFacts.of("receiver", receiver.code()));
        return view(push);
    }

    /**
     * Signed for: the receiver's signing clock stops; a result's supervisor has its clock to start supervision, and
     * whatever keeps its records of the licence hears of it.
     */
    private void signed(Handover push, DepartmentRef receiver, Instant at, Actor actor) {
        duties.completePending(HandoverRules.signDuty(push.kind()), RECORD_TYPE, key(push), at, actor);
        push.clockDue(push.kind() != DocumentKind.RESULT ? null : duties.open(new OpenDuty(DutyKind.START_SUPERVISION,
                RECORD_TYPE, key(push), receiver.code(), at, new DutyLimit.WorkingDays(SUPERVISION_DAYS)), actor).dueAt());
        signedFor.fire(new HandoverSigned(push.id(), push.kind(), push.licenceNumber(), push.itemCode(), push.unitId(),
                receiver, at, actor));
    }

    /** Sent back as misrouted: the sender has 2 working days to route it again. */
    public PushView giveBack(Caller caller, long id, String reason) {
        return giveBack(caller, generic(received(caller, id)), reason);
    }

    /** A case transfer returned as not the receiver's sends its hand-over back, in the transfer's context (as above). */
    public PushView giveBackOnDecision(Caller caller, long id, String reason) {
        return giveBack(caller, ownedByItsContext(load(id)), reason);
    }

    private PushView giveBack(Caller caller, Handover push, String reason) {
        Instant now = Instant.now();
        push.giveBack(reason, now);
        duties.completePending(HandoverRules.signDuty(push.kind()), RECORD_TYPE, key(push), now, caller.actor());
        DepartmentRef bureau = departments.byId(push.fromDepartmentId()).orElseThrow();
        push.clockDue(duties.open(new OpenDuty(HandoverRules.pushDuty(push.kind()), RECORD_TYPE, key(push), bureau.code(),
                now, new DutyLimit.WorkingDays(HandoverRules.PUSH_DAYS)), caller.actor()).dueAt());
        boolean withdrawn = withdrawDeliveries(push, "部门已退回 / Sent back by the department: " + push.returnReason(), now);
        audit.record(caller.actor(), "push.return", RECORD_TYPE, key(push), push.returnReason()
                + (withdrawn ? " (pending delivery to the industry system withdrawn)" : ""),
                AuditFacts.of("reason", push.returnReason()).with("deliveryWithdrawn", withdrawn ? "yes" : null));
        return view(push);
    }

    /**
     * Asks for the push's delivery to be tried at once instead of after its back-off pause (up to 15 minutes),
     * typically once the receiving system has been repaired. Its receiver's whole queue becomes due: the
     * pushes behind it would wait for it anyway. The bureau that pushed or the receiving department may ask.
     */
    public PushView retryDeliveryNow(Caller caller, long id) {
        Handover push = find(em, id, LockModeType.NONE);
        DepartmentRef to = requireEitherSide(caller, push);
        Delivery waiting = em.createNamedQuery("Delivery.pendingOfPush", Delivery.class).setParameter("push", id)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException(
                        NOTHING_WAITS));
        int due = em.createNamedQuery("Delivery.queueDueNow").setParameter("department", waiting.departmentId())
                .setParameter("now", Instant.now()).executeUpdate();
        audit.record(caller.actor(), "push.deliver-retry-now", RECORD_TYPE, key(push), push.licenceNumber() + ": "
                + due + " waiting for " + to.code() + " due now", AuditFacts.of("receiver", to.code()).with("count", due));
        return view(push);
    }

    /**
     * Stops the push's waiting delivery for good, with the reason: a result the industry system cannot take (it
     * fails on it rather than answering "rejected") would otherwise hold up every push behind it. The push itself
     * stays with the department, to be signed for in the platform inbox. The bureau or the department may stop it.
     */
    public PushView withdrawDelivery(Caller caller, long id, String reason) {
        Handover push = find(em, id, LockModeType.NONE);
        DepartmentRef to = requireEitherSide(caller, push);
        String why = Texts.required(reason, 500, "停止投递的原因 / reason for stopping the delivery");
        if (!withdrawDeliveries(push, "由 " + caller.username() + " 停止投递 / stopped by " + caller.username() + ": " + why,
                Instant.now())) {
            throw new IllegalStateException(NOTHING_WAITS);
        }
        audit.record(caller.actor(), "push.deliver-withdrawn", RECORD_TYPE, key(push), push.licenceNumber() + " to "
                + to.code() + ": " + why, AuditFacts.of("receiver", to.code()).with("reason", why));
        return view(push);
    }

    /** A returned push must not reach the department's industry system after all. */
    private boolean withdrawDeliveries(Handover push, String reason, Instant at) {
        boolean any = false;
        for (Delivery delivery : em.createNamedQuery("Delivery.pendingOfPush", Delivery.class)
                .setParameter("push", push.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            any |= delivery.withdraw(reason, at);
        }
        return any;
    }

    /** A hand-over the push steps serve: not one whose steps are decisions of its own context (a case transfer). */
    private static Handover generic(Handover handover) {
        if (HandoverRules.decidedInItsContext(handover.kind())) {
            throw new IllegalStateException("案件移送须作为移送受理、不予受理、退回、改送或撤回，不能按推送签收或退回 / A case "
                    + "transfer is accepted, declined, returned, sent on or withdrawn as a transfer, not signed for or "
                    + "returned as a push");
        }
        return handover;
    }

    private static Handover ownedByItsContext(Handover handover) {
        if (!HandoverRules.decidedInItsContext(handover.kind())) {
            throw new IllegalStateException("Not a hand-over decided in its own context: " + handover.kind());
        }
        return handover;
    }

    /** How the department receives the kind: its own channel, or the platform inbox for a kind that waits there. */
    private ReceivingKind channelOf(DepartmentRef receiver, DocumentKind kind) {
        return kind.byReceiversChannel() ? channels.kindOf(receiver.id(), kind) : ReceivingKind.PLATFORM_INBOX;
    }

    /** Hands the push over, completing {@code pushClock}, the bureau's pending push duty (if it has one). */
    private void hand(Handover push, DepartmentRef receiver, Actor actor, Instant at, Instant recordedAt,
            Optional<DutyView> pushClock) {
        ReceivingKind kind = push.agreedOffPlatform() ? ReceivingKind.OFF_PLATFORM : channelOf(receiver, push.kind());
        if (kind == ReceivingKind.OFF_PLATFORM && !push.agreedOffPlatform()) {
            throw new IllegalStateException(receiver.code() + " 通过线下方式接收审批结果，请先登记与其约定的方式和时限 / "
                    + receiver.code() + " receives results off the platform: record the manner and deadline agreed with it first");
        }
        boolean first = push.pushedAt() == null;
        push.push(receiver.id(), kind.name(), actor.username(), at, recordedAt);
        pushClock.ifPresent(clock -> duties.complete(clock.id(), push.pushedAt(), actor));
        handedOver(push, receiver, kind, actor, push.pushedAt(), first);
    }

    /**
     * Responsibility has passed: the receiver's signing clock runs, and its industry system is sent the push. The
     * first hand-over goes out under the push's message id; one after a return is a new message, under a new id,
     * since a system that de-duplicates by message id would otherwise take the push it sent back for a repeat.
     */
    private void handedOver(Handover push, DepartmentRef receiver, ReceivingKind kind, Actor actor, Instant at,
            boolean first) {
        DutyLimit signing = kind == ReceivingKind.OFF_PLATFORM ? new DutyLimit.Agreed(push.agreedDueAt())
                : new DutyLimit.WorkingDays(HandoverRules.signDays(push.kind()));
        push.clockDue(duties.open(new OpenDuty(HandoverRules.signDuty(push.kind()), RECORD_TYPE, key(push),
                receiver.code(), at, signing), actor).dueAt());
        if (kind == ReceivingKind.INDUSTRY_SYSTEM) {
            em.persist(new Delivery(push.id(), first ? push.messageId() : UUID.randomUUID().toString(), receiver.id(), at));
        }
        audit.record(actor, "push.push", RECORD_TYPE, key(push), push.licenceNumber() + " to " + receiver.code()
                + " over " + actor.channel() + ", received by " + kind
                + (kind == ReceivingKind.OFF_PLATFORM ? " (" + push.agreedManner() + ", handed over at " + at + ")" : ""),
                AuditFacts.of("receiver", receiver.code()).with("receiving", kind)
                        .with("manner", kind == ReceivingKind.OFF_PLATFORM ? push.agreedManner() : null)
                        .with("handed", kind == ReceivingKind.OFF_PLATFORM ? at : null));
    }

    /**
     * The department a push goes to: the one named, or the one it was routed to before. Any unit's competent department
     * may be named: a department that sends a result back may say that a county's department supervises it.
     */
    private DepartmentRef receiver(Handover push, String toDepartmentCode) {
        DepartmentRef receiver = toDepartmentCode == null || toDepartmentCode.isBlank()
                ? departments.byId(push.toDepartmentId()).orElseThrow() : departments.require(toDepartmentCode.strip());
        requireReceives(push.kind(), receiver);
        return receiver;
    }

    private static void requireReceives(DocumentKind kind, DepartmentRef receiver) {
        if (kind == DocumentKind.RESULT && receiver.role() != DepartmentRole.COMPETENT_DEPARTMENT) {
            throw new IllegalArgumentException("只能推送给行业主管部门：" + receiver.code() + " / A result goes to a competent "
                    + "department: " + receiver.code());
        }
        if (!kind.receivedBy(receiver.role())) {
            throw new IllegalArgumentException("该部门不接收此类文书：" + receiver.code() + " / " + receiver.code()
                    + " does not receive documents of this kind (" + kind + ")");
        }
    }

    /** The bureau may agree and then record an off-platform hand-over while the push is still to be made. */
    static boolean mayArrangeOffPlatform(Caller caller, Handover push, DepartmentRef from) {
        return (push.status() == PushStatus.PENDING || push.status() == PushStatus.RETURNED)
                && !HandoverRules.decidedInItsContext(push.kind()) && AccessPolicy.permits(caller, HandoverRules.sendPermission(push.kind()), Scope.department(from));
    }

    /** The receiving department's people may sign for a push, or send it back, while it waits for them. */
    static boolean maySign(Caller caller, Handover push, DepartmentRef to) {
        return push.status() == PushStatus.PUSHED && !HandoverRules.decidedInItsContext(push.kind())
                && AccessPolicy.permits(caller, Permission.RECEIVE_HANDOVERS, Scope.department(to));
    }

    /** A paper receipt may be entered, by either side, for an off-platform hand-over not yet signed for. */
    static boolean mayRecordReceipt(Caller caller, Handover push, DepartmentRef from, DepartmentRef to) {
        return push.status() == PushStatus.PUSHED && push.handedOverOffPlatform()
                && eitherSide(caller, push.kind(), from, to);
    }

    /** The sending department, for its own people; the receiving side is refused, and to others it does not exist. */
    private DepartmentRef requireSender(Caller caller, Handover push) {
        requireEitherSide(caller, push);
        DepartmentRef sender = departments.byId(push.fromDepartmentId()).orElseThrow();
        AccessPolicy.require(caller, HandoverRules.sendPermission(push.kind()), Scope.department(sender));
        return sender;
    }

    /** Whether the caller may withdraw the hand-over: its sender, while it is not signed for (never a result). */
    static boolean mayWithdraw(Caller caller, Handover push, DepartmentRef from) {
        return push.kind() != DocumentKind.RESULT && !HandoverRules.decidedInItsContext(push.kind())
                && push.status().canBecome(PushStatus.WITHDRAWN)
                && AccessPolicy.permits(caller, HandoverRules.sendPermission(push.kind()), Scope.department(from));
    }

    /** The receiving department, for a caller of either side; to others the push does not exist. */
    private DepartmentRef requireEitherSide(Caller caller, Handover push) {
        DepartmentRef to = departments.byId(push.toDepartmentId()).orElseThrow();
        if (!eitherSide(caller, push.kind(), departments.byId(push.fromDepartmentId()).orElseThrow(), to)) {
            AccessPolicy.requireVisible(caller, Permission.RECEIVE_HANDOVERS, Scope.department(to), () -> noSuchPush(push.id()));
        }
        return to;
    }

    private Handover received(Caller caller, long id) {
        Handover push = load(id);
        DepartmentRef to = requireEitherSide(caller, push);
        AccessPolicy.require(caller, Permission.RECEIVE_HANDOVERS, Scope.department(to));
        return push;
    }

    /**
     * Whether the caller acts for the bureau that pushes or for the department that receives: either may have a
     * waiting delivery tried at once or stopped, and enter a receipt signed off the platform.
     */
    static boolean eitherSide(Caller caller, DocumentKind kind, DepartmentRef from, DepartmentRef to) {
        return AccessPolicy.permits(caller, HandoverRules.sendPermission(kind), Scope.department(from))
                || AccessPolicy.permits(caller, Permission.RECEIVE_HANDOVERS, Scope.department(to));
    }

    private Handover load(long id) {
        return find(em, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    static Handover find(EntityManager em, long id, LockModeType lock) {
        Handover push = em.find(Handover.class, id, lock);
        if (push == null) {
            throw noSuchPush(id);
        }
        return push;
    }

    static RecordNotFound noSuchPush(long id) {
        return new RecordNotFound("没有编号为 " + id + " 的推送 / No push " + id);
    }

    PushView view(Handover p) {
        return PushQueries.view(p, departments);
    }

    static String key(Handover push) {
        return Long.toString(push.id());
    }
}
