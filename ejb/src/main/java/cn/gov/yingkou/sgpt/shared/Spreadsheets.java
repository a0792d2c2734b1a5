package cn.gov.yingkou.sgpt.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What the platform's Excel exports share: bold headings, text cells, column widths in characters. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    public static CellStyle bold(Workbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** A row of column titles from the first column on. */
    public static void header(Row row, CellStyle style, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            cell(row, c, titles[c], style);
        }
    }

    public static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Each column's width, in characters, from the first column on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
