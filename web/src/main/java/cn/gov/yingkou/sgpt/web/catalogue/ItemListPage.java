package cn.gov.yingkou.sgpt.web.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Difference;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks.Download;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * A unit's item list (Art 7): its versions, one version's items and opinions, the difference between two
 * versions; for the unit's business-environment bureau the drafting steps, for its departments opinions.
 * Whether an action is offered is asked of AccessPolicy; whether it is allowed is decided by ItemLists.
 */
@Named
@ViewScoped
public class ItemListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemLists lists;

    @Inject
    Units units;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    @Inject
    ItemListWorkbooks workbooks;

    private String unitCode;
    private List<Units.UnitRef> unitChoices;
    private List<VersionSummary> versions = List.of();
    private VersionDetail selected;
    private Difference difference;
    private Integer compareFrom;
    private Integer compareTo;

    private String title;
    private String itemCode;
    private String itemName;
    private String itemDepartment;
    private String record;
    private LocalDate evaluatedOn;
    private String document;
    private LocalDate approvedOn;
    private LocalDate filedOn;
    private LocalDate effectiveFrom;
    private String opinion;
    /** The portal's uploads also carry evidence files, far larger; a workbook stays within what an import reads. */
    private static final long MAX_WORKBOOK_BYTES = 10L * 1024 * 1024;

    private transient UploadedFile upload;

    @PostConstruct
    void init() {
        unitChoices = units.active();
        unitCode = user.getAccount().unitCode();
        load();
    }

    public void load() {
        versions = lists.versions(user.caller(), unitCode);
        difference = null;
        selected = versions.isEmpty() ? null : lists.version(user.caller(), unitCode, versions.get(0).number());
    }

    public void select(VersionSummary version) {
        selected = lists.version(user.caller(), unitCode, version.number());
    }

    public void compare() {
        if (compareFrom != null && compareTo != null) {
            Feedback.attempt(() -> difference = lists.compare(user.caller(), unitCode, compareFrom, compareTo), null);
        }
    }

    public boolean isManager() {
        return AccessPolicy.permits(user.caller(), Permission.MANAGE_ITEM_LIST, Scope.unit(units.require(unitCode)));
    }

    public boolean isOpinionGiver() {
        return !isManager()
                && AccessPolicy.permits(user.caller(), Permission.SUBMIT_LIST_OPINION, Scope.unit(units.require(unitCode)));
    }

    public boolean isDraft() {
        return selected != null && selected.summary().status() == ListStatus.DRAFT;
    }

    public boolean is(String status) {
        return selected != null && selected.summary().status().name().equals(status);
    }

    public void startDraft() {
        step(() -> lists.startDraft(user.caller(), unitCode, title), "itemList.drafted");
        if (!versions.isEmpty()) {
            selected = lists.version(user.caller(), unitCode, versions.get(0).number());
        }
    }

    public void putItem() {
        step(() -> lists.putItem(user.caller(), unitCode, number(), itemCode, itemName, itemDepartment), "itemList.itemSaved");
    }

    public void removeItem(String code) {
        step(() -> lists.removeItem(user.caller(), unitCode, number(), code), "itemList.itemRemoved");
    }

    public void evaluate() {
        step(() -> lists.evaluate(user.caller(), unitCode, number(), record, evaluatedOn), "itemList.evaluated");
    }

    public void reopen() {
        step(() -> lists.reopen(user.caller(), unitCode, number()), "itemList.reopened");
    }

    public void approve() {
        step(() -> lists.approve(user.caller(), unitCode, number(), document, approvedOn), "itemList.approved");
    }

    public void file() {
        step(() -> lists.file(user.caller(), unitCode, number(), filedOn, effectiveFrom), "itemList.filed");
    }

    public void abandon() {
        step(() -> lists.abandon(user.caller(), unitCode, number()), "itemList.abandoned");
    }

    public void submitOpinion() {
        step(() -> lists.submitOpinion(user.caller(), unitCode, number(), opinion), "itemList.opinionSent");
    }

    /** The version on screen as an xlsx workbook, with each item's implementation list in effect. */
    public StreamedContent getWorkbook() {
        Download download = workbooks.export(user.caller(), unitCode, number());
        return DefaultStreamedContent.builder().name(download.fileName()).contentType(Download.MEDIA_TYPE)
                .contentLength((long) download.content().length)
                .stream(() -> new ByteArrayInputStream(download.content())).build();
    }

    /** The draft's items replaced by the uploaded workbook's rows; each bad row is its own message. */
    public void importWorkbook() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            Feedback.attempt(() -> {
                throw new IllegalArgumentException("请选择一个 xlsx 文件 / Choose an xlsx file");
            }, null);
            return;
        }
        if (upload.getSize() > MAX_WORKBOOK_BYTES) {
            Feedback.attempt(() -> {
                throw new IllegalArgumentException("清单文件不能超过 10 MB / The workbook may be 10 MB at most");
            }, null);
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            VersionDetail[] imported = new VersionDetail[1];
            if (Feedback.attempt(() -> imported[0] = workbooks.importItems(user.caller(), unitCode, number(), in), null)) {
                selected = imported[0];
                versions = lists.versions(user.caller(), unitCode);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        Feedback.text("itemList.imported", selected.items().size()), null));
            }
        } catch (ItemListImportRejected rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
            rejected.errors().forEach(e -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.line(), null)));
            faces.validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The departments an item of this unit can belong to: its competent departments. */
    public List<cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef> getCompetentDepartments() {
        return departments.competentIn(unitCode);
    }

    public LocalDate getToday() {
        return Beijing.today();
    }

    private void step(Runnable action, String successKey) {
        int keep = selected == null ? 0 : selected.summary().number();
        if (Feedback.attempt(action, successKey)) {
            versions = lists.versions(user.caller(), unitCode);
            selected = keep == 0 ? selected : lists.version(user.caller(), unitCode, keep);
            itemCode = null;
            itemName = null;
            opinion = null;
        }
    }

    private int number() {
        if (selected == null) {
            throw new IllegalArgumentException("请先选择一个版本 / Choose a version first");
        }
        return selected.summary().number();
    }

    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public List<Units.UnitRef> getUnitChoices() { return unitChoices; }
    public List<VersionSummary> getVersions() { return versions; }
    public VersionDetail getSelected() { return selected; }
    public Difference getDifference() { return difference; }
    public Integer getCompareFrom() { return compareFrom; }
    public void setCompareFrom(Integer compareFrom) { this.compareFrom = compareFrom; }
    public Integer getCompareTo() { return compareTo; }
    public void setCompareTo(Integer compareTo) { this.compareTo = compareTo; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public String getItemName() { return itemName; }
    public void setItemName(String itemName) { this.itemName = itemName; }
    public String getItemDepartment() { return itemDepartment; }
    public void setItemDepartment(String itemDepartment) { this.itemDepartment = itemDepartment; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public void setEvaluatedOn(LocalDate evaluatedOn) { this.evaluatedOn = evaluatedOn; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
}
