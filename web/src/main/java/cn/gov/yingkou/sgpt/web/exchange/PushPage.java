package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries.Detail;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** One push: the fields it carries, its clocks and every step, for the two departments and oversight. */
@Named
@ViewScoped
public class PushPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Times entered here are Beijing time, as every clock of the regulation. */

    @Inject
    PushQueries queries;

    @Inject
    Pushes pushes;

    @Inject
    CurrentUser user;

    private Long id;
    private Detail detail;
    private String manner;
    private String agreedWith;
    private LocalDate dueDate;
    /** Left empty: it happened just now. */
    private LocalDateTime handedAt;
    private String signer;
    private LocalDateTime signedAt;
    private String withdrawReason;

    /** Art 17 ¶2: the bureau records the off-platform hand-over it agreed with the department. */
    public void agree() {
        if (Feedback.attempt(() -> pushes.agreeOffPlatform(user.caller(), id, null, manner, agreedWith, dueDate),
                "push.agreed")) {
            open();
        }
    }

    /**
     * The agreed hand-over happened (at the time given, now unless said otherwise): the push is made, the
     * department's signing clock runs to the agreed date.
     */
    public void handOver() {
        if (Feedback.attempt(() -> pushes.handOverOffPlatform(user.caller(), id, instant(handedAt)), "push.pushed")) {
            open();
        }
    }

    /** The department signed on paper; the bureau (or the department) enters who and when. */
    public void recordReceipt() {
        if (Feedback.attempt(() -> pushes.recordOffPlatformReceipt(user.caller(), id, signer, instant(signedAt)),
                "push.receipt.recorded")) {
            open();
        }
    }

    /** The industry system is back: its delivery is tried within seconds instead of after the pause. */
    public void retryDelivery() {
        if (Feedback.attempt(() -> pushes.retryDeliveryNow(user.caller(), id), "push.delivery.retried")) {
            open();
        }
    }

    /** The industry system cannot take this push: stop its delivery so that the pushes behind it go out. */
    public void withdrawDelivery() {
        if (Feedback.attempt(() -> pushes.withdrawDelivery(user.caller(), id, withdrawReason), "push.delivery.withdrawn")) {
            withdrawReason = null;
            open();
        }
    }

    private static Instant instant(LocalDateTime beijing) {
        return beijing == null ? Instant.now() : beijing.atZone(Beijing.ZONE).toInstant();
    }

    /** Called from the address (?id=…). */
    public void open() {
        if (id == null) {
            Feedback.error("push.badId");
        } else {
            Feedback.attempt(() -> detail = queries.detail(user.caller(), id), null);
        }
    }

    /** The payload's fields in the push list's order, named and worded in the user's language. */
    public List<Map.Entry<String, String>> getFields() {
        if (detail == null) {
            return List.of();
        }
        return PayloadFields.shown(detail.push().payload());
    }

    public Detail getDetail() { return detail; }
    public String getManner() { return manner; }
    public void setManner(String manner) { this.manner = manner; }
    public String getAgreedWith() { return agreedWith; }
    public void setAgreedWith(String agreedWith) { this.agreedWith = agreedWith; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public LocalDateTime getHandedAt() { return handedAt; }
    public void setHandedAt(LocalDateTime handedAt) { this.handedAt = handedAt; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public LocalDateTime getSignedAt() { return signedAt; }
    public void setSignedAt(LocalDateTime signedAt) { this.signedAt = signedAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
