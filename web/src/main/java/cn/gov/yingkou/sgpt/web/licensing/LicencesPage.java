package cn.gov.yingkou.sgpt.web.licensing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceQuery;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The licence register of the user's unit: search by holder, number, item name, status and the days issued, sorted by
 * any column and paged in the database, and exported as the list shows it. Opened with ?number= or ?holder= it shows
 * one licence or one holder's licences: where a licence number or an applicant links to elsewhere in the portal.
 */
@Named
@ViewScoped
public class LicencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenceRegister register;

    @Inject
    CurrentUser user;

    private String holder;
    private String number;
    private String itemName;
    private LicenceStatus status;
    private LocalDate issuedFrom;
    private LocalDate issuedUntil;
    private PageOf<LicenceView> licences;

    @PostConstruct
    void init() {
        search();
    }

    /** Called from the address (?number=… or ?holder=…), after the view parameters are set. */
    public void open() {
        search();
    }

    public void search() {
        if (Feedback.reversed(issuedFrom, issuedUntil, "lr:issuedUntil")) {
            return;
        }
        LicenceQuery query = query();
        licences = new PageOf<>((first, size, sorting) -> register.search(user.caller(), query, sorting, first, size),
                LicenceView::number);
    }

    private LicenceQuery query() {
        return new LicenceQuery(user.getAccount().unitCode(), holder, number, null, itemName, status, issuedFrom, issuedUntil);
    }

    /** What the search finds, in the order shown, as a workbook; nothing (and the reason) when the export is refused. */
    public StreamedContent getWorkbook() {
        if (Feedback.reversed(issuedFrom, issuedUntil, "lr:issuedUntil")) {
            return null;
        }
        LicenceRegister.Export[] export = new LicenceRegister.Export[1];
        if (!Feedback.attempt(() -> export[0] = register.export(user.caller(), query(),
                licences == null ? null : licences.getSorting()), null)) {
            return null;
        }
        byte[] content = export[0].content();
        return DefaultStreamedContent.builder().name(export[0].fileName()).contentType(LicenceRegister.Export.MEDIA_TYPE)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public LicenceStatus[] getStatuses() { return LicenceStatus.values(); }
    public PageOf<LicenceView> getLicences() { return licences; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getItemName() { return itemName; }
    public void setItemName(String itemName) { this.itemName = itemName; }
    public LicenceStatus getStatus() { return status; }
    public void setStatus(LicenceStatus status) { this.status = status; }
    public LocalDate getIssuedFrom() { return issuedFrom; }
    public void setIssuedFrom(LocalDate issuedFrom) { this.issuedFrom = issuedFrom; }
    public LocalDate getIssuedUntil() { return issuedUntil; }
    public void setIssuedUntil(LocalDate issuedUntil) { this.issuedUntil = issuedUntil; }
}
