package cn.gov.yingkou.sgpt.duty.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.duty.boundary.DepartmentRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyTally;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;

/** The report a circular is drafted from reads back as the monitor showed it, with numbers a sheet can sum. */
class DutyRecordWorkbookTest {

    private static final DepartmentRef MARKET = new DepartmentRef(2, "210800-SCJG", 1, "210800", "营口市市场监督管理局",
            "Yingkou Market Regulation Bureau", DepartmentRole.COMPETENT_DEPARTMENT);
    private static final DepartmentRef COUNTY = new DepartmentRef(9, "210881-SCJG", 3, "210881", "盖州市市场监督管理局",
            "Gaizhou Market Regulation Bureau", DepartmentRole.COMPETENT_DEPARTMENT);

    @Test
    void eachDepartmentIsARowOfCountsInTheReportsOrder() throws IOException {
        byte[] xlsx = DutyRecordWorkbook.write(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29), "2026-11-29 10:00",
                Map.of("210800", "营口市", "210881", "盖州市"),
                List.of(new DepartmentRecord(MARKET, new DutyTally(4, 2, 6, 1), new TreeMap<>(Map.of(
                        DutyKind.START_SUPERVISION, new DutyTally(4, 0, 0, 1), DutyKind.SIGN_FOR_RESULT, new DutyTally(0, 2, 6, 0)))),
                        new DepartmentRecord(COUNTY, new DutyTally(3, 0, 0, 0), new TreeMap<>(Map.of(
                                DutyKind.SIGN_FOR_RESULT, new DutyTally(3, 0, 0, 0))))));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2026-01-01 – 2026-11-29"));
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("2026-11-29 10:00"));
            assertEquals("按时完成率 Met on time", sheet.getRow(3).getCell(8).getStringCellValue());

            Row market = sheet.getRow(4);
            assertEquals(List.of("营口市", "营口市市场监督管理局", "210800-SCJG"), List.of(market.getCell(0).getStringCellValue(),
                    market.getCell(1).getStringCellValue(), market.getCell(2).getStringCellValue()));
            assertEquals(List.of(4.0, 2.0, 6.0, 1.0, 3.0), List.of(market.getCell(3).getNumericCellValue(),
                    market.getCell(4).getNumericCellValue(), market.getCell(5).getNumericCellValue(),
                    market.getCell(6).getNumericCellValue(), market.getCell(7).getNumericCellValue()));
            assertEquals(0.67, market.getCell(8).getNumericCellValue(), 1e-9, "six of nine decided met on time");
            assertEquals("0%", market.getCell(8).getCellStyle().getDataFormatString());

            Row county = sheet.getRow(5);
            assertEquals("盖州市", county.getCell(0).getStringCellValue());
            assertNull(county.getCell(8), "nothing decided yet: no share");
            assertNull(sheet.getRow(6));

            Sheet kinds = book.getSheetAt(1);
            assertEquals("职责 Duty", kinds.getRow(0).getCell(3).getStringCellValue());
            assertEquals(List.of("营口市市场监督管理局 签收审批结果 2.0", "营口市市场监督管理局 开展监管 0.0", "盖州市市场监督管理局 签收审批结果 0.0"),
                    List.of(line(kinds.getRow(1)), line(kinds.getRow(2)), line(kinds.getRow(3))),
                    "each department's kinds in their statutory order, with their overdue counts");
            assertEquals(0.75, kinds.getRow(1).getCell(9).getNumericCellValue(), 1e-9, "six of eight signed on time (the two overdue count as missed)");
            assertNull(kinds.getRow(4));
        }
    }

    private static String line(Row row) {
        return row.getCell(1).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                + row.getCell(5).getNumericCellValue();
    }
}
