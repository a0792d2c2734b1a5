package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** An item-list file with bad rows: every row's fault is listed, and nothing of the file was imported. */
@ApplicationException(rollback = true)
public class ItemListImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A fault in row {@code row} (as Excel numbers rows; 0 when it concerns the whole file), in {@code column} if known. */
    public record RowError(int row, String column, String message) {

        /** "第 5 行 事项编码 Item code：…" for a Faces message or a log. */
        public String line() {
            return (row == 0 ? "" : "第 " + row + " 行 Row " + row + " ") + (column == null ? "" : column) + "：" + message;
        }
    }

    private final List<RowError> errors;

    public ItemListImportRejected(List<RowError> errors) {
        super("导入被拒绝：" + errors.size() + " 处错误，未导入任何内容 / Import refused: " + errors.size()
                + " faults; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
