package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.catalogue.entity.ImplementationVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.catalogue.entity.PushList;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/**
 * What other contexts need to know of an item today: that it is in the unit's list in force, its name, its
 * competent department, its implementation list's materials and time limit, and where its results are pushed. Asked by the platform
 * itself (licensing, exchange), so it checks no caller.
 */
@Stateless
public class ItemFacts {

    /**
     * Where an item's results are pushed: the push list's fields, receiver and whether on issue; without a
     * push list, the fields every push carries, to the item's competent department, by a clerk.
     */
    public record PushRoute(Set<PushField> fields, String receivingDepartmentCode, boolean automatic) {
    }

    /** An item in force; {@code implementation} is empty until its implementation list is established. */
    public record Item(String code, String name, String competentDepartmentCode, Optional<ImplementationContent> implementation,
            PushRoute pushRoute) {

        public List<String> requiredMaterials() {
            return implementation.map(ImplementationContent::materials).orElse(List.of());
        }
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Units units;

    @EJB
    Departments departments;

    /** The item as the unit's list in force today holds it, or a refusal naming it. */
    public Item inForce(String unitCode, String itemCode) {
        long unit = units.require(unitCode);
        return item(unit, ItemsInForce.require(em, unit, itemCode));
    }

    /** The same, or nothing if the item is not in the list in force (no refusal: for displays). */
    public Optional<Item> find(long unit, String itemCode) {
        return ItemsInForce.find(em, unit, itemCode).map(listed -> item(unit, listed));
    }

    private Item item(long unit, ListedItem item) {
        String itemCode = item.code();
        DepartmentRef competent = departments.byId(item.departmentId()).orElseThrow();
        Optional<ImplementationContent> content = ReferenceLookups.first(em.createNamedQuery(
                "ImplementationVersion.inEffect", ImplementationVersion.class).setParameter("unit", unit)
                .setParameter("item", itemCode)).map(ImplementationVersion::content);
        PushRoute route = ReferenceLookups.first(em.createNamedQuery("PushList.ofItem", PushList.class)
                .setParameter("unit", unit).setParameter("item", itemCode))
                .map(p -> new PushRoute(p.fields(), departments.byId(p.receivingDepartmentId()).orElseThrow().code(),
                        p.automatic()))
                .orElseGet(() -> new PushRoute(PushField.required(), competent.code(), false));
        return new Item(itemCode, item.name(), competent.code(), content, route);
    }
}
