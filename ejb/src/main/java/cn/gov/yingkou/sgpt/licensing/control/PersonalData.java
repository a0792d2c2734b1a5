package cn.gov.yingkou.sgpt.licensing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;

/**
 * A person's full ID number and phone go only to those who need them (Personal Information Protection Law): the
 * approval bureau that handles the application, and for a licence also the departments that supervise it (the item's
 * competent department and the department its results are pushed to), through their people or their systems.
 * Everyone else who may read the record sees them masked. Every full read is audited, so that who saw whose data,
 * and when, can be answered.
 */
@Stateless
public class PersonalData {

    private static final String APPLICANT = "申请人证件号码和联系电话 / the applicant's identifier and phone";
    private static final String HOLDER = "持证人证件号码 / the holder's identifier";

    @EJB
    Departments departments;

    @EJB
    Units units;

    @EJB
    ItemFacts items;

    @EJB
    AuditTrail audit;

    /** The application as this caller may see it; a full read is audited. */
    public ApplicationView application(Caller caller, ApplicationView view) {
        if (!new Need(caller).handles(view.departmentCode())) {
            return view.masked();
        }
        audit.personalDataShown(caller.actor(), LicensingRecords.APPLICATION_RECORD, List.of(view.number()), APPLICANT);
        return view;
    }

    /** The licence as this caller may see it; a full read of a person's identifier is audited. */
    public LicenceView licence(Caller caller, LicenceView view) {
        return licences(caller, List.of(view)).get(0);
    }

    /** A page of licences as this caller may see each; the ones shown in full are named in the audit trail. */
    public List<LicenceView> licences(Caller caller, List<LicenceView> views) {
        Need need = new Need(caller);
        List<String> inFull = new ArrayList<>();
        List<LicenceView> seen = views.stream().map(view -> {
            if (!view.holdsPersonalData()) {
                return view;
            }
            if (!need.supervises(view)) {
                return view.masked();
            }
            inFull.add(view.number());
            return view;
        }).toList();
        if (!inFull.isEmpty()) {
            audit.personalDataShown(caller.actor(), LicensingRecords.LICENCE_RECORD, inFull, HOLDER);
        }
        return seen;
    }

    /** One caller's need to know, with what it looked up kept for the rest of the call. */
    private final class Need {

        private final Caller caller;
        private final Map<String, Boolean> departmentsHandled = new HashMap<>();
        private final Map<String, Set<String>> supervisorsOfItem = new HashMap<>();

        Need(Caller caller) {
            this.caller = caller;
        }

        boolean handles(String departmentCode) {
            return departmentsHandled.computeIfAbsent(departmentCode, code -> {
                DepartmentRef department = departments.byCode(code).orElse(null);
                return department != null
                        && AccessPolicy.permits(caller, Permission.READ_PERSONAL_DATA, Scope.department(department));
            });
        }

        boolean supervises(LicenceView licence) {
            return handles(licence.issuingDepartmentCode()) || supervisorsOfItem.computeIfAbsent(
                    licence.unitCode() + "/" + licence.itemCode(), key -> supervising(licence)).stream()
                    .anyMatch(this::handles);
        }

        private Set<String> supervising(LicenceView licence) {
            return items.find(units.require(licence.unitCode()), licence.itemCode())
                    .map(item -> Stream.of(item.competentDepartmentCode(), item.pushRoute().receivingDepartmentCode())
                            .collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
        }
    }
}
