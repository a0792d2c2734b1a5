package cn.gov.yingkou.sgpt.audit.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** One batch of sealing in its own transaction. */
@Stateless
public class AuditSealBatch {

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal(int limit) {
        try (Connection db = dataSource.getConnection()) {
            return AuditChainStore.sealBatch(db, limit, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Audit entries could not be sealed", e);
        }
    }
}
