package cn.gov.yingkou.sgpt.web.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.transfer.boundary.ReceivedEvidence;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * A clerk transfers a violation found outside the department's remit to the department competent to deal with it, with
 * the evidence files (Art 20). The transfer is checked before a file is taken; each file then goes into the evidence
 * store as a stream. The form keeps one message id until the transfer is sent, so that pressing the button twice sends
 * it once. Opened with ?licence= from a licence's page, the licence is filled in; with &amp;record= from an inspection,
 * its reference.
 */
@Named
@ViewScoped
public class TransferSendPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("toDepartmentCode", "ts:to"),
            Map.entry("facts", "ts:facts"), Map.entry("place", "ts:place"), Map.entry("foundOn", "ts:foundOn"),
            Map.entry("partyKind", "ts:partyKind"), Map.entry("partyName", "ts:partyName"),
            Map.entry("partyId", "ts:partyId"), Map.entry("provision", "ts:provision"),
            Map.entry("licenceNumber", "ts:licence"), Map.entry("supervisionRecord", "ts:record"),
            Map.entry("evidence", "ts:files"));

    @Inject
    Transfers transfers;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    private String messageId = UUID.randomUUID().toString();
    private String to;
    private String facts;
    private String place;
    private LocalDate foundOn = Beijing.today();
    private ApplicantKind partyKind = ApplicantKind.ORGANISATION;
    private String partyName;
    private String partyId;
    private String provision;
    private String licence;
    private String record;
    private transient UploadedFiles files;
    private TransferView sent;

    public void send() {
        Caller caller = user.caller();
        NewTransfer transfer = new NewTransfer(messageId, to, facts, place, foundOn, partyKind, partyName, partyId,
                provision, licence, record);
        List<UploadedFile> chosen = files == null ? List.of() : files.getFiles().stream()
                .filter(f -> f.getSize() > 0 || f.getFileName() != null && !f.getFileName().isBlank()).toList();
        if (Feedback.attempt(INPUTS, () -> {
            transfers.check(caller, transfer, chosen.size());
            List<ReceivedEvidence> evidence = new ArrayList<>();
            for (UploadedFile file : chosen) {
                try (InputStream content = file.getInputStream()) {
                    evidence.add(transfers.receive(caller, file.getFileName(), content));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sent = transfers.send(caller, transfer, evidence).transfer();
        }, "transfer.sent")) {
            messageId = UUID.randomUUID().toString();
        }
    }

    /** Any department of any unit that takes transfers, but the user's own; the user's unit first. */
    public List<DepartmentRef> getReceivers() {
        String own = user.getAccount().departmentCode();
        return departments.receiving(DocumentKind.CASE_TRANSFER, user.getAccount().unitCode()).stream()
                .filter(d -> !d.code().equals(own)).toList();
    }

    /** The largest file the store takes, in megabytes, for the form's hint. */
    public long getLimitMegabytes() {
        return transfers.evidenceLimit() / (1024 * 1024);
    }

    public ApplicantKind[] getPartyKinds() { return ApplicantKind.values(); }
    public TransferView getSent() { return sent; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getFoundOn() { return foundOn; }
    public void setFoundOn(LocalDate foundOn) { this.foundOn = foundOn; }
    public ApplicantKind getPartyKind() { return partyKind; }
    public void setPartyKind(ApplicantKind partyKind) { this.partyKind = partyKind; }
    public String getPartyName() { return partyName; }
    public void setPartyName(String partyName) { this.partyName = partyName; }
    public String getPartyId() { return partyId; }
    public void setPartyId(String partyId) { this.partyId = partyId; }
    public String getProvision() { return provision; }
    public void setProvision(String provision) { this.provision = provision; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles files) { this.files = files; }
}
