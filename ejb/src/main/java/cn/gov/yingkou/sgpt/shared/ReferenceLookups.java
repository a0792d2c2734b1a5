package cn.gov.yingkou.sgpt.shared;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;

/**
 * Lookups of reference data — units, departments, item lists in force, implementation and push lists,
 * receiving channels — which every business call reads and administrators seldom change. They are answered
 * from Hibernate's query cache (an entry is dropped whenever one of its tables is written, on commit) and
 * never flush the caller's pending changes, which cannot concern these tables. A list, not a stream: Hibernate
 * does not cache scrolled results.
 */
public final class ReferenceLookups {

    private static final String CACHEABLE = "org.hibernate.cacheable";

    private ReferenceLookups() {
    }

    public static <T> List<T> all(TypedQuery<T> query) {
        return query.setFlushMode(FlushModeType.COMMIT).setHint(CACHEABLE, true).getResultList();
    }

    public static <T> Optional<T> first(TypedQuery<T> query) {
        return all(query.setMaxResults(1)).stream().findFirst();
    }
}
