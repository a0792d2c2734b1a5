package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceNumbers;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * A licence in the register: what the penalty, supervision and push features work on. Issued for one
 * application, by one unit's approval bureau, to one holder; its status changes only along LicenceStatus.
 */
@Entity
@Table(name = "licensing_licence")
@AttributeOverride(name = "number", column = @Column(name = "licence_no", nullable = false, unique = true))
@NamedQuery(name = "Licence.byNumber", query = "select l from Licence l where l.number = :number")
@NamedQuery(name = "Licence.byVerificationCode", query = "select l from Licence l where l.verificationCode = :code")
public class Licence extends NumberedRecord {

    /** 32 letters and digits without the ones read alike (0/O, 1/I): a code of 20 carries 100 bits. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String ALREADY_NUMBERED = "证照已有编号 / The licence already has a number";

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Embedded
    private HandledItem handled;

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "holder_kind", nullable = false, updatable = false))
    @AttributeOverride(name = "identifier", column = @Column(name = "holder_id", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "holder_name", nullable = false, updatable = false))
    private Party holder;

    @Column(nullable = false)
    private String scope;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    /** Null: no end date (长期有效). */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_form", nullable = false, updatable = false)
    private CertificateForm form;

    /** The stock number of the printed form, or the electronic licence's identifier. */
    @Column(name = "certificate_ref", nullable = false)
    private String certificateRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LicenceStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    /** While suspended (暂扣): the day the suspension ends. */
    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    /** What the certificate's QR code carries to the public verification page; given at the first print. */
    @Column(name = "verification_code", unique = true)
    private String verificationCode;

    protected Licence() {
    }

    /** The code of the licence's public verification page, given now (100 random bits) if it has none yet. */
    public String verificationCode() {
        if (verificationCode == null) {
            byte[] bits = new byte[20];
            RANDOM.nextBytes(bits);
            StringBuilder code = new StringBuilder(20);
            for (byte b : bits) {
                code.append(CODE_ALPHABET.charAt((b & 0xff) % CODE_ALPHABET.length()));
            }
            verificationCode = code.toString();
        }
        return verificationCode;
    }

    /** Issued at {@code at}; entered in the register at {@code recordedAt} (later, for a result decided elsewhere). */
    public Licence(Application application, LicenceTerms terms, String by, Instant at, Instant recordedAt) {
        super(recordedAt);
        this.applicationId = Objects.requireNonNull(application.id());
        HandledItem item = application.handled();
        // A value of the licence's own: Hibernate does not share embeddable instances between entities.
        this.handled = new HandledItem(item.unitId(), item.departmentId(), item.itemCode(), item.itemName());
        Applicant applicant = application.applicant();
        this.holder = new Party(applicant.kind(), applicant.identifier(), applicant.name());
        this.scope = terms.scope();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.form = terms.form();
        this.certificateRef = terms.certificateRef();
        this.status = LicenceStatus.VALID;
        this.issuedBy = Objects.requireNonNull(by);
        this.issuedAt = Objects.requireNonNull(at);
    }

    /** The licence number, given once: the issuer's own, or the platform's when it has its key. */
    public void assignNumber(String assigned) {
        if (numbered()) {
            throw new IllegalStateException(ALREADY_NUMBERED);
        }
        number(LicenceNumbers.checked(assigned), ALREADY_NUMBERED);
    }

    /** Moves the licence along its lifecycle (withdrawn, revoked, cancelled, expired, restored), with the reason. */
    public void end(LicenceStatus target, String reason, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("证照当前为 " + status + "，不能转为 " + target + " / The licence is " + status
                    + " and cannot become " + target);
        }
        statusReason = Texts.required(reason, 2000, "原因 / reason");
        status = target;
        suspendedUntil = null;
        changed(at);
    }

    /** Suspended (暂扣许可证件) until the end of {@code until}, which lies after {@code from}. */
    public void suspend(LocalDate from, LocalDate until, String reason, Instant at) {
        if (until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("暂扣期限须晚于决定日期 / The suspension must end after the day it was decided");
        }
        end(LicenceStatus.SUSPENDED, reason, at);
        suspendedUntil = until;
    }

    /**
     * Changed in place (变更): a new scope, end of validity or certificate; what is null stays. Only a licence in force
     * is changed; the new end of validity cannot precede its start.
     */
    public void change(String newScope, LocalDate newValidUntil, String newCertificateRef, String reason, Instant at) {
        if (status != LicenceStatus.VALID) {
            throw new IllegalStateException("证照当前为 " + status + "，不能变更 / The licence is " + status
                    + " and cannot be changed");
        }
        LicenceTerms changed = new LicenceTerms(newScope == null ? scope : newScope, validFrom,
                newValidUntil == null ? validUntil : newValidUntil, form,
                newCertificateRef == null ? certificateRef : newCertificateRef);
        if (changed.equals(terms())) {
            throw new IllegalArgumentException("变更须改动许可范围、有效期或证件编号 / A change must change the scope, the end "
                    + "of validity or the certificate");
        }
        scope = changed.scope();
        validUntil = changed.validUntil();
        certificateRef = changed.certificateRef();
        statusReason = Texts.required(reason, 2000, "原因 / reason");
        changed(at);
    }

    public long applicationId() { return applicationId; }
    public HandledItem handled() { return handled; }
    public Party holder() { return holder; }
    public LicenceTerms terms() { return new LicenceTerms(scope, validFrom, validUntil, form, certificateRef); }
    public LicenceStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public LocalDate suspendedUntil() { return suspendedUntil; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
}
