package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists.PushListView;
import cn.gov.yingkou.sgpt.catalogue.entity.ImplementationVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.ItemListVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.PushList;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;

/**
 * What changed in the catalogue since an instant, for provincial systems that keep a copy: item-list
 * versions, implementation-list versions and push lists, each by its last-change time, oldest first.
 *
 * <p>A change is stamped when its transaction starts work, but becomes visible when it commits, so a reader
 * that resumed exactly where its last answer ended could miss a change committed late. The cursor handed back
 * therefore lies {@link #OVERLAP} (the longest a transaction may run) behind the newest change returned:
 * the next read repeats that window, and a reader keys what it stores (unit and version number; unit, item and
 * version number; unit and item) so that a repeat replaces rather than duplicates.
 */
@Stateless
public class CatalogueChanges {

    /** The server's transaction timeout: no transaction commits later than this after stamping its change. */
    public static final Duration OVERLAP = Duration.ofMinutes(5);
    /** The most entries of each kind in one answer; a full answer says so and the reader asks again. */
    public static final int PAGE = 500;

    /** The changes found, and the {@code since} to pass next time. */
    public record ChangeSet(Instant since, Instant next, boolean complete, List<VersionSummary> itemLists,
            List<VersionView> implementationLists, List<PushListView> pushLists) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Units units;

    @EJB
    Departments departments;

    /** Changes after {@code since}, in one unit or (unitCode null) in every unit. */
    public ChangeSet since(Caller caller, String unitCode, Instant since) {
        Long unit = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, unit == null ? Scope.platform() : Scope.unit(unit));
        Map<Long, String> codes = new HashMap<>();
        Function<Long, String> code = id -> codes.computeIfAbsent(id, units::codeOf);

        List<ItemListVersion> lists = changed(ItemListVersion.class, unit, since);
        List<ImplementationVersion> versions = changed(ImplementationVersion.class, unit, since);
        List<PushList> pushes = changed(PushList.class, unit, since);

        Instant newest = since;
        for (Instant at : List.of(last(lists, ItemListVersion::changedAt, since), last(versions,
                ImplementationVersion::changedAt, since), last(pushes, PushList::changedAt, since))) {
            newest = at.isAfter(newest) ? at : newest;
        }
        boolean complete = lists.size() < PAGE && versions.size() < PAGE && pushes.size() < PAGE;
        Instant next = complete ? later(since, newest.minus(OVERLAP)) : truncatedAt(since, lists, versions, pushes);
        return new ChangeSet(since, next, complete,
                lists.stream().map(v -> ItemLists.summary(code.apply(v.unitId()), v,
                        ItemLists.inForceNumber(em, v.unitId(), ItemLists.today()))).toList(),
                versions.stream().map(v -> ImplementationLists.view(departments, code.apply(v.unitId()), v)).toList(),
                pushes.stream().map(p -> PushLists.view(departments, code.apply(p.unitId()), p)).toList());
    }

    private <T> List<T> changed(Class<T> type, Long unit, Instant since) {
        String entity = type.getSimpleName();
        TypedQuery<T> query = em.createQuery("select e from " + entity + " e where e.changedAt > :since"
                + (unit == null ? "" : " and e.unitId = :unit") + " order by e.changedAt, e.id", type)
                .setParameter("since", since).setMaxResults(PAGE);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.getResultList();
    }

    /**
     * A truncated answer resumes just before the oldest of the kinds' last entries, so that entries sharing
     * that instant with ones not returned are read again rather than skipped.
     */
    private static Instant truncatedAt(Instant since, List<ItemListVersion> lists, List<ImplementationVersion> versions,
            List<PushList> pushes) {
        Instant resume = null;
        if (lists.size() == PAGE) {
            resume = lists.get(PAGE - 1).changedAt();
        }
        if (versions.size() == PAGE) {
            resume = earlier(resume, versions.get(PAGE - 1).changedAt());
        }
        if (pushes.size() == PAGE) {
            resume = earlier(resume, pushes.get(PAGE - 1).changedAt());
        }
        return later(since, resume.minusNanos(1000));
    }

    private static <T> Instant last(List<T> entries, Function<T, Instant> at, Instant otherwise) {
        return entries.isEmpty() ? otherwise : at.apply(entries.get(entries.size() - 1));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
