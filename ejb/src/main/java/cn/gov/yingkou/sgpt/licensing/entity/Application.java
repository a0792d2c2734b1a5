package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.Materials;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * An application for a licence to a unit's approval bureau, from receipt to the decision and the licence
 * (Licensing Law Art 29–44). Every step is a method that refuses an illegal one; the clocks that bind the
 * steps are duties kept by the licensing service.
 */
@Entity
@Table(name = "licensing_application")
@AttributeOverride(name = "number", column = @Column(name = "application_no", nullable = false, unique = true))
@NamedQuery(name = "Application.byNumber", query = "select a from Application a where a.number = :number")
public class Application extends NumberedRecord {

    @Embedded
    private HandledItem handled;

    @Embedded
    private Party applicant;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "licensing_application_material", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<HeldMaterial> materials = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    /** What the applicant was told to supplement (Art 32: once and in full), one entry per line. */
    @Column(name = "requested_materials")
    private String requestedMaterials;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_for")
    private PauseReason pausedFor;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    /** Why intake was refused, the application denied, or withdrawn. */
    @Column(name = "reasons")
    private String reasons;

    @Column(name = "licence_id")
    private Long licenceId;

    protected Application() {
    }

    public Application(long unitId, long departmentId, String itemCode, String itemName, Applicant applicant,
            List<String> materials, Channel channel, String by, Instant at) {
        super(at);
        this.handled = new HandledItem(unitId, departmentId, itemCode, itemName);
        this.applicant = new Party(applicant.kind(), applicant.identifier(), applicant.name());
        this.contactName = applicant.contactName();
        this.contactPhone = applicant.contactPhone();
        Materials.entries(materials).forEach(m -> this.materials.add(new HeldMaterial(m, at, false)));
        this.status = ApplicationStatus.RECEIVED;
        this.channel = Objects.requireNonNull(channel);
        this.receivedBy = Objects.requireNonNull(by);
        this.receivedAt = Objects.requireNonNull(at);
    }

    /** The application's number, given once, when it has its key (after persist, before the insert). */
    public void assignNumber(String assigned) {
        number(assigned, "申请已有编号 / The application already has a number");
    }

    /** Tells the applicant, once and in full, what to supplement (Art 32 ¶1 (4)). */
    public void requestMaterials(List<String> missing, Instant at) {
        List<String> list = Materials.entries(missing);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("须列明需补正的全部材料 / Name every material to supplement");
        }
        move(ApplicationStatus.AWAITING_MATERIALS, at);
        requestedMaterials = String.join("\n", list);
    }

    /**
     * The supplement arrived: what was handed in now is added to what the bureau held (a material it held already
     * stays as it came), and intake starts again.
     */
    public void supplement(List<String> handedIn, Instant at) {
        List<String> added = Materials.entries(handedIn).stream().filter(m -> !holds(m)).toList();
        if (added.isEmpty()) {
            throw new IllegalArgumentException("请列出补正时交来的材料 / Name the materials handed in with the supplement");
        }
        if (materials.size() + added.size() > Materials.MAX) {
            throw new IllegalArgumentException("材料最多" + Materials.MAX + "项 / At most " + Materials.MAX + " materials");
        }
        move(ApplicationStatus.RECEIVED, at);
        added.forEach(m -> materials.add(new HeldMaterial(m, at, true)));
    }

    /** Whether the bureau holds this material, however its name was spaced or punctuated. */
    public boolean holds(String material) {
        return materials.stream().anyMatch(m -> Materials.sameName(m.name(), material));
    }

    public void accept(Instant at) {
        move(ApplicationStatus.UNDER_REVIEW, at);
        acceptedAt = at;
    }

    public void refuseIntake(String why, String by, Instant at) {
        String text = Texts.required(why, 2000, "不予受理的理由 / reasons for refusing");
        move(ApplicationStatus.REFUSED, at);
        decide(text, by, at);
    }

    /** A hearing, test, expert review… (Art 45): the decision clock stops until it ends. */
    public void pauseReview(PauseReason reason, Instant at) {
        if (status != ApplicationStatus.UNDER_REVIEW || pausedFor != null) {
            throw new IllegalStateException("只有审查中且未暂停的申请可以暂停计时 / Only an application under review and not paused "
                    + "can be paused");
        }
        pausedFor = Objects.requireNonNull(reason);
        changed(at);
    }

    public void resumeReview(Instant at) {
        if (pausedFor == null) {
            throw new IllegalStateException("审查计时未暂停 / The review clock is not paused");
        }
        pausedFor = null;
        changed(at);
    }

    public void grant(String by, Instant at) {
        requireRunning();
        move(ApplicationStatus.GRANTED, at);
        decide(null, by, at);
    }

    public void deny(String why, String by, Instant at) {
        String text = Texts.required(why, 2000, "不予许可的理由 / reasons for denying");
        requireRunning();
        move(ApplicationStatus.DENIED, at);
        decide(text, by, at);
    }

    public void issued(long licence, Instant at) {
        move(ApplicationStatus.ISSUED, at);
        licenceId = licence;
    }

    public void withdraw(String why, Instant at) {
        move(ApplicationStatus.WITHDRAWN, at);
        reasons = why == null || why.isBlank() ? null : Texts.required(why, 2000, "撤回说明 / note");
        pausedFor = null;
    }

    /** A result decided elsewhere and submitted finished: accepted and granted when it was decided. */
    public void decidedElsewhere(Instant acceptedOn, Instant decidedOn, String by) {
        move(ApplicationStatus.UNDER_REVIEW, acceptedOn);
        acceptedAt = acceptedOn;
        move(ApplicationStatus.GRANTED, decidedOn);
        decide(null, by, decidedOn);
    }

    private void requireRunning() {
        if (pausedFor != null) {
            throw new IllegalStateException("审查计时暂停中（" + pausedFor + "），请先恢复 / The review clock is paused (" + pausedFor
                    + "); resume it first");
        }
    }

    private void decide(String why, String by, Instant at) {
        reasons = why;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = at;
    }

    private void move(ApplicationStatus target, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("申请当前为 " + status + "，不能转为 " + target + " / The application is " + status
                    + " and cannot become " + target);
        }
        status = target;
        changed(at);
    }

    public HandledItem handled() { return handled; }
    public Applicant applicant() {
        return new Applicant(applicant.kind(), applicant.identifier(), applicant.name(), contactName, contactPhone);
    }
    public List<String> materials() { return materials.stream().map(HeldMaterial::name).toList(); }
    public List<HeldMaterial> heldMaterials() { return List.copyOf(materials); }
    public ApplicationStatus status() { return status; }
    public Channel channel() { return channel; }
    public Instant receivedAt() { return receivedAt; }
    public String receivedBy() { return receivedBy; }
    public List<String> requestedMaterials() {
        return requestedMaterials == null ? List.of() : List.of(requestedMaterials.split("\n"));
    }
    public Instant acceptedAt() { return acceptedAt; }
    public PauseReason pausedFor() { return pausedFor; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String reasons() { return reasons; }
    public Long licenceId() { return licenceId; }

}
