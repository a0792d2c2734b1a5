package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.licensing.entity.LicenceAction;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.DocumentNumbers;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * The approval bureau acts on a licence it issued (Art 19): changes it, suspends and restores it, withdraws, revokes or
 * cancels it, each under its own decision document, or declines what a penalty decision asked. The licence moves in the
 * same transaction, its action is kept, and the exchange hands the action back to the department (LicenceActed). Only
 * the issuing bureau acts; to anyone else a licence of another bureau does not exist.
 */
@Stateless
public class LicenceActions {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicensingRecords records;

    @EJB
    Departments departments;

    @EJB
    AuditTrail audit;

    @Inject
    Event<LicenceActed> acted;

    public ActionRecorded act(Caller caller, String licenceNumber, LicenceActionRequest request) {
        Supplier<RecordNotFound> absent = () -> new RecordNotFound("没有编号为 " + licenceNumber + " 的证照 / No licence "
                + licenceNumber);
        Licence licence = em.createNamedQuery("Licence.byNumber", Licence.class)
                .setParameter("number", licenceNumber == null ? "" : licenceNumber.strip())
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT).getResultStream().findFirst().orElseThrow(absent);
        DepartmentRef bureau = departments.byId(licence.handled().departmentId()).orElseThrow();
        AccessPolicy.requireVisible(caller, Permission.ACT_ON_LICENCE, Scope.department(bureau), absent);
        String messageId = request.messageId() == null ? null : MessageIds.checked(request.messageId());
        String digest = LicensingRecords.digest(request);
        if (messageId != null) {
            var earlier = em.createNamedQuery("LicenceAction.byMessage", LicenceAction.class)
                    .setParameter("department", bureau.id()).setParameter("messageId", messageId).getResultStream()
                    .findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().sameContent(digest) || earlier.get().licenceId() != licence.id()) {
                    throw new MessageIdReused(messageId);
                }
                return new ActionRecorded(view(earlier.get(), licence.number(), bureau.code()), true);
            }
        }
        Checked checked = check(request, licence);
        if (!em.createNamedQuery("LicenceAction.byDocument", LicenceAction.class).setParameter("department", bureau.id())
                .setParameter("document", checked.document()).getResultList().isEmpty()) {
            throw new IllegalStateException("决定文书编号已用过：" + checked.document() + " / The decision document number is "
                    + "already used: " + checked.document());
        }
        if (!request.kind().allowedOn(licence.status())) {
            throw new IllegalStateException("证照当前为" + words(licence.status()) + "，不能" + words(request.kind())
                    + " / The licence is " + licence.status() + " and cannot take " + request.kind());
        }
        Instant now = Instant.now();
        LicenceStatus before = licence.status();
        var terms = licence.terms();
        apply(licence, request, checked, now);
        LicenceAction action = new LicenceAction(licence, bureau.id(), request.kind(), checked.document(),
                request.decidedOn(), checked.reason(), checked.basis(), before, request.answers(), messageId, digest,
                caller.username(), now);
        if (request.kind() == LicenceActionKind.CHANGE) {
            action.changed(changed(terms, licence.terms(), true), changed(terms, licence.terms(), false));
        }
        em.persist(action);
        em.flush();
        LicenceActionView view = view(action, licence.number(), bureau.code());
        audit.record(caller.actor(), "licence." + request.kind().name().toLowerCase(), LicensingRecords.LICENCE_RECORD,
                licence.number(), request.kind() + " by " + checked.document() + " of " + request.decidedOn() + ": "
                        + checked.reason() + " (" + before + " → " + licence.status() + ")",
                AuditFacts.of("document", checked.document()).with("decided", request.decidedOn().toString())
                        .with("reason", checked.reason()).with("before", before).with("after", licence.status())
                        .with("until", licence.suspendedUntil() == null ? null : licence.suspendedUntil().toString())
                        .with("answers", request.answers()));
        acted.fire(new LicenceActed(records.licenceView(licence), view, caller.actor()));
        return new ActionRecorded(view, false);
    }

    /** Every action taken on the licence, oldest first, for those who may read the register of its unit. */
    public List<LicenceActionView> history(Caller caller, String licenceNumber) {
        Supplier<RecordNotFound> absent = () -> new RecordNotFound("没有编号为 " + licenceNumber + " 的证照 / No licence "
                + licenceNumber);
        Licence licence = em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", licenceNumber)
                .getResultStream().findFirst().orElseThrow(absent);
        AccessPolicy.requireVisible(caller, Permission.READ_LICENSING, Scope.unit(licence.handled().unitId()), absent);
        String bureau = departments.byId(licence.handled().departmentId()).orElseThrow().code();
        return em.createNamedQuery("LicenceAction.ofLicence", LicenceAction.class).setParameter("licence", licence.id())
                .getResultStream().map(a -> view(a, licence.number(), bureau)).toList();
    }

    private record Checked(String document, String reason, String basis) {
    }

    /** Every field at once: the document, its date, the reasons, and what the kind of action needs. */
    private static Checked check(LicenceActionRequest r, Licence licence) {
        FieldChecks checks = new FieldChecks();
        checks.require("kind", r.kind() != null, "请选择处理方式 / The kind of action is required");
        String document = checks.check("documentNumber", () -> DocumentNumbers.checked(r.documentNumber(),
                "决定文书编号 / decision document number"));
        LocalDate today = Beijing.today();
        checks.require("decidedOn", r.decidedOn() != null, "决定日期必填 / The date of the decision is required");
        checks.require("decidedOn", r.decidedOn() == null || !r.decidedOn().isAfter(today),
                "决定日期不能晚于今天 / The decision cannot be dated in the future");
        checks.require("decidedOn", r.decidedOn() == null || !r.decidedOn().isBefore(licence.issuedAt()
                .atZone(Beijing.ZONE).toLocalDate()), "决定日期不能早于发证日期 / The decision cannot precede the licence");
        String reason = checks.check("reason", () -> Texts.required(r.reason(), 2000, "理由 / reason"));
        String basis = Texts.isBlank(r.legalBasis()) ? null
                : checks.check("legalBasis", () -> Texts.required(r.legalBasis(), 2000, "法律依据 / legal basis"));
        if (r.kind() != null && r.kind() != LicenceActionKind.DECLINE && r.kind() != LicenceActionKind.CHANGE) {
            checks.require("legalBasis", basis != null, "法律依据必填 / The legal basis is required");
        }
        if (r.kind() == LicenceActionKind.CHANGE) {
            checks.require("newScope", !Texts.isBlank(r.newScope()) || r.newValidUntil() != null
                    || !Texts.isBlank(r.newCertificateRef()), "变更须给出新的许可范围、有效期或证件编号 / A change needs a new "
                    + "scope, end of validity or certificate");
        }
        if (r.kind() == LicenceActionKind.SUSPEND) {
            checks.require("suspendedUntil", r.suspendedUntil() != null, "暂扣截止日期必填 / The end of the suspension is "
                    + "required");
            checks.require("suspendedUntil", r.suspendedUntil() == null || r.decidedOn() == null
                    || r.suspendedUntil().isAfter(r.decidedOn()), "暂扣截止日期须晚于决定日期 / The suspension must end after "
                    + "the decision");
        }
        if (r.kind() == LicenceActionKind.DECLINE) {
            checks.require("answers", r.answers() != null, "不予处理须针对一份处罚决定 / Declining answers a penalty decision");
        }
        checks.refuseIfAny();
        return new Checked(document, reason, basis);
    }

    private static void apply(Licence licence, LicenceActionRequest r, Checked checked, Instant at) {
        switch (r.kind()) {
            case CHANGE -> licence.change(Texts.isBlank(r.newScope()) ? null : r.newScope().strip(), r.newValidUntil(),
                    Texts.isBlank(r.newCertificateRef()) ? null : r.newCertificateRef().strip(), checked.reason(), at);
            case SUSPEND -> licence.suspend(r.decidedOn(), r.suspendedUntil(), checked.reason(), at);
            case DECLINE -> {
                // The licence stays as it is; the answer goes back to the department.
            }
            default -> licence.end(r.kind().target(), checked.reason(), at);
        }
    }

    /** The terms a change changed, as JSON, before ({@code before}) or after it. */
    private static String changed(LicenceTerms was, LicenceTerms is, boolean before) {
        LicenceTerms side = before ? was : is;
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (!was.scope().equals(is.scope())) {
            json.add("scope", side.scope());
        }
        if (!java.util.Objects.equals(was.validUntil(), is.validUntil())) {
            json.add("validUntil", side.validUntil() == null ? "" : side.validUntil().toString());
        }
        if (!was.certificateRef().equals(is.certificateRef())) {
            json.add("certificateRef", side.certificateRef());
        }
        return json.build().toString();
    }

    private static String words(LicenceStatus status) {
        return switch (status) {
            case VALID -> "有效";
            case AMENDED -> "已变更换证";
            case SUSPENDED -> "暂扣";
            case WITHDRAWN -> "已撤回";
            case REVOKED -> "已撤销";
            case CANCELLED -> "已注销";
            case EXPIRED -> "已过期";
        };
    }

    private static String words(LicenceActionKind kind) {
        return switch (kind) {
            case CHANGE -> "变更";
            case SUSPEND -> "暂扣";
            case RESTORE -> "发还";
            case WITHDRAW -> "撤回";
            case REVOKE -> "撤销";
            case CANCEL -> "注销";
            case DECLINE -> "不予处理";
        };
    }

    private static LicenceActionView view(LicenceAction a, String licenceNumber, String bureauCode) {
        return new LicenceActionView(a.id(), licenceNumber, bureauCode, a.kind(), a.documentNumber(), a.decidedOn(),
                a.reason(), a.legalBasis(), a.statusBefore(), a.statusAfter(), a.termsBefore(), a.termsAfter(),
                a.suspendedUntil(), a.answers(), a.recordedAt(), a.recordedBy());
    }
}
