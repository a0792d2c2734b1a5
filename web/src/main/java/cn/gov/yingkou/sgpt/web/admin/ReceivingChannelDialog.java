package cn.gov.yingkou.sgpt.web.admin;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.ReceivingChannelView;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** How a competent department receives approval results: inbox, its industry system, or off the platform. */
@Named
@ViewScoped
public class ReceivingChannelDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReceivingChannels channels;

    @Inject
    CurrentUser user;

    private String departmentCode;
    private ReceivingKind kind;
    private String endpointUrl;
    private String username;
    private String secret;
    private boolean secretSet;
    private String manner;

    public void open(DepartmentView department) {
        departmentCode = department.code();
        Feedback.attempt(() -> show(channels.view(user.caller(), departmentCode)), null);
    }

    public void save() {
        Feedback.attempt(() -> show(channels.configure(user.caller(), departmentCode, kind, endpointUrl, username, secret,
                manner)), "channel.saved");
    }

    private void show(ReceivingChannelView view) {
        kind = view.kind();
        endpointUrl = view.endpointUrl();
        username = view.username();
        secretSet = view.secretSet();
        manner = view.manner();
        secret = null;
    }

    public ReceivingKind[] getKinds() { return ReceivingKind.values(); }
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
