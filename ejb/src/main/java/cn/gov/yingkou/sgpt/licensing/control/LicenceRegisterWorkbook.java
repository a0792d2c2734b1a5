package cn.gov.yingkou.sgpt.licensing.control;

import static cn.gov.yingkou.sgpt.shared.Spreadsheets.bold;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.header;
import static cn.gov.yingkou.sgpt.shared.Spreadsheets.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * The licence register as a clerk exports it (xlsx): the search's licences newest first, one a row, each holder's
 * identifier as the clerk may see it (masked where they have no need to know), dates as the register shows them.
 */
public final class LicenceRegisterWorkbook {

    static final String[] COLUMNS = {"证照编号 Licence", "事项编码 Item code", "事项名称 Item", "持证人 Holder",
        "证件号码 Identifier", "许可范围 Scope", "有效期自 Valid from", "有效期至 Valid until", "状态 Status",
        "申请编号 Application", "发证时间 Issued"};

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LicenceRegisterWorkbook() {
    }

    /** The licence's standing in words, as the register page shows it. */
    static String status(LicenceStatus status) {
        return switch (status) {
            case VALID -> "有效 Valid";
            case AMENDED -> "已变更 Amended";
            case SUSPENDED -> "暂扣 Suspended";
            case WITHDRAWN -> "已撤回 Withdrawn";
            case REVOKED -> "已撤销 Revoked";
            case CANCELLED -> "已注销 Cancelled";
            case EXPIRED -> "已过期 Expired";
        };
    }

    /** @param title what was searched, as the sheet states it */
    public static byte[] write(String title, List<LicenceView> licences) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var bold = bold(book);
            Sheet sheet = book.createSheet("证照 Licences");
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue(title);
            heading.getCell(0).setCellStyle(bold);
            header(sheet.createRow(2), bold, COLUMNS);
            int r = 3;
            for (LicenceView l : licences) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.number());
                row.createCell(1).setCellValue(l.itemCode());
                row.createCell(2).setCellValue(l.itemName());
                row.createCell(3).setCellValue(l.holderName());
                row.createCell(4).setCellValue(l.holderId());
                row.createCell(5).setCellValue(l.scope());
                row.createCell(6).setCellValue(l.validFrom().toString());
                row.createCell(7).setCellValue(l.validUntil() == null ? "长期 No end" : l.validUntil().toString());
                row.createCell(8).setCellValue(status(l.status()));
                row.createCell(9).setCellValue(l.applicationNumber());
                row.createCell(10).setCellValue(LocalDateTime.ofInstant(l.issuedAt(), Beijing.ZONE)
                        .truncatedTo(ChronoUnit.MINUTES).format(ISSUED));
            }
            widths(sheet, 22, 14, 28, 28, 22, 30, 12, 12, 10, 24, 18);
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The licence register could not be written", e);
        }
    }
}
