package cn.gov.yingkou.sgpt.web.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueNotices.NoticeView;
import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueNotices;
import cn.gov.yingkou.sgpt.catalogue.boundary.NoticeKind;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * Art 8 ¶3–4 for one department: the notices it sent and received; a competent department notifies its
 * unit's approval bureau of a law change or solicits its opinion by a date, and the bureau replies.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueNotices notices;

    @Inject
    CurrentUser user;

    private List<NoticeView> mine = List.of();
    private NoticeKind kind = NoticeKind.LAW_CHANGE;
    private String subject;
    private String basis;
    private String affectedItems;
    private String body;
    private LocalDate replyDue;
    private NoticeView replying;
    private String reply;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        mine = isReader() ? notices.ofMyDepartment(user.caller()) : List.of();
    }

    public boolean isReader() {
        return AccessPolicy.permits(user.caller(), Permission.READ_NOTICES, Scope.department(user.caller().department()));
    }

    public boolean isSender() {
        return AccessPolicy.permits(user.caller(), Permission.SEND_CATALOGUE_NOTICE,
                Scope.department(user.caller().department()));
    }

    /** Received by this department and not answered yet. */
    public boolean canReply(NoticeView notice) {
        return !notice.answered() && notice.toDepartmentCode().equals(user.getAccount().departmentCode())
                && AccessPolicy.permits(user.caller(), Permission.REPLY_TO_NOTICE, Scope.department(user.caller().department()));
    }

    public void send() {
        LocalDate due = kind == NoticeKind.OPINION_SOLICITATION ? replyDue : null;
        if (Feedback.attempt(() -> notices.send(user.caller(), kind, subject, basis, affectedItems, body, due), "notice.sent")) {
            subject = null;
            basis = null;
            affectedItems = null;
            body = null;
            replyDue = null;
            load();
        }
    }

    public void startReply(NoticeView notice) {
        replying = notice;
        reply = null;
    }

    public void sendReply() {
        if (replying != null && Feedback.attempt(() -> notices.reply(user.caller(), replying.id(), reply), "notice.replied")) {
            replying = null;
            load();
        }
    }

    public NoticeKind[] getKinds() { return NoticeKind.values(); }
    public List<NoticeView> getMine() { return mine; }
    public NoticeKind getKind() { return kind; }
    public void setKind(NoticeKind kind) { this.kind = kind; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getAffectedItems() { return affectedItems; }
    public void setAffectedItems(String affectedItems) { this.affectedItems = affectedItems; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getReplyDue() { return replyDue; }
    public void setReplyDue(LocalDate replyDue) { this.replyDue = replyDue; }
    public NoticeView getReplying() { return replying; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
