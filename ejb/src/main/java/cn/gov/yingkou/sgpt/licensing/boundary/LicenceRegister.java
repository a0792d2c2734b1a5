package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import cn.gov.yingkou.sgpt.platform.boundary.Sorting;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.QueryFilter;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;

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

    /** The register's columns a list may be sorted by, and where the query finds them. */
    private static final Map<String, String> SORTABLE = Map.of("number", "l.number", "item", "l.handled.itemName",
            "holder", "l.holder.name", "issuedAt", "l.issuedAt", "validUntil", "l.validUntil", "status", "l.status");

    public ResultPage<LicenceView> search(Caller caller, LicenceQuery query, int first, int pageSize) {
        return search(caller, query, null, first, pageSize);
    }

    /** The search's page in the order asked for (null: newest issued first). */
    public ResultPage<LicenceView> search(Caller caller, LicenceQuery query, Sorting sorting, int first, int pageSize) {
        long unit = units.require(query.unitCode());
        AccessPolicy.require(caller, Permission.READ_LICENSING, Scope.unit(unit));
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + pageSize);
        }
        QueryFilter filter = new QueryFilter().with("l.handled.unitId = :unit", "unit", unit)
                .equal("l.number", "number", query.number()).equal("l.handled.itemCode", "item", query.itemCode())
                .containing("l.handled.itemName", "itemName", query.itemName())
                .onDays("l.issuedAt", "issued", query.issuedFrom(), query.issuedUntil());
        if (!Texts.isBlank(query.holder())) {
            // A holder is found by its identifier, or by a part of its name.
            filter.with("(l.holder.identifier = :holderId or l.holder.name like :holderName escape '\\')", "holderId",
                    query.holder().strip().toUpperCase(), "holderName", "%" + QueryFilter.escapeLike(query.holder().strip()) + "%");
        }
        if (query.status() != null) {
            filter.with("l.status = :status", "status", query.status());
        }
        TypedQuery<Long> count = filter.bind(em.createQuery("select count(l) from Licence l" + filter.where(), Long.class));
        TypedQuery<Licence> rows = filter.bind(em.createQuery("select l from Licence l" + filter.where()
                + Sorting.orderBy(sorting, SORTABLE, "l.issuedAt desc, l.id desc", "l.id"), Licence.class));
        return new ResultPage<>(personalData.licences(caller, rows.setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(this::view).toList()), count.getSingleResult());
    }

    /**
     * The search's licences as a workbook, each holder's identifier as the caller may see it (and every one shown in
     * full audited); refused when more than {@value #EXPORT_LIMIT} match, so that nobody takes the register away whole.
     */
    public Export export(Caller caller, LicenceQuery query, Sorting sorting) {
        ResultPage<LicenceView> page = search(caller, query, sorting, 0, EXPORT_PAGE);
        if (page.total() > EXPORT_LIMIT) {
            throw new IllegalArgumentException("符合条件的证照有 " + page.total() + " 个，超过导出上限 " + EXPORT_LIMIT
                    + "，请缩小查询范围 / " + page.total() + " licences match, more than the " + EXPORT_LIMIT
                    + " an export holds: narrow the search");
        }
        List<LicenceView> rows = new ArrayList<>(page.rows());
        while (rows.size() < page.total() && !page.rows().isEmpty()) {
            page = search(caller, query, sorting, rows.size(), EXPORT_PAGE);
            rows.addAll(page.rows());
        }
        String title = "证照登记 Licence register " + query.unitCode() + "，导出于 exported " + Beijing.today();
        return new Export("证照-" + query.unitCode() + "-" + Beijing.today() + ".xlsx",
                LicenceRegisterWorkbook.write(title, rows));
    }

    /**
     * The licence as it stands, for another context that checked its caller's right to refer to it itself (a penalty
     * decision names the licence it touches); its holder's identifier is not shown.
     */
    public java.util.Optional<LicenceView> referredTo(String number) {
        return em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", number == null ? ""
                : number.strip()).getResultStream().findFirst().map(l -> view(l).masked());
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

}
