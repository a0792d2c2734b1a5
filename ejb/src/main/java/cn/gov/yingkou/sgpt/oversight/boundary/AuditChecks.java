package cn.gov.yingkou.sgpt.oversight.boundary;

import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;

/**
 * Oversight's check of the audit trail (DESIGN §6: readable by oversight roles): whether the chain is intact and
 * how far sealing lags. The audit trail itself knows no callers; who may check it is decided here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChecks {

    @EJB
    AuditTrail audit;

    /** Walks the whole chain; the report names the first broken link. */
    public ChainReport verifyChain(Caller caller) {
        AccessPolicy.require(caller, Permission.VERIFY_AUDIT, Scope.platform());
        return audit.verifyChain();
    }

    public Duration oldestUnsealed(Caller caller) {
        AccessPolicy.require(caller, Permission.VERIFY_AUDIT, Scope.platform());
        return audit.oldestUnsealed();
    }
}
