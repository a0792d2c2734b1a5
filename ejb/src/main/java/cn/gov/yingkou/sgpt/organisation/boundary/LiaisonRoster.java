package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.entity.Account;
import cn.gov.yingkou.sgpt.organisation.entity.Department;

/**
 * Every department of every unit with its liaison officers (联络员, Art 16): the people who own the platform
 * duties of their department. A department without one is what oversight has to chase.
 */
@Stateless
public class LiaisonRoster {

    public record Officer(String username, String name, String phone, String email) {
    }

    public record Entry(String unitCode, String unitNameZh, String unitNameEn, String departmentCode,
            String departmentNameZh, String departmentNameEn, DepartmentRole role, List<Officer> officers) {

        public boolean missingLiaison() {
            return officers.isEmpty();
        }
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    public List<Entry> all(Caller caller) {
        AccessPolicy.require(caller, Permission.VIEW_LIAISON_ROSTER, Scope.platform());
        Map<Long, List<Officer>> officers = em.createNamedQuery("Account.liaisonOfficers", Account.class)
                .setParameter("role", Role.LIAISON_OFFICER).setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.groupingBy(a -> a.department().id(), Collectors.mapping(
                        a -> new Officer(a.username(), a.displayName(), a.phone(), a.email()), Collectors.toList())));
        return em.createNamedQuery("Department.all", Department.class).getResultStream()
                .map(d -> new Entry(d.unit().code(), d.unit().nameZh(), d.unit().nameEn(), d.code(), d.nameZh(),
                        d.nameEn(), d.role(), officers.getOrDefault(d.id(), List.of())))
                .toList();
    }
}
