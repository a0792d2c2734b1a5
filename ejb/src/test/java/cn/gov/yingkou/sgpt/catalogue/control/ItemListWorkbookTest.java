package cn.gov.yingkou.sgpt.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected.RowError;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListWorkbook.ExportedItem;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListWorkbook.ImportedRow;

class ItemListWorkbookTest {

    private static final ImplementationContent FOOD = new ImplementationContent("《食品安全法》第三十五条", "食品经营者",
            "食品经营许可", 10, "有与经营的食品品种相适应的场所", List.of("申请书", "营业执照复印件"), null, null, "书面审查",
            "符合《食品经营许可审查通则》", List.of("受理", "审查", "决定"), "市场监督管理局负责监管", null, null);

    @Test
    void anExportedListReadsBackAsTheSameItems() throws IOException {
        byte[] file = ItemListWorkbook.write("营口市 相对集中行政许可事项清单 第1版", List.of(
                new ExportedItem("000105001000", "食品经营许可", "YK-SCJG", "营口市市场监督管理局", 2, FOOD),
                new ExportedItem("000113001000", "建筑工程施工许可", "YK-ZJJ", "营口市住房和城乡建设局", null, null)));

        assertEquals(List.of(new ImportedRow(4, "000105001000", "食品经营许可", "YK-SCJG"),
                new ImportedRow(5, "000113001000", "建筑工程施工许可", "YK-ZJJ")), ItemListWorkbook.read(new ByteArrayInputStream(file)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row food = book.getSheetAt(1).getRow(1);
            assertEquals("10", food.getCell(6).getStringCellValue());
            assertEquals("1. 申请书\n2. 营业执照复印件", food.getCell(8).getStringCellValue());
            assertTrue(book.getSheetAt(1).getRow(2).getCell(2).getStringCellValue().contains("No implementation list"));
        }
    }

    @Test
    void columnsAreFoundByTheirTitlesInAnyOrderAndBlankRowsAreSkipped() throws IOException {
        byte[] file = sheet(new Object[][] {
                {ItemListWorkbook.DEPARTMENT, "备注", ItemListWorkbook.NAME, ItemListWorkbook.CODE},
                {"YK-SCJG", "x", "食品经营许可", "000105001000"},
                {},
                {"YK-ZJJ", null, "建筑工程施工许可", "000113001000"}});

        assertEquals(List.of(new ImportedRow(2, "000105001000", "食品经营许可", "YK-SCJG"),
                new ImportedRow(4, "000113001000", "建筑工程施工许可", "YK-ZJJ")), ItemListWorkbook.read(new ByteArrayInputStream(file)));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsReturned() throws IOException {
        byte[] file = sheet(new Object[][] {
                {ItemListWorkbook.CODE, ItemListWorkbook.NAME, ItemListWorkbook.DEPARTMENT},
                {"000105001000", "食品经营许可", "YK-SCJG"},
                {105001000d, "数字编码", "YK-SCJG"},
                {"000105001000", "重复的编码", "YK-SCJG"},
                {"000113001000", true, "YK-ZJJ"}});

        List<RowError> errors = rejected(file);

        assertEquals(List.of(3, 4, 5), errors.stream().map(RowError::row).toList());
        assertTrue(errors.get(0).message().contains("text cell"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("repeats row 2"), errors.get(1).message());
        assertEquals(ItemListWorkbook.NAME, errors.get(2).column());
    }

    @Test
    void aSheetWithoutTheHeaderOrAColumnIsRefused() throws IOException {
        assertEquals(0, rejected(sheet(new Object[][] {{"编码", "名称"}, {"000105001000", "食品经营许可"}})).get(0).row());
        List<RowError> missing = rejected(sheet(new Object[][] {{ItemListWorkbook.CODE, ItemListWorkbook.NAME}}));
        assertEquals(ItemListWorkbook.DEPARTMENT, missing.get(0).column());
        assertTrue(rejected(sheet(new Object[][] {{ItemListWorkbook.CODE, ItemListWorkbook.NAME, ItemListWorkbook.DEPARTMENT}}))
                .get(0).message().contains("no items"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInBothLanguages() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ItemListWorkbook.read(
                new ByteArrayInputStream("code,name\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("不是有效的") && refused.getMessage().contains("not a valid"),
                refused.getMessage());
    }

    private static List<RowError> rejected(byte[] file) {
        return assertThrows(ItemListImportRejected.class, () -> ItemListWorkbook.read(new ByteArrayInputStream(file))).errors();
    }

    private static byte[] sheet(Object[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (value instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
