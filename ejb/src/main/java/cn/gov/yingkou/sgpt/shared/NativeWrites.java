package cn.gov.yingkou.sgpt.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native inserts, updates and deletes that name the one table they write. Hibernate then drops only that
 * table's second-level cache entries; an unnamed native write would empty the whole cache, so every reference
 * lookup after a job lease renewal (every few seconds) would go back to the database.
 */
public final class NativeWrites {

    private static final String SPACES = "org.hibernate.query.native.spaces";

    private NativeWrites() {
    }

    public static Query on(EntityManager em, String table, String sql) {
        return em.createNativeQuery(sql).setHint(SPACES, table);
    }
}
