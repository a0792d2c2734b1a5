package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.io.InputStream;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListWorkbook;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListWorkbook.ExportedItem;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

/**
 * A version of the item list as an Excel workbook, with each item's implementation list in effect; and a
 * draft's items replaced from a workbook, all rows or none.
 */
@Stateless
public class ItemListWorkbooks {

    /** A workbook ready to download. */
    public record Download(String fileName, byte[] content) {
        public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @EJB
    ItemLists lists;

    @EJB
    ImplementationLists implementations;

    public Download export(Caller caller, String unitCode, int number) {
        VersionDetail version = lists.version(caller, unitCode, number);
        VersionSummary s = version.summary();
        List<ExportedItem> items = version.items().stream().map(i -> {
            VersionView in = implementations.inEffect(caller, unitCode, i.code()).orElse(null);
            return new ExportedItem(i.code(), i.name(), i.departmentCode(), i.departmentNameZh(),
                    in == null ? null : in.number(), in == null ? null : in.content());
        }).toList();
        String heading = unitCode + " 相对集中行政许可事项清单 第" + s.number() + "版 " + s.title()
                + (s.effectiveFrom() == null ? "（" + s.status() + "）" : "，自 " + s.effectiveFrom() + " 起施行")
                + (s.approvalDocument() == null ? "" : "，" + s.approvalDocument());
        return new Download("item-list-" + unitCode + "-v" + s.number() + ".xlsx", ItemListWorkbook.write(heading, items));
    }

    public VersionDetail importItems(Caller caller, String unitCode, int number, InputStream workbook) {
        return lists.replaceItems(caller, unitCode, number, ItemListWorkbook.read(workbook));
    }
}
