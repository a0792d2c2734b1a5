package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.entity.Application;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * An application's way through the approval bureau under the statutory clocks: receipt opens the 5-working-
 * day intake clock (Licensing Law Art 32); acceptance opens the decision clock of the item's time limit
 * (Art 42), which hearings, testing and the like pause (Art 45); a grant opens the 10-working-day issue
 * clock (Art 44). Each step completes its clock in the same transaction, and is audited.
 */
@Stateless
public class Applications {

    static final String RECORD_TYPE = LicensingRecords.APPLICATION_RECORD;
    private static final int INTAKE_DAYS = 5;
    private static final int ISSUE_DAYS = 10;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    DutyService duties;

    @EJB
    Departments departments;

    @EJB
    ItemFacts items;

    @EJB
    LicensingRecords records;

    @Inject
    Event<LicenceIssued> issued;

    /** Receives an application (portal, SOAP or REST); the same message id again answers the first application. */
    public ApplicationView receive(Caller caller, NewApplication request) {
        return receiveOnce(caller, request).application();
    }

    /** As {@link #receive}, saying whether the message id had been received before (then nothing is created). */
    public Submitted receiveOnce(Caller caller, NewApplication request) {
        DepartmentRef bureau = records.receivingBureau(caller, request.unitCode());
        String digest = LicensingRecords.digest(request);
        Optional<ApplicationView> earlier = records.submitted(caller, request.messageId(), digest);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        ItemFacts.Item item = items.inForce(request.unitCode(), request.itemCode());
        if (item.implementation().isEmpty()) {
            throw new IllegalArgumentException("事项 " + item.code() + " 尚无实施清单，不能受理申请 / Item " + item.code()
                    + " has no implementation list yet and takes no applications");
        }
        if (request.applicant() == null) {
            throw new IllegalArgumentException("缺少申请人 / The applicant is missing");
        }
        Instant now = Instant.now();
        Application application = records.create(bureau, item, request.applicant(), request.materials(), caller, now);
        records.remember(caller, request.messageId(), digest, application, now);
        openIntakeClock(application, bureau, now, caller);
        audit.record(caller.actor(), "application.receive", RECORD_TYPE, application.number(), item.code() + " "
                + item.name() + " from " + application.applicant().name() + " over " + caller.channel()
                + LicensingRecords.actingFor(caller, bureau), LicensingRecords.receivedFacts(caller, bureau, item,
                        application));
        return new Submitted(records.view(application), false);
    }

    /** Tells the applicant once and in full what to supplement (Art 32 ¶1 (4)): the intake clock is met. */
    public ApplicationView requestMaterials(Caller caller, String number, List<String> missing) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.requestMaterials(missing, now);
        duties.completePending(DutyKind.NOTIFY_MISSING_MATERIALS, RECORD_TYPE, number, now, caller.actor());
        return recorded(caller, application, "application.request-materials", String.join("; ",
                application.requestedMaterials()), AuditFacts.of("materials", application.requestedMaterials()));
    }

    /** The supplement arrived: intake starts again with the materials now held. */
    public ApplicationView supplement(Caller caller, String number, List<String> nowHeld) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.supplement(nowHeld, now);
        openIntakeClock(application, departments.byId(application.handled().departmentId()).orElseThrow(), now, caller);
        return recorded(caller, application, "application.supplement", application.materials().size() + " materials",
                AuditFacts.of("materials", application.materials()));
    }

    /**
     * Accepts the application and starts the decision clock. Accepted after the intake clock ran out, it
     * counts as accepted when the materials came in (Art 32 ¶1 (4)), and the decision clock runs from then. With
     * materials of the implementation list still missing it is accepted only {@code despiteMissing}, and the trail
     * names what was missing.
     */
    public ApplicationView accept(Caller caller, String number, boolean despiteMissing) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        ItemFacts.Item item = items.inForce(records.unitCode(application), application.handled().itemCode());
        List<String> missing = records.view(application, item).missingMaterials();
        if (!missing.isEmpty() && !despiteMissing) {
            throw new IllegalStateException("材料尚缺 " + missing.size() + " 项（" + String.join("、", missing)
                    + "），确认仍要受理才能受理 / " + missing.size() + " materials are missing (" + String.join(", ", missing)
                    + "): accept only when you confirm it");
        }
        application.accept(now);
        DutyView intake = duties.completePending(DutyKind.NOTIFY_MISSING_MATERIALS, RECORD_TYPE, number, now,
                caller.actor()).orElseThrow();
        Instant from = intake.status() == DutyStatus.DONE_LATE ? intake.triggeredAt() : now;
        int days = item.implementation().orElseThrow().timeLimitDays();
        DepartmentRef bureau = departments.byId(application.handled().departmentId()).orElseThrow();
        duties.open(new OpenDuty(DutyKind.DECIDE_APPLICATION, RECORD_TYPE, number, bureau.code(), from,
                new DutyLimit.WorkingDays(days)), caller.actor());
        return recorded(caller, application, "application.accept", days + " working days from " + from
                + (from.equals(now) ? "" : " (deemed accepted on receipt: intake notice late)")
                + (missing.isEmpty() ? "" : "; accepted with missing materials: " + String.join("; ", missing)),
                AuditFacts.of("days", days).with("from", from).with("deemed", from.equals(now) ? null : "late")
                        .with("missing", missing.isEmpty() ? null : missing));
    }

    public ApplicationView refuseIntake(Caller caller, String number, String reasons) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.refuseIntake(reasons, caller.username(), now);
        duties.completePending(DutyKind.NOTIFY_MISSING_MATERIALS, RECORD_TYPE, number, now, caller.actor());
        return recorded(caller, application, "application.refuse", application.reasons(),
                AuditFacts.of("reasons", application.reasons()));
    }

    /** A hearing, inspection, test, expert review…: the decision clock stops (Art 45). */
    public ApplicationView pauseReview(Caller caller, String number, PauseReason reason, String note) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.pauseReview(reason, now);
        DutyView clock = decisionClock(number);
        duties.pause(clock.id(), reason, now, note, caller.actor());
        return recorded(caller, application, "application.pause", reason + (note == null ? "" : ": " + note),
                AuditFacts.of("reason", reason).with("note", note));
    }

    public ApplicationView resumeReview(Caller caller, String number) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.resumeReview(now);
        duties.resume(decisionClock(number).id(), now, caller.actor());
        return recorded(caller, application, "application.resume", null, AuditFacts.none());
    }

    /** Records a request to the item's competent department for technical support in the review. */
    public ApplicationView requestTechnicalSupport(Caller caller, String number, String what) {
        Application application = handled(caller, number);
        String competent = items.inForce(records.unitCode(application), application.handled().itemCode()).competentDepartmentCode();
        String text = Texts.required(what, 2000, "所需技术支持 / support needed");
        return recorded(caller, application, "application.support-requested", "to " + competent + ": " + text,
                AuditFacts.of("department", competent).with("text", text));
    }

    /**
     * Records a project site survey (项目踏勘, Art 10). Unlike hearings, testing and the like it is not among the
     * steps Licensing Law Art 45 leaves out of the time limit, so the decision clock keeps running.
     */
    public ApplicationView recordSiteSurvey(Caller caller, String number, String findings) {
        Application application = handled(caller, number);
        if (application.status() != ApplicationStatus.UNDER_REVIEW) {
            throw new IllegalStateException("只能对审查中的申请记录踏勘 / A site survey is recorded during review only");
        }
        String text = Texts.required(findings, 2000, "踏勘情况 / survey findings");
        return recorded(caller, application, "application.site-survey", text, AuditFacts.of("text", text));
    }

    public ApplicationView grant(Caller caller, String number) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.grant(caller.username(), now);
        duties.completePending(DutyKind.DECIDE_APPLICATION, RECORD_TYPE, number, now, caller.actor());
        DepartmentRef bureau = departments.byId(application.handled().departmentId()).orElseThrow();
        duties.open(new OpenDuty(DutyKind.ISSUE_LICENCE, RECORD_TYPE, number, bureau.code(), now,
                new DutyLimit.WorkingDays(ISSUE_DAYS)), caller.actor());
        return recorded(caller, application, "application.grant", null, AuditFacts.none());
    }

    public ApplicationView deny(Caller caller, String number, String reasons) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        application.deny(reasons, caller.username(), now);
        duties.completePending(DutyKind.DECIDE_APPLICATION, RECORD_TYPE, number, now, caller.actor());
        return recorded(caller, application, "application.deny", application.reasons(),
                AuditFacts.of("reasons", application.reasons()));
    }

    /** Issues the licence of a granted application (Art 44): it enters the register. */
    public ApplicationView issue(Caller caller, String number, LicenceTerms terms) {
        Application application = handled(caller, number);
        Instant now = Instant.now();
        Licence licence = records.issue(application, null, terms, caller.username(), now);
        application.issued(licence.id(), now);
        duties.completePending(DutyKind.ISSUE_LICENCE, RECORD_TYPE, number, now, caller.actor());
        audit.record(caller.actor(), "licence.issue", LicensingRecords.LICENCE_RECORD, licence.number(), "for " + number,
                AuditFacts.of("application", number));
        ApplicationView view = recorded(caller, application, "application.issue", licence.number(),
                AuditFacts.of("licence", licence.number()));
        issued.fire(new LicenceIssued(records.licenceView(licence), view, caller.actor()));
        return view;
    }

    /** The applicant withdrew before the decision: its clocks are cancelled. */
    public ApplicationView withdraw(Caller caller, String number, String note) {
        Application application = handled(caller, number);
        application.withdraw(note, Instant.now());
        for (DutyView clock : duties.about(RECORD_TYPE, number)) {
            if (clock.status().pending()) {
                duties.cancel(clock.id(), "申请人撤回申请 / The applicant withdrew", caller.actor());
            }
        }
        return recorded(caller, application, "application.withdraw", note, AuditFacts.of("note", note));
    }

    private void openIntakeClock(Application application, DepartmentRef bureau, Instant at, Caller caller) {
        duties.open(new OpenDuty(DutyKind.NOTIFY_MISSING_MATERIALS, RECORD_TYPE, application.number(), bureau.code(), at,
                new DutyLimit.WorkingDays(INTAKE_DAYS)), caller.actor());
    }

    private DutyView decisionClock(String number) {
        return duties.pending(DutyKind.DECIDE_APPLICATION, RECORD_TYPE, number).orElseThrow(() ->
                new IllegalStateException("申请没有进行中的审查时限 / The application has no running decision clock"));
    }

    private Application handled(Caller caller, String number) {
        Application application = records.find(number);
        AccessPolicy.require(caller, Permission.HANDLE_APPLICATION,
                Scope.department(departments.byId(application.handled().departmentId()).orElseThrow()));
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return application;
    }

    private ApplicationView recorded(Caller caller, Application application, String action, String detail,
            AuditFacts facts) {
        audit.record(caller.actor(), action, RECORD_TYPE, application.number(), detail, facts);
        return records.view(application);
    }
}
