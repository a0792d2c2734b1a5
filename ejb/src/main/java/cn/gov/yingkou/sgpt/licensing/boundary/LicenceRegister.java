package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.gov.yingkou.sgpt.licensing.control.LicenceRegisterWorkbook;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.control.PersonalData;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * The licence register: searched by holder, number, item and status within a unit, paged in the database;
 * one licence by its number; and what changed since an instant, for systems that keep a copy (with the
 * same overlap rule as the catalogue's incremental reads).
 */
@Stateless
public class LicenceRegister {

    /** The server's transaction timeout: the window an incremental reader reads again. */
    public static final Duration OVERLAP = Duration.ofMinutes(5);
    public static final int CHANGES_PAGE = 500;

    /** The most licences one export holds. */
    public static final int EXPORT_LIMIT = 5000;
    private static final int EXPORT_PAGE = 500;

    /** A workbook of licences. */
    public record Export(String fileName, byte[] content) {
        public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** Licences changed after {@code since}, and the {@code since} to pass next time. */
    public record Changes(Instant since, Instant next, boolean complete, List<LicenceView> licences) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Units units;

    @EJB
    LicensingRecords records;

    @EJB
    PersonalData personalData;

    public ResultPage<LicenceView> search(Caller caller, LicenceQuery query, int first, int pageSize) {
        long unit = units.require(query.unitCode());
        AccessPolicy.require(caller, Permission.READ_LICENSING, Scope.unit(unit));
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + pageSize);
        }
        StringBuilder where = new StringBuilder(" where l.handled.unitId = :unit");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"unit", unit});
        if (present(query.holder())) {
            where.append(" and (l.holder.identifier = :holderId or l.holder.name like :holderName escape '\\')");
            parameters.add(new Object[] {"holderId", query.holder().strip().toUpperCase()});
            parameters.add(new Object[] {"holderName", "%" + escaped(query.holder().strip()) + "%"});
        }
        if (present(query.number())) {
            where.append(" and l.number = :number");
            parameters.add(new Object[] {"number", query.number().strip()});
        }
        if (present(query.itemCode())) {
            where.append(" and l.handled.itemCode = :item");
            parameters.add(new Object[] {"item", query.itemCode().strip()});
        }
        if (query.status() != null) {
            where.append(" and l.status = :status");
            parameters.add(new Object[] {"status", query.status()});
        }
        TypedQuery<Long> count = em.createQuery("select count(l) from Licence l" + where, Long.class);
        TypedQuery<Licence> rows = em.createQuery("select l from Licence l" + where + " order by l.issuedAt desc, l.id desc",
                Licence.class);
        for (Object[] p : parameters) {
            count.setParameter((String) p[0], p[1]);
            rows.setParameter((String) p[0], p[1]);
        }
        return new ResultPage<>(personalData.licences(caller, rows.setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(this::view).toList()), count.getSingleResult());
    }

    /**
     * The search's licences as a workbook, each holder's identifier as the caller may see it (and every one shown in
     * full audited); refused when more than {@value #EXPORT_LIMIT} match, so that nobody takes the register away whole.
     */
    public Export export(Caller caller, LicenceQuery query) {
        ResultPage<LicenceView> page = search(caller, query, 0, EXPORT_PAGE);
        if (page.total() > EXPORT_LIMIT) {
            throw new IllegalArgumentException("符合条件的证照有 " + page.total() + " 个，超过导出上限 " + EXPORT_LIMIT
                    + "，请缩小查询范围 / " + page.total() + " licences match, more than the " + EXPORT_LIMIT
                    + " an export holds: narrow the search");
        }
        List<LicenceView> rows = new ArrayList<>(page.rows());
        while (rows.size() < page.total() && !page.rows().isEmpty()) {
            page = search(caller, query, rows.size(), EXPORT_PAGE);
            rows.addAll(page.rows());
        }
        String title = "证照登记 Licence register " + query.unitCode() + "，导出于 exported " + Beijing.today();
        return new Export("证照-" + query.unitCode() + "-" + Beijing.today() + ".xlsx",
                LicenceRegisterWorkbook.write(title, rows));
    }

    public LicenceView byNumber(Caller caller, String number) {
        Supplier<RecordNotFound> absent = () -> new RecordNotFound("没有编号为 " + number + " 的证照 / No licence " + number);
        Licence licence = em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(absent);
        AccessPolicy.requireVisible(caller, Permission.READ_LICENSING, Scope.unit(licence.handled().unitId()), absent);
        return personalData.licence(caller, view(licence));
    }

    /**
     * Licences changed after {@code since}, oldest change first: in every unit for oversight, in the units it serves
     * for anyone else (a system with LICENSING_READ: its own, and those of the bureaus it acts for).
     */
    public Changes changedSince(Caller caller, Instant since) {
        boolean everywhere = AccessPolicy.permits(caller, Permission.READ_LICENSING, Scope.platform());
        if (!everywhere) {
            AccessPolicy.require(caller, Permission.READ_LICENSING, Scope.unit(caller.unitId()));
        }
        TypedQuery<Licence> query = em.createQuery("select l from Licence l where l.changedAt > :since"
                + (everywhere ? "" : " and l.handled.unitId in :units") + " order by l.changedAt, l.id", Licence.class)
                .setParameter("since", since);
        if (!everywhere) {
            query.setParameter("units", caller.servedUnits());
        }
        List<Licence> changed = query.setMaxResults(CHANGES_PAGE).getResultList();
        boolean complete = changed.size() < CHANGES_PAGE;
        Instant last = changed.isEmpty() ? since : changed.get(changed.size() - 1).changedAt();
        Instant next = complete ? last.minus(OVERLAP) : last.minusNanos(1000);
        return new Changes(since, next.isAfter(since) ? next : since, complete,
                personalData.licences(caller, changed.stream().map(this::view).toList()));
    }

    private LicenceView view(Licence l) {
        return records.licenceView(l);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
