package cn.gov.yingkou.sgpt.penalty.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.exchange.boundary.NewHandover;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.penalty.control.PenaltyPayload;
import cn.gov.yingkou.sgpt.penalty.entity.PenaltyDecision;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.DocumentNumbers;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * Art 19 ¶1: a competent department or the enforcement bureau records a penalty decision that requires the licence it
 * touches to be changed, suspended, withdrawn, revoked or cancelled, and hands it to the approval bureau that issued the
 * licence (a county's licence to that county's bureau) within 2 working days of the decision. Recording opens that
 * clock; handed over at once (as a system's report is), the clock is met in the same transaction. Recording again under
 * the same message id answers the first record; another decision under it is refused.
 */
@Stateless
public class Penalties {

    static final String RECORD_TYPE = "penalty";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicenceRegister register;

    @EJB
    Departments departments;

    @EJB
    Pushes handovers;

    @EJB
    AuditTrail audit;

    public Recorded record(Caller caller, NewPenaltyDecision decision, boolean handOverNow) {
        DepartmentRef department = caller.department();
        if (department == null) {
            throw new IllegalArgumentException("处罚决定须由部门报送 / A penalty decision is reported by a department");
        }
        AccessPolicy.require(caller, Permission.RECORD_PENALTY, Scope.department(department));
        String messageId = decision.messageId() == null ? UUID.randomUUID().toString()
                : MessageIds.checked(decision.messageId());
        String digest = PenaltyPayload.digest(decision);
        var earlier = em.createNamedQuery("PenaltyDecision.byMessage", PenaltyDecision.class)
                .setParameter("department", department.id()).setParameter("messageId", messageId).getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().sameContent(digest)) {
                throw new MessageIdReused(messageId);
            }
            return new Recorded(view(earlier.get()), true);
        }
        FieldChecks checks = new FieldChecks();
        String number = checks.check("decisionNumber", () -> DocumentNumbers.checked(
                decision.decisionNumber(), "处罚决定书文号 / decision number"));
        checks.require("decidedOn", decision.decidedOn() != null, "处罚决定日期必填 / The date of the decision is required");
        checks.require("decidedOn", decision.decidedOn() == null || !decision.decidedOn().isAfter(Beijing.today()),
                "处罚决定日期不能晚于今天 / The decision cannot be dated in the future");
        String licenceNumber = checks.check("licenceNumber", () -> Texts.required(decision.licenceNumber(), 64,
                "证照编号 / licence number"));
        String facts = checks.check("facts", () -> Texts.required(decision.facts(), 4000, "违法事实 / facts found"));
        String basis = checks.check("legalBasis", () -> Texts.required(decision.legalBasis(), 2000,
                "处罚依据 / legal basis"));
        String penalty = checks.check("penalty", () -> Texts.required(decision.penalty(), 2000,
                "处罚内容 / penalty imposed"));
        checks.require("measure", decision.measure() != null, "请选择对许可的处理要求（变更、暂扣、撤回、撤销或注销）/ Say what the "
                + "decision requires of the licence (CHANGE, SUSPEND, WITHDRAW, REVOKE or CANCEL)");
        boolean suspends = decision.measure() == LicenceMeasure.SUSPEND;
        checks.require("suspendedUntil", !suspends || decision.suspendedUntil() != null,
                "暂扣许可证件须写明暂扣截止日期 / A suspension needs the day it ends");
        checks.require("suspendedUntil", !suspends || decision.suspendedUntil() == null || decision.decidedOn() == null
                || decision.suspendedUntil().isAfter(decision.decidedOn()),
                "暂扣截止日期须晚于决定日期 / The suspension must end after the decision");
        checks.require("suspendedUntil", suspends || decision.suspendedUntil() == null,
                "只有暂扣许可证件才有暂扣截止日期 / Only a suspension has an end date");
        checks.refuseIfAny();
        LicenceView licence = register.referredTo(licenceNumber).filter(l -> l.unitCode().equals(department.unitCode()))
                .orElseThrow(() -> new RecordNotFound("本级没有编号为 " + licenceNumber + " 的证照 / No licence " + licenceNumber
                        + " in your unit"));
        if (!decision.measure().action().allowedOn(licence.status())) {
            throw new IllegalStateException("证照 " + licence.number() + " 当前状态为 " + licence.status() + "，不能"
                    + decision.measure() + " / Licence " + licence.number() + " is " + licence.status()
                    + " and cannot take " + decision.measure());
        }
        if (!em.createNamedQuery("PenaltyDecision.byNumber", PenaltyDecision.class).setParameter("department",
                department.id()).setParameter("number", number).setParameter("licence", licence.number()).getResultList()
                .isEmpty()) {
            throw new IllegalStateException("该处罚决定已登记：" + number + " / The decision is already recorded: " + number);
        }
        Instant now = Instant.now();
        PenaltyDecision recorded = new PenaltyDecision(messageId, digest, department.unitId(), department.id(), number,
                decision.decidedOn(), licence.number(), licence.holderName(), licence.itemCode(),
                licence.issuingDepartmentCode(), facts, basis, penalty, decision.measure(), decision.suspendedUntil(),
                caller.username(), now);
        em.persist(recorded);
        PushView handover = handovers.open(new NewHandover(DocumentKind.PENALTY, number, licence.number(),
                licence.itemCode(), department.code(), licence.issuingDepartmentCode(),
                PenaltyPayload.of(recorded, department.code()), decision.decidedOn().atStartOfDay(Beijing.ZONE).toInstant(),
                null), handOverNow, caller.actor());
        recorded.handedOverAs(handover.id());
        audit.record(caller.actor(), "penalty.record", RECORD_TYPE, Long.toString(recorded.id()), number + " of "
                + decision.decidedOn() + " on " + licence.number() + ": " + decision.measure() + ", to "
                + licence.issuingDepartmentCode(), AuditFacts.of("decision", number).with("licence", licence.number())
                        .with("measure", decision.measure()).with("receiver", licence.issuingDepartmentCode()));
        return new Recorded(view(recorded), false);
    }

    /**
     * The key of the decision a department recorded under this number on this licence, if it did: a case closed on a
     * transfer links to it.
     */
    public Optional<Long> recorded(long departmentId, String decisionNumber, String licenceNumber) {
        return em.createNamedQuery("PenaltyDecision.byNumber", PenaltyDecision.class).setParameter("department",
                departmentId).setParameter("number", decisionNumber).setParameter("licence", licenceNumber)
                .getResultStream().findFirst().map(PenaltyDecision::id);
    }

    /** The decisions recorded about a licence, oldest first, for those who may read its unit's register. */
    public List<PenaltyDecisionView> ofLicence(Caller caller, String licenceNumber) {
        LicenceView licence = register.byNumber(caller, licenceNumber);
        return em.createNamedQuery("PenaltyDecision.ofLicence", PenaltyDecision.class)
                .setParameter("licence", licence.number()).getResultStream().map(this::view).toList();
    }

    /** One decision, for its department, the bureau it went to, and oversight. */
    public PenaltyDecisionView decision(Caller caller, long id) {
        PenaltyDecision decision = em.find(PenaltyDecision.class, id);
        RecordNotFound absent = new RecordNotFound("没有编号为 " + id + " 的处罚决定 / No penalty decision " + id);
        if (decision == null) {
            throw absent;
        }
        DepartmentRef from = departments.byId(decision.departmentId()).orElseThrow();
        DepartmentRef bureau = departments.require(decision.bureauCode());
        if (!AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.department(from))) {
            AccessPolicy.requireVisible(caller, Permission.VIEW_RECORDS, Scope.department(bureau), () -> absent);
        }
        return view(decision);
    }

    private PenaltyDecisionView view(PenaltyDecision d) {
        DepartmentRef from = departments.byId(d.departmentId()).orElseThrow();
        return new PenaltyDecisionView(d.id(), d.messageId(), from.code(), from.unitCode(), d.decisionNumber(),
                d.decidedOn(), d.licenceNumber(), d.holderName(), d.itemCode(), d.bureauCode(), d.facts(), d.legalBasis(),
                d.penalty(), d.measure(), d.suspendedUntil(), d.handoverId() == null ? 0 : d.handoverId(), d.recordedAt(),
                d.recordedBy());
    }
}
