package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.exchange.control.HandoverPayloads;
import cn.gov.yingkou.sgpt.exchange.entity.Handover;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActed;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * Art 19 ¶2: what the approval bureau did to a licence goes back, in the transaction that did it, to the department
 * whose penalty decision asked for it, or — acting on its own initiative — to the department that supervises the
 * licence (the one that signed for, or now holds, its result). It is handed over at once; the bureau's 2-working-day
 * clock runs from the day of its decision.
 */
@Stateless
public class LicenceActionsHandedBack {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Pushes pushes;

    @EJB
    Departments departments;

    public void handBack(@Observes LicenceActed acted) {
        var licence = acted.licence();
        var action = acted.action();
        DepartmentRef bureau = departments.require(licence.issuingDepartmentCode());
        DepartmentRef receiver = action.answers() == null ? supervisor(licence.number())
                : asker(action.answers(), licence.number(), bureau);
        Instant decided = action.decidedOn().atStartOfDay(Beijing.ZONE).toInstant();
        pushes.open(new NewHandover(DocumentKind.LICENCE_ACTION, action.documentNumber(), licence.number(),
                licence.itemCode(), bureau.code(), receiver.code(), HandoverPayloads.licenceAction(licence, action),
                decided, action.answers()), true, acted.actor());
    }

    /** The department whose penalty decision the action answers: one handed to this bureau, about this licence, signed. */
    private DepartmentRef asker(long answers, String licenceNumber, DepartmentRef bureau) {
        Handover penalty = em.find(Handover.class, answers, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (penalty == null || penalty.kind() != DocumentKind.PENALTY || penalty.toDepartmentId() != bureau.id()
                || !licenceNumber.equals(penalty.licenceNumber())) {
            throw new IllegalArgumentException("没有交给本局的、关于该证照的处罚决定推送 " + answers + " / No penalty decision "
                    + answers + " about this licence was handed to this bureau");
        }
        if (penalty.status() != PushStatus.SIGNED) {
            throw new IllegalStateException("请先签收处罚决定，再作处理 / Sign for the penalty decision before acting on it");
        }
        return departments.byId(penalty.fromDepartmentId()).orElseThrow();
    }

    private DepartmentRef supervisor(String licenceNumber) {
        Handover result = em.createNamedQuery("Handover.resultOfLicence", Handover.class)
                .setParameter("licence", licenceNumber).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("证照 " + licenceNumber + " 没有审批结果推送，无从确定监管部门 / "
                        + "Licence " + licenceNumber + " has no result push to tell its supervisor"));
        return departments.byId(result.toDepartmentId()).orElseThrow();
    }
}
