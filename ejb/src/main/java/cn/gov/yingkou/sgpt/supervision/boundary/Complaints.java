package cn.gov.yingkou.sgpt.supervision.boundary;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.Masking;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;
import cn.gov.yingkou.sgpt.supervision.control.FileAccess;
import cn.gov.yingkou.sgpt.supervision.entity.Complaint;
import cn.gov.yingkou.sgpt.supervision.entity.SupervisionFile;

/**
 * Complaints and reports from the public (Art 18: 群众参与): lodged on the public form without login, entered by a
 * clerk, or passed on by a hotline system; routed to the department that supervises the licence (its supervision file),
 * else to the item's competent department, else to the department the complainant names; answered there within
 * {@code sgpt.complaint.answer.days} working days (a duty clock). The complainant reads the answer with the reference
 * and the code given when lodging, and nothing else.
 */
@Stateless
public class Complaints {

    /** The record type of its audit entries (keyed by id) and of its answer clock (keyed by reference, as clerks name it). */
    static final String RECORD_TYPE = "complaint";
    /** Working days a department has to answer; -Dsgpt.complaint.answer.days. */
    static final int ANSWER_DAYS = Integer.getInteger("sgpt.complaint.answer.days", 15);
    private static final String CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicenceRegister register;

    @EJB
    ItemFacts items;

    @EJB
    Departments departments;

    @EJB
    DutyService duties;

    @EJB
    AuditTrail audit;

    @EJB
    FileAccess files;

    /** From the public form: no caller, only the address it came from. */
    public Lodged lodgePublic(NewComplaint complaint, String address) {
        return lodge(complaint, ComplaintChannel.PUBLIC_FORM, null, new Actor("public", Channel.PORTAL, address));
    }

    /**
     * By a clerk (a visit, a letter, a call) or by a hotline system: the department's people may enter one for any
     * department; a hotline system passes it on under its message id, and the same message again answers the first.
     */
    public Lodged lodge(Caller caller, NewComplaint complaint) {
        if (caller.department() == null) {
            throw new IllegalArgumentException("投诉举报须由部门或热线系统登记 / A complaint is entered by a department or a "
                    + "hotline system");
        }
        AccessPolicy.require(caller, Permission.LODGE_COMPLAINTS, Scope.department(caller.department()));
        boolean hotline = caller.kind() == AccountKind.SYSTEM;
        return lodge(complaint, hotline ? ComplaintChannel.HOTLINE : ComplaintChannel.PORTAL, hotline ? caller : null,
                caller.actor());
    }

    private Lodged lodge(NewComplaint c, ComplaintChannel channel, Caller system, Actor actor) {
        String digest = null;
        String messageId = null;
        if (system != null) {
            messageId = MessageIds.checked(c.messageId());
            digest = MessageIds.contentDigest(canonical(c));
            var earlier = em.createNamedQuery("Complaint.byMessage", Complaint.class)
                    .setParameter("account", system.username()).setParameter("messageId", messageId).getResultStream()
                    .findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().sameContent(digest)) {
                    throw new MessageIdReused(messageId);
                }
                return new Lodged(earlier.get().reference(), null, view(earlier.get(), clock(earlier.get())), true);
            }
        }
        FieldChecks checks = new FieldChecks();
        checks.require("kind", c.kind() != null, "请选择投诉或举报 / Say whether it is a complaint or a report");
        String subject = checks.check("subjectName", () -> Texts.required(c.subjectName(), 200,
                "被投诉举报的经营者 / the business complained about"));
        String content = checks.check("content", () -> Texts.required(c.content(), 4000, "投诉举报内容 / what happened"));
        String name = checks.check("complainantName", () -> optional(c.complainantName(), 100, "姓名 / name"));
        String phone = checks.check("complainantPhone", () -> phone(c.complainantPhone()));
        String ticket = checks.check("sourceReference", () -> optional(c.sourceReference(), 64,
                "热线工单号 / hotline ticket number"));
        Route route = route(c, checks);
        checks.refuseIfAny();
        Instant now = Instant.now();
        String code = code(8);
        String reference = reference(now);
        Complaint complaint = new Complaint(reference, codeDigest(reference, code), new Complaint.Content(c.kind(),
                channel, route.licenceNumber(), subject, content, name, phone, ticket), new Complaint.Source(
                        system == null ? null : system.username(), messageId, digest), route.department().unitId(),
                route.department().id(), route.fileId(), now);
        em.persist(complaint);
        em.flush();
        DutyView clock = duties.open(new OpenDuty(DutyKind.ANSWER_COMPLAINT, RECORD_TYPE, reference,
                route.department().code(), now, new DutyLimit.WorkingDays(ANSWER_DAYS)), actor);
        audit.record(actor, "complaint.lodge", RECORD_TYPE, key(complaint), reference + " " + c.kind() + " by " + channel
                + " to " + route.department().code() + (route.licenceNumber() == null ? "" : " about "
                        + route.licenceNumber()) + ", answer by " + clock.dueAt(),
                AuditFacts.of("department", route.department().code()).with("channel", channel)
                        .with("licence", route.licenceNumber()));
        return new Lodged(reference, code, view(complaint, clock), false);
    }

    /** The department answers; its clock stops, and the complainant can read the answer. */
    public ComplaintView answer(Caller caller, long id, String answer) {
        Complaint complaint = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        DepartmentRef department = readable(caller, complaint, id);
        AccessPolicy.require(caller, Permission.SUPERVISE, Scope.department(department));
        FieldChecks checks = new FieldChecks();
        String text = checks.check("answer", () -> Texts.required(answer, 4000, "答复内容 / the answer"));
        checks.refuseIfAny();
        Instant now = Instant.now();
        complaint.answer(text, caller.username(), now);
        var clock = duties.completePending(DutyKind.ANSWER_COMPLAINT, RECORD_TYPE, complaint.reference(), now,
                caller.actor());
        audit.record(caller.actor(), "complaint.answer", RECORD_TYPE, key(complaint), complaint.reference() + " answered"
                + clock.map(c -> " (" + c.status() + ")").orElse(""),
                AuditFacts.of("duty", clock.map(DutyView::status).orElse(null)));
        return complaint(caller, id);
    }

    /**
     * A complaint that is another department's is passed on to it, with the reason: the handling department's clock
     * stops (it has acted), the receiver's starts afresh, and the complainant's lookup names the new department.
     */
    public ComplaintView forward(Caller caller, long id, String departmentCode, String reason) {
        Complaint complaint = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        DepartmentRef from = readable(caller, complaint, id);
        AccessPolicy.require(caller, Permission.SUPERVISE, Scope.department(from));
        FieldChecks checks = new FieldChecks();
        String why = checks.check("reason", () -> Texts.required(reason, 500, "转办理由 / reason"));
        Optional<DepartmentRef> to = Texts.isBlank(departmentCode) ? Optional.empty()
                : departments.inService(departmentCode.strip()).filter(Complaints::handlesComplaints);
        checks.require("departmentCode", to.isPresent(), "请选择负责处理的主管部门 / Choose the department that handles it");
        checks.refuseIfAny();
        Long file = complaint.licenceNumber() == null ? null : em.createNamedQuery("SupervisionFile.of",
                SupervisionFile.class).setParameter("licence", complaint.licenceNumber())
                .setParameter("department", to.get().id()).getResultStream().findFirst().map(SupervisionFile::id)
                .orElse(null);
        complaint.routeTo(to.get().unitId(), to.get().id(), file);
        Instant now = Instant.now();
        duties.completePending(DutyKind.ANSWER_COMPLAINT, RECORD_TYPE, complaint.reference(), now, caller.actor());
        DutyView clock = duties.open(new OpenDuty(DutyKind.ANSWER_COMPLAINT, RECORD_TYPE, complaint.reference(),
                to.get().code(), now, new DutyLimit.WorkingDays(ANSWER_DAYS)), caller.actor());
        audit.record(caller.actor(), "complaint.forward", RECORD_TYPE, key(complaint), complaint.reference() + " from "
                + from.code() + " to " + to.get().code() + ": " + why + ", answer by " + clock.dueAt(),
                AuditFacts.of("from", from.code()).with("department", to.get().code()).with("reason", why));
        return masked(view(complaint, clock));
    }

    /** The complaint a reference names (a duty's link), for those who may read it. */
    public ComplaintView byReference(Caller caller, String reference) {
        Complaint complaint = em.createNamedQuery("Complaint.byReference", Complaint.class)
                .setParameter("reference", reference == null ? "" : reference.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("没有编号为 " + reference + " 的投诉举报 / No complaint " + reference));
        return complaint(caller, complaint.id());
    }

    /** One complaint, for its department (the complainant's phone in full, recorded) and oversight (masked). */
    public ComplaintView complaint(Caller caller, long id) {
        Complaint complaint = em.find(Complaint.class, id);
        DepartmentRef department = readable(caller, complaint, id);
        boolean handles = AccessPolicy.permits(caller, Permission.SUPERVISE, Scope.department(department));
        if (handles && complaint.complainantPhone() != null) {
            audit.personalDataShown(caller.actor(), RECORD_TYPE, List.of(key(complaint)), "complainant's phone");
        }
        ComplaintView full = view(complaint, clock(complaint));
        return handles ? full : masked(full);
    }

    /** A department's complaints, those waiting for an answer first (soonest received first), then the answered. */
    public ResultPage<ComplaintView> inbox(Caller caller, String departmentCode, Set<ComplaintStatus> statuses,
            int offset, int max) {
        DepartmentRef department = departmentCode == null ? caller.department() : departments.require(departmentCode);
        if (department == null) {
            throw new IllegalArgumentException("请指定部门 / Name the department whose complaints to list");
        }
        if (!files.reads(caller, department)) {
            AccessPolicy.require(caller, Permission.SUPERVISE, Scope.department(department));
        }
        Set<ComplaintStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ComplaintStatus.class)
                : EnumSet.copyOf(statuses);
        String where = " from Complaint c where c.departmentId = :department and c.status in :statuses";
        long total = em.createQuery("select count(c)" + where, Long.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).getSingleResult();
        // Stored by name: RECEIVED sorts after ANSWERED, so the waiting come first in descending order.
        List<Complaint> rows = em.createQuery("select c" + where + " order by c.status desc, c.receivedAt, c.id",
                Complaint.class).setParameter("department", department.id()).setParameter("statuses", wanted)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
        return new ResultPage<>(rows.stream().map(c -> masked(view(c, clock(c)))).toList(), total, false);
    }

    /**
     * The public lookup: with the reference and the code together, what the department answered; a wrong code and an
     * unknown reference are told alike.
     */
    public ComplaintLookup lookup(String reference, String code) {
        if (Texts.isBlank(reference) || Texts.isBlank(code) || reference.strip().length() > 24) {
            throw noMatch();
        }
        Complaint complaint = em.createNamedQuery("Complaint.byReference", Complaint.class)
                .setParameter("reference", reference.strip().toUpperCase()).getResultStream().findFirst()
                .orElse(null);
        String given = codeDigest(reference.strip().toUpperCase(), code.strip().toUpperCase());
        if (complaint == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                complaint.codeDigest().getBytes(StandardCharsets.US_ASCII))) {
            throw noMatch();
        }
        DepartmentRef department = departments.byId(complaint.departmentId()).orElseThrow();
        DutyView clock = clock(complaint);
        return new ComplaintLookup(complaint.reference(), complaint.kind(), department.nameZh(), department.nameEn(),
                LocalDate.ofInstant(complaint.receivedAt(), Beijing.ZONE), clock == null ? null : clock.lastDay(),
                complaint.status(), complaint.answer(), complaint.answeredAt());
    }

    /** The departments the public form offers when the complainant has no licence number: every unit's competent ones. */
    public List<DepartmentRef> receivingDepartments() {
        return departments.competentFirstIn(null);
    }

    private static RecordNotFound noMatch() {
        return new RecordNotFound("编号或查询码不正确 / The reference or the code is not right");
    }

    private record Route(DepartmentRef department, String licenceNumber, Long fileId) {
    }

    private Route route(NewComplaint c, FieldChecks checks) {
        if (!Texts.isBlank(c.licenceNumber())) {
            Optional<LicenceView> licence = register.referredTo(c.licenceNumber());
            if (licence.isEmpty()) {
                checks.note("licenceNumber", "没有编号为 " + c.licenceNumber().strip() + " 的证照，请核对或改为选择部门 / No licence "
                        + c.licenceNumber().strip() + ": check it, or choose the department instead");
                return null;
            }
            LicenceView l = licence.get();
            Optional<SupervisionFile> file = em.createNamedQuery("SupervisionFile.ofLicence", SupervisionFile.class)
                    .setParameter("licence", l.number()).getResultStream().findFirst();
            if (file.isPresent()) {
                return new Route(departments.byId(file.get().departmentId()).orElseThrow(), l.number(), file.get().id());
            }
            DepartmentRef bureau = departments.require(l.issuingDepartmentCode());
            Optional<DepartmentRef> competent = items.find(bureau.unitId(), l.itemCode())
                    .flatMap(item -> departments.byCode(item.competentDepartmentCode()));
            if (competent.isPresent()) {
                return new Route(competent.get(), l.number(), null);
            }
        }
        Optional<DepartmentRef> named = Texts.isBlank(c.departmentCode()) ? Optional.empty()
                : departments.inService(c.departmentCode().strip()).filter(Complaints::handlesComplaints);
        if (named.isEmpty()) {
            checks.note("departmentCode", "请选择受理的主管部门 / Choose the department the complaint is for");
            return null;
        }
        return new Route(named.get(), null, null);
    }

    /** Competent departments and the enforcement bureau handle complaints; bureaus of approval and oversight do not. */
    private static boolean handlesComplaints(DepartmentRef department) {
        return department.role() == DepartmentRole.COMPETENT_DEPARTMENT
                || department.role() == DepartmentRole.ENFORCEMENT_BUREAU;
    }

    private DepartmentRef readable(Caller caller, Complaint complaint, long id) {
        RecordNotFound absent = new RecordNotFound("没有编号为 " + id + " 的投诉举报 / No complaint " + id);
        if (complaint == null) {
            throw absent;
        }
        DepartmentRef department = departments.byId(complaint.departmentId()).orElseThrow();
        if (!files.reads(caller, department)) {
            AccessPolicy.requireVisible(caller, Permission.SUPERVISE, Scope.department(department), () -> absent);
        }
        return department;
    }

    private DutyView clock(Complaint complaint) {
        return duties.about(RECORD_TYPE, complaint.reference()).stream()
                .filter(d -> d.kind() == DutyKind.ANSWER_COMPLAINT)
                .reduce((a, b) -> b.id() > a.id() ? b : a).orElse(null);
    }

    private ComplaintView view(Complaint c, DutyView clock) {
        return new ComplaintView(c.id(), c.reference(), c.kind(), c.channel(), c.sourceReference(), c.licenceNumber(),
                c.subjectName(), c.content(), c.complainantName(), c.complainantPhone(),
                departments.byId(c.departmentId()).orElseThrow().code(), c.fileId(),
                c.receivedAt(), c.status(), clock == null ? null : clock.dueAt(), c.answer(), c.answeredAt(),
                c.answeredBy());
    }

    private static ComplaintView masked(ComplaintView v) {
        return new ComplaintView(v.id(), v.reference(), v.kind(), v.channel(), v.sourceReference(), v.licenceNumber(),
                v.subjectName(), v.content(), v.complainantName(), v.complainantPhone() == null ? null
                        : Masking.phone(v.complainantPhone()), v.departmentCode(), v.fileId(), v.receivedAt(),
                v.status(), v.answerDueAt(), v.answer(), v.answeredAt(), v.answeredBy());
    }

    private static String optional(String text, int max, String what) {
        return Texts.isBlank(text) ? null : Texts.required(text, max, what);
    }

    private static String phone(String given) {
        String p = optional(given, 20, "联系电话 / phone");
        if (p != null && !p.matches("[0-9+()\\- ]{5,20}")) {
            throw new IllegalArgumentException("联系电话格式不正确 / The phone is not a phone number");
        }
        return p;
    }

    private static String reference(Instant at) {
        return "TS" + LocalDate.ofInstant(at, Beijing.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static String code(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String codeDigest(String reference, String code) {
        return MessageIds.contentDigest("complaint-code|" + reference + "|" + code);
    }

    private static String canonical(NewComplaint c) {
        return Stream.of(c.kind(), c.licenceNumber(), c.departmentCode(), c.subjectName(), c.content(),
                c.complainantName(), c.complainantPhone(), c.sourceReference()).map(v -> Objects.toString(v, ""))
                .collect(Collectors.joining("|"));
    }

    private static String key(Complaint complaint) {
        return Long.toString(complaint.id());
    }
}
