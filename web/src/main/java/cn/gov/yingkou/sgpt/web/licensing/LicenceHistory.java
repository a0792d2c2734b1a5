package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActions;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.penalty.boundary.PenaltyDecisionView;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * A licence's whole history as a timeline, as far as the reader may see it — issued, each hand-over about it (its result
 * pushed and signed for, penalty decisions, licence actions, case transfers and their outcomes), the penalty decisions
 * and the approval bureau's actions: the licence page and the supervision file show it alike.
 */
@Dependent
public class LicenceHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One step in the licence's history, oldest first: by which department (to which, for a hand-over), its document or
     * words, the hand-over's status as a message key, the person who took it; {@code pushId} links a hand-over's page.
     */
    public record Step(Instant at, String kind, String from, String to, String text, String status, String person,
            Long pushId) {
    }

    @Inject
    LicenceActions actions;

    @Inject
    PushQueries handovers;

    @Inject
    Penalties penalties;

    public List<Step> of(Caller caller, LicenceView licence) {
        List<Step> all = new ArrayList<>();
        all.add(new Step(licence.issuedAt(), "issue", licence.issuingDepartmentCode(), null, licence.applicationNumber(),
                null, licence.issuedBy(), null));
        for (PushView h : handovers.aboutLicence(caller, licence.number())) {
            all.add(new Step(h.pushedAt() == null ? h.issuedAt() : h.pushedAt(), "handover." + h.kind(),
                    h.fromDepartmentCode(), h.toDepartmentCode(), h.documentNumber(), "push.status." + h.status(),
                    h.pushedBy(), h.id()));
        }
        for (PenaltyDecisionView d : penalties.ofLicence(caller, licence.number())) {
            all.add(new Step(d.decidedOn().atStartOfDay(Beijing.ZONE).toInstant(), "penalty." + d.measure(),
                    d.departmentCode(), null, d.decisionNumber() + " · " + d.penalty(), null, d.recordedBy(),
                    d.handoverId()));
        }
        for (LicenceActionView a : actions.history(caller, licence.number())) {
            all.add(new Step(a.recordedAt(), "action." + a.kind(), a.departmentCode(), null, a.documentNumber() + " · "
                    + a.reason(), null, a.recordedBy(), null));
        }
        all.sort(Comparator.comparing(Step::at));
        return all;
    }
}
