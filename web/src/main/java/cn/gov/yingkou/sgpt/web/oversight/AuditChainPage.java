package cn.gov.yingkou.sgpt.web.oversight;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;
import cn.gov.yingkou.sgpt.oversight.boundary.AuditChecks;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** Oversight checks the audit chain on demand and sees how far sealing lags. */
@Named
@ViewScoped
public class AuditChainPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditChecks audit;

    @Inject
    CurrentUser user;

    private ChainReport report;
    private long waitingSeconds;

    public void verify() {
        report = audit.verifyChain(user.caller());
        waitingSeconds = report.oldestUnsealed().toSeconds();
    }

    public ChainReport getReport() {
        return report;
    }

    public long getWaitingSeconds() {
        return report == null ? audit.oldestUnsealed(user.caller()).toSeconds() : waitingSeconds;
    }

    public int getSealEverySeconds() {
        return AuditTrail.SEAL_EVERY_SECONDS;
    }
}
