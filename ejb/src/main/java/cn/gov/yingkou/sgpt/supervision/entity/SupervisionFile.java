package cn.gov.yingkou.sgpt.supervision.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;

/**
 * A licence's supervision file (监管档案) at the department that supervises it (Art 6, 17, 18): opened when the
 * department signs for the licence's result, or takes the licence over by another hand-over, and started when the
 * department says who supervises it and what it does first.
 */
@Entity
@Table(name = "supervision_file")
@NamedQuery(name = "SupervisionFile.of", query = "select f from SupervisionFile f "
        + "where f.licenceNumber = :licence and f.departmentId = :department")
@NamedQuery(name = "SupervisionFile.byHandover", query = "select f from SupervisionFile f where f.handoverId = :handover")
@NamedQuery(name = "SupervisionFile.ofLicence", query = "select f from SupervisionFile f "
        + "where f.licenceNumber = :licence order by f.openedAt, f.id")
public class SupervisionFile {

    @Id
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    private Long id;

    @Column(name = "licence_number", nullable = false, updatable = false)
    private String licenceNumber;

    @Column(name = "holder_name", updatable = false)
    private String holderName;

    @Column(name = "item_code", updatable = false)
    private String itemCode;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    /** The hand-over whose signing opened the file; a result's "start supervision" duty is about it. */
    @Column(name = "handover_id", nullable = false, updatable = false)
    private long handoverId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileStatus status;

    private String supervisor;

    @Column(name = "first_measure")
    private String firstMeasure;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Version
    private long version;

    protected SupervisionFile() {
    }

    public SupervisionFile(String licenceNumber, String holderName, String itemCode, long unitId, long departmentId, long handoverId,
            Instant openedAt) {
        this.licenceNumber = licenceNumber;
        this.holderName = holderName;
        this.itemCode = itemCode;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.handoverId = handoverId;
        this.openedAt = openedAt;
        this.status = FileStatus.AWAITING_START;
    }

    /** Supervision starts once; a file already started keeps who started it and how. */
    public void start(String supervisor, String firstMeasure, LocalDate startedOn, String by, Instant at) {
        if (status != FileStatus.AWAITING_START) {
            throw new IllegalStateException("该证照的监管已于 " + this.startedOn + " 开展 / Supervision of " + licenceNumber
                    + " started on " + this.startedOn);
        }
        this.supervisor = supervisor;
        this.firstMeasure = firstMeasure;
        this.startedOn = startedOn;
        this.startedBy = by;
        this.startedAt = at;
        this.status = FileStatus.STARTED;
    }

    /** An inspection was recorded: the file shows whether a rectification awaits its re-inspection. */
    public void inspected(boolean rectificationDue) {
        if (status == FileStatus.AWAITING_START) {
            throw new IllegalStateException("请先开展监管（指定监管责任人），再登记检查 / Start supervision on " + licenceNumber
                    + " (name its supervisor) before recording inspections");
        }
        status = rectificationDue ? FileStatus.RECTIFICATION_DUE : FileStatus.INSPECTED;
    }

    public long id() { return id; }
    public String licenceNumber() { return licenceNumber; }
    public String holderName() { return holderName; }
    public String itemCode() { return itemCode; }
    public long unitId() { return unitId; }
    public long departmentId() { return departmentId; }
    public long handoverId() { return handoverId; }
    public Instant openedAt() { return openedAt; }
    public FileStatus status() { return status; }
    public String supervisor() { return supervisor; }
    public String firstMeasure() { return firstMeasure; }
    public LocalDate startedOn() { return startedOn; }
    public Instant startedAt() { return startedAt; }
    public String startedBy() { return startedBy; }
}
