package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.NativeWrites;

/**
 * Which elements of an implementation list are key (Art 8 ¶2): a change to one waits for the competent
 * department's consent. The city's business-environment bureau may add elements to the four that are always
 * key; the setting holds for every unit from the next proposed change on.
 */
@Stateless
public class KeyElements {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    public Set<Element> current() {
        return read(em);
    }

    public Set<Element> set(Caller caller, Set<Element> elements) {
        AccessPolicy.require(caller, Permission.CONFIGURE_KEY_ELEMENTS, Scope.platform());
        Set<Element> key = elements == null || elements.isEmpty() ? EnumSet.noneOf(Element.class) : EnumSet.copyOf(elements);
        if (!key.containsAll(Element.alwaysKey())) {
            throw new IllegalArgumentException("办结时限、实施条件、申请材料和审查标准始终是关键要素 / Time limit, conditions, "
                    + "materials and review standard are always key elements");
        }
        Set<Element> before = read(em);
        NativeWrites.on(em, "catalogue_key_element", "delete from catalogue_key_element").executeUpdate();
        key.forEach(e -> NativeWrites.on(em, "catalogue_key_element",
                "insert into catalogue_key_element (element) values (?1)")
                .setParameter(1, e.name()).executeUpdate());
        audit.record(caller.actor(), "catalogue.key-elements", "key-elements", "platform", before + " → " + key);
        return key;
    }

    @SuppressWarnings("unchecked")
    static Set<Element> read(EntityManager em) {
        return ((List<String>) em.createNativeQuery("select element from catalogue_key_element").getResultList())
                .stream().map(name -> Element.valueOf(name.strip()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Element.class)));
    }
}
