package cn.gov.yingkou.sgpt.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.ReceivingChannelView;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceiverContract;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * How a department receives the documents handed to it, per kind (results, penalty decisions, licence actions) or once
 * for every kind: inbox, its industry system (through receiver contract v1 for results, v2 for every kind), or off the
 * platform.
 */
@Named
@ViewScoped
public class ReceivingChannelDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReceivingChannels channels;

    @Inject
    CurrentUser user;

    private String departmentCode;
    private DepartmentRole role;
    /** The kind of document the channel is for; null: every kind without a channel of its own. */
    private DocumentKind documents;
    private ReceiverContract contract;
    private ReceivingKind kind;
    private String endpointUrl;
    private String username;
    private String secret;
    private boolean secretSet;
    private String manner;

    public void open(DepartmentView department) {
        departmentCode = department.code();
        role = department.role();
        documents = getDocumentKinds().isEmpty() ? null : getDocumentKinds().get(0);
        load();
    }

    /** The channel for the kind of document chosen. */
    public void load() {
        Feedback.attempt(() -> show(channels.view(user.caller(), departmentCode, documents)), null);
    }

    public void save() {
        Feedback.attempt(() -> show(channels.configure(user.caller(), departmentCode, documents, kind,
                documents == DocumentKind.RESULT ? contract : ReceiverContract.HANDOVER_V2, endpointUrl, username, secret,
                manner)), "channel.saved");
    }

    /** The kinds of document the department receives (a channel for each, or one for all of them). */
    public List<DocumentKind> getDocumentKinds() {
        return Arrays.stream(DocumentKind.values()).filter(DocumentKind::byReceiversChannel)
                .filter(k -> role != null && k.receivedBy(role)).toList();
    }

    private void show(ReceivingChannelView view) {
        kind = view.kind();
        contract = view.contract();
        endpointUrl = view.endpointUrl();
        username = view.username();
        secretSet = view.secretSet();
        manner = view.manner();
        secret = null;
    }

    public ReceivingKind[] getKinds() { return ReceivingKind.values(); }
    public ReceiverContract[] getContracts() { return ReceiverContract.values(); }
    public DocumentKind getDocuments() { return documents; }
    public void setDocuments(DocumentKind documents) { this.documents = documents; }
    public ReceiverContract getContract() { return contract; }
    public void setContract(ReceiverContract contract) { this.contract = contract; }
    public String getDepartmentCode() { return departmentCode; }
    public ReceivingKind getKind() { return kind; }
    public void setKind(ReceivingKind kind) { this.kind = kind; }
    public String getEndpointUrl() { return endpointUrl; }
    public void setEndpointUrl(String endpointUrl) { this.endpointUrl = endpointUrl; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public boolean isSecretSet() { return secretSet; }
    public String getManner() { return manner; }
    public void setManner(String manner) { this.manner = manner; }
}
