package cn.gov.yingkou.sgpt.exchange.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;

/**
 * A push's payload in full for its two sides, the bureau that pushed it and the department that supervises what it
 * carries; masked for anyone else who may read it (oversight). A full read of a person's identifiers is audited.
 */
@Stateless
public class PayloadDisclosure {

    /** The audit trail's record type for pushes (Pushes.RECORD_TYPE). */
    public static final String PUSH_RECORD = "push";
    private static final String WHAT = "推送中的证件号码和联系电话 / the identifier and phone a push carries";

    @EJB
    Departments departments;

    @EJB
    AuditTrail audit;

    public PushView one(Caller caller, PushView push) {
        return page(caller, List.of(push)).get(0);
    }

    public List<PushView> page(Caller caller, List<PushView> pushes) {
        Map<String, Boolean> sides = new HashMap<>();
        List<String> inFull = new ArrayList<>();
        List<PushView> shown = pushes.stream().map(push -> {
            if (!PushPayload.holdsPersonalData(push.payload())) {
                return push;
            }
            boolean eitherSide = sides.computeIfAbsent(push.kind() + ":" + push.fromDepartmentCode() + ">"
                    + push.toDepartmentCode(), pair -> eitherSide(caller, push));
            if (!eitherSide) {
                return push.withPayload(PushPayload.masked(push.payload()));
            }
            inFull.add(Long.toString(push.id()));
            return push;
        }).toList();
        if (!inFull.isEmpty()) {
            audit.personalDataShown(caller.actor(), PUSH_RECORD, inFull, WHAT);
        }
        return shown;
    }

    private boolean eitherSide(Caller caller, PushView push) {
        return AccessPolicy.permits(caller, HandoverRules.sendPermission(push.kind()), Scope.department(departments.require(
                push.fromDepartmentCode()))) || AccessPolicy.permits(caller, Permission.RECEIVE_HANDOVERS,
                Scope.department(departments.require(push.toDepartmentCode())));
    }
}
