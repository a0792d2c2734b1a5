package cn.gov.yingkou.sgpt.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.platform.boundary.Sorting;

/**
 * A PrimeFaces lazy model over a service that pages in the database and, where the list allows it, sorts there by the
 * column the clerk clicked (the column's {@code field} names it to the service).
 */
public final class PageOf<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads rows first .. first + size of the current search. */
    public interface Source<T> extends java.io.Serializable {
        ResultPage<T> read(int first, int size);
    }

    /** Reads rows first .. first + size of the current search in the order given (null: the list's own). */
    public interface SortedSource<T> extends java.io.Serializable {
        ResultPage<T> read(int first, int size, Sorting sorting);
    }

    private final SortedSource<T> source;
    private final Function<T, String> key;
    private Sorting sorting;
    private boolean totalCapped;

    public PageOf(Source<T> source, Function<T, String> key) {
        this((first, size, sorting) -> source.read(first, size), key);
    }

    public PageOf(SortedSource<T> source, Function<T, String> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.read(0, 1, null).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sorting = sortBy == null ? null : sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst().map(s -> new Sorting(s.getField(), s.getOrder() == SortOrder.ASCENDING)).orElse(null);
        ResultPage<T> page = source.read(first, pageSize, sorting);
        setRowCount((int) page.total());
        totalCapped = page.totalCapped();
        return page.rows();
    }

    /** Whether the list last read has more rows than it counted (the paginator reaches the cap, not the end). */
    public boolean isTotalCapped() {
        return totalCapped;
    }

    /** The order the rows were last read in (for an export of the same list). */
    public Sorting getSorting() {
        return sorting;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
