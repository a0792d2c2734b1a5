package cn.gov.yingkou.sgpt.catalogue.control;

import static cn.gov.yingkou.sgpt.shared.Spreadsheets.bold;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.cell;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.header;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;

/**
 * The item list as an Excel workbook (xlsx): written with one sheet of items and one of their implementation
 * lists, read back from the first sheet. Reading finds the header row by its column titles, so a file the
 * platform exported can be edited and imported again; every bad row is reported, and a file with any bad row
 * yields nothing ({@link ItemListImportRejected}).
 */
public final class ItemListWorkbook {

    /** The most rows an import takes; a unit's list has a few hundred items. */
    public static final int MAX_ROWS = 5000;

    static final String CODE = "事项编码 Item code";
    static final String NAME = "事项名称 Item name";
    static final String DEPARTMENT = "主管部门编码 Department code";
    static final String DEPARTMENT_NAME = "主管部门 Department";
    private static final int HEADER_SEARCH_ROWS = 10;

    /** An item as exported, with its implementation list in effect (null when it has none yet). */
    public record ExportedItem(String code, String name, String departmentCode, String departmentName,
            Integer implementationVersion, ImplementationContent implementation) {
    }

    /** One data row of an imported sheet, with its row number as Excel shows it. */
    public record ImportedRow(int row, String code, String name, String departmentCode) {
    }

    private ItemListWorkbook() {
    }

    public static byte[] write(String heading, List<ExportedItem> items) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(book);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);

            Sheet list = book.createSheet("事项清单 Item list");
            cell(list.createRow(0), 0, heading, bold);
            header(list.createRow(2), bold, CODE, NAME, DEPARTMENT, DEPARTMENT_NAME);
            int r = 3;
            for (ExportedItem item : items) {
                values(list.createRow(r++), wrapped, item.code(), item.name(), item.departmentCode(), item.departmentName());
            }
            widths(list, 22, 40, 22, 30);

            Sheet details = book.createSheet("实施清单 Implementation lists");
            header(details.createRow(0), bold, CODE, NAME, "版本 Version", "设定依据 Legal basis", "服务对象 Target",
                    "权力内容 Authority content", "办理时限（工作日） Time limit (working days)", "许可条件 Conditions",
                    "申请材料 Materials", "特别程序 Special procedures", "中介服务 Intermediary services",
                    "审查方式 Review method", "审查标准 Review standard", "办理流程 Process", "责任 Responsibilities",
                    "追责情形 Accountability cases", "行业规划与数量控制 Industry plan");
            r = 1;
            for (ExportedItem item : items) {
                ImplementationContent c = item.implementation();
                Row row = details.createRow(r++);
                if (c == null) {
                    values(row, wrapped, item.code(), item.name(), "尚无实施清单 No implementation list yet");
                    continue;
                }
                values(row, wrapped, item.code(), item.name(), String.valueOf(item.implementationVersion()),
                        c.legalBasis(), c.target(), c.authorityContent(), String.valueOf(c.timeLimitDays()),
                        c.conditions(), numbered(c.materials()), c.specialProcedures(), c.intermediaryServices(),
                        c.reviewMethod(), c.reviewStandard(), numbered(c.process()), c.responsibilities(),
                        c.accountabilityCases(), c.industryPlan());
            }
            widths(details, 22, 30, 8, 40, 20, 30, 12, 40, 40, 30, 30, 20, 40, 40, 30, 30, 30);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of the first sheet, each checked for form; any fault rejects the whole file. */
    public static List<ImportedRow> read(InputStream in) {
        XSSFWorkbook book;
        try {
            book = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI's refusals (not a zip, not OOXML, a zip bomb, a damaged part) all mean the same to the clerk.
            throw new IllegalArgumentException("文件不是有效的 Excel（xlsx）工作簿 / The file is not a valid Excel (xlsx) workbook");
        }
        try (book) {
            return rows(book.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ImportedRow> rows(Sheet sheet) {
        List<ItemListImportRejected.RowError> errors = new ArrayList<>();
        Row header = null;
        for (int r = 0; r < HEADER_SEARCH_ROWS && header == null; r++) {
            Row candidate = sheet.getRow(r);
            if (candidate != null && columns(candidate).containsKey(CODE)) {
                header = candidate;
            }
        }
        if (header == null) {
            throw new ItemListImportRejected(List.of(new ItemListImportRejected.RowError(0, null,
                    "前" + HEADER_SEARCH_ROWS + "行中找不到表头“" + CODE + "” / No header row with “" + CODE + "” in the first "
                            + HEADER_SEARCH_ROWS + " rows")));
        }
        Map<String, Integer> columns = columns(header);
        for (String required : List.of(NAME, DEPARTMENT)) {
            if (!columns.containsKey(required)) {
                errors.add(new ItemListImportRejected.RowError(header.getRowNum() + 1, required,
                        "缺少列“" + required + "” / The column “" + required + "” is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ItemListImportRejected(errors);
        }
        List<ImportedRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int shown = r + 1;
            String code = text(row, columns.get(CODE), shown, CODE, errors);
            String name = text(row, columns.get(NAME), shown, NAME, errors);
            String department = text(row, columns.get(DEPARTMENT), shown, DEPARTMENT, errors);
            if (code.isEmpty() && name.isEmpty() && department.isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                errors.add(new ItemListImportRejected.RowError(shown, null, "超过" + MAX_ROWS + "行 / More than " + MAX_ROWS + " rows"));
                break;
            }
            Integer earlier = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(code, shown);
            if (earlier != null) {
                errors.add(new ItemListImportRejected.RowError(shown, CODE, "事项编码 " + code + " 与第 " + earlier
                        + " 行重复 / The item code " + code + " repeats row " + earlier));
            }
            rows.add(new ImportedRow(shown, code, name, department));
        }
        if (!errors.isEmpty()) {
            throw new ItemListImportRejected(errors);
        }
        if (rows.isEmpty()) {
            throw new ItemListImportRejected(List.of(new ItemListImportRejected.RowError(header.getRowNum() + 1, null,
                    "表头下没有任何事项 / There are no items below the header")));
        }
        return rows;
    }

    /** A cell's text; a numeric item code is refused because Excel has already dropped its leading zeros. */
    private static String text(Row row, int column, int shown, String title, List<ItemListImportRejected.RowError> errors) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BLANK -> "";
            case NUMERIC -> {
                if (title.equals(CODE)) {
                    errors.add(new ItemListImportRejected.RowError(shown, title, "事项编码须设为文本格式（数字格式会丢失前导零）/ "
                            + "The item code must be a text cell (a number loses its leading zeros)"));
                }
                yield new DataFormatter().formatCellValue(cell).strip();
            }
            default -> {
                errors.add(new ItemListImportRejected.RowError(shown, title, "单元格须为文本 / The cell must hold text"));
                yield "";
            }
        };
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING) {
                columns.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
            }
        }
        return columns;
    }

    private static void values(Row row, CellStyle style, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                cell(row, c, values[c], style);
            }
        }
    }

    private static String numbered(List<String> entries) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(entries.get(i));
        }
        return text.toString();
    }
}
