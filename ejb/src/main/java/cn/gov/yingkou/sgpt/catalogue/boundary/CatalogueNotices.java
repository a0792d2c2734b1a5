package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.catalogue.entity.CatalogueNotice;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * Art 8 ¶3–4: a competent department notifies its unit's approval bureau of a law or policy change touching
 * listed items, or solicits its opinion on a draft rule by a date; the bureau replies. A solicitation opens
 * a reply duty on the date given, completed by the reply; every notice stays open until answered.
 */
@Stateless
public class CatalogueNotices {

    static final String RECORD_TYPE = "catalogue-notice";

    /** A notice as the two departments see it. */
    public record NoticeView(long id, NoticeKind kind, String fromDepartmentCode, String toDepartmentCode,
            String subject, String basis, String affectedItems, String body, Instant sentAt, String sentBy,
            LocalDate replyDue, String reply, Instant repliedAt, String repliedBy) {

        public boolean answered() {
            return repliedAt != null;
        }
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Departments departments;

    @EJB
    DutyService duties;

    public NoticeView send(Caller caller, NoticeKind kind, String subject, String basis, String affectedItems,
            String body, LocalDate replyDue) {
        AccessPolicy.require(caller, Permission.SEND_CATALOGUE_NOTICE, Scope.department(caller.department()));
        DepartmentRef bureau = departments.withRole(caller.unitId(), DepartmentRole.APPROVAL_BUREAU).orElseThrow(() ->
                new IllegalStateException("本单位没有行政审批部门 / The unit has no approval bureau"));
        Instant now = Instant.now();
        CatalogueNotice notice = new CatalogueNotice(caller.unitId(), kind, caller.departmentId(), bureau.id(), subject,
                basis, affectedItems, body, replyDue, caller.username(), now, LocalDate.ofInstant(now, Beijing.ZONE));
        em.persist(notice);
        em.flush();
        if (kind == NoticeKind.OPINION_SOLICITATION) {
            Instant due = replyDue.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
            duties.open(new OpenDuty(DutyKind.REPLY_TO_SOLICITATION, RECORD_TYPE, key(notice), bureau.code(), now,
                    new DutyLimit.Agreed(due)), caller.actor());
        }
        audit.record(caller.actor(), "notice.send", RECORD_TYPE, key(notice), kind + " to " + bureau.code() + ": "
                + notice.subject() + (replyDue == null ? "" : ", reply by " + replyDue));
        return view(notice);
    }

    public NoticeView reply(Caller caller, long id, String text) {
        CatalogueNotice notice = em.find(CatalogueNotice.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (notice == null) {
            throw new RecordNotFound("没有编号为 " + id + " 的通知 / No notice " + id);
        }
        DepartmentRef to = departments.byId(notice.toDepartmentId()).orElseThrow();
        AccessPolicy.require(caller, Permission.REPLY_TO_NOTICE, Scope.department(to));
        Instant now = Instant.now();
        notice.reply(text, caller.username(), now);
        duties.completePending(DutyKind.REPLY_TO_SOLICITATION, RECORD_TYPE, key(notice), now, caller.actor());
        audit.record(caller.actor(), "notice.reply", RECORD_TYPE, key(notice), null);
        return view(notice);
    }

    /** The notices the caller's department sent or received, newest first. */
    public List<NoticeView> ofMyDepartment(Caller caller) {
        AccessPolicy.require(caller, Permission.READ_NOTICES, Scope.department(caller.department()));
        return em.createNamedQuery("CatalogueNotice.involving", CatalogueNotice.class)
                .setParameter("department", caller.departmentId()).setMaxResults(500).getResultStream()
                .map(this::view).toList();
    }

    private NoticeView view(CatalogueNotice n) {
        String from = departments.byId(n.fromDepartmentId()).map(DepartmentRef::code).orElse(null);
        String to = departments.byId(n.toDepartmentId()).map(DepartmentRef::code).orElse(null);
        return new NoticeView(n.id(), n.kind(), from, to, n.subject(), n.basis(), n.affectedItems(), n.body(), n.sentAt(),
                n.sentBy(), n.replyDue(), n.reply(), n.repliedAt(), n.repliedBy());
    }

    private static String key(CatalogueNotice notice) {
        return Long.toString(notice.id());
    }
}
