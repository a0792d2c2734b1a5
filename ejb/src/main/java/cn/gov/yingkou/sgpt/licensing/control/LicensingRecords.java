package cn.gov.yingkou.sgpt.licensing.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.licensing.boundary.MaterialLine;
import cn.gov.yingkou.sgpt.licensing.boundary.Materials;
import cn.gov.yingkou.sgpt.licensing.entity.Application;
import cn.gov.yingkou.sgpt.licensing.entity.HeldMaterial;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.licensing.entity.LicensingSubmission;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * The licensing context's records: numbering new applications and licences, finding them, remembering the
 * message ids submissions came with, and the views the boundaries answer with.
 */
@Stateless
public class LicensingRecords {

    public static final String LICENCE_RECORD = "licence";
    public static final String APPLICATION_RECORD = "application";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Units units;

    @EJB
    Departments departments;

    @EJB
    ItemFacts items;

    /** The unit's approval bureau, where its applications go, if the caller may submit to it. */
    public DepartmentRef receivingBureau(Caller caller, String unitCode) {
        long unit = units.require(unitCode);
        DepartmentRef bureau = departments.withRole(unit, DepartmentRole.APPROVAL_BUREAU).orElseThrow(() ->
                new IllegalArgumentException("单位 " + unitCode + " 没有行政审批部门 / Unit " + unitCode + " has no approval bureau"));
        AccessPolicy.require(caller, Permission.SUBMIT_APPLICATION, Scope.department(bureau));
        return bureau;
    }

    /** For the audit trail: the bureau a system acted for when it is not the system's own department. */
    public static String actingFor(Caller caller, DepartmentRef bureau) {
        return bureau.id() == caller.departmentId() ? "" : ", for " + bureau.code() + " by a system of "
                + caller.department().code();
    }

    /**
     * The facts of an application received or registered: the item, the applicant, the channel and, when a system
     * acted for another bureau, that bureau and the system's own department.
     */
    public static AuditFacts receivedFacts(Caller caller, DepartmentRef bureau, ItemFacts.Item item,
            Application application) {
        boolean actedFor = bureau.id() != caller.departmentId();
        return AuditFacts.of("item", item.code()).with("itemName", item.name())
                .with("applicant", application.applicant().name()).with("channel", caller.channel())
                .with("bureau", actedFor ? bureau.code() : null)
                .with("system", actedFor ? caller.department().code() : null);
    }

    /** A new application, numbered SQ‹unit›-‹yyyyMMdd›-‹key›. */
    public Application create(DepartmentRef bureau, ItemFacts.Item item, Applicant applicant, List<String> materials,
            Caller caller, Instant at) {
        Application application = new Application(bureau.unitId(), bureau.id(), item.code(), item.name(), applicant,
                materials, caller.channel(), caller.username(), at);
        em.persist(application);
        application.assignNumber("SQ" + bureau.unitCode() + "-" + DAY.format(LocalDate.ofInstant(at, Beijing.ZONE)) + "-"
                + application.id());
        return application;
    }

    /** A new licence for the application: the issuer's number if it gives one, else XK‹unit›-‹year›-‹key›. */
    public Licence issue(Application application, String number, LicenceTerms terms, String by, Instant at) {
        // No flush first: nothing this transaction holds unflushed can carry the number.
        if (number != null && !em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", number.strip())
                .setFlushMode(FlushModeType.COMMIT).getResultList().isEmpty()) {
            throw new IllegalArgumentException("证照编号 " + number + " 已存在 / Licence number " + number + " exists already");
        }
        Licence licence = new Licence(application, terms, by, at, Instant.now());
        if (number != null) {
            // Numbered before it is persisted, so that it is written in one insert.
            licence.assignNumber(number);
        }
        em.persist(licence);
        if (number == null) {
            licence.assignNumber("XK" + unitCode(application) + "-" + LocalDate.ofInstant(at, Beijing.ZONE).getYear() + "-"
                    + licence.id());
        }
        return licence;
    }

    public Application find(String number) {
        return em.createNamedQuery("Application.byNumber", Application.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> noSuchApplication(number));
    }

    public static RecordNotFound noSuchApplication(String number) {
        return new RecordNotFound("没有编号为 " + number + " 的申请 / No application " + number);
    }

    /**
     * The application a caller submitted under this message id before, if any; refused when that submission's content
     * differs from this one's ({@link #digest}).
     */
    public Optional<ApplicationView> submitted(Caller caller, String messageId, String digest) {
        if (messageId == null) {
            return Optional.empty();
        }
        Optional<LicensingSubmission> earlier = Optional.ofNullable(em.find(LicensingSubmission.class,
                new LicensingSubmission.Key(caller.username(), MessageIds.checked(messageId))));
        if (earlier.isPresent() && !earlier.get().sameContent(digest)) {
            throw new MessageIdReused(messageId.strip());
        }
        return earlier.map(submission -> view(em.find(Application.class, submission.applicationId())));
    }

    public void remember(Caller caller, String messageId, String digest, Application application, Instant at) {
        if (messageId != null) {
            // Inserted at commit after the application it refers to (persisted first); a second submission of
            // the same id fails on the key there, and Submissions answers it with the first one's result.
            em.persist(new LicensingSubmission(caller.username(), MessageIds.checked(messageId), digest, application.id(), at));
        }
    }

    /**
     * SHA-256 of a submission's canonical form: the request record's fields in their declared order, as the record
     * prints them (nested records and lists included), after the value objects have normalised them.
     */
    public static String digest(Record submission) {
        return MessageIds.contentDigest(submission.toString());
    }

    public String unitCode(Application application) {
        return units.codeOf(application.handled().unitId());
    }

    public ApplicationView view(Application a) {
        return view(a, items.find(a.handled().unitId(), a.handled().itemCode()).map(ItemFacts.Item::requiredMaterials).orElse(List.of()));
    }

    /** The same, for a caller that holds the item already. */
    public ApplicationView view(Application a, ItemFacts.Item item) {
        return view(a, item.requiredMaterials());
    }

    private ApplicationView view(Application a, List<String> required) {
        DepartmentRef bureau = departments.byId(a.handled().departmentId()).orElseThrow();
        List<MaterialLine> checklist = checklist(a, required);
        List<String> missing = checklist.stream().filter(MaterialLine::missing).map(MaterialLine::name).toList();
        String licence = a.licenceId() == null ? null : em.find(Licence.class, a.licenceId()).number();
        Applicant applicant = a.applicant();
        return new ApplicationView(a.number(), bureau.unitCode(), bureau.code(), a.handled().itemCode(), a.handled().itemName(), applicant.kind(),
                applicant.identifier(), applicant.name(), applicant.contactName(), applicant.contactPhone(), a.materials(),
                missing, a.requestedMaterials(), a.status(), a.channel().name(), a.receivedAt(), a.receivedBy(),
                a.acceptedAt(), a.pausedFor(), a.decidedAt(), a.decidedBy(), a.reasons(), licence, a.changedAt(),
                checklist);
    }

    /** The implementation list's materials in its order, each held or missing, then those handed in besides. */
    static List<MaterialLine> checklist(Application a, List<String> required) {
        List<MaterialLine> lines = new ArrayList<>();
        List<HeldMaterial> held = a.heldMaterials();
        for (String name : required) {
            lines.add(held.stream().filter(m -> Materials.sameName(m.name(), name)).findFirst()
                    .map(m -> line(name, true, m))
                    .orElse(new MaterialLine(name, true, MaterialLine.State.MISSING, null)));
        }
        held.stream().filter(m -> required.stream().noneMatch(r -> Materials.sameName(r, m.name())))
                .forEach(m -> lines.add(line(m.name(), false, m)));
        return lines;
    }

    private static MaterialLine line(String name, boolean listed, HeldMaterial held) {
        return new MaterialLine(name, listed, held.supplemented() ? MaterialLine.State.SUPPLEMENTED
                : MaterialLine.State.RECEIVED, held.receivedAt());
    }

    public LicenceView licenceView(Licence l) {
        LicenceTerms terms = l.terms();
        String application = em.find(Application.class, l.applicationId()).number();
        return new LicenceView(l.number(), application, units.codeOf(l.handled().unitId()),
                departments.byId(l.handled().departmentId()).orElseThrow().code(), l.handled().itemCode(), l.handled().itemName(), l.holder().kind(),
                l.holder().identifier(), l.holder().name(), terms.scope(), terms.validFrom(), terms.validUntil(), terms.form(),
                terms.certificateRef(), l.status(), l.statusReason(), l.issuedAt(), l.issuedBy(), l.changedAt(),
                l.suspendedUntil());
    }
}
