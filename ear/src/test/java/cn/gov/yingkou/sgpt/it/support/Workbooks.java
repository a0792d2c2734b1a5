package cn.gov.yingkou.sgpt.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Item-list workbooks as a clerk would prepare them in Excel: one sheet, a header row, text cells. */
public final class Workbooks {

    public static final String CODE = "事项编码 Item code";
    public static final String NAME = "事项名称 Item name";
    public static final String DEPARTMENT = "主管部门编码 Department code";

    private Workbooks() {
    }

    public static byte[] xlsx(String[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    public static Path file(String[][] rows) throws IOException {
        Path file = Files.createTempFile("item-list-", ".xlsx");
        file.toFile().deleteOnExit();
        return Files.write(file, xlsx(rows));
    }
}
