package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries.Proof;
import cn.gov.yingkou.sgpt.web.duty.DutyFormat;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The printable proof of a push's hand-over (推送签收凭证): who pushed and who signed, when and over which channel,
 * each step with its place in the sealed audit chain, so that either side can show it to the other or to oversight.
 */
@Named
@RequestScoped
public class ProofPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PushQueries queries;

    @Inject
    CurrentUser user;

    private Long id;
    private Proof proof;

    public void open() {
        if (id == null) {
            Feedback.error("push.badId");
        } else {
            Feedback.attempt(() -> proof = queries.proof(user.caller(), id), null);
        }
    }

    /** When the proof was drawn up, Beijing time. */
    public String getPrintedAt() {
        return DutyFormat.SHOWN.format(Instant.now());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Proof getProof() { return proof; }
}
