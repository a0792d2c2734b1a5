package cn.gov.yingkou.sgpt.duty.control;

import static cn.gov.yingkou.sgpt.shared.Spreadsheets.bold;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.header;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.yingkou.sgpt.duty.boundary.DepartmentRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyTally;

/**
 * The duty monitor's period report as an Excel workbook (xlsx), the table a circular (Art 21) is drafted from:
 * one row a department, failing ones first as the report orders them, and on a second sheet one row for each kind
 * of duty a department had; counts as numbers so that the sheet can sum and sort them, the share met on time as a
 * percentage (empty where no deadline has been decided yet).
 */
public final class DutyRecordWorkbook {

    static final String[] COLUMNS = {"单位 Unit", "部门 Department", "部门编码 Department code", "未到期 Open",
        "已逾期 Overdue", "按时完成 Done on time", "逾期完成 Done late", "未按时履职 Failed", "按时完成率 Met on time"};

    static final String[] KIND_COLUMNS = {COLUMNS[0], COLUMNS[1], COLUMNS[2], "职责 Duty", COLUMNS[3], COLUMNS[4],
        COLUMNS[5], COLUMNS[6], COLUMNS[7], COLUMNS[8]};

    private DutyRecordWorkbook() {
    }

    /**
     * @param units the units' names by code, for the departments' units
     * @param generated when the figures were read, as the sheet states it
     */
    public static byte[] write(LocalDate from, LocalDate to, String generated, Map<String, String> units,
            List<DepartmentRecord> records) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(book);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));

            Sheet sheet = book.createSheet("履职监测 Duty monitor");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("法定职责履行情况 Statutory duties by department: " + from + " – " + to);
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue("统计时间 Read at " + generated
                    + "；按职责产生时间统计，已取消的不计 / duties counted by when they arose, cancelled ones left out");
            header(sheet.createRow(3), bold, COLUMNS);
            int r = 4;
            for (DepartmentRecord record : records) {
                tally(department(sheet.createRow(r++), units, record), 3, record.total(), percent);
            }
            widths(sheet, 24, 36, 22, 10, 10, 14, 14, 14, 14);
            sheet.createFreezePane(0, 4);

            Sheet kinds = book.createSheet("按职责 By duty");
            header(kinds.createRow(0), bold, KIND_COLUMNS);
            r = 1;
            for (DepartmentRecord record : records) {
                for (var kind : record.kinds()) {
                    Row row = department(kinds.createRow(r++), units, record);
                    row.createCell(3).setCellValue(kind.getKey().title());
                    tally(row, 4, kind.getValue(), percent);
                }
            }
            widths(kinds, 24, 36, 22, 24, 10, 10, 14, 14, 14, 14);
            kinds.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The duty report could not be written", e);
        }
    }

    private static Row department(Row row, Map<String, String> units, DepartmentRecord record) {
        row.createCell(0).setCellValue(units.getOrDefault(record.department().unitCode(), record.department().unitCode()));
        row.createCell(1).setCellValue(record.department().nameZh());
        row.createCell(2).setCellValue(record.department().code());
        return row;
    }

    /** The counts from column {@code first} on, then the share on time (left empty while nothing is decided). */
    private static void tally(Row row, int first, DutyTally tally, CellStyle percent) {
        long[] counts = {tally.open(), tally.overdue(), tally.doneOnTime(), tally.doneLate(), tally.failed()};
        for (int c = 0; c < counts.length; c++) {
            row.createCell(first + c).setCellValue(counts[c]);
        }
        if (tally.onTimePercent() >= 0) {
            row.createCell(first + counts.length).setCellValue(tally.onTimePercent() / 100.0);
            row.getCell(first + counts.length).setCellStyle(percent);
        }
    }
}
