package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import cn.gov.yingkou.sgpt.platform.control.BuildInfo;
import cn.gov.yingkou.sgpt.platform.control.DatabaseProbe;
import cn.gov.yingkou.sgpt.platform.control.SchemaMigration;
import cn.gov.yingkou.sgpt.shared.Beijing;

/** Platform info and health, the same for the portal, SOAP and REST. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformService {

    public static final String NAME_ZH = "营口市审批监管信息交换平台";
    public static final String NAME_EN = "Yingkou Approval–Supervision Information Exchange Platform";
    /** Every date and deadline is shown in this zone (DESIGN.md §6). */
    public static final String TIME_ZONE = Beijing.ZONE.getId();

    @EJB
    SchemaMigration schema;

    @EJB
    StartupState startup;

    @EJB
    DatabaseProbe database;

    @Inject
    SealingLag sealing;

    public PlatformInfo info() {
        return new PlatformInfo(NAME_ZH, NAME_EN, BuildInfo.version(), "WildFly " + BuildInfo.serverRelease(),
                RunMode.current().name(), TIME_ZONE, Instant.now(), schema.schemaVersion());
    }

    public HealthReport health() {
        HealthReport.DatabaseCheck db = database.check(schema.schemaVersion());
        HealthReport.DeploymentCheck deployment = new HealthReport.DeploymentCheck(schema.completedAt() != null,
                BuildInfo.version(), RunMode.current().name(), schema.completedAt(), startup.isDemoDataLoaded());
        HealthReport.AuditCheck chain = auditCheck(db.up());
        return new HealthReport(db.up() && deployment.up() && chain.up(), Instant.now(), db, deployment, chain);
    }

    private HealthReport.AuditCheck auditCheck(boolean databaseUp) {
        if (!databaseUp) {
            return new HealthReport.AuditCheck(false, -1, sealing.sealEverySeconds());
        }
        long waiting = sealing.oldestUnsealed().toSeconds();
        int interval = sealing.sealEverySeconds();
        // A few intervals of slack: a long business transaction may commit its entries late.
        return new HealthReport.AuditCheck(waiting <= 12L * interval, waiting, interval);
    }
}
