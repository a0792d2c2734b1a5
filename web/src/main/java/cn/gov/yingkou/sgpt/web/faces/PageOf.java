package cn.gov.yingkou.sgpt.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;

/** A PrimeFaces lazy model over a service that pages in the database. */
public final class PageOf<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads rows first .. first + size of the current search. */
    public interface Source<T> extends java.io.Serializable {
        ResultPage<T> read(int first, int size);
    }

    private final Source<T> source;
    private final Function<T, String> key;

    public PageOf(Source<T> source, Function<T, String> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.read(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ResultPage<T> page = source.read(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
