package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.yingkou.sgpt.platform.boundary.SealingLag;

/** The audit trail's sealing lag as the platform's health report reads it. */
@ApplicationScoped
public class AuditSealingLag implements SealingLag {

    @EJB
    AuditTrail audit;

    @Override
    public int sealEverySeconds() {
        return AuditTrail.SEAL_EVERY_SECONDS;
    }

    @Override
    public Duration oldestUnsealed() {
        return audit.oldestUnsealed();
    }
}
